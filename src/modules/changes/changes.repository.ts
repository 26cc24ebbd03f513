// The change log (see the change_log migration): read in (xid, seq) order and only below the oldest transaction
// still open, so that a reader never passes a change whose transaction commits later; pruned past the retention.
import type { Database } from '../../db/database';

/** The entities the log names (change_log.entity). */
export const CHANGE_ENTITIES = ['actor', 'affiliation', 'event', 'source', 'claim', 'arms_transfer'] as const;
export type ChangeEntityName = (typeof CHANGE_ENTITIES)[number];

export type ChangeOperationName = 'CREATE' | 'UPDATE' | 'DELETE' | 'MERGE' | 'UNMERGE';

/** A position in the feed: the writing transaction and the change's number in the log. */
export interface ChangeCursor {
  xid: bigint;
  seq: bigint;
}

export interface ChangeRow {
  cursor: ChangeCursor;
  entity: ChangeEntityName;
  recordId: number;
  operation: ChangeOperationName;
  /** What an UPDATE changed (camelCase; a list by its name); null for the other operations. */
  fields: string[] | null;
  mergedInto: number | null;
  changedBy: string | null;
  changedAt: Date;
}

export interface ChangeRead {
  changes: ChangeRow[];
  /** The cursor the read is complete through: its last change's when the page is full, else the log's visible end. */
  through: ChangeCursor | null;
  /** More changes are waiting (the page is full). */
  full: boolean;
}

interface ChangeLogRow {
  xid: string;
  seq: string;
  entity: ChangeEntityName;
  recordId: number;
  operation: ChangeOperationName;
  fields: string[] | null;
  mergedInto: number | null;
  changedBy: string | null;
  changedAt: Date;
}

// Visible: written by a transaction older than every transaction of this database still open (so committed or
// rolled back, never to come). The oldest open transaction of the snapshot, less those that pg_stat_activity shows
// running in another database (transaction ids are the server's, and a long transaction elsewhere must not hold the
// feed back); one that has ended since the snapshot, or whose database is hidden, still counts: never too early.
// No transaction open: everything before the snapshot's end. The cursor comparison is on (xid, seq), the log's order.
const HORIZON = `coalesce(
  (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.backend_xid = xid(x) AND a.datname IS DISTINCT FROM current_database())),
  pg_snapshot_xmax(pg_current_snapshot()))`;
const VISIBLE = `xid < ${HORIZON}`;

export class ChangeRepository {
  constructor(private readonly db: Database) {}

  /**
   * Up to `limit` visible changes after `after` (null: from the oldest kept), of some entities (null: all), written
   * at or after `since`, and the cursor the read is complete through.
   */
  async read(after: ChangeCursor | null, entities: readonly ChangeEntityName[] | null, since: Date | null, limit: number): Promise<ChangeRead> {
    // One statement, so one snapshot: the page and the log's visible end are read below the same oldest open
    // transaction (read apart, a change committed in between would fall behind a `through` that passed it).
    const rows = await this.db.query<ChangeLogRow & { page: boolean }>(
      `/* readChanges */ WITH horizon AS (SELECT ${HORIZON} AS xmin),
       page AS (
         SELECT xid, seq, entity, record_id, operation, fields, merged_into, changed_by, changed_at FROM change_log
         WHERE xid < (SELECT xmin FROM horizon) AND (xid, seq) > ($1::xid8, $2::bigint)
           AND ($3::text[] IS NULL OR entity = ANY($3::text[])) AND ($4::timestamptz IS NULL OR changed_at >= $4::timestamptz)
         ORDER BY xid, seq LIMIT $5
       ),
       tail AS (SELECT xid, seq FROM change_log WHERE xid < (SELECT xmin FROM horizon) ORDER BY xid DESC, seq DESC LIMIT 1)
       SELECT true AS page, xid AS order_xid, seq AS order_seq, xid::text AS xid, seq::text AS seq, entity, record_id AS "recordId",
         operation, fields, merged_into AS "mergedInto", changed_by AS "changedBy", changed_at AS "changedAt" FROM page
       UNION ALL
       SELECT false, xid, seq, xid::text, seq::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM tail
       ORDER BY page DESC, order_xid, order_seq`,
      // From the start is after (0, 0): one range condition, which the (xid, seq) index answers under a generic plan.
      [(after?.xid ?? 0n).toString(), (after?.seq ?? 0n).toString(), entities, since, limit],
    );
    const changes = rows.filter((row) => row.page).map(toChange);
    const full = changes.length === limit;
    if (full) return { changes, through: changes[changes.length - 1]!.cursor, full };
    // A short page read everything visible that it matched: the rest of the visible log is behind it too.
    const tail = rows.find((row) => !row.page);
    const end = tail ? { xid: BigInt(tail.xid), seq: BigInt(tail.seq) } : null;
    const last = changes[changes.length - 1]?.cursor ?? after;
    return { changes, through: end && (!last || compareCursors(end, last) > 0) ? end : last, full };
  }

  /** The latest `limit` visible changes of some entities (null: all), newest first, and the log's visible end. */
  async latest(entities: readonly ChangeEntityName[] | null, limit: number): Promise<{ changes: ChangeRow[]; end: ChangeCursor | null }> {
    const rows = await this.db.query<ChangeLogRow>(
      `/* latestChanges */ SELECT xid::text AS xid, seq::text AS seq, entity, record_id AS "recordId", operation, fields,
         merged_into AS "mergedInto", changed_by AS "changedBy", changed_at AS "changedAt"
       FROM change_log WHERE ${VISIBLE} AND ($1::text[] IS NULL OR entity = ANY($1::text[]))
       ORDER BY change_log.xid DESC, change_log.seq DESC LIMIT $2`,
      [entities, limit],
    );
    return { changes: rows.map(toChange), end: await this.visibleEnd() };
  }

  /** The last visible change's cursor; null for an empty log. */
  async visibleEnd(): Promise<ChangeCursor | null> {
    const [row] = await this.db.query<{ xid: string; seq: string }>(
      // Ordered by the columns, not by the text they are selected as (a bare name would sort '999' after '3000').
      `/* changeLogEnd */ SELECT xid::text AS xid, seq::text AS seq FROM change_log WHERE ${VISIBLE} ORDER BY change_log.xid DESC, change_log.seq DESC LIMIT 1`,
    );
    return row ? { xid: BigInt(row.xid), seq: BigInt(row.seq) } : null;
  }

  /** The last change pruned (cursors up to it are no longer served); null when none was. */
  async prunedThrough(): Promise<ChangeCursor | null> {
    const [row] = await this.db.query<{ xid: string; seq: string }>(`/* changeLogPruned */ SELECT xid::text AS xid, seq::text AS seq FROM change_log_pruned`);
    return row ? { xid: BigInt(row.xid), seq: BigInt(row.seq) } : null;
  }

  /** Deletes the visible changes written before `before` and records the last one deleted; returns how many. */
  async prune(before: Date): Promise<number> {
    return this.db.transaction(async (session) => {
      const [row] = await session.query<{ count: number }>(
        `/* pruneChanges */ WITH pruned AS (
           DELETE FROM change_log WHERE ${VISIBLE} AND changed_at < $1::timestamptz RETURNING xid, seq
         ), last AS (
           SELECT xid, seq FROM pruned ORDER BY xid DESC, seq DESC LIMIT 1
         ), kept AS (
           INSERT INTO change_log_pruned (id, xid, seq, pruned_at) SELECT 1, xid, seq, now() FROM last
           ON CONFLICT (id) DO UPDATE SET xid = excluded.xid, seq = excluded.seq, pruned_at = excluded.pruned_at
         )
         SELECT count(*)::int AS count FROM pruned`,
        [before],
      );
      return row?.count ?? 0;
    });
  }
}

export function compareCursors(a: ChangeCursor, b: ChangeCursor): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  return a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1;
}

function toChange(row: ChangeLogRow): ChangeRow {
  return {
    cursor: { xid: BigInt(row.xid), seq: BigInt(row.seq) },
    entity: row.entity,
    recordId: row.recordId,
    operation: row.operation,
    fields: row.operation === 'UPDATE' ? row.fields : null,
    mergedInto: row.mergedInto,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  };
}
