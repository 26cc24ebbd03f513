// Claims, the actors they are about and their citations in the database.
import { sessionOf, type Database, type SqlSession } from '../../db/database';
import { countChanges, type WriteCounts } from '../../db/set-writes';
import { CITATION_WRITES, CLAIM_ACTOR_WRITES, CLAIM_WRITES, FACT_CHECK_WRITES, type ClaimImportRow } from './claims.writes';
import { translated } from '../../db/prisma-errors';
import type { Citation, Claim, ClaimActor, FactCheck, Prisma } from '../../generated/prisma/client';
import { prismaAfter, prismaOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import { CITATION_COLUMNS, CLAIM_COLUMNS, FACT_CHECK_COLUMNS } from './claims.columns';
import { mustGet } from '../../shared/must-get';

/** A claim's own columns, as the service has checked them. */
export type ClaimFields = Omit<Prisma.ClaimUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt' | 'actors' | 'citations'>;
export type ClaimActorRow = { actorId: number; role: ClaimActor['role'] };
export type CitationRow = Omit<Citation, 'id' | 'claimId'>;

export interface ClaimListFilter {
  actorId?: number | null;
  eventId?: number | null;
  sourceId?: number | null;
  stance?: Citation['stance'] | null;
  predicate?: string | null;
  /** Only these claims (the verdict filter's answer). */
  ids?: number[] | null;
  rank?: Claim['rank'] | null;
  includeDeprecated?: boolean | null;
}

/** The claim list's order: newest first. */
export const CLAIM_ORDER: SortOrder<Claim> = [{ field: 'id', column: 'c.id', direction: 'desc', type: 'int' }];

export class ClaimRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<Claim | null> {
    return this.db.prisma.claim.findUnique({ where: { id } });
  }

  async existsWithKey(naturalKey: string): Promise<boolean> {
    const rows = await this.db.query(`/* claimExists */ SELECT 1 FROM claim WHERE natural_key = $1`, [naturalKey]);
    return rows.length > 0;
  }

  findManyByIds(ids: readonly number[]): Promise<Claim[]> {
    return this.db.query<Claim>(`/* claimsByIds */ SELECT ${CLAIM_COLUMNS()} FROM claim WHERE id = ANY($1::int[])`, [ids]);
  }

  async list(filter: ClaimListFilter, window: PageWindow<Claim>): Promise<Page<Claim>> {
    const where: Prisma.ClaimWhereInput = {};
    if (filter.actorId) where.OR = [{ asserterId: filter.actorId }, { actors: { some: { actorId: filter.actorId } } }];
    if (filter.eventId) where.eventId = filter.eventId;
    if (filter.predicate) where.predicate = filter.predicate;
    if (filter.ids) where.id = { in: filter.ids };
    if (filter.rank) where.rank = filter.rank;
    else if (!filter.includeDeprecated) where.rank = { not: 'DEPRECATED' };
    if (filter.sourceId || filter.stance) {
      where.citations = { some: { ...(filter.sourceId ? { sourceId: filter.sourceId } : {}), ...(filter.stance ? { stance: filter.stance } : {}) } };
    }
    const rows = await this.db.prisma.claim.findMany({
      where: { AND: [where, prismaAfter(window) ?? {}] },
      orderBy: prismaOrderBy(window.order),
      take: window.take + 1,
    });
    return toPage(rows, window, () => this.db.prisma.claim.count({ where }));
  }

  actorsOf(claimIds: readonly number[]): Promise<ClaimActor[]> {
    return this.db.query<ClaimActor>(
      `/* claimActorsOf */ SELECT claim_id AS "claimId", actor_id AS "actorId", role FROM claim_actor
       WHERE claim_id = ANY($1::int[]) ORDER BY claim_id, role, actor_id`,
      [claimIds],
    );
  }

  citationsOf(claimIds: readonly number[]): Promise<Citation[]> {
    return this.db.query<Citation>(
      `/* citationsOf */ SELECT ${CITATION_COLUMNS()} FROM citation WHERE claim_id = ANY($1::int[]) ORDER BY id`,
      [claimIds],
    );
  }

  factChecksOf(claimIds: readonly number[]): Promise<FactCheck[]> {
    return this.db.query<FactCheck>(`/* factChecksOf */ SELECT ${FACT_CHECK_COLUMNS()} FROM fact_check WHERE claim_id = ANY($1::int[]) ORDER BY url`, [claimIds]);
  }

  /** Stores a claim; `alongside` runs in the same transaction once it is written (a quotation accepted as it). */
  create(fields: ClaimFields, actors: ClaimActorRow[], citations: CitationRow[], author: string, alongside?: (session: SqlSession, claim: Claim) => Promise<void>): Promise<Claim> {
    return this.db.writeAs(author, async (tx) => {
      const claim = await tx.claim.create({ data: { ...fields, actors: { create: actors }, citations: { create: citations } } });
      await alongside?.(sessionOf(tx), claim);
      return claim;
    }).catch(translated('A claim by the same asserter'));
  }

  update(
    id: number, fields: Partial<ClaimFields>, actors: ClaimActorRow[] | undefined, citations: CitationRow[] | undefined, author: string,
    alongside?: (session: SqlSession) => Promise<void>,
  ): Promise<Claim> {
    return this.db.writeAs(author, async (tx) => {
      if (actors) {
        await tx.claimActor.deleteMany({ where: { claimId: id } });
        await tx.claimActor.createMany({ data: actors.map((actor) => ({ ...actor, claimId: id })) });
      }
      if (citations) {
        await tx.citation.deleteMany({ where: { claimId: id } });
        await tx.citation.createMany({ data: citations.map((citation) => ({ ...citation, claimId: id })) });
      }
      const claim = await tx.claim.update({ where: { id }, data: fields });
      await alongside?.(sessionOf(tx));
      return claim;
    }).catch(translated('A claim by the same asserter'));
  }

  /** Sets the rank and its reason, and adds the citations given (a refutation), in one transaction. */
  rank(id: number, rank: Claim['rank'], reason: string | null, citations: CitationRow[], author: string): Promise<Claim> {
    return this.db.writeAs(author, async (tx) => {
      if (citations.length > 0) await tx.citation.createMany({ data: citations.map((citation) => ({ ...citation, claimId: id })) });
      return tx.claim.update({ where: { id }, data: { rank, rankReason: reason } });
    });
  }

  delete(id: number, author: string): Promise<Claim> {
    return this.db.writeAs(author, (tx) => tx.claim.delete({ where: { id } }));
  }

  /**
   * Writes a chunk of a bundle's claims: creates the new ones, updates stored ones (by natural key) as CLAIM_WRITES
   * says, and replaces the lists of actors and citations given (null keeps the stored list).
   */
  async importClaims(session: SqlSession, rows: readonly ClaimImportRow[]): Promise<{ counts: WriteCounts; ids: number[] }> {
    const sorted = [...rows].sort((a, b) => (a.naturalKey < b.naturalKey ? -1 : 1));
    const values = CLAIM_WRITES.params(sorted);
    const inserted = await session.query<{ natural_key: string }>(CLAIM_WRITES.insert('insertClaims', 'ON CONFLICT (natural_key) DO NOTHING', 'natural_key'), values);
    const created = new Set(inserted.map((row) => row.natural_key));
    const changed = new Set<number>();
    if (created.size < sorted.length) {
      const updated = await session.query<{ id: number }>(CLAIM_WRITES.update('updateClaims', 't.natural_key = u.natural_key', 't.id'), values);
      for (const row of updated) changed.add(row.id);
    }
    const stored = await session.query<{ id: number; natural_key: string }>(
      `/* claimIds */ SELECT id, natural_key FROM claim WHERE natural_key = ANY($1::text[])`,
      [sorted.map((row) => row.naturalKey)],
    );
    const ids = new Map(stored.map((row) => [row.natural_key, row.id]));
    const idOf = (row: ClaimImportRow) => mustGet(ids, row.naturalKey, 'the id of claim');
    const withActors = sorted.filter((row) => row.actors !== null);
    for (const id of await CLAIM_ACTOR_WRITES.replace(session, withActors.map(idOf), withActors.flatMap((row) => row.actors!.map((actor) => ({ parentId: idOf(row), row: actor }))))) changed.add(id);
    const withCitations = sorted.filter((row) => row.citations !== null);
    for (const id of await CITATION_WRITES.replace(session, withCitations.map(idOf), withCitations.flatMap((row) => row.citations!.map((citation) => ({ parentId: idOf(row), row: citation }))))) changed.add(id);
    const factChecks = sorted.flatMap((row) => row.factChecks.map((check) => ({ ...check, claimId: idOf(row) })));
    if (factChecks.length > 0) {
      const written = await session.query<{ claim_id: number }>(FACT_CHECK_WRITES.upsert('upsertFactChecks', '(claim_id, url)', 'fact_check.claim_id'), FACT_CHECK_WRITES.params(factChecks));
      for (const row of written) changed.add(row.claim_id);
    }
    return { counts: countChanges(sorted.map(idOf), new Set([...created].map((key) => mustGet(ids, key, 'the id of claim'))), changed), ids: sorted.map(idOf) };
  }
}
