// Every HTTP route, not only /graphql, goes through the same rate limiter and the same counting of refused keys;
// /reconcile counts a batch as its queries, reads JSON bodies as well as forms, and answers a database failure
// with the code the GraphQL path gives it, logged under the request id.
import { Writable } from 'node:stream';
import pino from 'pino';
import { openDatabase } from '../../src/db/database';
import { buildActor } from '../builders';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';
import { createTestServer, type TestServer } from '../helpers/test-server';

const WINDOW = { keyPoints: 1000, failedAuthenticationPoints: 5, windowSeconds: 60 };

function capturedLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const queriesOf = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`q${i}`, { query: `Somewhere ${i}` }]));
const form = (queries: Record<string, unknown>) => ({ method: 'POST', body: new URLSearchParams({ queries: JSON.stringify(queries) }) });

describe('the rate limit on routes other than /graphql', () => {
  let t: TestServer;
  let base: string;
  // Each test is a client of its own: the server trusts the test as a proxy naming the client's address.
  let client = 0;
  let as: { 'x-forwarded-for': string };
  beforeAll(async () => {
    t = await createTestServer({ rateLimits: { ...WINDOW, anonymousPoints: 25 }, trustedProxies: ['127.0.0.1'] });
    base = await t.server.listen(0, '127.0.0.1');
  });
  beforeEach(() => {
    as = { 'x-forwarded-for': `198.51.100.${++client}` };
  });
  afterAll(() => t.close());

  it('counts a reconcile batch as its number of queries: two batches of 10 pass, the third is refused with 429', async () => {
    const batch = () => fetch(`${base}/reconcile`, { ...form(queriesOf(10)), headers: as });
    expect((await batch()).status).toBe(200);
    expect((await batch()).status).toBe(200);
    const refused = await batch();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as any).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it.each(['/reconcile', '/reconcile/suggest/entity?prefix=Fr', '/reconcile/preview?id=1', '/reconcile/view/1', '/ready', '/health', '/explorer/', '/changes.ndjson', '/graphql/stream', '/export/bundle.ndjson', '/export/actors.csv'])(
    'refuses %s once the address spent its budget, like /graphql',
    async (path) => {
      for (let i = 0; i < 25; i++) await fetch(`${base}/health`, { headers: as });
      const response = await fetch(`${base}${path}`, { headers: as });
      expect(response.status).toBe(429);
      expect(((await response.json()) as any).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: expect.any(String) });
      expect((await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...as }, body: '{"query":"{ __typename }"}' })).status).toBe(429);
      // Another client is served.
      expect((await fetch(`${base}${path}`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).not.toBe(429);
    },
  );
});

describe('keys on /reconcile', () => {
  it('counts refused keys against the address where reads need a key: past the budget, 429 before the key is looked up', async () => {
    const t = await createTestServer({ requireKeyForReads: true, rateLimits: { ...WINDOW, anonymousPoints: 1000 } });
    try {
      const base = await t.server.listen(0, '127.0.0.1');
      const guess = (i: number) => fetch(`${base}/reconcile`, { headers: { authorization: `Bearer dsk_guess${i}xxxxxxxxxxxxxxxxxxxxxxxx` } });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await guess(i)).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      // Without a key, reads that need one are refused as unauthenticated, not counted as guesses.
      expect((await fetch(`${base}/reconcile`)).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe('/reconcile bodies', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    await buildActor(t.services, { name: 'Republic of Testonia' });
    base = `${await t.server.listen(0, '127.0.0.1')}/reconcile`;
  });
  afterAll(() => t.close());

  it('answers a batch sent as JSON, as it answers a form', async () => {
    const queries = { a: { query: 'Testonia' } };
    const json = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries }) });
    expect(json.status).toBe(200);
    const answered = (await json.json()) as Record<string, { result: { name: string }[] }>;
    expect(answered.a!.result[0]!.name).toBe('Republic of Testonia');
    expect(await (await fetch(base, form(queries))).json()).toEqual(answered);
    // The batch may also come as the JSON text that a form carries.
    const text = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: JSON.stringify(queries) }) });
    expect(await text.json()).toEqual(answered);
  });

  it('refuses a JSON body without queries (it once answered the manifest) and other media types with 415', async () => {
    const empty = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "Testonia"}' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'queries' });
    const plain = await fetch(base, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'queries={}' });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});

describe('/reconcile when the database fails', () => {
  let pg: TestDatabase;
  beforeAll(async () => {
    pg = await createPostgresDatabase();
  });
  afterAll(() => pg.destroy());

  it('answers a statement timeout as TIMEOUT (503, Retry-After), with the request id, and logs it', async () => {
    const { logger, lines } = capturedLogger();
    const slow = await openDatabase({ kind: 'postgres', url: pg.url!, statementTimeoutMs: 1, poolSize: 2 });
    const t = await createTestServer({ db: { ...slow, destroy: () => slow.close() }, logger });
    try {
      const base = `${await t.server.listen(0, '127.0.0.1')}/reconcile`;
      const names = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q${i}`, { query: `${'Xylophonia '.repeat(15)}${i}` }]));
      const response = await fetch(base, form(names));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const requestId = response.headers.get('x-request-id');
      expect(((await response.json()) as any).errors[0].extensions).toEqual({ code: 'TIMEOUT', requestId });
      expect(lines).toContainEqual(expect.objectContaining({ requestId, code: 'TIMEOUT', msg: expect.stringContaining('reconcile') }));
    } finally {
      await t.close();
    }
  });
});
