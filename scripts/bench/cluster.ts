// npm run bench:cluster: throughput through HAProxy with 1 and 2 service instances, each without and with a
// streaming replica for reads, measured in interleaved rounds (all four set-ups run at once; only one is driven at
// a time); then a soak through 2 instances with the replica: reads and writes for BENCH_SOAK_SECONDS (default 120)
// with one instance restarted (SIGTERM, then started again) in the middle, counting acknowledged writes (all must
// be stored) and the errors during the restart. On this 2-core machine the instances, the two PostgreSQL servers,
// HAProxy and the load generator share the cores: a second instance or a replica cannot add cores, only show
// what the set-up costs or saves.
//   BENCH_SECONDS per run (default 5), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 10), BENCH_SOAK_SECONDS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildService, startBalancer, startInstance, startRedis, stopProcess, type Instance } from '../cluster/parts';
import { startReplicaCluster } from '../cluster/postgres';
import { Figures, median } from './harness';
import { BENCH_QUERIES } from './queries';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 120);
const ADMIN_KEY = `dsk_bench_${randomBytes(16).toString('hex')}`;

async function main(): Promise<void> {
  buildService();
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-cluster-'));
  const postgres = await startReplicaCluster();
  const redis = await startRedis();
  const base = {
    DATABASE_URL: postgres.primaryUrl, REDIS_URL: redis.url, DOSSIER_TRUSTED_PROXIES: '127.0.0.1', NODE_ENV: 'production',
    DOSSIER_ADMIN_KEY: ADMIN_KEY, DOSSIER_RATE_LIMIT_ANONYMOUS: '100000000', DOSSIER_RATE_LIMIT_KEY: '100000000', DOSSIER_LOG_LEVEL: 'silent',
  };
  const withReplica = { ...base, DATABASE_REPLICA_URLS: postgres.replicaUrl };
  const processes: Instance[] = [];
  const balancers: Awaited<ReturnType<typeof startBalancer>>[] = [];
  try {
    console.log('Loading the sample and the SIPRI register through the first instance...');
    const first = await startInstance({ ...base, DOSSIER_LOAD_SAMPLE: 'true' });
    processes.push(first);
    const others = { ...base, DOSSIER_LOAD_SAMPLE: 'false' };
    const second = await startInstance(others);
    const [third, fourth] = [await startInstance({ ...withReplica, DOSSIER_LOAD_SAMPLE: 'false' }), await startInstance({ ...withReplica, DOSSIER_LOAD_SAMPLE: 'false' })];
    processes.push(second, third, fourth);
    const setups = [
      { name: '1 instance, primary only', instances: [first] },
      { name: '2 instances, primary only', instances: [first, second] },
      { name: '1 instance, reads on the replica', instances: [third] },
      { name: '2 instances, reads on the replica', instances: [third, fourth] },
    ];
    for (const [index, setup] of setups.entries()) balancers.push(await startBalancer(path.join(dir), setup.instances, { checkMs: 1000, name: `setup${index}` }));

    const query = BENCH_QUERIES[0]!;
    const body = JSON.stringify({ query: query.graphql });
    const rates: number[][] = setups.map(() => []);
    const p99s: number[][] = setups.map(() => []);
    const figures = new Figures('bench:cluster').capture();
    console.log(`Throughput of ${query.name} through HAProxy, ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections:`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, balancer] of balancers.entries()) {
        const result = await autocannon({ url: `${balancer.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration: SECONDS });
        rates[index]!.push(result.requests.average);
        p99s[index]!.push(result.latency.p99);
        if (result.errors + result.non2xx > 0) console.error(`  ${setups[index]!.name}: ${result.errors + result.non2xx} errors`);
      }
    }
    const baseline = median(rates[0]!);
    for (const [index, setup] of setups.entries()) {
      console.log(`  ${setup.name.padEnd(36)} ${median(rates[index]!).toFixed(0).padStart(5)} req/s  p99 ${median(p99s[index]!)} ms  (${(median(rates[index]!) / baseline).toFixed(2)}x the first)`);
    }

    // The soak: 8 workers, each alternating a read and a write, through 2 instances with the replica.
    const balancer = balancers[3]!;
    const acknowledged: string[] = [];
    const outcomes = { reads: 0, readErrors: 0, writes: 0, writeErrors: 0, restartErrors: 0 };
    let restarting = false;
    const deadline = Date.now() + SOAK_SECONDS * 1000;
    const send = async (payload: string, key?: string) => {
      const response = await fetch(`${balancer.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: payload });
      return { ok: response.ok, json: response.ok ? ((await response.json()) as { data?: any; errors?: unknown[] }) : null };
    };
    const worker = async () => {
      while (Date.now() < deadline) {
        try {
          outcomes.reads++;
          const read = await send(body);
          if (!read.ok || read.json?.errors) throw new Error('read failed');
        } catch {
          outcomes.readErrors++;
          if (restarting) outcomes.restartErrors++;
        }
        const name = `Soak actor ${randomBytes(6).toString('hex')}`;
        try {
          outcomes.writes++;
          const write = await send(JSON.stringify({ query: `mutation { createActor(input: { kind: STATE, name: "${name}" }) { id } }` }), ADMIN_KEY);
          if (!write.json?.data?.createActor?.id) throw new Error('write failed');
          acknowledged.push(name);
        } catch {
          outcomes.writeErrors++;
          if (restarting) outcomes.restartErrors++;
        }
      }
    };
    console.log(`\nSoak: ${SOAK_SECONDS} s through 2 instances with the replica, 8 workers each alternating a read and a write; instance 2 restarted in the middle...`);
    const workers = Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((resolve) => setTimeout(resolve, (SOAK_SECONDS * 1000) / 2));
    restarting = true;
    const restartStarted = Date.now();
    await stopProcess(fourth.process, 'SIGTERM');
    const restarted = await startInstance({ ...withReplica, DOSSIER_LOAD_SAMPLE: 'false' }, { port: fourth.port });
    processes.push(restarted);
    const restartMs = Date.now() - restartStarted;
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the balancer's check sees it back
    restarting = false;
    await workers;
    const client = new pg.Client({ connectionString: postgres.primaryUrl });
    await client.connect();
    const stored = new Set((await client.query<{ name: string }>('SELECT name FROM actor WHERE name = ANY($1)', [acknowledged])).rows.map((row) => row.name));
    await client.end();
    const lost = acknowledged.filter((name) => !stored.has(name)).length;
    const requests = outcomes.reads + outcomes.writes;
    console.log(`  ${requests} requests (${(requests / SOAK_SECONDS).toFixed(0)} req/s): ${outcomes.reads} reads (${outcomes.readErrors} failed), ${outcomes.writes} writes (${outcomes.writeErrors} failed)`);
    console.log(`  instance restarted in ${(restartMs / 1000).toFixed(1)} s; errors during the restart: ${outcomes.restartErrors}`);
    console.log(`  acknowledged writes ${acknowledged.length}, stored ${acknowledged.length - lost}, lost ${lost}${lost === 0 ? '' : ' (FAILED)'}`);
    console.log('Data: SIPRI Arms Transfers Database (c) SIPRI.');
    if (lost === 0) figures.save();
    process.exitCode = lost === 0 ? 0 : 1;
  } finally {
    for (const balancer of balancers) await stopProcess(balancer.process);
    await Promise.all(processes.map((instance) => stopProcess(instance.process)));
    await stopProcess(redis.process);
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
