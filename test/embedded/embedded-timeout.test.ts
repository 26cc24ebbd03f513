// The embedded database runs one statement at a time and cannot stop one midway; a client's statement that waited
// past the timeout behind slow ones is refused with TIMEOUT (the work behind goes ahead at once), and past a
// bound of waiting statements new ones are refused as busy. Work no client waits for is never refused.
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { formatError } from '../../src/server/format-error';
import { createServer, type DossierServer } from '../../src/server/server';
import { createServices } from '../../src/services';
import { asClientRequest } from '../../src/shared/request-scope';
import { TEST_PAGE_LIMITS } from '../helpers/test-server';

const TIMEOUT_MS = 300;
let db: Database;
let server: DossierServer;
let url: string;
beforeAll(async () => {
  db = await openDatabase({ kind: 'pglite', dataDir: 'memory://', statementTimeoutMs: TIMEOUT_MS });
  await migrate(db);
  server = await createServer({ db, services: createServices(db, TEST_PAGE_LIMITS), playground: false, pagination: TEST_PAGE_LIMITS });
  url = `${await server.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

/** Holds the embedded database for about `seconds`, as a slow search or trend would. */
const slow = (seconds: number) => db.query(`SELECT pg_sleep(${seconds})`);

describe('statements waiting for the embedded database', () => {
  it("refuses a client's statements that waited past the timeout, right after the slow one, instead of running each in turn", async () => {
    const started = Date.now();
    const outcomes = await asClientRequest(() => Promise.allSettled([slow(1), slow(1), slow(1), db.query('SELECT 1 AS one')]));
    const elapsed = Date.now() - started;
    expect(outcomes[0]).toMatchObject({ status: 'fulfilled' });
    for (const outcome of outcomes.slice(1)) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: '57014' } });
    // One slow statement's time, not three.
    expect(elapsed).toBeLessThan(2500);
    const refused = (outcomes[3] as PromiseRejectedResult).reason;
    expect(formatError({ message: String(refused.message) }, refused)).toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });

  it('answers a GraphQL request that waited past the timeout behind a transaction with TIMEOUT, and the next one normally', async () => {
    const ask = async () => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }) })).json();
    // A transaction holding the database for a second (an import's, say), while the thread stays free to take requests.
    const holding = db.transaction(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const queued = ask();
    await holding;
    expect(await queued).toMatchObject({ errors: [{ extensions: { code: 'TIMEOUT' } }] });
    expect(await ask()).toEqual({ data: { actors: { totalCount: 0 } } });
  });

  it('refuses statements beyond 100 waiting as busy (SERVICE_UNAVAILABLE), and serves again once they are done', async () => {
    const outcomes = await asClientRequest(() => Promise.allSettled([slow(0.2), ...Array.from({ length: 150 }, () => db.query('SELECT 1'))]));
    const busy = outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason.code === '53300');
    expect(busy.length).toBe(50);
    const refused = (busy[0] as PromiseRejectedResult).reason;
    expect(formatError({ message: String(refused.message) }, refused)).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/busy/) });
    expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('lets work that no client waits for (a start-up load, a handed-off import) wait as long as it takes', async () => {
    const outcomes = await Promise.allSettled([slow(0.6), db.query('SELECT 2 AS two')]);
    expect(outcomes[1]).toEqual({ status: 'fulfilled', value: [{ two: 2 }] });
  });
});
