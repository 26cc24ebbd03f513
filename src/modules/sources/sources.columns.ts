// The source table's columns for raw reads, checked against the Prisma model (a new field must be mapped here).
import { AUDIT_COLUMNS, modelColumns } from '../../db/columns';
import type { Source } from '../../generated/prisma/client';

export const SOURCE_COLUMNS = modelColumns<Source>('source', {
  id: 'id',
  kind: 'kind',
  title: 'title',
  publisher: 'publisher',
  author: 'author',
  url: 'url',
  publishedAt: 'published_at',
  text: 'text',
  originalLength: 'original_length',
  repeatedParagraphs: 'repeated_paragraphs',
  contentHash: 'content_hash',
  reliability: 'reliability',
  edition: 'edition',
  importedAt: 'imported_at',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof Source, string>);
