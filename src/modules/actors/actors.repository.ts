// Actors, their aliases and affiliations in the database.
import { sessionOf, type Database, type SqlSession } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { Actor, ActorAlias, Affiliation, Prisma } from '../../generated/prisma/client';
import { isoDate } from '../../shared/dates';
import { lookupKey } from '../../shared/lookup-key';
import { escapeLike } from '../../shared/like';
import { prismaAfter, prismaOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import { actorNamedSql, actorNameParams, actorWithAliasesColumns, actorWithAliasesFrom, AFFILIATION_COLUMNS, type ActorWithAliases } from './actors.columns';
import { ACTOR_WRITES, affiliationKey, AFFILIATION_WRITES, ALIAS_WRITES, type ActorWithAliasesWriteRow, type AffiliationWriteRow, type SameAsTarget } from './actors.writes';
import { countChanges, type WriteCounts } from '../../db/set-writes';
import type { JsonRowSource } from '../../shared/json-reads';
import type { ActorFilter, CreateActorInput, CreateAffiliationInput, UpdateActorInput, UpdateAffiliationInput } from './actors.validation';
import { mustGet, oneRow } from '../../shared/must-get';

export { lookupKey };

export type AliasKind = 'ALIAS' | 'DEMONYM';
const FORM_STATEMENTS: Record<AliasKind, string> = { ALIAS: 'aliasesOf', DEMONYM: 'demonymsOf' };

export type AffiliationWithActors = Affiliation & { member: ActorWithAliases; organisation: ActorWithAliases };

/** An affiliation's id with its natural key, as affiliationKey reads it. */
type KeyedAffiliation = Pick<AffiliationWriteRow, 'memberId' | 'organisationId' | 'role' | 'startDate'> & { id: number };
const keyedAffiliation = (prefix: string) =>
  `${prefix}id, ${prefix}member_id AS "memberId", ${prefix}organisation_id AS "organisationId", ${prefix}role, ${prefix}start_date::text AS "startDate"`;

/** What still points at an actor; an actor is deleted only when all are zero. */
export interface ActorReferences {
  affiliations: number;
  events: number;
  claims: number;
  armsTransfers: number;
}

/**
 * The records that keep an actor from being deleted: every foreign key to actor(id) that does not cascade, by the
 * kind of record it counts (test/modules/catalog.test.ts holds this list to the database's). Those that cascade
 * (aliases, mentions, value sources) are the actor's own and go with it.
 */
export const ACTOR_REFERRERS: readonly {
  name: keyof ActorReferences;
  table: string;
  columns: readonly string[];
  /** What is counted (the records, not their rows: an event once, whatever its roles). */
  counted?: string;
  /** A child table whose rows also name the actor for their parent record. */
  through?: { table: string; column: string; parentKey: string };
}[] = [
  { name: 'affiliations', table: 'affiliation', columns: ['member_id', 'organisation_id'] },
  { name: 'events', table: 'event_participant', columns: ['actor_id'], counted: 'DISTINCT t.event_id' },
  { name: 'claims', table: 'claim', columns: ['asserter_id', 'subject_id', 'object_actor_id'], through: { table: 'claim_actor', column: 'actor_id', parentKey: 'claim_id' } },
  { name: 'armsTransfers', table: 'arms_transfer', columns: ['supplier_id', 'recipient_id'] },
];

/** The actor list's order: by name, then id. */
export const ACTOR_ORDER: SortOrder<Actor> = [
  { field: 'nameKey', column: 'a.name_key', direction: 'asc', type: 'string' },
  { field: 'id', column: 'a.id', direction: 'asc', type: 'int' },
];

export class ActorRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<Actor | null> {
    return this.db.prisma.actor.findUnique({ where: { id } });
  }

  /** Actors by id, each with its aliases (in the order they were added), for the per-request loaders. */
  findManyByIds(ids: readonly number[]): Promise<ActorWithAliases[]> {
    return this.db.query<ActorWithAliases>(
      `/* actorsByIds */ SELECT ${actorWithAliasesColumns('actor', '')} FROM actor WHERE id = ANY($1::int[])`,
      [ids],
    );
  }

  affiliationsByIds(ids: readonly number[]): Promise<Affiliation[]> {
    return this.db.query<Affiliation>(`/* affiliationsByIds */ SELECT ${AFFILIATION_COLUMNS()} FROM affiliation WHERE id = ANY($1::int[])`, [ids]);
  }

  /** The actor a canonical name, alias or ISO code names, case-insensitively, with its aliases (which a page about it shows next). */
  async findByIdentifier(identifier: string): Promise<ActorWithAliases | null> {
    const [actor] = await this.db.query<ActorWithAliases>(`/* actorByIdentifier */ ${actorNamedSql('$1', '$2', actorWithAliasesColumns('a', ''))}`, actorNameParams(identifier));
    return actor ?? null;
  }

  /** The actor a name names, as a one-statement read of its JSON selects it (see shared/json-reads). */
  namedRowSource(identifier: string): JsonRowSource {
    const params = actorNameParams(identifier);
    return { table: 'actor', matches: [`t.id = (${actorNamedSql('$1', '$2')})`], params, read: (sql, values) => this.db.query(sql, values) };
  }

  /** The actor each of these ids was merged into (mergeActors; the merge not undone), for ids that are no actor. */
  async mergedInto(ids: readonly number[]): Promise<Map<number, number>> {
    const rows = await this.db.query<{ duplicateId: number; canonicalId: number }>(
      `/* actorsMergedInto */ SELECT duplicate_id AS "duplicateId", canonical_id AS "canonicalId" FROM actor_merge WHERE duplicate_id = ANY($1::int[]) AND undone_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((row) => [row.duplicateId, row.canonicalId]));
  }

  /** Which of these keys are taken as a name or alias by an actor other than `exceptActorId`. */
  async takenKeys(keys: string[], exceptActorId?: number): Promise<string[]> {
    if (keys.length === 0) return [];
    const [names, aliases] = await Promise.all([
      this.db.prisma.actor.findMany({ where: { nameKey: { in: keys }, NOT: { id: exceptActorId } }, select: { nameKey: true } }),
      this.db.prisma.actorAlias.findMany({ where: { aliasKey: { in: keys }, NOT: { actorId: exceptActorId } }, select: { aliasKey: true } }),
    ]);
    return [...names.map((row) => row.nameKey), ...aliases.map((row) => row.aliasKey)];
  }

  async list(filter: ActorFilter, window: PageWindow<Actor>): Promise<Page<Actor>> {
    const where: Prisma.ActorWhereInput = {};
    if (filter?.kind?.length) where.kind = { in: filter.kind };
    if (filter?.isoCode) where.isoCode = filter.isoCode.toUpperCase();
    if (filter?.name) {
      const key = escapeLike(lookupKey(filter.name));
      where.OR = [{ nameKey: { contains: key } }, { aliases: { some: { aliasKey: { contains: key } } } }];
    }
    const rows = await this.db.prisma.actor.findMany({
      where: { AND: [where, prismaAfter(window) ?? {}] },
      orderBy: prismaOrderBy(window.order),
      take: window.take + 1,
    });
    return toPage(rows, window, () => this.db.prisma.actor.count({ where }));
  }

  /** The aliases (or demonyms) of many actors in one statement, in the order they were added. */
  formsOf(actorIds: readonly number[], kind: AliasKind): Promise<{ actorId: number; alias: string }[]> {
    return this.db.query(
      `/* ${FORM_STATEMENTS[kind]} */ SELECT actor_id AS "actorId", alias FROM actor_alias WHERE actor_id = ANY($1::int[]) AND kind = '${kind}' AND rank <> 'DEPRECATED' ORDER BY id`,
      [actorIds],
    );
  }

  /** Creates an actor; `alongside` runs in the same transaction once it is written (the mentions' relink). */
  create(input: CreateActorInput, author: string, alongside?: (session: SqlSession) => Promise<void>): Promise<Actor> {
    return this.db.writeAs(author, async (tx) => {
      const actor = await tx.actor.create({
      data: {
        kind: input.kind,
        name: input.name,
        nameKey: lookupKey(input.name),
        isoCode: input.isoCode ?? null,
        wikidataId: input.wikidataId ?? null,
        description: input.description ?? null,
        aliases: {
          create: [
            ...input.aliases.map((alias) => ({ alias, aliasKey: lookupKey(alias) })),
            ...input.demonyms.map((alias) => ({ alias, aliasKey: lookupKey(alias), kind: 'DEMONYM' as const })),
          ],
        },
      },
      });
      await alongside?.(sessionOf(tx));
      return actor;
    }).catch(translated('An actor'));
  }

  /** Changes an actor; `alongside` runs in the same transaction once it is written (the mentions' relink). */
  update(id: number, input: UpdateActorInput, author: string, alongside?: (session: SqlSession) => Promise<void>): Promise<Actor> {
    return this.db.writeAs(author, async (tx) => {
      for (const [kind, forms] of [['ALIAS', input.aliases], ['DEMONYM', input.demonyms]] as const) {
        if (!forms) continue;
        await tx.actorAlias.deleteMany({ where: { actorId: id, kind } });
        await tx.actorAlias.createMany({ data: forms.map((alias) => ({ actorId: id, alias, aliasKey: lookupKey(alias), kind })) });
      }
      const actor = await tx.actor.update({
        where: { id },
        data: {
          kind: input.kind,
          name: input.name,
          nameKey: input.name === undefined ? undefined : lookupKey(input.name),
          isoCode: input.isoCode,
          wikidataId: input.wikidataId,
          description: input.description,
        },
      });
      await alongside?.(sessionOf(tx));
      return actor;
    }).catch(translated('An actor'));
  }

  /** The records that refer to an actor (ACTOR_REFERRERS), each counted once however many of its fields name the actor. */
  async references(id: number): Promise<ActorReferences> {
    const counts = ACTOR_REFERRERS.map(({ name, table, columns, counted, through }) => {
      const conditions = [...columns.map((column) => `t.${column} = $1`), ...(through ? [`EXISTS (SELECT 1 FROM ${through.table} x WHERE x.${through.parentKey} = t.id AND x.${through.column} = $1)`] : [])];
      return `(SELECT count(${counted ?? '*'})::int FROM ${table} t WHERE ${conditions.join(' OR ')}) AS "${name}"`;
    });
    const row = oneRow(await this.db.query<ActorReferences>(`/* actorReferences */ SELECT ${counts.join(', ')}`, [id]), 'actorReferences');
    return row;
  }

  delete(id: number, author: string): Promise<Actor> {
    return this.db.writeAs(author, (tx) => tx.actor.delete({ where: { id } })).catch(translated('The actor'));
  }

  findAffiliation(id: number): Promise<Affiliation | null> {
    return this.db.prisma.affiliation.findUnique({ where: { id } });
  }

  /**
   * Affiliations of many actors, as member or as organisation, optionally in force on a date; with both actors
   * (and their aliases), read in the same statement for the loaders.
   */
  async affiliationsOf(side: 'memberId' | 'organisationId', actorIds: readonly number[], at: Date | null, includeDeprecated = false): Promise<AffiliationWithActors[]> {
    const column = side === 'memberId' ? 'member_id' : 'organisation_id';
    // In force on `at`: started on or before it (or no start known) and not ended before it.
    const rows = await this.db.query<Affiliation & Record<string, unknown>>(
      `/* affiliationsOf */ SELECT ${AFFILIATION_COLUMNS('f')}, ${actorWithAliasesColumns('m', 'm_')}, ${actorWithAliasesColumns('o', 'o_')}
       FROM affiliation f JOIN actor m ON m.id = f.member_id JOIN actor o ON o.id = f.organisation_id
       WHERE f.${column} = ANY($1::int[])
         AND ($2::date IS NULL OR ((f.start_date IS NULL OR f.start_date <= $2::date) AND (f.end_date IS NULL OR f.end_date >= $2::date)))
         AND ($3 OR f.rank <> 'DEPRECATED')
       ORDER BY f.start_date DESC NULLS FIRST, f.id`,
      [actorIds, at ? isoDate(at) : null, includeDeprecated],
    );
    return rows.map((row) => ({
      ...AFFILIATION_COLUMNS.fromPrefixed(row, ''),
      member: actorWithAliasesFrom(row, 'm_'),
      organisation: actorWithAliasesFrom(row, 'o_'),
    }));
  }

  createAffiliation(input: CreateAffiliationInput, author: string): Promise<Affiliation> {
    return this.db.writeAs(author, (tx) => tx.affiliation.create({
      data: {
        memberId: input.memberId,
        organisationId: input.organisationId,
        role: input.role,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
      },
    }));
  }

  updateAffiliation(id: number, input: UpdateAffiliationInput, author: string): Promise<Affiliation> {
    return this.db.writeAs(author, (tx) => tx.affiliation.update({ where: { id }, data: input }));
  }

  rankAffiliation(id: number, rank: Affiliation['rank'], reason: string | null, author: string): Promise<Affiliation> {
    return this.db.writeAs(author, (tx) => tx.affiliation.update({ where: { id }, data: { rank, rankReason: reason } }));
  }

  /** The aliases and demonyms of many actors as records, oldest first. */
  aliasRecordsOf(actorIds: readonly number[], includeDeprecated: boolean): Promise<ActorAlias[]> {
    return this.db.query<ActorAlias>(
      `/* aliasRecordsOf */ SELECT id, actor_id AS "actorId", alias, alias_key AS "aliasKey", kind, rank, rank_reason AS "rankReason"
       FROM actor_alias WHERE actor_id = ANY($1::int[]) AND ($2 OR rank <> 'DEPRECATED') ORDER BY actor_id, id`,
      [actorIds, includeDeprecated],
    );
  }

  findAlias(id: number): Promise<ActorAlias | null> {
    return this.db.prisma.actorAlias.findUnique({ where: { id } });
  }

  rankAlias(id: number, rank: ActorAlias['rank'], reason: string | null, author: string): Promise<ActorAlias> {
    return this.db.writeAs(author, (tx) => tx.actorAlias.update({ where: { id }, data: { rank, rankReason: reason } }));
  }

  deleteAffiliation(id: number, author: string): Promise<Affiliation> {
    return this.db.writeAs(author, (tx) => tx.affiliation.delete({ where: { id } }));
  }

  /** Actor ids by lookup key: canonical name, alias or ISO code, lower-cased (a bundle's names, in its transaction). */
  async idsByKey(session: SqlSession, keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await session.query<{ key: string; id: number }>(
      `/* actorIdsByKey */ SELECT name_key AS key, id FROM actor WHERE name_key = ANY($1::text[])
       UNION ALL SELECT alias_key, actor_id FROM actor_alias WHERE alias_key = ANY($1::text[])
       UNION ALL SELECT lower(iso_code), id FROM actor WHERE lower(iso_code) = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  /** Actor ids holding these ISO codes or Wikidata ids, to refuse a record that would take another's. */
  async idsByCodes(session: SqlSession, isoCodes: readonly string[], wikidataIds: readonly string[]): Promise<{ iso: Map<string, number>; wikidata: Map<string, number> }> {
    const rows = await session.query<{ id: number; iso_code: string | null; wikidata_id: string | null }>(
      `/* actorIdsByCodes */ SELECT id, iso_code, wikidata_id FROM actor WHERE iso_code = ANY($1::text[]) OR wikidata_id = ANY($2::text[])`,
      [isoCodes, wikidataIds],
    );
    return {
      iso: new Map(rows.filter((r) => r.iso_code).map((r) => [r.iso_code!, r.id])),
      wikidata: new Map(rows.filter((r) => r.wikidata_id).map((r) => [r.wikidata_id!, r.id])),
    };
  }

  /**
   * The stored actors that bundle records say they are (sameAs: an id, or a name, alias or ISO code), one statement
   * for the bundle; keyed by the reference as given.
   */
  async sameAsTargets(session: SqlSession, refs: readonly string[]): Promise<Map<string, SameAsTarget>> {
    if (refs.length === 0) return new Map();
    const rows = await session.query<SameAsTarget & { ref: string }>(
      `/* sameAsTargets */ SELECT r.ref, a.id, a.kind, a.name, a.iso_code AS "isoCode", a.wikidata_id AS "wikidataId", a.description
       FROM unnest($1::text[]) AS r(ref)
       CROSS JOIN LATERAL (
         SELECT a.* FROM actor a
         WHERE (r.ref ~ '^[1-9][0-9]{0,8}$' AND a.id = r.ref::int) OR a.name_key = lower(btrim(r.ref)) OR a.iso_code = upper(btrim(r.ref))
            OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = lower(btrim(r.ref)))
         ORDER BY a.id LIMIT 1
       ) a`,
      [refs],
    );
    return new Map(rows.map(({ ref, ...target }) => [ref, target]));
  }

  /**
   * Writes a chunk of a bundle's actors, set-based: creates those no name, alias or code names yet, updates the
   * others as ACTOR_WRITES says, adds new aliases. Returns the counts and every actor's id by its name key.
   */
  async importActors(session: SqlSession, rows: readonly ActorWithAliasesWriteRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const sorted = [...rows].sort((a, b) => (a.nameKey < b.nameKey ? -1 : 1));
    const existing = await this.idsByKey(session, sorted.map((row) => row.nameKey));
    const fresh = sorted.filter((row) => !existing.has(row.nameKey));
    const created = new Set<string>();
    if (fresh.length > 0) {
      const inserted = await session.query<{ id: number; name_key: string }>(
        ACTOR_WRITES.insert('insertActors', 'ON CONFLICT (name_key) DO NOTHING', 'id, name_key'),
        ACTOR_WRITES.params(fresh),
      );
      for (const row of inserted) {
        existing.set(row.name_key, row.id);
        created.add(row.name_key);
      }
      // Another import may have created some of them meanwhile: find those too.
      const raced = fresh.filter((row) => !existing.has(row.nameKey)).map((row) => row.nameKey);
      for (const [key, id] of await this.idsByKey(session, raced)) existing.set(key, id);
    }
    const toUpdate = sorted.filter((row) => !created.has(row.nameKey));
    const updated = new Set<number>();
    if (toUpdate.length > 0) {
      const changed = await session.query<{ id: number }>(
        ACTOR_WRITES.update('updateActors', 't.id = u.id', 't.id', [{ column: 'id', type: 'int' }]),
        [...ACTOR_WRITES.params(toUpdate), toUpdate.map((row) => mustGet(existing, row.nameKey, 'the id of actor'))],
      );
      for (const row of changed) updated.add(row.id);
    }
    const aliases = sorted.flatMap((row) => row.aliases.filter((alias) => alias.aliasKey !== row.nameKey).map((alias) => ({ actorId: mustGet(existing, row.nameKey, 'the id of actor'), ...alias })));
    if (aliases.length > 0) {
      const added = await session.query<{ actor_id: number }>(ALIAS_WRITES.insert('insertAliases', 'ON CONFLICT (alias_key) DO NOTHING', 'actor_id'), ALIAS_WRITES.params(aliases));
      for (const row of added) updated.add(row.actor_id);
    }
    // The ranks a bundle gives some of an actor's aliases (a copy's), where they differ from the stored ones.
    const ranks = sorted.flatMap((row) => row.aliasRanks.map((ranked) => ({ actorId: mustGet(existing, row.nameKey, 'the id of actor'), ...ranked })));
    if (ranks.length > 0) {
      const ranked = await session.query<{ actor_id: number }>(
        `/* rankAliases */ UPDATE actor_alias a SET rank = r.rank::"Rank", rank_reason = r.rank_reason
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS r(actor_id, alias_key, rank, rank_reason)
         WHERE a.actor_id = r.actor_id AND a.alias_key = r.alias_key AND (a.rank::text, a.rank_reason) IS DISTINCT FROM (r.rank, r.rank_reason)
         RETURNING a.actor_id`,
        [ranks.map((r) => r.actorId), ranks.map((r) => r.aliasKey), ranks.map((r) => r.rank), ranks.map((r) => r.rankReason)],
      );
      for (const row of ranked) updated.add(row.actor_id);
    }
    const counts = { created: created.size, updated: 0, unchanged: 0 };
    for (const row of toUpdate) {
      if (updated.has(mustGet(existing, row.nameKey, 'the id of actor'))) counts.updated++;
      else counts.unchanged++;
    }
    return { counts, ids: existing };
  }

  /**
   * Writes a chunk of a bundle's affiliations, set-based: one per natural key (affiliationKey), created when none is
   * stored, its end date filled in when it has none. Affiliations have no unique key in the table (a mutation may
   * record the same term twice), so bundle writers take turns on a transaction lock and the oldest match is the one.
   */
  async importAffiliations(session: SqlSession, rows: readonly AffiliationWriteRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const distinct = [...new Map(rows.map((row) => [affiliationKey(row), row])).values()];
    if (distinct.length === 0) return { counts: { created: 0, updated: 0, unchanged: 0 }, ids: new Map() };
    await session.query(`/* lockAffiliationImport */ SELECT pg_advisory_xact_lock(hashtext('dossier.affiliation_import'))`);
    const stored = await session.query<KeyedAffiliation>(
      `/* affiliationIds */ SELECT DISTINCT ON (u.member_id, u.organisation_id, u.role, u.start_date) ${keyedAffiliation('f.')}
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS u(member_id, organisation_id, role, start_date)
       JOIN affiliation f ON f.member_id = u.member_id AND f.organisation_id = u.organisation_id AND f.role = u.role
        AND f.start_date IS NOT DISTINCT FROM u.start_date::date
       ORDER BY u.member_id, u.organisation_id, u.role, u.start_date, f.id`,
      [distinct.map((row) => row.memberId), distinct.map((row) => row.organisationId), distinct.map((row) => row.role), distinct.map((row) => row.startDate)],
    );
    const ids = new Map(stored.map((row) => [affiliationKey(row), row.id]));
    const fresh = distinct.filter((row) => !ids.has(affiliationKey(row)));
    const created = new Set<number>();
    if (fresh.length > 0) {
      const inserted = await session.query<KeyedAffiliation>(AFFILIATION_WRITES.insert('insertAffiliations', '', keyedAffiliation('')), AFFILIATION_WRITES.params(fresh));
      for (const row of inserted) {
        ids.set(affiliationKey(row), row.id);
        created.add(row.id);
      }
    }
    const toUpdate = distinct.filter((row) => !created.has(mustGet(ids, affiliationKey(row), 'the id of affiliation')));
    const changed = new Set<number>();
    if (toUpdate.length > 0) {
      const updated = await session.query<{ id: number }>(
        AFFILIATION_WRITES.update('updateAffiliations', 't.id = u.id', 't.id', [{ column: 'id', type: 'int' }]),
        [...AFFILIATION_WRITES.params(toUpdate), toUpdate.map((row) => mustGet(ids, affiliationKey(row), 'the id of affiliation'))],
      );
      for (const row of updated) changed.add(row.id);
    }
    const counts = countChanges(distinct.map((row) => mustGet(ids, affiliationKey(row), 'the id of affiliation')), created, changed);
    return { counts, ids };
  }
}
