// The change feed on PostgreSQL's concurrent transactions: a transaction that wrote first and commits last is never
// skipped by a reader that saw a later one, and a write on one instance reaches a subscriber on another.
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildActor } from '../builders';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let db: TestDatabase;
let t: TestServer;
beforeAll(async () => {
  db = await createPostgresDatabase();
  t = await createTestServer({ db });
});
afterAll(() => t.close());

const CHANGES = `query($after: String) { changes(after: $after, entities: [ACTOR], first: 1000) { cursor changes { cursor recordId operation } } }`;
type Page = { changes: { cursor: string | null; changes: { cursor: string; recordId: string; operation: string }[] } };

async function read(after: string | null) {
  return dataOf(await t.execute<Page>(CHANGES, { after })).changes;
}

describe('the change feed over concurrent transactions', () => {
  it('delivers a transaction that wrote first and committed last, once, before the one that committed first', async () => {
    const [a, b] = [await buildActor(t.services), await buildActor(t.services)];
    const start = (await read(null)).cursor;
    const first = new pg.Client({ connectionString: db.url });
    const second = new pg.Client({ connectionString: db.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await first.query(`UPDATE actor SET description = 'first' WHERE id = $1`, [a.id]);
      await second.query('BEGIN');
      await second.query(`UPDATE actor SET description = 'second' WHERE id = $1`, [b.id]);
      await second.query('COMMIT');

      // The second committed, but the first, older, is still open: nothing is delivered yet, and the cursor stays.
      const whileOpen = await read(start);
      expect(whileOpen.changes).toEqual([]);
      expect(whileOpen.cursor).toBe(start);

      await first.query('COMMIT');
      // Both now, in the order of their transactions (a transaction open elsewhere on this database may delay them).
      let afterBoth = await read(whileOpen.cursor);
      for (let attempt = 0; afterBoth.changes.length < 2 && attempt < 100; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        afterBoth = await read(whileOpen.cursor);
      }
      expect(afterBoth.changes.map(({ recordId, operation }) => ({ recordId, operation }))).toEqual([
        { recordId: String(a.id), operation: 'UPDATE' },
        { recordId: String(b.id), operation: 'UPDATE' },
      ]);
      // Read again from where it stopped: nothing twice.
      expect((await read(afterBoth.cursor)).changes).toEqual([]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('reaches a subscriber on another instance of the service (NOTIFY at commit), at once (bench:changes measures how fast)', async () => {
    const other = await createTestServer({ db });
    const url = await other.server.listen(0, '127.0.0.1');
    const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const start = (await read(null)).cursor;
      const events = client.iterate<{ changes: { recordId: string; operation: string } }>({ query: 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { recordId operation } }', variables: { after: start } });
      const written = Date.now();
      const actor = await buildActor(t.services);
      const { value } = await events.next();
      expect(value.data.changes).toEqual({ recordId: String(actor.id), operation: 'CREATE' });
      // Well within the poll's interval and more: a missed NOTIFY would show here as a wait of a poll.
      expect(Date.now() - written).toBeLessThan(5000);
      await events.return?.();
    } finally {
      await client.dispose();
      await other.close({ keepDatabase: true });
    }
  });
});
