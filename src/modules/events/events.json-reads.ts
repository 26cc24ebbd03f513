// Event fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Event resolvers give.
import { column, dateColumn, idColumn, type JsonObjectType } from '../../shared/json-reads';

export const EVENT_JSON: JsonObjectType = {
  table: 'event',
  scalars: {
    id: idColumn,
    title: column('title'),
    startDate: dateColumn('start_date'),
    startPrecision: column('start_precision'),
    endDate: dateColumn('end_date'),
    endPrecision: column('end_precision'),
    location: column('location'),
    description: column('description'),
  },
  references: {},
};
