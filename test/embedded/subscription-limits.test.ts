// Subscriptions and the change streams under the rules of a query: reads closed to anonymous callers close them
// too, each client holds a bounded number of live connections, every subscription counts against the rate limit, and
// a client that reads nothing is dropped with a reason on every transport (never buffered without bound).
import { once } from 'node:events';
import type http from 'node:http';
import { request as httpRequest } from 'node:http';
import { createClient } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../../src/config';
import { createTestServer, type TestServer } from '../helpers/test-server';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function serve(options: Parameters<typeof createTestServer>[0]): Promise<{ t: TestServer; ws: string; http: string }> {
  const t = await createTestServer(options);
  servers.push(t);
  const http = await t.server.listen(0, '127.0.0.1');
  return { t, http, ws: `${http.replace('http', 'ws')}/graphql` };
}

/** The first answer of a subscription: its first change, its errors, or how its socket closed. */
function firstAnswer(url: string, connectionParams?: Record<string, unknown>): Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; closed?: number }> {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams });
  return new Promise((resolve) => {
    const timer = setTimeout(() => done({ closed: 0 }), 10_000);
    const done = (answer: Awaited<ReturnType<typeof firstAnswer>>) => {
      clearTimeout(timer);
      void client.dispose();
      resolve(answer);
    };
    client.subscribe({ query: 'subscription { changes(after: "0-0") { cursor } }' }, {
      next: (result) => done(result as never),
      error: (error) => done(Array.isArray(error) ? { errors: error } : { closed: (error as { code?: number }).code ?? -1 }),
      complete: () => {},
    });
  });
}

describe('subscriptions under the rules of a query', () => {
  it('refuses an anonymous subscription when reads need a key (4403), and serves one with a key', async () => {
    const { t, ws, http } = await serve({ requireKeyForReads: true });
    await t.services.actors.create({ name: 'Freedonia', kind: 'STATE' }, 'test-admin');
    expect(await firstAnswer(ws)).toEqual({ closed: 4403 });
    const { key } = await t.services.apiKeys.create('reader', 'READER');
    expect(await firstAnswer(ws, { authorization: `Bearer ${key}` })).toMatchObject({ data: { changes: { cursor: expect.any(String) } } });
    // So is the event stream, with 401.
    expect((await fetch(`${http}/changes.events`)).status).toBe(401);
    expect((await fetch(`${http}/changes.ndjson`)).status).toBe(401);
  });

  it('holds each client to its cap on live connections, sockets and event streams together', async () => {
    const { t, ws, http } = await serve({ live: { maxConnectionsPerClient: 2 } });
    const open = [createClient({ url: ws, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false }), createClient({ url: ws, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false })];
    await Promise.all(open.map((client) => new Promise<void>((resolve) => client.on('connected', () => resolve()))));
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(ws, 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(refused).toBe(429);
    expect((await fetch(`${http}/changes.events`)).status).toBe(429);
    await Promise.all(open.map((client) => client.dispose()));
    // A closed socket frees its place.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await t.services.actors.create({ name: 'Freedonia', kind: 'STATE' }, 'test-admin');
    expect(await firstAnswer(ws)).toMatchObject({ data: { changes: { cursor: expect.any(String) } } });
  });

  it('refuses a subscription over HTTP with a body over the limit (413), as every route does', async () => {
    const { http } = await serve({ limits: { ...DEFAULT_LIMITS, bodyLimitBytes: 2048 } });
    const response = await fetch(`${http}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { changes { cursor } } # ${'x'.repeat(4096)}` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts every subscription against the rate limit', async () => {
    const { t, ws } = await serve({ rateLimits: { keyPoints: 100, anonymousPoints: 3, failedAuthenticationPoints: 30, windowSeconds: 60 } });
    await t.services.actors.create({ name: 'Freedonia', kind: 'STATE' }, 'test-admin');
    // Each subscription costs two points: its socket's upgrade and its operation.
    expect(await firstAnswer(ws)).toMatchObject({ data: { changes: { cursor: expect.any(String) } } });
    expect(await firstAnswer(ws)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(await firstAnswer(ws)).toEqual({ closed: expect.any(Number) });
  });
});


describe('a client that reads nothing', () => {
  const SLOW_CONSUMER_MS = 500;
  const FLOODED = 300;
  const warnings: string[] = [];
  let t: TestServer;
  let http: string;
  let ws: string;
  beforeAll(async () => {
    // The drop is logged as it happens: the test waits for that line, then lets its client read.
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    ({ t, http, ws } = await serve({ logger, live: { slowConsumerMs: SLOW_CONSUMER_MS, keepAliveMs: 120_000 } }));
    // Changes of 50 kB each, far more than the sockets' buffers on both sides hold.
    await t.db.transaction((session) => session.query(
      `/* floodActors */ INSERT INTO actor (kind, name, name_key, description, updated_at) SELECT 'STATE', 'Flood ' || g, 'flood ' || g, repeat('x', 50000), now() FROM generate_series(1, ${FLOODED}) g`,
    ));
  });

  const QUERY = 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { cursor recordId record { ... on Actor { description } } } }';

  /** Resolves when the service has logged the drop of a slow consumer of `transport`. */
  async function dropped(transport: string): Promise<void> {
    const deadline = Date.now() + 45_000;
    while (!warnings.some((line) => line.includes('dropped a slow consumer') && line.includes(`"transport":"${transport}"`))) {
      if (Date.now() > deadline) throw new Error(`no slow consumer of ${transport} was dropped`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** An HTTP event stream held unread until the service drops it, then read to its end. */
  async function readAfterDrop(request: http.ClientRequest, transport: string): Promise<string> {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => request.once('response', resolve).once('error', reject));
    expect(response.statusCode).toBe(200);
    response.pause();
    await dropped(transport);
    response.setEncoding('utf8');
    let text = '';
    response.on('data', (chunk: string) => (text += chunk));
    response.resume();
    await once(response, 'end');
    return text;
  }

  it('closes a graphql-ws socket with 1008 SLOW_CONSUMER, and a client resuming from its last cursor misses nothing', async () => {
    const socket = new WebSocket(ws, 'graphql-transport-ws');
    await once(socket, 'open');
    const seen = new Set<string>();
    let last = '0-0';
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { changes: { cursor: string; recordId: string } } } };
      const change = message.payload?.data?.changes;
      if (message.type === 'next' && change) {
        seen.add(change.recordId);
        last = change.cursor;
      }
    });
    // The protocol by hand, as graphql-ws's client does it: a subscription only once the connection is acknowledged.
    const acknowledged = new Promise<void>((resolve) => socket.once('message', () => resolve()));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await acknowledged;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { after: '0-0' } } }));
    socket.pause();
    await dropped('graphql-ws');
    const closed = once(socket, 'close');
    socket.resume();
    const [code, reason] = await closed;
    expect({ code, reason: String(reason) }).toEqual({ code: 1008, reason: expect.stringMatching(/^SLOW_CONSUMER: nothing read for 500 ms/) });
    expect(seen.size).toBeLessThan(FLOODED);

    // Back with its last cursor, it gets the rest.
    const client = createClient({ url: ws, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      for await (const result of client.iterate<{ changes: { cursor: string; recordId: string } }>({ query: QUERY, variables: { after: last } })) {
        seen.add(result.data!.changes.recordId);
        if (seen.size === FLOODED) break;
      }
    } finally {
      await client.dispose();
    }
    expect(seen.size).toBe(FLOODED);
  });

  it('ends a graphql-sse stream with a SLOW_CONSUMER error naming the cursor to resume from', async () => {
    const request = httpRequest(`${http}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' } });
    request.end(JSON.stringify({ query: QUERY, variables: { after: '0-0' } }));
    const text = await readAfterDrop(request, 'graphql-sse');
    const events = text.split('\n\n').filter((event) => event.startsWith('event: next'));
    const last = JSON.parse(events.at(-1)!.split('\ndata: ')[1]!) as { errors?: { extensions: Record<string, unknown> }[] };
    expect(events.length).toBeLessThan(FLOODED);
    expect(last.errors?.[0]?.extensions).toEqual({ code: 'SLOW_CONSUMER', cursor: expect.stringMatching(/^\d+-\d+$/) });
    expect(text.trimEnd().slice(-40)).toMatch(/event: complete\ndata:$/);
  });

  it('ends /changes.events with an error event saying SLOW_CONSUMER', async () => {
    const text = await readAfterDrop(httpRequest(`${http}/changes.events?after=0-0&entities=ACTOR`).end(), 'changes.events');
    const events = text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toMatch(/^event: error\ndata: .*"code":"SLOW_CONSUMER"/);
    expect(events.filter((event) => event.includes('event: change')).length).toBeLessThan(FLOODED);
  });
});
