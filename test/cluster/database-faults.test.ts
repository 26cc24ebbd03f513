// PostgreSQL restarted under the running service, on a server of the test's own (initdb on a free port):
// while it is down, requests fail at once with SERVICE_UNAVAILABLE (never a hang, never an internal error) and
// /ready says so; when it is back, the service serves again by itself; no acknowledged write is lost.
import pg from 'pg';
import { createPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres';
import { SERVICE_ADMIN_KEY, startService, type ServiceProcess } from '../helpers/service-process';

let database: PrivatePostgres;
let service: ServiceProcess;
beforeAll(async () => {
  database = await createPrivatePostgres();
  service = await startService({ DATABASE_URL: database.url, DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_RATE_LIMIT_KEY: '1000000', DOSSIER_RATE_LIMIT_ANONYMOUS: '1000000' });
}, 120_000);
afterAll(async () => {
  await service?.stop();
  database?.destroy();
});

const REQUEST_TIMEOUT_MS = 10_000;

interface Outcome {
  at: number;
  ms: number;
  ok: boolean;
  code?: string;
  status?: number;
}

/** One request with its outcome; a request that hangs past the timeout shows as HUNG. */
async function send(query: string, variables: Record<string, unknown>): Promise<Outcome & { data?: any }> {
  const started = Date.now();
  try {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_ADMIN_KEY}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + 5_000),
    });
    const json = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    const code = json.errors?.[0]?.extensions?.code;
    return { at: started, ms: Date.now() - started, ok: !code, code, status: response.status, data: json.data };
  } catch (error) {
    return { at: started, ms: Date.now() - started, ok: false, code: (error as Error).name === 'TimeoutError' ? 'HUNG' : 'NETWORK' };
  }
}

const ready = async () => (await fetch(`${service.url}/ready`)).status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a PostgreSQL restart under load', () => {
  // fast: a clean shutdown that ends the sessions; immediate: a crash, recovered from the write-ahead log on start.
  it.each(['fast', 'immediate'] as const)('(%s stop) fails requests clearly while the database is down, reports it on /ready, recovers alone and loses no acknowledged write', async (mode) => {
    const acknowledged: string[] = [];
    const outcomes: Outcome[] = [];
    let running = true;
    const writer = async (worker: number) => {
      for (let i = 0; running; i++) {
        // Names alike on purpose (a durability test, not a matching one): the duplicate check is waived.
        const name = `Restart writer ${mode} ${worker}-${i}`;
        const outcome = await send(`mutation($name: String!) { createActor(input: { kind: OTHER, name: $name, allowDuplicate: true }) { id } }`, { name });
        outcomes.push(outcome);
        if (outcome.ok) acknowledged.push(name);
      }
    };
    const reader = async () => {
      while (running) outcomes.push(await send(`{ actors(first: 5) { totalCount nodes { name } } }`, {}));
    };
    const load = [writer(1), writer(2), writer(3), reader(), reader()];

    await sleep(1_500);
    expect(await ready()).toBe(200);
    const downAt = Date.now();
    database.stop(mode);
    await sleep(500);
    const readyWhileDown = await ready();
    await sleep(1_500);
    const upAt = Date.now();
    database.start();
    // Recovered: a write succeeds again without restarting the service.
    let recoveredAt = 0;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !recoveredAt; await sleep(100)) {
      if (outcomes.some((o) => o.ok && o.at > upAt)) recoveredAt = Date.now();
    }
    await sleep(1_000);
    running = false;
    await Promise.all(load);

    expect(readyWhileDown).toBe(503);
    expect(await ready()).toBe(200);
    expect(recoveredAt).toBeGreaterThan(0);
    const failures = outcomes.filter((o) => !o.ok);
    // The outage was seen, and every request during it failed fast with the code that says what happened.
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((o) => o.at >= downAt - REQUEST_TIMEOUT_MS)).toBe(true);
    expect(new Set(failures.map((o) => o.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(Math.max(...failures.map((o) => o.ms))).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(outcomes.filter((o) => o.ok && o.at > upAt).length).toBeGreaterThan(5);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(`SELECT name FROM actor WHERE name = ANY($1::text[])`, [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
    } finally {
      await client.end();
    }
  }, 120_000);
});

describe('connections terminated under the service (pg_terminate_backend, as a fast shutdown does)', () => {
  it('answers SERVICE_UNAVAILABLE for the imports whose connection was cut, never crashes, and imports again afterwards', async () => {
    const bundle = (round: number) => ({
      actors: [{ kind: 'STATE', name: 'Terminated supplier' }, { kind: 'STATE', name: 'Terminated recipient' }],
      sources: [{ kind: 'DATASET', title: 'Termination test', url: 'https://example.org/terminated' }],
      armsTransfers: Array.from({ length: 400 }, (_, i) => ({
        supplier: 'Terminated supplier', recipient: 'Terminated recipient', source: { url: 'https://example.org/terminated' },
        dealId: `T-${round}-${i}`, designation: 'Test', category: 'Other', deliveryYear: 2020, tivDelivered: 1,
      })),
    });
    const importMutation = 'mutation($input: ImportBundleInput!) { importBundle(input: $input) { armsTransfers { created } } }';
    const outcomes: Outcome[] = [];
    let running = true;
    const importer = async (worker: number) => {
      for (let round = 0; running; round++) outcomes.push(await send(importMutation, { input: bundle(worker * 100_000 + round) }));
    };
    const load = [importer(1), importer(2), importer(3)];
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let terminated = 0;
    try {
      // Until some imports have lost their connection (a loaded machine takes longer to get there), at most 30 s.
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && (terminated < 10 || !outcomes.some((o) => !o.ok)); ) {
        await sleep(75);
        const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
        terminated += rowCount ?? 0;
      }
    } finally {
      await admin.end();
    }
    running = false;
    await Promise.all(load);

    expect(terminated).toBeGreaterThan(3);
    const failures = outcomes.filter((o) => !o.ok);
    expect(failures.length).toBeGreaterThan(0);
    // The service must still run; if it died, its last words say why.
    expect({ exitCode: service.child.exitCode, output: service.child.exitCode === null ? '' : service.output().slice(-4000) }).toEqual({ exitCode: null, output: '' });
    expect(new Set(failures.map((o) => o.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect((await send(importMutation, { input: bundle(999_999) })).ok).toBe(true);
    expect(await ready()).toBe(200);
  }, 120_000);
});
