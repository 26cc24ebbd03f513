// The actor tables' columns for raw reads, derived from the Prisma models.
import { lookupKey } from '../../shared/lookup-key';
import { modelColumnsOf, type Selected } from '../../db/columns';
import { Prisma, type Actor, type Affiliation } from '../../generated/prisma/client';

export const ACTOR_COLUMNS = modelColumnsOf<Actor>('actor', Prisma.ActorScalarFieldEnum);

export const AFFILIATION_COLUMNS = modelColumnsOf<Affiliation>('affiliation', Prisma.AffiliationScalarFieldEnum);

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
