// Subscriptions and the change streams under the rules of a query: reads closed to anonymous callers close them
// too, each client holds a bounded number of live connections, and every subscription counts against the rate limit.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
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
    const { t, ws, http } = await serve({ maxLiveConnectionsPerClient: 2 });
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

  it('counts every subscription against the rate limit', async () => {
    const { t, ws } = await serve({ rateLimits: { keyPoints: 100, anonymousPoints: 3, failedAuthenticationPoints: 30, windowSeconds: 60 } });
    await t.services.actors.create({ name: 'Freedonia', kind: 'STATE' }, 'test-admin');
    // Each subscription costs two points: its socket's upgrade and its operation.
    expect(await firstAnswer(ws)).toMatchObject({ data: { changes: { cursor: expect.any(String) } } });
    expect(await firstAnswer(ws)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(await firstAnswer(ws)).toEqual({ closed: expect.any(Number) });
  });
});

