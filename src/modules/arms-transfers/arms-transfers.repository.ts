// Arms-transfer rows (SIPRI trade register layout) in the database.
import type { Database } from '../../db/database';
import type { ArmsTransfer, Prisma } from '../../generated/prisma/client';
import { prismaWindow, toPage, type Page, type PageWindow } from '../../shared/pagination';
import type { CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';

export type ArmsTransferOrder = 'DELIVERY_YEAR_DESC' | 'DELIVERY_YEAR_ASC' | 'TIV_DESC';

export interface ArmsTransferListFilter {
  supplierId?: number;
  recipientId?: number;
  fromYear?: number | null;
  toYear?: number | null;
  category?: string | null;
}

const ORDER: Record<ArmsTransferOrder, Prisma.ArmsTransferOrderByWithRelationInput[]> = {
  DELIVERY_YEAR_DESC: [{ deliveryYear: 'desc' }, { id: 'desc' }],
  DELIVERY_YEAR_ASC: [{ deliveryYear: 'asc' }, { id: 'asc' }],
  TIV_DESC: [{ tivDelivered: 'desc' }, { id: 'desc' }],
};

export class ArmsTransferRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findUnique({ where: { id } });
  }

  async list(filter: ArmsTransferListFilter, order: ArmsTransferOrder, window: PageWindow): Promise<Page<ArmsTransfer>> {
    const where: Prisma.ArmsTransferWhereInput = {};
    if (filter.supplierId) where.supplierId = filter.supplierId;
    if (filter.recipientId) where.recipientId = filter.recipientId;
    if (filter.fromYear || filter.toYear) {
      where.deliveryYear = { ...(filter.fromYear ? { gte: filter.fromYear } : {}), ...(filter.toYear ? { lte: filter.toYear } : {}) };
    }
    if (filter.category) where.category = { equals: filter.category, mode: 'insensitive' };
    const rows = await this.db.prisma.armsTransfer.findMany({ where, orderBy: ORDER[order], ...prismaWindow(window) });
    return toPage(rows, window, () => this.db.prisma.armsTransfer.count({ where }));
  }

  /** The row with this natural key (deal, delivery year, dataset), other than `exceptId`. */
  findByNaturalKey(dealId: string, deliveryYear: number, sourceId: number, exceptId?: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findFirst({ where: { dealId, deliveryYear, sourceId, NOT: { id: exceptId } } });
  }

  create(input: CreateArmsTransferInput): Promise<ArmsTransfer> {
    return this.db.prisma.armsTransfer.create({ data: { ...input, description: input.description ?? null } });
  }

  update(id: number, input: Partial<UpdateArmsTransferInput>): Promise<ArmsTransfer> {
    return this.db.prisma.armsTransfer.update({ where: { id }, data: input });
  }

  delete(id: number): Promise<ArmsTransfer> {
    return this.db.prisma.armsTransfer.delete({ where: { id } });
  }
}
