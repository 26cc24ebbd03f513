// Source fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Source resolvers give (the text, with its arguments, is left to them).
import { idColumn, modelFields, type JsonObjectType } from '../../shared/json-reads';
import { SOURCE_COLUMNS } from './sources.columns';

export const SOURCE_JSON: JsonObjectType = {
  table: 'source',
  scalars: {
    id: idColumn,
    ...modelFields(SOURCE_COLUMNS, ['kind', 'title', 'publisher', 'author', 'url', 'reliability', 'contentHash', 'originalLength', 'repeatedParagraphs'], ['publishedAt', 'edition']),
  },
  references: {},
};
