// How each field of Actor and Affiliation is read (see shared/reads.ts): built in SQL by a compiled read, or left
// to its resolver with the row fields it needs. Fields that other modules add to Actor are declared there.
import { isoDate } from '../../shared/dates';
import { readsOf, type FieldRead, type TypeReads } from '../../shared/reads';
import { dateArgument } from '../../shared/resolver-helpers';
import type { JsonList, JsonObjectRoot } from '../../shared/json-reads';
import { ACTOR_COLUMNS, AFFILIATION_COLUMNS } from './actors.columns';

/** An actor's aliases or demonyms, not deprecated, in the order they were added (as ActorService.aliasesOf). */
const formsOf = (kind: 'ALIAS' | 'DEMONYM') => (row: string) =>
  `(SELECT COALESCE(json_agg(f.alias ORDER BY f.id), '[]'::json) FROM actor_alias f WHERE f.actor_id = ${row}.id AND f.kind = '${kind}' AND f.rank <> 'DEPRECATED')`;

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

/** Written by whom and when: shown to key holders only (server/authorization.ts), and DateTimes not built in SQL yet. */
export const STAMP_WHY = 'who wrote a record is shown to key holders only, and its times are DateTimes';

const actor = readsOf(ACTOR_COLUMNS);
const actorFields: Record<string, FieldRead> = {
  id: actor.id(),
  kind: actor.column('kind'),
  name: actor.column('name'),
  isoCode: actor.column('isoCode'),
  wikidataId: actor.column('wikidataId'),
  description: actor.column('description'),
  aliases: actor.expression(formsOf('ALIAS')),
  demonyms: actor.expression(formsOf('DEMONYM')),
  aliasRecords: actor.resolved('ranked alias records, deprecated ones on request'),
  affiliations: actor.list(affiliations('member_id')),
  members: actor.list(affiliations('organisation_id')),
  createdAt: actor.resolved(STAMP_WHY, 'createdAt'),
  updatedAt: actor.resolved(STAMP_WHY, 'updatedAt'),
  createdBy: actor.resolved(STAMP_WHY, 'createdBy'),
  updatedBy: actor.resolved(STAMP_WHY, 'updatedBy'),
};
export const ACTOR: TypeReads = {
  table: 'actor',
  rowFields: ACTOR_COLUMNS.fields,
  fields: actorFields,
  unexposed: { nameKey: 'the lookup key of the name (shared/lookup-key), an index for look-ups by name, not data' },
};

const affiliation = readsOf(AFFILIATION_COLUMNS);
export const AFFILIATION: TypeReads = {
  table: 'affiliation',
  rowFields: AFFILIATION_COLUMNS.fields,
  fields: {
    id: affiliation.id(),
    member: affiliation.reference('memberId', 'Actor'),
    organisation: affiliation.reference('organisationId', 'Actor'),
    role: affiliation.column('role'),
    startDate: affiliation.date('startDate'),
    endDate: affiliation.date('endDate'),
    rank: affiliation.column('rank'),
    rankReason: affiliation.column('rankReason'),
    createdAt: affiliation.resolved(STAMP_WHY, 'createdAt'),
    updatedAt: affiliation.resolved(STAMP_WHY, 'updatedAt'),
    createdBy: affiliation.resolved(STAMP_WHY, 'createdBy'),
    updatedBy: affiliation.resolved(STAMP_WHY, 'updatedBy'),
  },
};

/** Query.actor by name (an id may redirect to a merged actor: left to the resolvers). */
export const ACTOR_JSON_ROOT: JsonObjectRoot = {
  type: 'Actor',
  source: ({ id, name }, { services }) => {
    if (id != null || typeof name !== 'string') return { notCompiled: 'an actor by id may redirect to the one it was merged into' };
    return services.actors.namedRowSource(name);
  },
};
