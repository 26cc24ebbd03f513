// Event fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Event resolvers give.
import { idColumn, modelFields, type JsonObjectType } from '../../shared/json-reads';
import { EVENT_COLUMNS } from './events.columns';

export const EVENT_JSON: JsonObjectType = {
  table: 'event',
  scalars: { id: idColumn, ...modelFields(EVENT_COLUMNS, ['title', 'startPrecision', 'endPrecision', 'location', 'description'], ['startDate', 'endDate']) },
  references: {},
};
