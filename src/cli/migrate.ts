// npm run db:migrate: applies pending migrations to the configured database (DATABASE_URL or embedded PGlite).
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  const db = await openDatabase(config.database);
  try {
    const applied = await migrate(db);
    console.log(applied.length > 0 ? `Applied ${applied.length} migrations: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
