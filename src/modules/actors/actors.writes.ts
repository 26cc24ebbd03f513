// How the set-based writes (bundles, imports) write actors and their aliases: one map per table, held to the row
// types by the compiler (see db/set-writes.ts), from which every statement and its parameters are made.
import { SetWrite, type WriteColumn, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { Actor, ActorAlias, Affiliation } from '../../generated/prisma/client';

/** A record's rank as a bundle writes it (a copy's): given, it replaces the stored one with its reason; none keeps the stored one, NORMAL for a new record. */
export const RANK_WRITES = {
  rank: { column: 'rank', type: 'text', cast: '"Rank"', update: 'fill', createDefault: `'NORMAL'` },
  rankReason: { column: 'rank_reason', type: 'text', update: 'fill' },
} as const satisfies Record<'rank' | 'rankReason', WriteColumn>;

/** A write row whose rank may be absent (null: the stored one stays). */
export type Ranked<Row extends { rank: unknown }> = Omit<Row, 'rank'> & { rank: Row['rank'] | null };

/** An actor as a bundle writes it. */
export type ActorWriteRow = WriteRowOf<Actor, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

/** An alias or demonym as a bundle adds it. */
export type AliasWriteRow = WriteRowOf<ActorAlias, 'id' | 'rank' | 'rankReason'>;

/** An actor with the aliases and demonyms a bundle adds to it, and the ranks it gives some of them (a copy's). */
export type ActorWithAliasesWriteRow = ActorWriteRow & {
  aliases: Omit<AliasWriteRow, 'actorId'>[];
  aliasRanks: { aliasKey: string; rank: ActorAlias['rank']; rankReason: string | null }[];
};

/** A stored actor a bundle record says it is (sameAs). */
export type SameAsTarget = Pick<Actor, 'id' | 'kind' | 'name' | 'isoCode' | 'wikidataId' | 'description'>;

/** A stored actor keeps its name; given identifiers and a description fill in what it lacks; the kind is replaced. */
export const ACTOR_WRITES = new SetWrite<ActorWriteRow>('actor', {
  kind: { column: 'kind', type: 'text', cast: '"ActorKind"' },
  name: { column: 'name', type: 'text', update: 'create' },
  nameKey: { column: 'name_key', type: 'text', update: 'key' },
  isoCode: { column: 'iso_code', type: 'text', update: 'fill' },
  wikidataId: { column: 'wikidata_id', type: 'text', update: 'fill' },
  description: { column: 'description', type: 'text', update: 'fill' },
} satisfies WriteMap<ActorWriteRow>, { stamped: true });

export const ALIAS_WRITES = new SetWrite<AliasWriteRow>('actor_alias', {
  actorId: { column: 'actor_id', type: 'int', update: 'key' },
  alias: { column: 'alias', type: 'text', update: 'create' },
  aliasKey: { column: 'alias_key', type: 'text', update: 'key' },
  kind: { column: 'kind', type: 'text', cast: '"AliasKind"', update: 'create' },
} satisfies WriteMap<AliasWriteRow>);

/** An affiliation as a bundle writes it (without a rank, the stored one stays, NORMAL for a new one). */
export type AffiliationWriteRow = Ranked<WriteRowOf<Affiliation, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>>;

/** An affiliation's natural key: member, organisation, role and start date (none for a term of unknown start). */
export function affiliationKey(row: Pick<AffiliationWriteRow, 'memberId' | 'organisationId' | 'role' | 'startDate'>): string {
  return `${row.memberId}|${row.organisationId}|${row.role}|${row.startDate ?? ''}`;
}

/** An affiliation is keyed by member, organisation, role and start date; an end date fills in a stored open term. */
export const AFFILIATION_WRITES = new SetWrite<AffiliationWriteRow>('affiliation', {
  memberId: { column: 'member_id', type: 'int', update: 'key' },
  organisationId: { column: 'organisation_id', type: 'int', update: 'key' },
  role: { column: 'role', type: 'text', update: 'key' },
  startDate: { column: 'start_date', type: 'text', cast: 'date', update: 'key' },
  endDate: { column: 'end_date', type: 'text', cast: 'date', update: 'fill' },
  ...RANK_WRITES,
} satisfies WriteMap<AffiliationWriteRow>, { stamped: true });
