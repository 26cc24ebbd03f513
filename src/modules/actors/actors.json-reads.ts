// Actor fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Actor resolvers give.
import type { JsonObjectType } from '../../shared/json-reads';

/** An actor's aliases or demonyms, not deprecated, in the order they were added (as ActorService.aliasesOf). */
const formsOf = (kind: 'ALIAS' | 'DEMONYM') => (row: string) =>
  `(SELECT COALESCE(json_agg(f.alias ORDER BY f.id), '[]'::json) FROM actor_alias f WHERE f.actor_id = ${row}.id AND f.kind = '${kind}' AND f.rank <> 'DEPRECATED')`;

export const ACTOR_JSON: JsonObjectType = {
  table: 'actor',
  scalars: {
    id: (row) => `${row}.id::text`,
    kind: (row) => `${row}.kind`,
    name: (row) => `${row}.name`,
    isoCode: (row) => `${row}.iso_code`,
    wikidataId: (row) => `${row}.wikidata_id`,
    description: (row) => `${row}.description`,
    aliases: formsOf('ALIAS'),
    demonyms: formsOf('DEMONYM'),
  },
  references: {},
};
