// Applies prisma/migrations to a database, as `prisma migrate deploy` would, without the native engine:
// each migration in one transaction (a failing one leaves the database as it was), recorded in
// Prisma's own _prisma_migrations table so that `prisma migrate` can take over on a machine that has it.
import { randomUUID } from 'node:crypto';
import type { Database, SqlSession } from './database';
import { MIGRATIONS_DIR, readMigrations, type MigrationFile } from './migrations';

// The advisory lock key Prisma Migrate itself takes, so two migrators never interleave.
const MIGRATION_LOCK_KEY = 72707369;

const LOCK_MIGRATIONS = '/* lockMigrations */ SELECT pg_advisory_xact_lock($1)';

const CREATE_MIGRATIONS_TABLE = `/* createMigrationsTable */
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

async function appliedMigrations(session: SqlSession): Promise<AppliedRow[]> {
  return session.query<AppliedRow>(
    `/* appliedMigrations */ SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
}

function checkHistory(files: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(`Migration ${row.migration_name} is applied in the database but missing from prisma/migrations`, row.migration_name);
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.migration_name} was edited after it was applied (checksum differs)`, row.migration_name);
    }
  }
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  return files.filter((file) => !appliedNames.has(file.name));
}

/** Applies every pending migration and returns the names applied; a second run applies nothing. */
export async function migrate(db: Database, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = readMigrations(migrationsDir);
  const appliedNow: string[] = [];
  // Table creation and locking happen in a transaction of their own, so that each migration's
  // transaction below holds the lock only for itself (a transaction-level advisory lock).
  await db.transaction(async (session) => {
    await session.query(LOCK_MIGRATIONS, [MIGRATION_LOCK_KEY]);
    await session.exec(CREATE_MIGRATIONS_TABLE);
  });
  for (;;) {
    const next = await db.transaction(async (session) => {
      await session.query(LOCK_MIGRATIONS, [MIGRATION_LOCK_KEY]);
      const pending = checkHistory(files, await appliedMigrations(session));
      const migration = pending[0];
      if (!migration) return null;
      try {
        await session.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
          migration.name,
          { cause: error },
        );
      }
      await session.query(
        `/* recordMigration */ INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return migration.name;
    });
    if (next === null) return appliedNow;
    appliedNow.push(next);
  }
}

/** Which migrations are applied and which are pending; used by /ready. */
export async function migrationStatus(db: Database, files: MigrationFile[] = readMigrations()): Promise<MigrationStatus> {
  const rows = await db.transaction(async (session) => {
    const [{ exists }] = await session.query<{ exists: boolean }>(
      `/* migrationsTableExists */ SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
    );
    return exists ? appliedMigrations(session) : [];
  });
  const pending = checkHistory(files, rows).map((file) => file.name);
  return { applied: rows.map((row) => row.migration_name), pending };
}
