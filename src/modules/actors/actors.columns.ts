// The actor tables' columns for raw reads, checked against the Prisma models (a new field must be mapped here).
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
