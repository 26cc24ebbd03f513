// A write on one instance reaches a subscriber on another that PostgreSQL's NOTIFY does not reach (behind PgBouncer,
// or reading a replica): Redis pub/sub wakes it at once; with no wake-up at all, its poll still delivers the change.
import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import type { Redis } from 'ioredis';
import pino from 'pino';
import WebSocket from 'ws';
import { startRedis } from '../../scripts/cluster/parts';
import { connectRedis, redisChangeWakeups } from '../../src/server/redis';
import { buildActor } from '../builders';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';
import { createTestServer, type TestServer } from '../helpers/test-server';

let db: TestDatabase;
let redisServer: { process: ChildProcess; url: string };
let writer: TestServer;
const opened: { redis: Redis[]; servers: TestServer[]; clients: Client[] } = { redis: [], servers: [], clients: [] };

beforeAll(async () => {
  db = await createPostgresDatabase();
  redisServer = await startRedis();
  writer = await createTestServer({ db });
  // The writing instance publishes at each of its commits, as main.ts sets it up with REDIS_URL.
  const redis = connectRedis(redisServer.url, pino({ level: 'silent' }));
  opened.redis.push(redis);
  db.onCommit(redisChangeWakeups(redis).published);
});
afterAll(async () => {
  for (const client of opened.clients) await client.dispose();
  for (const server of opened.servers) await server.close({ keepDatabase: true });
  await writer?.close({ keepDatabase: true });
  for (const redis of opened.redis) redis.disconnect();
  redisServer?.process.kill();
  await db?.destroy();
});

/** Another instance on the same database whose feed wakes only as `wakeups` says, and polls every `pollMs`. */
async function instance(wakeups: 'redis' | 'none', pollMs: number): Promise<string> {
  const redis = connectRedis(redisServer.url, pino({ level: 'silent' }));
  opened.redis.push(redis);
  const server = await createTestServer({ db, services: { changeWakeups: wakeups === 'redis' ? [redisChangeWakeups(redis).listen] : [], changeFeed: { pollMs } } });
  opened.servers.push(server);
  return `${(await server.server.listen(0, '127.0.0.1')).replace('http', 'ws')}/graphql`;
}

/** Subscribes on `url` from the log's end now, then writes an actor on the writing instance: how long it took to arrive. */
async function delivery(url: string): Promise<number> {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
  opened.clients.push(client);
  const start = (await writer.services.changes.recent(['ACTOR'], 1)).cursor;
  const events = client.iterate<{ changes: { recordId: string } }>({ query: 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { recordId } }', variables: { after: start } });
  // The subscriber waits for news before the write, so that only a wake-up or a poll can bring it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const written = Date.now();
  const actor = await buildActor(writer.services);
  const { value } = await events.next();
  await events.return?.();
  expect(value.data.changes).toEqual({ recordId: String(actor.id) });
  return Date.now() - written;
}

describe('the change feed across instances without NOTIFY', () => {
  it('wakes an instance through Redis at once, though its poll would take a minute', async () => {
    expect(await delivery(await instance('redis', 60_000))).toBeLessThan(2000);
  });

  it('delivers within a poll interval with no wake-up at all', async () => {
    const took = await delivery(await instance('none', 1500));
    expect(took).toBeLessThan(1500 + 2000);
  });
});
