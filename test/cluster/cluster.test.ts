// The multi-instance topology of `npm run cluster`, from its own pieces: two instances behind HAProxy on a
// primary with a streaming replica and a shared Redis. A write on one instance reaches a subscriber on another; an
// instance killed with SIGKILL under a write load loses no acknowledged write, and the balancer routes around it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { startBalancer, startInstance, startRedis, stopProcess, type Instance } from '../../scripts/cluster/parts';
import { startReplicaCluster, type ReplicaCluster } from '../../scripts/cluster/postgres';

const ADMIN_KEY = `dsk_cluster_${randomBytes(16).toString('hex')}`;
let postgres: ReplicaCluster;
let redis: Awaited<ReturnType<typeof startRedis>>;
const instances: Instance[] = [];
let balancer: Awaited<ReturnType<typeof startBalancer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-cluster-test-'));
  postgres = await startReplicaCluster();
  redis = await startRedis();
  const env = {
    NODE_ENV: '', DATABASE_URL: postgres.primaryUrl, DATABASE_REPLICA_URLS: postgres.replicaUrl, REDIS_URL: redis.url,
    DOSSIER_TRUSTED_PROXIES: '127.0.0.1', DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_ADMIN_KEY: ADMIN_KEY, DOSSIER_LOG_LEVEL: 'silent',
    DOSSIER_RATE_LIMIT_KEY: '1000000',
  };
  instances.push(await startInstance(env, { fromSource: true, timeoutMs: 90_000 }));
  instances.push(await startInstance(env, { fromSource: true, timeoutMs: 90_000 }));
  balancer = await startBalancer(dir, instances, { checkMs: 200 });
}, 180_000);
afterAll(async () => {
  if (balancer) await stopProcess(balancer.process);
  await Promise.all(instances.map((instance) => stopProcess(instance.process)));
  if (redis) await stopProcess(redis.process);
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function createActor(name: string, base = balancer.url): Promise<'acknowledged' | 'failed'> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({ query: `mutation { createActor(input: { kind: STATE, name: "${name}" }) { id } }` }),
    });
    // HAProxy's own refusals (502, 503) are HTML.
    if (!response.ok) return 'failed';
    const answer = (await response.json()) as { data?: { createActor?: { id: string } } };
    return response.ok && answer.data?.createActor?.id ? 'acknowledged' : 'failed';
  } catch {
    // A request under way on the killed instance: its connection is closed, and whether it ran is unknown.
    return 'failed';
  }
}

describe('several instances behind HAProxy', () => {
  it('serve reads through the balancer from both instances', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => fetch(`${balancer.url}/graphql?query=${encodeURIComponent('{ predicates { code } }')}`).then((r) => r.status)));
    expect(answers).toEqual([200, 200, 200, 200]);
  });

  it('deliver a write on either instance to a subscriber connected through the balancer', async () => {
    const client = createClient({ url: `${balancer.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const events = client.iterate<{ changes: { record: { name: string } | null } }>({ query: 'subscription { changes(entities: [ACTOR]) { record { ... on Actor { name } } } }' });
      // From now on: the subscription is under way before the writes.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const names = instances.map((_, i) => `Live actor ${i} ${randomBytes(4).toString('hex')}`);
      // One write on each instance: whichever the balancer chose for the socket, one of them is another instance's.
      expect(await Promise.all(instances.map((instance, i) => createActor(names[i]!, instance.url)))).toEqual(['acknowledged', 'acknowledged']);
      const received: string[] = [];
      for await (const result of events) {
        received.push(result.data!.changes.record!.name);
        if (received.length === names.length) break;
      }
      expect(received.sort()).toEqual([...names].sort());
    } finally {
      await client.dispose();
    }
  });

  it('lose no acknowledged write when an instance is killed under a write load, and route around it', async () => {
    const acknowledged: string[] = [];
    let failed = 0;
    let sent = 0;
    const writer = async (deadline: number) => {
      while (Date.now() < deadline) {
        const name = `Cluster actor ${randomBytes(6).toString('hex')}`;
        sent++;
        if ((await createActor(name)) === 'acknowledged') acknowledged.push(name);
        else failed++;
      }
    };
    const deadline = Date.now() + 4000;
    const writers = Promise.all([1, 2, 3, 4].map(() => writer(deadline)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stopProcess(instances[0]!.process, 'SIGKILL');
    await writers;
    // After the kill the balancer sends everything to the instance left.
    const after = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => createActor(`After the kill ${i} ${randomBytes(4).toString('hex')}`)));
    expect(after).toEqual(Array(6).fill('acknowledged'));

    const client = new pg.Client({ connectionString: postgres.primaryUrl });
    await client.connect();
    const stored = new Set((await client.query<{ name: string }>('SELECT name FROM actor WHERE name = ANY($1)', [acknowledged])).rows.map((row) => row.name));
    await client.end();
    console.log(`write load through HAProxy: ${sent} sent, ${acknowledged.length} acknowledged, ${failed} failed while an instance was killed`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(5);
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
  }, 60_000);
});
