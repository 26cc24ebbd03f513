// Claims, the actors they are about and their citations in the database.
import type { Database } from '../../db/database';
import type { Citation, Claim, ClaimActor, Prisma } from '../../generated/prisma/client';
import { prismaWindow, toPage, type Page, type PageWindow } from '../../shared/pagination';

/** A claim's own columns, as the service has checked them. */
export type ClaimFields = Omit<Prisma.ClaimUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt' | 'actors' | 'citations'>;
export type ClaimActorRow = { actorId: number; role: ClaimActor['role'] };
export type CitationRow = Omit<Citation, 'id' | 'claimId'>;

export interface ClaimListFilter {
  actorId?: number | null;
  eventId?: number | null;
  sourceId?: number | null;
  stance?: Citation['stance'] | null;
}

export class ClaimRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<Claim | null> {
    return this.db.prisma.claim.findUnique({ where: { id } });
  }

  findManyByIds(ids: readonly number[]): Promise<Claim[]> {
    return this.db.prisma.claim.findMany({ where: { id: { in: [...ids] } } });
  }

  async list(filter: ClaimListFilter, window: PageWindow): Promise<Page<Claim>> {
    const where: Prisma.ClaimWhereInput = {};
    if (filter.actorId) where.OR = [{ asserterId: filter.actorId }, { actors: { some: { actorId: filter.actorId } } }];
    if (filter.eventId) where.eventId = filter.eventId;
    if (filter.sourceId || filter.stance) {
      where.citations = { some: { ...(filter.sourceId ? { sourceId: filter.sourceId } : {}), ...(filter.stance ? { stance: filter.stance } : {}) } };
    }
    const rows = await this.db.prisma.claim.findMany({ where, orderBy: { id: 'desc' }, ...prismaWindow(window) });
    return toPage(rows, window, () => this.db.prisma.claim.count({ where }));
  }

  actorsOf(claimIds: readonly number[]): Promise<ClaimActor[]> {
    return this.db.prisma.claimActor.findMany({ where: { claimId: { in: [...claimIds] } }, orderBy: [{ claimId: 'asc' }, { role: 'asc' }] });
  }

  citationsOf(claimIds: readonly number[]): Promise<Citation[]> {
    return this.db.prisma.citation.findMany({ where: { claimId: { in: [...claimIds] } }, orderBy: { id: 'asc' } });
  }

  create(fields: ClaimFields, actors: ClaimActorRow[], citations: CitationRow[]): Promise<Claim> {
    return this.db.prisma.claim.create({
      data: { ...fields, actors: { create: actors }, citations: { create: citations } },
    });
  }

  update(id: number, fields: Partial<ClaimFields>, actors: ClaimActorRow[] | undefined, citations: CitationRow[] | undefined): Promise<Claim> {
    return this.db.prisma.$transaction(async (tx) => {
      if (actors) {
        await tx.claimActor.deleteMany({ where: { claimId: id } });
        await tx.claimActor.createMany({ data: actors.map((actor) => ({ ...actor, claimId: id })) });
      }
      if (citations) {
        await tx.citation.deleteMany({ where: { claimId: id } });
        await tx.citation.createMany({ data: citations.map((citation) => ({ ...citation, claimId: id })) });
      }
      return tx.claim.update({ where: { id }, data: fields });
    });
  }

  delete(id: number): Promise<Claim> {
    return this.db.prisma.claim.delete({ where: { id } });
  }
}
