// Each request has an id the client gets back, and one JSON log line; an unexpected error is logged with its
// stack under that id, and in production the client sees the id, not the internals.
import { Writable } from 'node:stream';
import pino from 'pino';
import { createTestServer, type TestServer } from '../helpers/test-server';

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

const urls = new WeakMap<TestServer, string>();

async function post(t: TestServer, query: string, headers: Record<string, string> = {}) {
  if (!urls.has(t)) urls.set(t, `${await t.server.listen(0, '127.0.0.1')}/graphql`);
  const url = urls.get(t)!;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { headers: response.headers, json: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('request ids and the request log', () => {
  it('sends back a request id and logs one line per request with operation, duration and outcome', async () => {
    const { logger, lines } = capturedLogger();
    const t = await createTestServer({ logger });
    try {
      const { headers } = await post(t, 'query CountActors { actors(first: 1) { totalCount } }');
      const id = headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'graphql request', requestId: id, operation: 'CountActors', outcome: 'ok', durationMs: expect.any(Number) }));
      const failed = await post(t, '{ actor(id: "x") { name } }', { 'x-request-id': 'proxy-123' });
      expect(failed.headers.get('x-request-id')).toBe('proxy-123');
      expect(failed.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'proxy-123' });
      expect(lines).toContainEqual(expect.objectContaining({ requestId: 'proxy-123', outcome: 'error', errorCodes: ['BAD_USER_INPUT'] }));
    } finally {
      await t.close();
    }
  });

  it('in production, answers an unexpected error with its request id and no internals, and logs the stack', async () => {
    const { logger, lines } = capturedLogger();
    const t = await createTestServer({ logger, production: true });
    try {
      // A fault injected into one service: what a database or programming error would look like.
      t.services.actors.findByName = () => {
        throw new Error('relation "secret_table" does not exist at /srv/dossier/src/modules/actors/actors.repository.ts');
      };
      // (createdAt is not compiled into one statement: the actor is read through findByName.)
      const { json, headers } = await post(t, '{ actor(name: "Russia") { name createdAt } }');
      const [error] = json.errors!;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: headers.get('x-request-id') });
      expect(JSON.stringify(json)).not.toMatch(/secret_table|\/srv\/|stacktrace/);
      expect(error.message).toContain(headers.get('x-request-id'));
      const logged = lines.find((line) => line.msg === 'unexpected error');
      expect(logged).toMatchObject({ requestId: headers.get('x-request-id'), err: { message: expect.stringContaining('secret_table'), stack: expect.any(String) } });
    } finally {
      await t.close();
    }
  });
});

describe('an error thrown by a resolver, on a nullable or a non-null field', () => {
  // graphql-jit builds a resolver's error without `extensions` when the thrown one has none; Apollo must still format it.
  it.each([
    ['a nullable query field', '{ actor(name: "Russia") { name createdAt } }', (t: TestServer, fault: Error) => (t.services.actors.findByName = () => Promise.reject(fault))],
    // The same field read as one statement building its JSON (server/compiled-reads.ts), failing in the database.
    ['a nullable query field read as one statement', '{ actor(name: "Russia") { name } }', (t: TestServer, fault: Error) => {
      const namedRowSource = t.services.actors.namedRowSource.bind(t.services.actors);
      t.services.actors.namedRowSource = (name) => ({ ...namedRowSource(name), read: () => Promise.reject(fault) });
    }],
    ['a non-null mutation field', 'mutation { createActor(input: { kind: OTHER, name: "Faulty" }) { id } }', (t: TestServer, fault: Error) => (t.services.actors.create = () => Promise.reject(fault))],
    ['a non-null nested field', '{ actors(first: 1) { totalCount } }', (t: TestServer, fault: Error) => (t.services.actors.list = () => Promise.reject(fault))],
  ])('on %s: an unexpected error is INTERNAL_SERVER_ERROR with its message; a lost database is SERVICE_UNAVAILABLE', async (_where, query, inject) => {
    const t = await createTestServer();
    try {
      inject(t, new Error('relation "secret_table" does not exist'));
      const [unexpected] = (await t.execute(query)).errors!;
      expect(unexpected).toMatchObject({ message: 'relation "secret_table" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      inject(t, new Error('Connection terminated unexpectedly'));
      const [unavailable] = (await t.execute(query)).errors!;
      expect(unavailable).toMatchObject({ message: expect.stringMatching(/database cannot be reached/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      await t.close();
    }
  });
});
