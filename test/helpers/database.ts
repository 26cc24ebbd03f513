// A database of the test file's own: a clone of the migrated template on PostgreSQL, a fresh in-memory
// PGlite otherwise. Dropped when the file ends, so files run in parallel and leave nothing behind.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { openDatabase, type Database, type DatabaseKind } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { PGLITE_TEMPLATE_ENV } from '../setup/pglite-template';
import { databaseUrl, TEMPLATE_DB, withAdmin } from './postgres';

export const testDatabaseKind = (): DatabaseKind => (process.env.DOSSIER_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase extends Database {
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
  /** Where it lives, for a second process (PostgreSQL only). */
  url?: string;
}

/** poolSize (PostgreSQL): 1 makes the statements of a request come in one order, as the SQL snapshots need. */
export async function createTestDatabase(options: { migrated?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (testDatabaseKind() === 'postgres') return ownPostgresDatabase({ fromTemplate: migrated, poolSize: options.poolSize ?? 5 });
  // A migrated one starts from the run's migrated dump (setup/pglite-template.ts), when the run made one.
  const template = migrated ? process.env[PGLITE_TEMPLATE_ENV] : undefined;
  const loadDataDir = template && existsSync(template) ? new Blob([readFileSync(template)]) : undefined;
  const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://', requireStatementNames: true, ...(loadDataDir ? { loadDataDir } : {}) });
  if (migrated && !loadDataDir) await migrate(db);
  return { ...db, destroy: () => db.close() };
}

/**
 * A migrated PostgreSQL database of the file's own, whichever project runs the file (for what only PostgreSQL
 * shows: concurrent transactions, plans); migrated from the migrations, not cloned from the postgres project's template.
 */
export async function createPostgresDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const db = await ownPostgresDatabase({ fromTemplate: false, poolSize: options.poolSize ?? 4 });
  await migrate(db);
  return db;
}

/** A new PostgreSQL database, a clone of the migrated template or empty; destroy() drops it. */
async function ownPostgresDatabase(options: { fromTemplate: boolean; poolSize: number }): Promise<TestDatabase> {
  const name = `dossier_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}${options.fromTemplate ? ` TEMPLATE ${TEMPLATE_DB}` : ''}`));
  const url = databaseUrl(name);
  const db = await openDatabase({ kind: 'postgres', url, poolSize: options.poolSize, requireStatementNames: true });
  return {
    ...db,
    url,
    async destroy() {
      await db.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
