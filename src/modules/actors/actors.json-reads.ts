// Actor fields a one-statement read builds in the database (see shared/json-reads.ts): the same values as the
// Actor and Affiliation resolvers give.
import { idColumn, modelFields, type JsonList, type JsonObjectRoot, type JsonObjectType } from '../../shared/json-reads';
import { ACTOR_COLUMNS, AFFILIATION_COLUMNS } from './actors.columns';
import { dateArgument } from '../../shared/resolver-helpers';
import { isoDate } from '../../shared/dates';

/** An actor's aliases or demonyms, not deprecated, in the order they were added (as ActorService.aliasesOf). */
const formsOf = (kind: 'ALIAS' | 'DEMONYM') => (row: string) =>
  `(SELECT COALESCE(json_agg(f.alias ORDER BY f.id), '[]'::json) FROM actor_alias f WHERE f.actor_id = ${row}.id AND f.kind = '${kind}' AND f.rank <> 'DEPRECATED')`;

export const ACTOR_JSON: JsonObjectType = {
  table: 'actor',
  scalars: {
    id: idColumn,
    ...modelFields(ACTOR_COLUMNS, ['kind', 'name', 'isoCode', 'wikidataId', 'description']),
    aliases: formsOf('ALIAS'),
    demonyms: formsOf('DEMONYM'),
  },
  references: {},
};

export const AFFILIATION_JSON: JsonObjectType = {
  table: 'affiliation',
  scalars: { id: idColumn, ...modelFields(AFFILIATION_COLUMNS, ['role', 'rank', 'rankReason'], ['startDate', 'endDate']) },
  references: {
    member: { column: 'member_id', type: 'Actor' },
    organisation: { column: 'organisation_id', type: 'Actor' },
  },
};

/** Affiliations of each parent on one side, in force on `at`, as ActorRepository.affiliationsOf reads them. */
const affiliations = (side: 'member_id' | 'organisation_id'): JsonList => ({
  type: 'Affiliation',
  rows: (parentIds, { at, includeDeprecated }, param) => {
    const day = dateArgument(at as string | null, 'at');
    const on = day ? `${param(isoDate(day))}::date` : null;
    return `SELECT f.${side} AS parent_id, row_number() OVER (PARTITION BY f.${side} ORDER BY f.start_date DESC NULLS FIRST, f.id) AS _n, f.*
      FROM affiliation f WHERE f.${side} = ANY(${parentIds})
      ${on ? `AND (f.start_date IS NULL OR f.start_date <= ${on}) AND (f.end_date IS NULL OR f.end_date >= ${on})` : ''}
      ${includeDeprecated ? '' : `AND f.rank <> 'DEPRECATED'`}`;
  },
});

export const ACTOR_LISTS: Record<string, JsonList> = {
  affiliations: affiliations('member_id'),
  members: affiliations('organisation_id'),
};

/** Query.actor by name (an id may redirect to a merged actor: left to the resolvers). */
export const ACTOR_JSON_ROOT: JsonObjectRoot = {
  type: 'Actor',
  source: ({ id, name }, { services }) => {
    if (id != null || typeof name !== 'string') throw new Error('answered by the resolvers');
    return services.actors.namedRowSource(name);
  },
};
