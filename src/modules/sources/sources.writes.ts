// How the set-based writes (bundles, imports) write sources: one map, held to the row type by the compiler (see
// db/set-writes.ts), from which the statements and their parameters are made.
import { intListLiteral, SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { Source } from '../../generated/prisma/client';

/** A source as a bundle writes it (its text in stored form, its content hash computed). */
export type SourceWriteRow = WriteRowOf<Source, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'importedAt'>;

/**
 * A stored source's text, hash and URL never change through a bundle (updateSource checks what a new text does to
 * its citations); its title and kind are replaced, and the other fields filled in where the bundle gives them.
 */
export const SOURCE_WRITES = new SetWrite<SourceWriteRow>('source', {
  kind: { column: 'kind', type: 'text', cast: '"SourceKind"' },
  title: { column: 'title', type: 'text' },
  publisher: { column: 'publisher', type: 'text', update: 'fill' },
  author: { column: 'author', type: 'text', update: 'fill' },
  url: { column: 'url', type: 'text', update: 'key' },
  publishedAt: { column: 'published_at', type: 'text', cast: 'date', update: 'fill' },
  text: { column: 'text', type: 'text', update: 'create' },
  originalLength: { column: 'original_length', type: 'int', update: 'create' },
  repeatedParagraphs: { column: 'repeated_paragraphs', type: 'int', update: 'create' },
  pageStarts: { column: 'page_starts', type: 'text', cast: 'int[]', update: 'create', encode: intListLiteral },
  contentHash: { column: 'content_hash', type: 'text', update: 'key' },
  reliability: { column: 'reliability', type: 'text', cast: '"ReliabilityGrade"', update: 'fill' },
  edition: { column: 'edition', type: 'text', cast: 'date', update: 'fill' },
} satisfies WriteMap<SourceWriteRow>, { stamped: true });
