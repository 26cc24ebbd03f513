// The data version on PostgreSQL, where other transactions and other databases run beside the service's: it
// changes with a write to the service's own database only, and there is none while a write is under way.
import pg from 'pg';
import { DataVersionRepository } from '../../src/modules/data-version/data-version.repository';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
let other: TestDatabase;
beforeAll(async () => {
  [db, other] = [await createPostgresDatabase(), await createPostgresDatabase()];
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await other?.destroy();
});

describe('the data version on PostgreSQL', () => {
  it('does not change when another database of the cluster is written to', async () => {
    const version = new DataVersionRepository(db);
    const before = await version.current();
    expect(before).toMatch(/^p\d+$/);
    await other.query(`/* touch-other-database */ UPDATE cameo_code SET label = label WHERE code = '043'`);
    expect(await version.current()).toBe(before);
  });

  it('is none while a transaction of the database is writing, and new once it commits', async () => {
    const version = new DataVersionRepository(db);
    const before = await version.current();
    const writer = new pg.Client({ connectionString: db.url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE cameo_code SET label = label WHERE code = '043'`);
      expect(await version.current()).toBeNull();
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    const after = await version.current();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });
});
