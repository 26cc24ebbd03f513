// Reads from a PostgreSQL streaming replica (DATABASE_REPLICA_URLS): a query's statements go to the replica, a
// mutation's to the primary, a client may ask for the primary to read its own write, and a replica that stops is
// left out while reads go on through the primary. Runs on a primary and replica of its own (scripts/cluster/postgres.ts, the cluster script's own).
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { ReplicaSet } from '../../src/db/replicas';
import { createServer, type DossierServer } from '../../src/server/server';
import { createServices } from '../../src/services';
import { unique } from '../builders';
import { startReplicaCluster, type ReplicaCluster } from '../../scripts/cluster/postgres';
import { TEST_PAGE_LIMITS } from '../helpers/test-server';

let cluster: ReplicaCluster;
let db: Database;
let server: DossierServer;
let base: string;
let editorKey: string;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() > deadline) throw new Error('condition not reached');
  }
}

beforeAll(async () => {
  cluster = await startReplicaCluster();
  db = await openDatabase({ kind: 'postgres', url: cluster.primaryUrl, poolSize: 4, requireStatementNames: true, replicas: { urls: [cluster.replicaUrl], maxLagSeconds: 5, probeMs: 200 } });
  await migrate(db);
  const services = createServices(db, TEST_PAGE_LIMITS);
  server = await createServer({ db, services, playground: false, pagination: TEST_PAGE_LIMITS, rateLimits: { keyPoints: 1e6, anonymousPoints: 1e6, failedAuthenticationPoints: 100, windowSeconds: 60 } });
  base = await server.listen(0, '127.0.0.1');
  editorKey = (await services.apiKeys.create(unique('replica-editor').replace(' ', '-'), 'EDITOR')).key;
  // The replica has replayed the migrations and the key once it answers for them.
  await until(async () => db.replicas!.replicas[0]!.state === 'ready' &&
    (await db.replicas!.replicas[0]!.pool.query('SELECT count(*)::int AS n FROM api_key')).rows[0].n > 0);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await db?.close();
  cluster?.stop();
});

async function graphql(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

/** Statements sent to the primary and to the replica while fn runs. */
async function counted(fn: () => Promise<unknown>): Promise<{ primary: number; replica: number }> {
  const replica = db.replicas!.replicas[0]!;
  let all = 0;
  const stop = db.onStatement(() => all++);
  const before = replica.statements;
  try {
    await fn();
  } finally {
    stop();
  }
  const onReplica = replica.statements - before;
  return { primary: all - onReplica, replica: onReplica };
}

const createActor = (name: string) => graphql(`mutation { createActor(input: { kind: STATE, name: "${name}" }) { id } }`, { authorization: `Bearer ${editorKey}` });

describe('reads from a streaming replica', () => {
  it('serve a query\'s statements (raw and Prisma\'s) from the replica', async () => {
    const counts = await counted(async () => {
      const answer = await graphql('{ actors(first: 5) { totalCount nodes { name } } predicates { code } }');
      expect(answer.errors).toBeUndefined();
    });
    expect(counts.replica).toBeGreaterThanOrEqual(2);
    expect(counts.primary).toBe(0);
  });

  it('run all of a mutation on the primary', async () => {
    const counts = await counted(async () => expect((await createActor(unique('Primary'))).errors).toBeUndefined());
    expect(counts.replica).toBe(0);
    expect(counts.primary).toBeGreaterThan(0);
  });

  it('read a write at once from the primary when the client asks; stale reads from the replica are measured', async () => {
    let stale = 0;
    const rounds = 30;
    for (let round = 0; round < rounds; round++) {
      const name = unique('Fresh');
      await createActor(name);
      const fromReplica = await graphql(`{ actor(name: "${name}") { name } }`);
      if (fromReplica.data?.actor === null) stale++;
      const fromPrimary = await graphql(`{ actor(name: "${name}") { name } }`, { 'x-dossier-read-from': 'primary' });
      expect(fromPrimary.data?.actor?.name).toBe(name);
    }
    console.log(`replica reads right after a write: ${stale} of ${rounds} stale (synchronous_commit=on, asynchronous replica)`);
    expect(stale).toBeLessThanOrEqual(rounds);
  });

  it('leave a replica out while it lags past the bound', async () => {
    // A bound below any lag: the replica, fully caught up (lag 0), still counts as behind it.
    const strict = new ReplicaSet({ urls: [cluster.replicaUrl], maxLagSeconds: -1, poolSize: 1, poolOptions: {} }, (factory) => factory);
    try {
      await strict.probe();
      expect(strict.status()).toEqual([expect.objectContaining({ state: 'lagging', lagSeconds: 0 })]);
      expect(strict.pick()).toBeNull();
    } finally {
      await strict.close();
    }
  });

  it('leave a stopped replica out: reads go on through the primary, and /ready shows its state', async () => {
    cluster.stopReplica();
    // Before the probe notices, a read that finds the replica gone runs on the primary (raw statements) or fails
    // with the retryable SERVICE_UNAVAILABLE (Prisma's), and leaves the replica out at once.
    const duringOutage = await graphql('{ actors(first: 1) { totalCount } }');
    expect((duringOutage.errors ?? []).every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    await until(() => db.replicas!.replicas[0]!.state === 'unreachable');
    const counts = await counted(async () => expect((await graphql('{ actors(first: 1) { totalCount } }')).errors).toBeUndefined());
    expect(counts).toEqual({ primary: expect.any(Number), replica: 0 });
    const ready = await (await fetch(`${base}/ready`)).json();
    expect(ready).toMatchObject({ status: 'ready', replicas: [{ replica: 1, state: 'unreachable' }] });

    cluster.startReplica();
    await until(() => db.replicas!.replicas[0]!.state === 'ready', 20_000);
    expect((await counted(() => graphql('{ actors(first: 1) { totalCount } }'))).replica).toBeGreaterThan(0);
  }, 60_000);
});
