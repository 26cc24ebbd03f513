// Arms-transfer rows (SIPRI trade register layout) in the database.
import type { Database, SqlSession } from '../../db/database';
import { columnOf, type WriteCounts } from '../../db/set-writes';
import { TRANSFER_WRITES, type TransferWriteRow } from './arms-transfers.writes';
import { translated } from '../../db/prisma-errors';
import type { ArmsTransfer } from '../../generated/prisma/client';
import { sqlAfter, sqlOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import { isoDate } from '../../shared/dates';
import { actorNamedSql, actorNameParams } from '../actors/actors.columns';
import type { CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';
import { ARMS_TRANSFER_COLUMNS, type ArmsTransferRow } from './arms-transfers.columns';
import type { JsonPageSource } from '../../shared/json-reads';
import { oneRow } from '../../shared/must-get';

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

  /** Every designation the transfers carry, each once. */
  async designations(): Promise<string[]> {
    return (await this.db.query<{ designation: string }>(`/* transferDesignations */ SELECT DISTINCT designation FROM arms_transfer`)).map((row) => row.designation);
  }

  /** How many transfers carry each of these designations. */
  async countsByDesignation(designations: readonly string[]): Promise<Map<string, number>> {
    if (designations.length === 0) return new Map();
    const rows = await this.db.query<{ designation: string; count: number }>(
      `/* transfersByDesignation */ SELECT designation, count(*)::int AS count FROM arms_transfer WHERE designation = ANY($1::text[]) GROUP BY designation`,
      [designations],
    );
    return new Map(rows.map((row) => [row.designation, row.count]));
  }

  /**
   * The latest transfers (newest delivery first) carrying one of each group's designations, `limit` per group (a
   * weapon system named in a text and its family's designations): one statement for all the groups.
   */
  latestByDesignations(groups: readonly { key: string; designations: readonly string[] }[], limit: number): Promise<(ArmsTransferRow & { groupKey: string })[]> {
    const pairs = groups.flatMap((group) => group.designations.map((designation) => [group.key, designation] as const));
    return this.db.query<ArmsTransferRow & { groupKey: string }>(
      `/* transfersByWeapon */ WITH wanted AS (SELECT * FROM unnest($1::text[], $2::text[]) AS w(group_key, designation))
       SELECT g.group_key AS "groupKey", t.* FROM (SELECT DISTINCT group_key FROM wanted) g
       CROSS JOIN LATERAL (SELECT ${ARMS_TRANSFER_COLUMNS('t')} FROM arms_transfer t
         WHERE t.designation IN (SELECT designation FROM wanted w WHERE w.group_key = g.group_key)
         ORDER BY t.delivery_year DESC NULLS LAST, t.id DESC LIMIT $3) t
       ORDER BY g.group_key`,
      [pairs.map(([key]) => key), pairs.map(([, designation]) => designation), limit],
    );
  }

  async countOfSource(sourceId: number): Promise<number> {
    const row = oneRow(await this.db.query<{ count: number }>(`/* countTransfersOfSource */ SELECT count(*)::int AS count FROM arms_transfer WHERE source_id = $1`, [sourceId]), 'countTransfersOfSource');
    return row.count;
  }

  findById(id: number): Promise<ArmsTransfer | null> {
    return this.db.prisma.armsTransfer.findUnique({ where: { id } });
  }

  findManyByIds(ids: readonly number[]): Promise<ArmsTransferRow[]> {
    return this.db.query<ArmsTransferRow>(`/* armsTransfersByIds */ SELECT ${ARMS_TRANSFER_COLUMNS()} FROM arms_transfer WHERE id = ANY($1::int[])`, [ids]);
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
      const row = oneRow(await this.db.query<{ count: number }>(
        `/* countArmsTransfers */ SELECT count(*)::int AS count FROM arms_transfer t WHERE ${matches}`,
        filterParams,
      ), 'countArmsTransfers');
      return row.count;
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

  /**
   * Writes a chunk of an import's transfer rows: inserts the new ones and updates those that changed (by dataset,
   * deal and delivery year, as TRANSFER_WRITES says) in one statement; unchanged rows of a newer edition are
   * confirmed (their last sighting moves), and the datasets' import time is stamped.
   */
  async importTransfers(session: SqlSession, rows: readonly TransferWriteRow[]): Promise<WriteCounts> {
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    // One lock order for every import, so that two imports of overlapping rows cannot deadlock.
    const sorted = [...rows].sort((a, b) => a.sourceId - b.sourceId || (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : a.deliveryYear - b.deliveryYear));
    const returned = await session.query<{ inserted: boolean; source_id: number; deal_id: string; delivery_year: number }>(
      TRANSFER_WRITES.upsert('upsertTransfers', '(deal_id, delivery_year, source_id)', 'arms_transfer.source_id, arms_transfer.deal_id, arms_transfer.delivery_year'),
      TRANSFER_WRITES.params(sorted),
    );
    const created = returned.filter((row) => row.inserted).length;
    // Unchanged rows (those the upsert left alone) of a newer edition are confirmed by it: their lastSeen moves,
    // their content and counts do not. A first import has none, and sends empty lists.
    const written = new Set(returned.map((row) => `${row.source_id}|${row.deal_id}|${row.delivery_year}`));
    const unchanged = sorted.filter((row) => !written.has(`${row.sourceId}|${row.dealId}|${row.deliveryYear}`));
    await session.query(
      `/* confirmTransfers */ WITH confirmed AS (
         UPDATE arms_transfer a SET last_seen = COALESCE(s.edition, current_date)
         FROM unnest($1::int[], $2::text[], $3::int[]) AS u(source_id, deal_id, delivery_year) JOIN source s ON s.id = u.source_id
         WHERE a.source_id = u.source_id AND a.deal_id = u.deal_id AND a.delivery_year = u.delivery_year
           AND (a.last_seen IS NULL OR a.last_seen < COALESCE(s.edition, current_date))
       )
       UPDATE source SET imported_at = now() WHERE id = ANY($4::int[])`,
      [columnOf(unchanged, (r) => r.sourceId), columnOf(unchanged, (r) => r.dealId), columnOf(unchanged, (r) => r.deliveryYear), [...new Set(sorted.map((r) => r.sourceId))]],
    );
    return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
  }
}
