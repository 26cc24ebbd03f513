// Once per run: a migrated template database; each test file clones it (CREATE DATABASE ... TEMPLATE).
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { databaseUrl, TEMPLATE_DB, withAdmin } from '../helpers/postgres';

export default async function createTemplate(): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl(TEMPLATE_DB), poolSize: 2 });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
}
