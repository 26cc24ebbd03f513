// On PostgreSQL, the service's read statements are prepared once per connection and planned once, without parallel workers: left to
// choose, PostgreSQL re-planned the loaders' `= ANY($1::int[])` statements at every run (see src/db/database.ts).
import { ActorRepository } from '../../src/modules/actors/actors.repository';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeAll(async () => {
  // One connection, so that the statements run and the one reading pg_prepared_statements share its session.
  db = await createPostgresDatabase({ poolSize: 1 });
}, 120_000);
afterAll(() => db?.destroy());

interface PreparedStatement {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

describe('read statements on PostgreSQL', () => {
  it('run a loader statement ten times on one plan, never re-planned for its parameters', async () => {
    const actors = new ActorRepository(db);
    for (let run = 0; run < 10; run++) await actors.findManyByIds([run + 1, run + 2]);
    const prepared = await db.query<PreparedStatement>(
      `/* preparedPlans */ SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement LIKE '%FROM actor WHERE id = ANY($1::int[])'`,
      [],
    );
    expect(prepared).toEqual([expect.objectContaining({ generic_plans: 10, custom_plans: 0 })]);
  });

  it('never start parallel workers, whose start costs more than a request\'s statement gains', async () => {
    const [setting] = await db.query<{ workers: string }>('/* parallelWorkers */ SELECT current_setting(\'max_parallel_workers_per_gather\') AS workers', []);
    expect(setting!.workers).toBe('0');
  });

  it('never JIT-compile: a path search estimated high spent 290 ms compiling for 2 ms of work', async () => {
    const [setting] = await db.query<{ jit: string }>('/* jitSetting */ SELECT current_setting(\'jit\') AS jit', []);
    expect(setting!.jit).toBe('off');
  });
});
