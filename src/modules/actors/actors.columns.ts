// The actor tables' columns for raw reads, checked against the Prisma models (a new field must be mapped here).
import { lookupKey } from '../../shared/lookup-key';
import { AUDIT_COLUMNS, modelColumns, type Selected } from '../../db/columns';
import type { Actor, Affiliation } from '../../generated/prisma/client';

export const ACTOR_COLUMNS = modelColumns<Actor>('actor', {
  id: 'id',
  kind: 'kind',
  name: 'name',
  nameKey: 'name_key',
  isoCode: 'iso_code',
  wikidataId: 'wikidata_id',
  description: 'description',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof Actor, string>);

export const AFFILIATION_COLUMNS = modelColumns<Affiliation>('affiliation', {
  id: 'id',
  memberId: 'member_id',
  organisationId: 'organisation_id',
  role: 'role',
  startDate: 'start_date',
  endDate: 'end_date',
  rank: 'rank',
  rankReason: 'rank_reason',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof Affiliation, string>);

export type ActorWithAliases = Actor & { aliases: string[] };

/** An actor as the GraphQL resolvers receive it: whole, or with the fields one selection reads (see shared/selection). */
export type ActorRow = Selected<Actor> & { redirectedFrom?: number };

/** An actor's columns with its aliases (in the order they were added), under a prefix. */
export const actorWithAliasesColumns = (table: string, prefix: string) =>
  `${ACTOR_COLUMNS(table, prefix)}, ARRAY(SELECT alias FROM actor_alias WHERE actor_id = ${table}.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "${prefix}aliases"`;

/** The actor and its aliases of a row selected with actorWithAliasesColumns. */
export function actorWithAliasesFrom(row: Record<string, unknown>, prefix: string): ActorWithAliases {
  return { ...ACTOR_COLUMNS.fromPrefixed(row, prefix), aliases: row[`${prefix}aliases`] as string[] };
}

/**
 * SQL for the actor a name names (canonical name, alias or ISO code; lowest id on a tie), given the parameters
 * holding its lookup key and its upper-cased form, for statements that resolve a name themselves.
 */
export const actorNamedSql = (keyParam: string, isoParam: string, columns = 'a.id') =>
  `SELECT ${columns} FROM actor a
   WHERE a.name_key = ${keyParam} OR a.iso_code = ${isoParam} OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = ${keyParam})
   ORDER BY a.id LIMIT 1`;

/** The parameters actorNamedSql expects for a name. */
export const actorNameParams = (name: string): [string, string] => [lookupKey(name), name.trim().toUpperCase()];
