// The versions that the record_history and history_for_every_entity migrations' triggers keep of every record (and
// the live rows that are their own first version).
import type { Database } from '../../db/database';
import { ConflictError } from '../../errors';
import type { VersionOperation } from '../../generated/prisma/client';

export type VersionedEntityName = 'claim' | 'event' | 'actor' | 'affiliation' | 'source' | 'arms_transfer';

export interface RecordVersionRow {
  entity: VersionedEntityName;
  recordId: number;
  version: number;
  operation: VersionOperation;
  changedBy: string | null;
  changedAt: Date;
  data: Record<string, unknown>;
  /** The data of the version before this one; null for the first. */
  previous: Record<string, unknown> | null;
}

/**
 * The entities versioned per statement, whose rows are their own first version until they change: an insert writes
 * no version (the first_version_from_the_row migration), and the history reads the live row as its CREATE. Their
 * tables are named as the entities; the catalog test checks this list against the triggers.
 */
export const FIRST_VERSION_IS_THE_ROW: ReadonlySet<VersionedEntityName> = new Set(['affiliation', 'source', 'arms_transfer']);

export class HistoryRepository {
  constructor(private readonly db: Database) {}

  /** The versions of many records of one kind, oldest first per record, each with its predecessor's data. */
  versionsOf(entity: VersionedEntityName, recordIds: readonly number[]): Promise<RecordVersionRow[]> {
    if (!FIRST_VERSION_IS_THE_ROW.has(entity)) {
      return this.db.query<RecordVersionRow>(
        `/* versionsOf */ SELECT entity, record_id AS "recordId", version, operation, changed_by AS "changedBy", changed_at AS "changedAt", data,
           lag(data) OVER (PARTITION BY record_id ORDER BY version) AS previous
         FROM record_version WHERE entity = $1 AND record_id = ANY($2::int[])
         ORDER BY record_id, version`,
        [entity, recordIds],
      );
    }
    // A row that no version holds yet (or held only up to its deletion: restored since) is its own creation.
    return this.db.query<RecordVersionRow>(
      `/* versionsOfRows */ WITH stored AS (
         SELECT entity, record_id, version, operation, changed_by, changed_at, data FROM record_version WHERE entity = $1 AND record_id = ANY($2::int[])
       ), live AS (
         SELECT $1::text AS entity, r.id AS record_id, coalesce(l.version, 0) + 1 AS version, 'CREATE'::"VersionOperation" AS operation,
           r.created_by AS changed_by, r.created_at AS changed_at, dossier_row_snapshot(to_jsonb(r)) AS data
         FROM ${entity} r
         LEFT JOIN LATERAL (SELECT s.version, s.operation FROM stored s WHERE s.record_id = r.id ORDER BY s.version DESC LIMIT 1) l ON true
         WHERE r.id = ANY($2::int[]) AND (l.version IS NULL OR l.operation = 'DELETE')
       )
       SELECT entity, record_id AS "recordId", version, operation, changed_by AS "changedBy", changed_at AS "changedAt", data,
         lag(data) OVER (PARTITION BY record_id ORDER BY version) AS previous
       FROM (SELECT * FROM stored UNION ALL SELECT * FROM live) v
       ORDER BY record_id, version`,
      [entity, recordIds],
    );
  }

  /** The last version of a record; null when it has none. */
  async lastVersion(entity: VersionedEntityName, recordId: number): Promise<RecordVersionRow | null> {
    if (FIRST_VERSION_IS_THE_ROW.has(entity)) return (await this.versionsOf(entity, [recordId])).at(-1) ?? null;
    const [row] = await this.db.query<RecordVersionRow>(
      `/* lastVersion */ SELECT entity, record_id AS "recordId", version, operation, changed_by AS "changedBy", changed_at AS "changedAt", data, NULL AS previous
       FROM record_version WHERE entity = $1 AND record_id = $2 ORDER BY version DESC LIMIT 1`,
      [entity, recordId],
    );
    return row ?? null;
  }

  /**
   * Inserts rows given with snake_case keys (a record, then its lists' rows) in one transaction written by `author`;
   * a row that clashes with what is stored now is a CONFLICT naming the clash, and nothing is written.
   */
  async restoreRows(rows: readonly RestoredRow[], author: string): Promise<void> {
    try {
      await this.db.transaction(async (session) => {
        for (const { table, row } of rows) await session.query(`/* restoreRow */ SELECT dossier_restore_row($1, $2::jsonb)`, [table, JSON.stringify(row)]);
      }, { author });
    } catch (error) {
      const cause = error as { code?: string; detail?: string; constraint?: string; table?: string };
      if (cause.code === '23505') throw new ConflictError(`It clashes with a record stored since it was deleted: ${cause.detail ?? cause.constraint ?? 'a duplicate'}`, 'id', { constraint: cause.constraint });
      if (cause.code === '23503') throw new ConflictError(`It refers to a record deleted since: ${cause.detail ?? cause.constraint ?? 'a missing reference'}`, 'id', { constraint: cause.constraint });
      throw error;
    }
  }
}

/** A row to restore: its table and its columns (snake_case). */
export interface RestoredRow {
  table: string;
  row: Record<string, unknown>;
}

