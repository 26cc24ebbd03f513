// Arms-transfer rows (SIPRI trade register layout) in the database.
import { ARMS_TRANSFER_COLUMNS } from '../../db/columns';
import type { Database } from '../../db/database';
import type { ArmsTransfer } from '../../generated/prisma/client';
import { toPage, type Page, type PageWindow } from '../../shared/pagination';
import type { CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';

export type ArmsTransferOrder = 'DELIVERY_YEAR_DESC' | 'DELIVERY_YEAR_ASC' | 'TIV_DESC';

export interface ArmsTransferListFilter {
  supplierId?: number;
  recipientId?: number;
  fromYear?: number | null;
  toYear?: number | null;
  category?: string | null;
}

/** Each order as a sort key and direction; the id breaks ties, so that a cursor row has one place. */
const ORDER: Record<ArmsTransferOrder, { key: string; direction: 'ASC' | 'DESC' }> = {
  DELIVERY_YEAR_DESC: { key: 'delivery_year', direction: 'DESC' },
  DELIVERY_YEAR_ASC: { key: 'delivery_year', direction: 'ASC' },
  TIV_DESC: { key: 'tiv_delivered', direction: 'DESC' },
};

export class ArmsTransferRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findUnique({ where: { id } });
  }

  /** A page of rows in one raw statement (the busiest list: Prisma's per-row overhead showed in npm run bench). */
  async list(filter: ArmsTransferListFilter, order: ArmsTransferOrder, window: PageWindow): Promise<Page<ArmsTransfer>> {
    const { key, direction } = ORDER[order];
    const matches = `($1::int IS NULL OR supplier_id = $1) AND ($2::int IS NULL OR recipient_id = $2)
      AND ($3::int IS NULL OR delivery_year >= $3) AND ($4::int IS NULL OR delivery_year <= $4)
      AND ($5::text IS NULL OR lower(category) = lower($5::text))`;
    const params = [filter.supplierId ?? null, filter.recipientId ?? null, filter.fromYear ?? null, filter.toYear ?? null, filter.category ?? null];
    // Keyset pagination: the rows after the cursor row in the (key, id) order.
    const rows = await this.db.query<ArmsTransfer>(
      /* listArmsTransfers */ `SELECT ${ARMS_TRANSFER_COLUMNS()} FROM arms_transfer
       WHERE ${matches}
         AND ($6::int IS NULL OR (${key}, id) ${direction === 'DESC' ? '<' : '>'} (SELECT ${key}, id FROM arms_transfer WHERE id = $6))
       ORDER BY ${key} ${direction}, id ${direction}
       LIMIT $7`,
      [...params, window.afterId, window.take + 1],
    );
    return toPage(rows, window, async () => {
      const [row] = await this.db.query<{ count: number }>(/* countArmsTransfers */ `SELECT count(*)::int AS count FROM arms_transfer WHERE ${matches}`, params);
      return row!.count;
    });
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
