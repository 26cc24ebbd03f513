// Limits against abusive requests, over real HTTP: each is refused quickly with a clear error while ordinary
// queries keep being answered; CORS admits the configured origins only; production mode hides the schema.
import net from 'node:net';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { operationCost } from '../../src/server/query-cost';
import { projectPath } from '../../src/shared/paths';
import { openDatabase } from '../../src/db/database';
import { formatError } from '../../src/server/format-error';
import { databaseUrl, withAdmin } from '../helpers/postgres';
import { createTestServer, type TestServer } from '../helpers/test-server';

let t: TestServer;
let url: string;
beforeAll(async () => {
  t = await createTestServer({ corsOrigins: ['https://explorer.example'] });
  url = `${await t.server.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(() => t.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as { data?: any; errors?: any[] }, ms: Date.now() - started };
}

const ORDINARY = { query: '{ actors(first: 1) { totalCount } }' };

describe('GraphQL limits', () => {
  it('refuses a query nested 50 deep with BAD_USER_INPUT naming the depth limit', async () => {
    const nested = `{ actors { nodes { ${'affiliations { organisation { '.repeat(25)}id${' } }'.repeat(25)} } } }`;
    const { status, json, ms } = await post({ query: nested });
    expect(status).toBe(400);
    expect(json.errors).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/depth limit of 8/i), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(ms).toBeLessThan(2000);
    expect((await post(ORDINARY)).json.data.actors.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: actors { totalCount }`).join(' ');
    const { status, json } = await post({ query: `{ ${aliases} }` });
    expect(status).toBe(400);
    expect(json.errors).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/aliases limit of 15/i), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('refuses a document of more than 1,000 tokens', async () => {
    const fields = Array.from({ length: 1200 }, () => 'totalCount').join(' ');
    const { status, json } = await post({ query: `{ actors { ${fields} } }` });
    expect(status).toBe(400);
    expect(json.errors![0]).toMatchObject({ message: expect.stringMatching(/more tha[nt] 1000 tokens/i), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a query over the cost limit, which is configurable like every limit', async () => {
    const strict = await createTestServer({ limits: { ...DEFAULT_LIMITS, maxCost: 50 } });
    try {
      const costly = await strict.execute('{ events { nodes { participants { actor { affiliations { organisation { name aliases kind } } } } } } }');
      expect(costly.errors).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/cost limit of 50 exceeded/i), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
      expect((await strict.execute('{ actors(first: 1) { totalCount } }')).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it('counts a list\'s default page like an explicit one, and the rows of a connection or ranking by its first', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(buildSchema(readFileSync(projectPath('schema.graphql'), 'utf8')), parse(query), null, variables, { defaultPageSize: 100, maxPageSize: 500 });
    const claims = (first: string) => `{ claims${first} { nodes { statement citations { quote source { title } } } } }`;
    // 50 claims cost half of the default 100 (once, an explicit 50 was refused while the default passed).
    expect(cost(claims('(first: 50)'))! * 2).toBe(cost(claims(''))! + 1);
    expect(cost('query($n: Int) { actors(first: $n) { nodes { name } } }', { n: 500 })).toBe(cost('{ actors(first: 500) { nodes { name } } }'));
    expect(cost('{ actors(first: 500) { nodes { name } } }')).toBeLessThan(DEFAULT_LIMITS.maxCost);
    // A ranking's first bounds its partners, not the whole ranking.
    expect(cost('{ topArmsSuppliers(recipient: "India", first: 500) { totalTiv partners { rank tiv actor { id name } } } }')).toBe(2 + 500 * 6);
    expect(cost('{ sources(first: 100) { nodes { text } } }')).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('says a cost refusal is one, with the cost and the limit, not a syntax error', async () => {
    const { status, json } = await post({ query: '{ sources(first: 100) { nodes { text } } }' });
    expect(status).toBe(400);
    expect(json.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Query cost limit of 10000 exceeded: this query costs 20201\./),
      extensions: { code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', cost: 20201, limit: 10000 },
    });
    expect(json.errors![0].message).not.toMatch(/Syntax Error/);
    expect((await post({ query: '{ actors(first: 500) { nodes { name } } claims(first: 50) { nodes { statement citations { quote } } } }' })).status).toBe(200);
  });

  it('refuses a persisted query whose hash is not its query\'s with BAD_USER_INPUT, without a stack (once INTERNAL_SERVER_ERROR)', async () => {
    const { status, json } = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(status).toBe(400);
    expect(json.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_HASH_MISMATCH', field: 'extensions.persistedQuery.sha256Hash', requestId: expect.any(String) });
  });

  it('refuses a document whose comments hold more than 10,000 characters (the token limit does not count comments)', async () => {
    const { status, json } = await post({ query: `{ __typename } # ${'x'.repeat(20_000)}` });
    expect(status).toBe(400);
    expect(json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMENTS_TOO_LONG', limit: 10_000 });
    expect((await post({ query: `{ __typename } # ${'x'.repeat(5_000)}` })).status).toBe(200);
  });

  it('refuses a batch of operations: HTTP batching is off', async () => {
    const { status, json } = await post(Array.from({ length: 1000 }, () => ORDINARY));
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toMatch(/batch/i);
  });
});

describe('request bodies', () => {
  it('refuses a 10 MB query body with 413, and still answers ordinary queries', async () => {
    const { status, json, ms } = await post({ query: `{ actors { totalCount } } # ${'x'.repeat(10_000_000)}` });
    expect(status).toBe(413);
    expect(json.errors![0].message).toContain(`limit is ${DEFAULT_LIMITS.bodyLimitBytes} bytes`);
    expect(ms).toBeLessThan(5000);
    expect((await post(ORDINARY)).status).toBe(200);
  });

  it('accepts a larger body for importBundle', async () => {
    const url = 'https://example.org/large-bundle';
    const armsTransfers = Array.from({ length: 6000 }, (_, i) => ({
      supplier: 'Large supplier', recipient: 'Large recipient', source: { url }, dealId: `L-${i}`,
      designation: 'A designation long enough to make the body larger than a megabyte', category: 'Other', deliveryYear: 2020, tivDelivered: 1,
    }));
    const body = {
      query: 'mutation($input: ImportBundleInput!) { importBundle(input: $input, dryRun: true) { armsTransfers { created } errors { message } } }',
      variables: { input: { actors: [{ kind: 'STATE', name: 'Large supplier' }, { kind: 'STATE', name: 'Large recipient' }], sources: [{ kind: 'DATASET', title: 'Large', url }], armsTransfers } },
    };
    expect(JSON.stringify(body).length).toBeGreaterThan(DEFAULT_LIMITS.bodyLimitBytes);
    const { key } = await t.services.apiKeys.create('limits-editor', 'EDITOR');
    const { status, json } = await post(body, { authorization: `Bearer ${key}` });
    expect(status).toBe(200);
    expect(json.data.importBundle).toEqual({ armsTransfers: { created: 6000 }, errors: [] });
  });

  it('accepts a larger body for readSourceFile alone with an EDITOR key (a PDF in base64), and refuses it without one or beside another field', async () => {
    const paragraph = 'Russia remained the largest supplier of arms to India in the period, SIPRI said. ';
    const html = `<html><head><title>Large page</title></head><body><article>${Array.from({ length: 14_000 }, () => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
    const query = 'query($text: String!) { readSourceFile(format: HTML, text: $text) { title } }';
    expect(html.length).toBeGreaterThan(DEFAULT_LIMITS.bodyLimitBytes);
    const { key } = await t.services.apiKeys.create('limits-reader', 'EDITOR');
    const accepted = await post({ query, variables: { text: html } }, { authorization: `Bearer ${key}` });
    expect([accepted.status, accepted.json.data?.readSourceFile]).toEqual([200, { title: 'Large page' }]);
    expect((await post({ query, variables: { text: html } })).status).toBe(413);
    expect((await post({ query: 'query($text: String!) { readSourceFile(format: HTML, text: $text) { title } actors(first: 1) { nodes { id } } }', variables: { text: html } }, { authorization: `Bearer ${key}` })).status).toBe(413);
  });
});

describe('CORS', () => {
  it('sends the CORS headers to an allowed origin and not to another', async () => {
    const allowed = await post(ORDINARY, { origin: 'https://explorer.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const other = await post(ORDINARY, { origin: 'https://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a POST that is not JSON, which a cross-site form could send without a preflight (see clients.test.ts)', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(ORDINARY) });
    expect(response.status).toBe(415);
  });

  it('serves the endpoint with a trailing slash too, with its limits', async () => {
    const postToSlash = (query: string) => fetch(`${url}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(await (await postToSlash('{ __typename }')).json()).toEqual({ data: { __typename: 'Query' } });
    expect((await postToSlash(`{ __typename } # ${'x'.repeat(DEFAULT_LIMITS.bodyLimitBytes)}`)).status).toBe(413);
  });
});

describe('bad input once reported as internal', () => {
  it('refuses a subscription sent as an HTTP request as bad input, naming where subscriptions are served', async () => {
    const { status, json } = await post({ query: 'subscription { changes { cursor } }' });
    expect(status).toBe(400);
    expect(json.errors![0]).toMatchObject({ message: expect.stringMatching(/Subscriptions are not served over HTTP requests: subscribe over graphql-ws/), extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await post({ query: 'subscription { actors { totalCount } }' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses an enum list of 50,000 values naming the filter, not with the database\'s parameter limit', async () => {
    const { status, json } = await post({ query: 'query($k: [ActorKind!]) { actors(filter: { kind: $k }) { totalCount } }', variables: { k: Array(50_000).fill('STATE') } });
    expect(status).toBe(200);
    expect(json.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.kind' } });
  });

  it('refuses a variable nested 100,000 deep (not through HTTP, which refuses the body) as bad input, not a stack overflow', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = await t.execute('query($name: String) { actors(filter: { name: $name }) { totalCount } }', { name: deep });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a lone surrogate in a string variable, which would be stored as U+FFFD, naming where it is', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"query($n: String) { actors(filter: { name: $n }) { totalCount } }","variables":{"n":"ab\\ud800c"}}' });
    const json = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: expect.stringMatching(/^n must not contain a lone UTF-16 surrogate/), extensions: { code: 'BAD_USER_INPUT', field: 'n' } });
    // A whole character written as its surrogate pair is fine.
    const paired = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"query($n: String) { actors(filter: { name: $n }) { totalCount } }","variables":{"n":"\\ud83d\\ude00"}}' });
    expect(paired.status).toBe(200);
  });

  it('keeps a stack only for unexpected errors: an expected code carries none, even in development', async () => {
    const { json } = await post({ query: '{ actors(filter: { kind: [STAT] }) { totalCount } }' });
    expect(json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors![0].extensions.stacktrace).toBeUndefined();
  });
});

describe('production mode', () => {
  it('answers a bad path under the explorer with a JSON error without stack or file paths, and drops enum suggestions', async () => {
    const production = await createTestServer({ production: true });
    try {
      const base = await production.server.listen(0, '127.0.0.1');
      for (const path of ['/explorer/assets/%00', '/explorer/assets/%E0%A4%A', '/no-such-page']) {
        const response = await fetch(`${base}${path}`);
        const text = await response.text();
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/) } }] });
        expect(text).not.toMatch(/\/work\/|node_modules|at \w+ \(|<pre>/);
      }
      const typo = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ actors(filter: { kind: [STAT] }) { totalCount } }' }) });
      const message = ((await typo.json()) as { errors: { message: string }[] }).errors[0]!.message;
      expect(message).toMatch(/STAT/);
      expect(message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });

  it('turns introspection and field suggestions off', async () => {
    const production = await createTestServer({ production: true });
    try {
      const introspection = await production.execute('{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await production.execute('{ actorz { totalCount } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});

describe('floods and barrages', () => {
  it('refuses an introspection flood in production quickly, each with its error, while ordinary queries are served', async () => {
    const production = await createTestServer({ production: true });
    try {
      const base = `${await production.server.listen(0, '127.0.0.1')}/graphql`;
      const send = async (query: string) => {
        const started = Date.now();
        const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return { status: response.status, json: (await response.json()) as { data?: any; errors?: any[] }, ms: Date.now() - started };
      };
      const introspection = `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`;
      const [flood, ordinary] = await Promise.all([
        Promise.all(Array.from({ length: 300 }, () => send(introspection))),
        Promise.all(Array.from({ length: 20 }, () => send(ORDINARY.query))),
      ]);
      for (const answer of flood) {
        expect(answer.status).toBe(400);
        expect(answer.json.errors![0]).toMatchObject({ message: expect.stringMatching(/introspection/i), extensions: { code: 'BAD_USER_INPUT' } });
      }
      expect(Math.max(...flood.map((answer) => answer.ms))).toBeLessThan(10_000);
      for (const answer of ordinary) expect(answer.json.data.actors.totalCount).toBeGreaterThanOrEqual(0);
    } finally {
      await production.close();
    }
  });

  it('answers ordinary queries while deep queries, alias bombs, oversized bodies and batches arrive at once', async () => {
    const abusive = [
      { query: `{ actors { nodes { ${'affiliations { organisation { '.repeat(25)}id${' } }'.repeat(25)} } } }` },
      { query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: actors { totalCount }`).join(' ')} }` },
      { query: `{ actors { totalCount } } # ${'x'.repeat(3_000_000)}` },
      Array.from({ length: 1000 }, () => ORDINARY),
    ];
    const [refused, served] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, (_, i) => post(abusive[i % abusive.length]))),
      Promise.all(Array.from({ length: 20 }, () => post(ORDINARY))),
    ]);
    for (const answer of refused) {
      expect([400, 413]).toContain(answer.status);
      expect(answer.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    for (const answer of served) expect(answer.status).toBe(200);
  });

  it('answers any malformed body with a 4xx and a coded error, never a 5xx', async () => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc.record({ query: fc.oneof(fc.string(), fc.jsonValue()), variables: fc.jsonValue(), operationName: fc.jsonValue(), extensions: fc.jsonValue() }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
      // Bodies of the shapes that once took the process down, at sizes the ordinary limit lets through.
      fc.integer({ min: 20, max: 200_000 }).map((depth) => `{"query":"query($x: String) { __typename }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
      fc.integer({ min: 1, max: 300_000 }).map((count) => `{"query":"{ __typename }","variables":{"x":[${'[],'.repeat(count)}[]]}}`),
      fc.integer({ min: 1, max: 20_000 }).map((depth) => `{"query":"{ __typename }","variables":{"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`),
      fc.constantFrom('{', '[]', 'null', '"query"', '{"query": "{"}', '{"query": "{ actors { totalCount } }", "variables": "x"}', '{"query": "query($a: Int) { actors(first: $a) { totalCount } }", "variables": {"a": "many"}}'),
    );
    const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x');
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (body, contentType) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, 'apollo-require-preflight': '1' }, body });
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(text).toMatch(/"code":"[A-Z_]+"/);
      }),
      { numRuns: 200 },
    );
    expect((await post(ORDINARY)).status).toBe(200);
  });
});

describe('answers', () => {
  it('refuses an answer larger than the response limit with a clear error, and serves smaller ones', async () => {
    const small = await createTestServer({ limits: { ...DEFAULT_LIMITS, maxResponseBytes: 2000 } });
    try {
      const base = `${await small.server.listen(0, '127.0.0.1')}/graphql`;
      const ask = async (query: string) => {
        const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return { status: response.status, json: (await response.json()) as { data?: any; errors?: any[] } };
      };
      const large = await ask('{ cameoCodes { code label } }');
      expect(large.status).toBe(400);
      expect(large.json.errors![0]).toMatchObject({ message: expect.stringMatching(/more than 2000 bytes/), extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE' } });
      expect((await ask('{ cameoCode(code: "043") { label } }')).json).toEqual({ data: { cameoCode: { label: 'Host a visit' } } });
    } finally {
      await small.close();
    }
  });
});

describe('slow clients', () => {
  it('cuts a client trickling its body once the request timeout has passed, not a minute later', async () => {
    const strict = await createTestServer({ limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 2000 } });
    try {
      const { port } = new URL(await strict.server.listen(0, '127.0.0.1'));
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
          const trickle = setInterval(() => socket.write(' '), 200);
          socket.on('close', () => {
            clearInterval(trickle);
            resolve(Date.now() - started);
          });
        });
        socket.on('error', () => {});
        socket.resume();
      });
      expect(closedAfter).toBeGreaterThanOrEqual(1900);
      expect(closedAfter).toBeLessThan(4500);
    } finally {
      await strict.close();
    }
  });
});

describe('the statement timeout', () => {
  it('cancels a statement running past it on PostgreSQL, and the client gets TIMEOUT', async () => {
    const name = `dossier_timeout_${process.pid}`;
    await withAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
    });
    const db = await openDatabase({ kind: 'postgres', url: databaseUrl(name), statementTimeoutMs: 100 });
    try {
      const error = await db.query('SELECT pg_sleep(2)').catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: '57014' });
      expect(formatError({ message: 'canceling statement due to statement timeout' }, { originalError: error })).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await db.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name}`));
    }
  });
});

describe('rate limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the limit, per address and per key apart, while others are served', async () => {
    const limited = await createTestServer({ rateLimits: { keyPoints: 5, anonymousPoints: 3, failedAuthenticationPoints: 30, windowSeconds: 60 } });
    try {
      const base = `${await limited.server.listen(0, '127.0.0.1')}/graphql`;
      const ask = (headers: Record<string, string> = {}) =>
        fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(ORDINARY) });
      for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { errors: any[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
      // A key has a bucket of its own.
      const { key } = await limited.services.apiKeys.create('rate-limited-reader', 'READER');
      expect((await ask({ authorization: `Bearer ${key}` })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('counts a key in one bucket however its header spells Bearer and the spaces before it', async () => {
    const limited = await createTestServer({ rateLimits: { keyPoints: 5, anonymousPoints: 100, failedAuthenticationPoints: 30, windowSeconds: 60 } });
    try {
      const base = `${await limited.server.listen(0, '127.0.0.1')}/graphql`;
      const { key } = await limited.services.apiKeys.create('spelt-reader', 'READER');
      const spellings = [`Bearer ${key}`, `bearer ${key}`, `BEARER ${key}`, `Bearer  ${key}`, `Bearer\t${key}`, ` Bearer ${key}`];
      const statuses = [];
      for (const authorization of spellings) {
        statuses.push((await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(ORDINARY) })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('limits failed authentications per address, refusing further keys before any lookup', async () => {
    const limited = await createTestServer({ rateLimits: { keyPoints: 100, anonymousPoints: 100, failedAuthenticationPoints: 5, windowSeconds: 60 } });
    try {
      const base = `${await limited.server.listen(0, '127.0.0.1')}/graphql`;
      const askWith = (key: string) =>
        fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(ORDINARY) });
      for (let i = 0; i < 5; i++) expect((await askWith(`dsk_bogus_${i}`)).status).toBe(401);
      let statements = 0;
      const stop = limited.db.onStatement(() => statements++);
      const refused = await askWith('dsk_bogus_next');
      stop();
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { errors: any[] }).errors[0]).toMatchObject({ message: expect.stringMatching(/failed authentications/), extensions: { code: 'RATE_LIMITED' } });
      expect(statements).toBe(0);
      // Without a key the address is still served.
      expect((await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ORDINARY) })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
