// The data version in the database: the transaction snapshot a new statement would read with. Two statements with
// the same snapshot see exactly the same committed rows, and every committed write makes a new one, whoever wrote
// (this service, another instance, the CLI). Unlike a counter row that writes bump, it costs writers nothing and
// cannot make concurrent imports wait on each other (or deadlock on the counter).
import type { Database } from '../../db/database';

export class DataVersionRepository {
  constructor(private readonly db: Database) {}

  /** The version as committed now; read before a request runs, so that an answer is never older than its version. */
  async current(): Promise<string> {
    const rows = await this.db.query<{ version: string }>('/* data-version */ SELECT pg_current_snapshot()::text AS version');
    return rows[0]!.version;
  }
}
