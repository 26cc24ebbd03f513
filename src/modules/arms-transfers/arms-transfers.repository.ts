// Arms-transfer rows (SIPRI trade register layout) in the database.
import { actorWithAliasesColumns, actorWithAliasesFrom, ARMS_TRANSFER_COLUMNS } from '../../db/columns';
import type { Database } from '../../db/database';
import type { ArmsTransfer } from '../../generated/prisma/client';
import { toPage, type Page, type PageWindow } from '../../shared/pagination';
import { actorNamedSql, actorNameParams, type ActorWithAliases } from '../actors/actors.repository';
import type { CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';

export type ArmsTransferOrder = 'DELIVERY_YEAR_DESC' | 'DELIVERY_YEAR_ASC' | 'TIV_DESC';

export interface ArmsTransferListFilter {
  /** Name, alias or ISO code: resolved inside the statement. */
  supplier?: string | null;
  recipient?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  category?: string | null;
}

/** A page of transfers with their suppliers and recipients (aliases included), to prime the loaders. */
export type ArmsTransferPage = Page<ArmsTransfer> & { actors: ActorWithAliases[] };

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

  /**
   * A page of rows, their suppliers and recipients with aliases, in one statement: the busiest list, where
   * Prisma's per-row cost and a statement per relation showed in npm run bench. Actor names are resolved inside.
   */
  async list(filter: ArmsTransferListFilter, order: ArmsTransferOrder, window: PageWindow): Promise<ArmsTransferPage> {
    const { key, direction } = ORDER[order];
    const matches = `($1::text IS NULL OR t.supplier_id = (${actorNamedSql('$1', '$2')}))
      AND ($3::text IS NULL OR t.recipient_id = (${actorNamedSql('$3', '$4')}))
      AND ($5::int IS NULL OR t.delivery_year >= $5) AND ($6::int IS NULL OR t.delivery_year <= $6)
      AND ($7::text IS NULL OR lower(t.category) = lower($7::text))`;
    const names = (name: string | null | undefined) => (name ? actorNameParams(name) : [null, null]);
    const params = [...names(filter.supplier), ...names(filter.recipient), filter.fromYear ?? null, filter.toYear ?? null, filter.category ?? null];
    // Keyset pagination: the rows after the cursor row in the (key, id) order.
    const rows = await this.db.query<ArmsTransfer & Record<string, unknown>>(
      /* listArmsTransfers */ `SELECT ${ARMS_TRANSFER_COLUMNS('t')}, ${actorWithAliasesColumns('s', 's_')}, ${actorWithAliasesColumns('r', 'r_')}
       FROM (
         SELECT t.* FROM arms_transfer t
         WHERE ${matches}
           AND ($8::int IS NULL OR (t.${key}, t.id) ${direction === 'DESC' ? '<' : '>'} (SELECT ${key}, id FROM arms_transfer WHERE id = $8))
         ORDER BY t.${key} ${direction}, t.id ${direction}
         LIMIT $9
       ) t
       JOIN actor s ON s.id = t.supplier_id JOIN actor r ON r.id = t.recipient_id
       ORDER BY t.${key} ${direction}, t.id ${direction}`,
      [...params, window.afterId, window.take + 1],
    );
    const actors = new Map<number, ActorWithAliases>();
    for (const row of rows) {
      for (const prefix of ['s_', 'r_']) {
        const actor = actorWithAliasesFrom<ActorWithAliases>(row, prefix);
        actors.set(actor.id, actor);
      }
    }
    const page = toPage(rows, window, async () => {
      const [row] = await this.db.query<{ count: number }>(/* countArmsTransfers */ `SELECT count(*)::int AS count FROM arms_transfer t WHERE ${matches}`, params);
      return row!.count;
    });
    return { ...page, actors: [...actors.values()] };
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
