// The data version in the database: one row that statement triggers on every table of the knowledge base bump
// (migration 20261202010722_data_version).
import type { Database } from '../../db/database';

export class DataVersionRepository {
  constructor(private readonly db: Database) {}

  /** The version as committed now; read before a request runs, so that an answer is never newer than its version. */
  async current(): Promise<string> {
    const rows = await this.db.query<{ version: string }>('/* data-version */ SELECT version::text AS version FROM data_version WHERE id = 1');
    return rows[0]?.version ?? '0';
  }
}
