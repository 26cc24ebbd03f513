// Where an event's or an affiliation's values come from, as a bundle writes them (see exports/bundle-export.ts).
import { json, jsonArray, jsonObject } from '../exports/export-reader';
import { sourceRefSql } from '../sources/sources.exports';

/** The `sources` of the record whose id is `id` (the value_source column `target`), in the order they were stored; null when none. */
export const valueSourcesSql = (target: 'event_id' | 'affiliation_id', id: string) =>
  jsonArray(
    jsonObject({ source: json(sourceRefSql('vs')), field: 'v.field', quote: 'v.quote', startOffset: 'v.start_offset', endOffset: 'v.end_offset' }),
    `FROM value_source v JOIN source vs ON vs.id = v.source_id WHERE v.${target} = ${id}`,
    'v.id',
  );
