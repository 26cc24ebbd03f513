// Actors, their aliases and affiliations in the database.
import { sessionOf, type Database, type SqlSession } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { Actor, ActorAlias, Affiliation, Prisma } from '../../generated/prisma/client';
import { isoDate } from '../../shared/dates';
import { lookupKey } from '../../shared/lookup-key';
import { escapeLike } from '../../shared/like';
import { prismaAfter, prismaOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import { actorWithAliasesColumns, actorWithAliasesFrom, AFFILIATION_COLUMNS, type ActorWithAliases } from './actors.columns';
import type { JsonRowSource } from '../../shared/json-reads';
import type { ActorFilter, CreateActorInput, CreateAffiliationInput, UpdateActorInput, UpdateAffiliationInput } from './actors.validation';

export { lookupKey };

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

export type AliasKind = 'ALIAS' | 'DEMONYM';
const FORM_STATEMENTS: Record<AliasKind, string> = { ALIAS: 'aliasesOf', DEMONYM: 'demonymsOf' };

export type AffiliationWithActors = Affiliation & { member: ActorWithAliases; organisation: ActorWithAliases };

/** What still points at an actor; an actor is deleted only when all are zero. */
export interface ActorReferences {
  affiliations: number;
  events: number;
  claims: number;
  armsTransfers: number;
}

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

  /** The records that refer to an actor, each counted once however many of its fields name the actor. */
  async references(id: number): Promise<ActorReferences> {
    const [row] = await this.db.query<ActorReferences>(
      `/* actorReferences */ SELECT
         (SELECT count(*)::int FROM affiliation WHERE member_id = $1 OR organisation_id = $1) AS affiliations,
         (SELECT count(DISTINCT event_id)::int FROM event_participant WHERE actor_id = $1) AS events,
         (SELECT count(*)::int FROM claim c WHERE c.asserter_id = $1 OR c.subject_id = $1 OR c.object_actor_id = $1
            OR EXISTS (SELECT 1 FROM claim_actor a WHERE a.claim_id = c.id AND a.actor_id = $1)) AS claims,
         (SELECT count(*)::int FROM arms_transfer WHERE supplier_id = $1 OR recipient_id = $1) AS "armsTransfers"`,
      [id],
    );
    return row!;
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
}
