// Source fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Source resolvers give (the text, with its arguments, is left to them).
import { column, dateColumn, idColumn, type JsonObjectType } from '../../shared/json-reads';

export const SOURCE_JSON: JsonObjectType = {
  table: 'source',
  scalars: {
    id: idColumn,
    kind: column('kind'),
    title: column('title'),
    publisher: column('publisher'),
    author: column('author'),
    url: column('url'),
    publishedAt: dateColumn('published_at'),
    edition: dateColumn('edition'),
    reliability: column('reliability'),
    contentHash: column('content_hash'),
    originalLength: column('original_length'),
    repeatedParagraphs: column('repeated_paragraphs'),
  },
  references: {},
};
