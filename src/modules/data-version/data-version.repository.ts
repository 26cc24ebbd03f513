// The data version in the database. On the primary: the sequence that a statement trigger on every table of the
// knowledge base advances (migration 20261202023500_data_version), read only while no other transaction of this
// database holds a transaction id (none is writing): a writer advances the sequence before it commits, so a
// version read while it is under way could name data that is not visible yet. Then there is no version, and the
// request runs uncached. On a replica: the WAL position it has replayed, which moves with every commit it applies.
import type { Database } from '../../db/database';

const VERSION_SQL = `/* data-version */ SELECT CASE
    WHEN pg_is_in_recovery() THEN 'r' || pg_last_wal_replay_lsn()::text
    WHEN EXISTS (SELECT 1 FROM pg_stat_activity
      WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()) THEN NULL
    ELSE 'p' || last_value::text END AS version
  FROM data_version_seq`;

export class DataVersionRepository {
  constructor(private readonly db: Database) {}

  /** The version as committed now, or null while a write is under way; read before a request runs. */
  async current(): Promise<string | null> {
    const rows = await this.db.query<{ version: string | null }>(VERSION_SQL);
    return rows[0]?.version ?? null;
  }
}
