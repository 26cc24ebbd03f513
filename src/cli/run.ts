// What the command-line tools share: the configured database, migrated, closed when done; an exit code.
import { mkdirSync } from 'node:fs';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';

/** Opens the configured database (embedded or DATABASE_URL), migrates it, runs fn, closes it. */
export async function withDatabase<T>(fn: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

/** Runs a command's main and exits with its code (1 on an unexpected error). */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
