// Arms-transfer rows (SIPRI trade register layout) in the database.
import type { Database } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { ArmsTransfer } from '../../generated/prisma/client';
import { sqlAfter, sqlOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import { isoDate } from '../../shared/dates';
import { actorNamedSql, actorNameParams } from '../actors/actors.repository';
import type { CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';
import { ARMS_TRANSFER_COLUMNS, type ArmsTransferRow } from './arms-transfers.columns';
import type { JsonPageSource } from '../../shared/json-reads';

export type ArmsTransferOrder = 'DELIVERY_YEAR_DESC' | 'DELIVERY_YEAR_ASC' | 'TIV_DESC';

export interface ArmsTransferListFilter {
  /** Name, alias or ISO code: resolved inside the statement. */
  supplier?: string | null;
  recipient?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  category?: string | null;
  lastSeenBefore?: Date | null;
}

const byId = (direction: 'asc' | 'desc') => ({ field: 'id', column: 't.id', direction, type: 'int' }) as const;
/** Each order as its sort key; the id breaks ties, so that a cursor row has one place. */
export const ARMS_TRANSFER_ORDERS: Record<ArmsTransferOrder, SortOrder<ArmsTransferRow>> = {
  DELIVERY_YEAR_DESC: [{ field: 'deliveryYear', column: 't.delivery_year', direction: 'desc', type: 'int' }, byId('desc')],
  DELIVERY_YEAR_ASC: [{ field: 'deliveryYear', column: 't.delivery_year', direction: 'asc', type: 'int' }, byId('asc')],
  TIV_DESC: [{ field: 'tivDelivered', column: 't.tiv_delivered', direction: 'desc', type: 'number' }, byId('desc')],
};

/**
 * Only the predicates of the filters given, so that PostgreSQL plans each shape for what it is (an unused
 * `$n IS NULL OR ...` would hide the index on recipient and year); the values stay parameters.
 */
function filterConditions(filter: ArmsTransferListFilter, param: (value: unknown) => string): string[] {
  const conditions: string[] = [];
  for (const [column, name] of [['supplier_id', filter.supplier], ['recipient_id', filter.recipient]] as const) {
    if (name) {
      const [nameKey, iso] = actorNameParams(name);
      conditions.push(`t.${column} = (${actorNamedSql(param(nameKey), param(iso))})`);
    }
  }
  if (filter.fromYear != null) conditions.push(`t.delivery_year >= ${param(filter.fromYear)}`);
  if (filter.toYear != null) conditions.push(`t.delivery_year <= ${param(filter.toYear)}`);
  if (filter.category) conditions.push(`lower(t.category) = lower(${param(filter.category)})`);
  if (filter.lastSeenBefore) conditions.push(`t.last_seen < ${param(isoDate(filter.lastSeenBefore))}::date`);
  return conditions;
}

export class ArmsTransferRepository {
  constructor(private readonly db: Database) {}

  async countOfSource(sourceId: number): Promise<number> {
    const [row] = await this.db.query<{ count: number }>(`/* countTransfersOfSource */ SELECT count(*)::int AS count FROM arms_transfer WHERE source_id = $1`, [sourceId]);
    return row!.count;
  }

  findById(id: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findUnique({ where: { id } });
  }

  /**
   * A page of rows in one raw statement that resolves actor names itself: the busiest list, kept off Prisma's
   * per-row cost; the suppliers come from the actor batch's one statement, not a join that widens every row.
   * Only `fields` are read (null: all; see shared/selection): the rows hold those fields and id, and go to the
   * resolvers of the selection that asked.
   */
  async list(filter: ArmsTransferListFilter, window: PageWindow<ArmsTransferRow>, fields: readonly string[] | null = null): Promise<Page<ArmsTransferRow>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = filterConditions(filter, param);
    const matches = conditions.length > 0 ? conditions.join(' AND ') : 'true';
    const filterParams = [...params];
    if (window.after) conditions.push(sqlAfter(window, param));
    const rows = await this.db.query<ArmsTransferRow>(
      `/* listArmsTransfers */ SELECT ${ARMS_TRANSFER_COLUMNS.only(fields, 't')} FROM arms_transfer t
       WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}
       ORDER BY ${sqlOrderBy(window.order)}
       LIMIT ${param(window.take + 1)}`,
      params,
    );
    return toPage(rows, window, async () => {
      const [row] = await this.db.query<{ count: number }>(
        `/* countArmsTransfers */ SELECT count(*)::int AS count FROM arms_transfer t WHERE ${matches}`,
        filterParams,
      );
      return row!.count;
    });
  }

  /** The rows of a page as a statement that builds its JSON reads them (see shared/json-reads). */
  pageSource(filter: ArmsTransferListFilter, window: PageWindow<ArmsTransferRow>, explainEmpty: boolean): JsonPageSource {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const matches = filterConditions(filter, param);
    return {
      table: 'arms_transfer', matches, after: window.after ? sqlAfter(window, param) : null, params, order: window.order, take: window.take,
      explainEmpty, read: (sql, values) => this.db.query(sql, values),
    };
  }

  /** The row with this natural key (deal, delivery year, dataset), other than `exceptId`. */
  findByNaturalKey(dealId: string, deliveryYear: number, sourceId: number, exceptId?: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findFirst({ where: { dealId, deliveryYear, sourceId, NOT: { id: exceptId } } });
  }

  create(input: CreateArmsTransferInput, author: string): Promise<ArmsTransfer> {
    return this.db.writeAs(author, (tx) => tx.armsTransfer.create({ data: { ...input, description: input.description ?? null } })).catch(translated('An arms transfer'));
  }

  update(id: number, input: Partial<UpdateArmsTransferInput>, author: string): Promise<ArmsTransfer> {
    return this.db.writeAs(author, (tx) => tx.armsTransfer.update({ where: { id }, data: input })).catch(translated('An arms transfer'));
  }

  delete(id: number, author: string): Promise<ArmsTransfer> {
    return this.db.writeAs(author, (tx) => tx.armsTransfer.delete({ where: { id } }));
  }
}
