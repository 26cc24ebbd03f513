// Rate limits and persisted queries shared by instances through Redis (REDIS_URL), rate limits falling back to per-instance ones while Redis is
// down, and the client address taken from X-Forwarded-For only behind a trusted proxy.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Redis } from 'ioredis';
import pino from 'pino';
import { startRedis } from '../../scripts/cluster/parts';
import { MAX_PERSISTED_DOCUMENT_CHARS } from '../../src/server/persisted-queries';
import { connectRedis } from '../../src/server/redis';
import { clientAddress } from '../../src/server/rate-limit';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createTestServer, type TestServer } from '../helpers/test-server';

const LIMITS = { keyPoints: 100, anonymousPoints: 5, failedAuthenticationPoints: 5, windowSeconds: 60 };

async function statuses(base: string, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' });
    await response.text();
    answers.push(response.status);
  }
  return answers;
}

/** /ready as the balancer asks for it (counted against its own address). */
const ready = (base: string) => fetch(`${base}/ready`, { headers: { 'x-forwarded-for': '10.9.9.9' } });

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() > deadline) throw new Error('condition not reached');
  }
}

let db: TestDatabase;
let redisServer: { process: ChildProcess; url: string };
const opened: { redis: Redis[]; servers: TestServer[] } = { redis: [], servers: [] };
beforeAll(async () => {
  db = await createTestDatabase();
  redisServer = await startRedis();
});
afterAll(async () => {
  for (const server of opened.servers) await server.server.stop();
  for (const redis of opened.redis) redis.disconnect();
  const exited = new Promise((resolve) => redisServer.process.once('exit', resolve));
  redisServer.process.kill();
  await exited;
  await db.destroy();
});

/** Two instances on one database and one Redis, as behind a balancer, each connected as main.ts connects. */
async function twoInstances(redisUrl: string, keyPrefix: string) {
  const instances: { redis: Redis; base: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const redis = connectRedis(redisUrl, pino({ level: 'silent' }), { keyPrefix });
    opened.redis.push(redis);
    // The test is also the balancer whose health checks (/ready, from an address of their own) count apart from the clients'.
    const server = await createTestServer({ db, rateLimits: LIMITS, redis, trustedProxies: ['127.0.0.1'] });
    opened.servers.push(server);
    instances.push({ redis, base: await server.server.listen(0, '127.0.0.1') });
  }
  await until(() => instances.every(({ redis }) => redis.status === 'ready'));
  return instances;
}

describe('rate limits shared through Redis', () => {
  it('limit a client over two instances at the shared count', async () => {
    const [a, b] = await twoInstances(redisServer.url, 'shared-count:');
    expect([...(await statuses(a!.base, 3)), ...(await statuses(b!.base, 3))]).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await statuses(a!.base, 1)).toEqual([429]);
  });

  it('fall back to per-instance limits while Redis is down, and /ready says so without failing', async () => {
    const own = await startRedis();
    const [a, b] = await twoInstances(own.url, 'outage:');
    expect(await statuses(a!.base, 2)).toEqual([200, 200]);
    own.process.kill('SIGKILL');
    await until(() => a!.redis.status !== 'ready' && b!.redis.status !== 'ready');
    // Each instance now counts alone: neither refuses everyone nor admits everyone.
    expect(await statuses(a!.base, 6)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await statuses(b!.base, 6)).toEqual([200, 200, 200, 200, 200, 429]);
    const answer = await ready(a!.base);
    expect(answer.status).toBe(200);
    expect((await answer.json()).redis).toMatch(/^(connecting|unreachable)$/);
  });

  it('hang no request while Redis stops answering without closing the connection (SIGSTOP), and /ready says so at once', async () => {
    const own = await startRedis();
    try {
      const [a, b] = await twoInstances(own.url, 'paused:');
      expect(await statuses(a!.base, 1)).toEqual([200]);
      own.process.kill('SIGSTOP');
      // Each request waits at most one command's deadline for Redis, and none once the watchdog dropped the connection.
      const started = Date.now();
      expect(await statuses(a!.base, 3)).toEqual([200, 200, 200]);
      expect(await statuses(b!.base, 3)).toEqual([200, 200, 200]);
      expect(Date.now() - started).toBeLessThan(6 * 1000);
      const readyStarted = Date.now();
      const answer = await ready(a!.base);
      expect(Date.now() - readyStarted).toBeLessThan(2000);
      expect(answer.status).toBe(200);
      expect((await answer.json()).redis).toMatch(/^(unresponsive|connecting|unreachable)$/);
      // Counting per instance meanwhile (5 per address): neither refusing nor admitting everyone.
      expect((await statuses(a!.base, 6)).slice(-2)).toEqual([429, 429]);
      own.process.kill('SIGCONT');
      // Once Redis answers again, the watchdog's reconnection is ready and /ready says so.
      let state = '';
      for (const deadline = Date.now() + 10_000; state !== 'ready' && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
        state = ((await (await ready(a!.base)).json()) as { redis: string }).redis;
      }
      expect(state).toBe('ready');
    } finally {
      own.process.kill('SIGCONT');
      own.process.kill('SIGKILL');
    }
  }, 30_000);

  it('report Redis as ready on /ready when it is', async () => {
    const [a] = await twoInstances(redisServer.url, 'ready:');
    expect(await (await ready(a!.base)).json()).toMatchObject({ status: 'ready', redis: 'ready' });
  });
});

describe('persisted queries shared through Redis', () => {
  const query = '{ predicates { code } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const send = async (base: string, withQuery: boolean) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(withQuery ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    return (await response.json()) as { data?: { predicates: unknown[] }; errors?: { extensions?: { code?: string } }[] };
  };

  it('are registered through one instance and found by another', async () => {
    const [a, b] = await twoInstances(redisServer.url, 'apq:');
    expect((await send(b!.base, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(a!.base, true)).data?.predicates.length).toBeGreaterThan(0);
    expect((await send(b!.base, false)).data?.predicates.length).toBeGreaterThan(0);
  });

  it('keep no document that is over the size limit, nor one whose comments are (an anonymous client once filled Redis at 1 GB a minute)', async () => {
    const [a] = await twoInstances(redisServer.url, 'apq-bounded:');
    const probe = new Redis(redisServer.url);
    opened.redis.push(probe);
    const keys = () => probe.keys('apq-bounded:*apq*');
    const register = (document: string) => fetch(`${a!.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(document).digest('hex') } } }),
    });
    const commented = `{ __typename } # ${'x'.repeat(900_000)}`;
    const refused = await register(commented);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMENTS_TOO_LONG' });
    // Valid and within the cost limit, but longer than a persisted document may be: answered, not kept.
    const long = `{ search(query: "${'oil '.repeat(MAX_PERSISTED_DOCUMENT_CHARS / 4)}", first: 1) { kind } }`;
    expect((await register(long)).status).toBe(200);
    expect(await keys()).toEqual([]);
    // An ordinary document is kept (Apollo writes it after answering: wait for it).
    expect((await register('{ __typename }')).status).toBe(200);
    for (const deadline = Date.now() + 5000; (await keys()).length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await keys()).toHaveLength(1);
  });

  it('are a miss, never an error, while Redis is down', async () => {
    const own = await startRedis();
    const [a] = await twoInstances(own.url, 'apq-outage:');
    own.process.kill('SIGKILL');
    await until(() => a!.redis.status !== 'ready');
    expect((await send(a!.base, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(a!.base, true)).data?.predicates.length).toBeGreaterThan(0);
  });
});

describe('the client address behind a proxy', () => {
  const request = (peer: string, forwarded?: string) =>
    ({ socket: { remoteAddress: peer }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;
  const trusted = new Set(['10.0.0.1', '10.0.0.2']);

  it('is the peer unless the peer is a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(request('10.0.0.1', '198.51.100.1'), trusted)).toBe('198.51.100.1');
    expect(clientAddress(request('::ffff:10.0.0.1', '198.51.100.1'), trusted)).toBe('198.51.100.1');
  });

  it('is the last address no trusted proxy added, whatever a client prepends', () => {
    expect(clientAddress(request('10.0.0.1', '6.6.6.6, 198.51.100.1, 10.0.0.2'), trusted)).toBe('198.51.100.1');
    expect(clientAddress(request('10.0.0.1'), trusted)).toBe('10.0.0.1');
  });

  it('counts anonymous requests per forwarded client only behind a configured proxy', async () => {
    const behind = await createTestServer({ db, rateLimits: { ...LIMITS, anonymousPoints: 2 }, trustedProxies: ['127.0.0.1'] });
    const direct = await createTestServer({ db, rateLimits: { ...LIMITS, anonymousPoints: 2 } });
    opened.servers.push(behind, direct);
    const [behindBase, directBase] = [await behind.server.listen(0, '127.0.0.1'), await direct.server.listen(0, '127.0.0.1')];
    expect(await statuses(behindBase, 3, { 'x-forwarded-for': '198.51.100.1' })).toEqual([200, 200, 429]);
    expect(await statuses(behindBase, 1, { 'x-forwarded-for': '198.51.100.2' })).toEqual([200]);
    // Without a trusted proxy the header is the client's own claim: every request counts against the peer.
    expect(await statuses(directBase, 1, { 'x-forwarded-for': '198.51.100.3' })).toEqual([200]);
    expect(await statuses(directBase, 2, { 'x-forwarded-for': '198.51.100.4' })).toEqual([200, 429]);
  });
});
