// How each field of Source is read (see shared/reads.ts): built in SQL by a compiled read, or left to its resolver
// with the row fields it needs. Fields other modules add to Source (claims, mentions) are declared there.
import { readsOf, type FieldRead, type TypeReads } from '../../shared/reads';
import { STAMP_WHY } from '../actors/actors.reads';
import { SOURCE_COLUMNS } from './sources.columns';

const source = readsOf(SOURCE_COLUMNS);
const sourceFields: Record<string, FieldRead> = {
  id: source.id(),
  kind: source.column('kind'),
  title: source.column('title'),
  publisher: source.column('publisher'),
  author: source.column('author'),
  url: source.column('url'),
  publishedAt: source.date('publishedAt'),
  edition: source.date('edition'),
  importedAt: source.resolved('a DateTime', 'importedAt'),
  text: source.resolved('a window of the text (offset, length), from the row when its prefix holds it', 'text'),
  textLength: source.resolved('counted with the text', 'text'),
  originalLength: source.column('originalLength'),
  repeatedParagraphs: source.column('repeatedParagraphs'),
  pageStarts: source.resolved('null for a text without pages, where the column holds none or an empty list', 'pageStarts'),
  contentHash: source.column('contentHash'),
  reliability: source.column('reliability'),
  createdAt: source.resolved(STAMP_WHY, 'createdAt'),
  updatedAt: source.resolved(STAMP_WHY, 'updatedAt'),
  createdBy: source.resolved(STAMP_WHY, 'createdBy'),
  updatedBy: source.resolved(STAMP_WHY, 'updatedBy'),
};
export const SOURCE: TypeReads = { table: 'source', rowFields: SOURCE_COLUMNS.fields, fields: sourceFields };
