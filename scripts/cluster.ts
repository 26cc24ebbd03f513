// npm run cluster: the multi-instance topology on this one machine, on ports of its own, leaving any other
// PostgreSQL or Redis alone: a PostgreSQL primary and a streaming replica (initdb, pg_basebackup -R), Redis, N
// service instances (CLUSTER_INSTANCES, default 2) reading from the replica and sharing limits through Redis, and
// HAProxy in front (health checks on /ready). Installs HAProxy from Debian when it is missing, as .ci/run
// installs its packages; prints the URLs; Ctrl-C stops everything and removes the data.
//   CLUSTER_INSTANCES (default 2), CLUSTER_LOAD_SAMPLE (default true: the sample and the SIPRI register).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildService, startBalancer, startInstance, startRedis, stopProcess, type Instance } from './cluster/parts';
import { startReplicaCluster } from './cluster/postgres';

const INSTANCES = Number(process.env.CLUSTER_INSTANCES ?? 2);

function ensureHaproxy(): void {
  if (spawnSync('sh', ['-c', 'command -v haproxy']).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error('HAProxy is missing: apt-get install haproxy (as root)');
  console.log('Installing HAProxy from Debian...');
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'haproxy'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (!install()) throw new Error('apt-get install haproxy failed');
  }
}

async function main(): Promise<void> {
  ensureHaproxy();
  buildService();
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cluster-'));
  console.log('Starting a PostgreSQL primary and a streaming replica...');
  const postgres = await startReplicaCluster();
  const redis = await startRedis();
  const env = {
    DATABASE_URL: postgres.primaryUrl, DATABASE_REPLICA_URLS: postgres.replicaUrl, REDIS_URL: redis.url,
    DOSSIER_TRUSTED_PROXIES: '127.0.0.1', DOSSIER_LOAD_SAMPLE: process.env.CLUSTER_LOAD_SAMPLE ?? 'true',
  };
  const instances: Instance[] = [];
  let balancer: Awaited<ReturnType<typeof startBalancer>> | undefined;
  const stop = async () => {
    console.log('\nStopping the cluster...');
    if (balancer) await stopProcess(balancer.process);
    await Promise.all(instances.map((instance) => stopProcess(instance.process)));
    await stopProcess(redis.process);
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  try {
    // The first instance migrates and loads the data; the others start on a ready database.
    console.log(`Starting ${INSTANCES} service instance(s)...`);
    instances.push(await startInstance(env));
    for (let i = 1; i < INSTANCES; i++) instances.push(await startInstance(env));
    balancer = await startBalancer(dir, instances);
  } catch (error) {
    console.error((error as Error).message);
    await stop();
    return;
  }
  console.log([
    '',
    `Dossier through HAProxy: ${balancer.url}/graphql (explorer ${balancer.url}/explorer/)`,
    ...instances.map((instance, index) => `  instance ${index + 1}: ${instance.url} (pid ${instance.process.pid})`),
    `  PostgreSQL primary: ${postgres.primaryUrl}`,
    `  PostgreSQL replica: ${postgres.replicaUrl}`,
    `  Redis: ${redis.url}`,
    'Ctrl-C stops everything.',
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
