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

/**
 * A source as the API reads it: `text` holds at most TEXT_PREFIX code points of the text (a source may hold
 * millions), `textLength` the whole text's; Source.text asks for more only when a client does.
 */
export type SourceRow = Source & { textLength?: number | null };
export const TEXT_PREFIX = 100_000;
