// Sources in the database.
import { SOURCE_COLUMNS } from '../../db/columns';
import type { Database } from '../../db/database';
import type { Prisma, Source } from '../../generated/prisma/client';
import { prismaWindow, toPage, type Page, type PageWindow } from '../../shared/pagination';
import type { SourceFilter } from './sources.validation';

export type SourceData = Omit<Prisma.SourceUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt'>;

export interface SourceReferences {
  citations: number;
  claims: number;
  armsTransfers: number;
}

export class SourceRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<Source | null> {
    return this.db.prisma.source.findUnique({ where: { id } });
  }

  findManyByIds(ids: readonly number[]): Promise<Source[]> {
    return this.db.query<Source>(/* sourcesByIds */ `SELECT ${SOURCE_COLUMNS()} FROM source WHERE id = ANY($1::int[])`, [ids]);
  }

  /** A stored source with this content hash or URL, other than `exceptId`. */
  async findDuplicate(contentHash: string, url: string | null | undefined, exceptId?: number): Promise<Source | null> {
    // Raw SQL: every start asks this (is the sample loaded?), and it need not wake Prisma's query compiler.
    const [source] = await this.db.query<Source>(
      /* findDuplicateSource */ `SELECT ${SOURCE_COLUMNS()} FROM source
       WHERE (content_hash = $1 OR ($2::text IS NOT NULL AND url = $2)) AND ($3::int IS NULL OR id <> $3)
       ORDER BY id LIMIT 1`,
      [contentHash, url ?? null, exceptId ?? null],
    );
    return source ?? null;
  }

  async list(filter: SourceFilter, window: PageWindow): Promise<Page<Source>> {
    const where: Prisma.SourceWhereInput = {};
    if (filter?.kind?.length) where.kind = { in: filter.kind };
    if (filter?.publisher) where.publisher = { contains: filter.publisher, mode: 'insensitive' };
    if (filter?.publishedFrom || filter?.publishedTo) {
      where.publishedAt = { ...(filter.publishedFrom ? { gte: filter.publishedFrom } : {}), ...(filter.publishedTo ? { lte: filter.publishedTo } : {}) };
    }
    const rows = await this.db.prisma.source.findMany({
      where,
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      ...prismaWindow(window),
    });
    return toPage(rows, window, () => this.db.prisma.source.count({ where }));
  }

  create(data: SourceData, author: string): Promise<Source> {
    return this.db.writeAs(author, (tx) => tx.source.create({ data }));
  }

  update(id: number, data: Partial<SourceData>, author: string): Promise<Source> {
    return this.db.writeAs(author, (tx) => tx.source.update({ where: { id }, data }));
  }

  citationsOf(sourceId: number) {
    return this.db.prisma.citation.findMany({ where: { sourceId }, select: { id: true, quote: true, startOffset: true, endOffset: true } });
  }

  async references(id: number): Promise<SourceReferences> {
    const [citations, claims, armsTransfers] = await Promise.all([
      this.db.prisma.citation.count({ where: { sourceId: id } }),
      this.db.prisma.claim.count({ where: { asserterSourceId: id } }),
      this.db.prisma.armsTransfer.count({ where: { sourceId: id } }),
    ]);
    return { citations, claims, armsTransfers };
  }

  delete(id: number, author: string): Promise<Source> {
    return this.db.writeAs(author, (tx) => tx.source.delete({ where: { id } }));
  }
}
