// The versions that the record_history migration's triggers keep of claims and events.
import type { Database } from '../../db/database';
import type { VersionOperation } from '../../generated/prisma/client';

export type VersionedEntityName = 'claim' | 'event';

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

export class HistoryRepository {
  constructor(private readonly db: Database) {}

  /** The versions of many records of one kind, oldest first per record, each with its predecessor's data. */
  versionsOf(entity: VersionedEntityName, recordIds: readonly number[]): Promise<RecordVersionRow[]> {
    return this.db.query<RecordVersionRow>(
      `/* versionsOf */ SELECT entity, record_id AS "recordId", version, operation, changed_by AS "changedBy", changed_at AS "changedAt", data,
         lag(data) OVER (PARTITION BY record_id ORDER BY version) AS previous
       FROM record_version WHERE entity = $1 AND record_id = ANY($2::int[])
       ORDER BY record_id, version`,
      [entity, recordIds],
    );
  }
}
