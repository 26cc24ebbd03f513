// npm run bench:changes: the change feed on PostgreSQL, two instances of the service in this process on one fresh
// database (each with its own pool, LISTEN connection and feed reader, as two processes have), with the heap limit
// `npm start` gives one instance twice over (--max-old-space-size=384 in package.json):
// (1) a write (an HTTP mutation) delivered to a graphql-ws subscriber on the other instance, both through HAProxy in
//     front of the two instances (Debian's haproxy): p50/p99;
// (2) BENCH_SUBSCRIBERS (1,000) subscribers on B receiving BENCH_CHANGES (10,000) changes written in bulk: lost or
//     duplicated changes, the service's RSS growth and its longest event-loop stall (the subscribers' clients run
//     in a process of their own, changes-subscribers.ts);
// (3) /changes.ndjson from the start over BENCH_LOG_ROWS (1,000,000) logged deletions: changes/s and RSS growth.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createServer, type DossierServer } from '../../src/server/server';
import { createServices, type Services } from '../../src/services';
import { projectPath } from '../../src/shared/paths';
import { startBalancer, stopProcess } from '../cluster/parts';
import { databaseUrl, dropDatabase, Figures, median, recreateDatabase } from './harness';

const BENCH_DB = 'dossier_bench_changes';
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10_000);
const LOG_ROWS = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const LATENCY_WRITES = 400;
const LIMITS = { defaultPageSize: 100, maxPageSize: 500 };
const MB = 1024 * 1024;

interface Instance {
  db: Database;
  services: Services;
  server: DossierServer;
  url: string;
}

async function instance(): Promise<Instance> {
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl(BENCH_DB), poolSize: 10 });
  const services = createServices(db, LIMITS);
  const server = await createServer({ db, services, playground: false, pagination: LIMITS, rateLimits: { keyPoints: 1e9, anonymousPoints: 1e9, failedAuthenticationPoints: 1e9, windowSeconds: 60 }, live: { maxConnectionsPerClient: SUBSCRIBERS + 10 } });
  return { db, services, server, url: await server.listen(0, '127.0.0.1') };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/**
 * Writes (HTTP mutations) and a graphql-ws subscriber, both through HAProxy in front of the two instances, as a
 * cluster's clients connect: the balancer sends the writes to each instance in turn, and says which one answered
 * (X-Dossier-Instance), so each delivery is counted as crossing instances or not.
 */
async function latencyThroughTheBalancer(a: Instance, b: Instance, key: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-changes-'));
  const balancer = await startBalancer(dir, [a, b].map((instance) => ({ port: Number(new URL(instance.url).port) })));
  let subscriberOn = '';
  // The WebSocket's upgrade answer names the instance the subscription lives on.
  class TracedWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.once('upgrade', (response) => (subscriberOn = String(response.headers['x-dossier-instance'])));
    }
  }
  const client = createClient({ url: `${balancer.url.replace('http', 'ws')}/graphql`, webSocketImpl: TracedWebSocket });
  const arrivals = new Map<string, number>();
  let wake: (() => void) | null = null;
  const stop = client.subscribe<{ changes: { recordId: string } }>({ query: 'subscription { changes(entities: [ACTOR]) { recordId } }' }, {
    next: (result) => {
      arrivals.set(result.data!.changes.recordId, performance.now());
      wake?.();
    },
    error: (error) => console.error(error),
    complete: () => {},
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies = { crossing: [] as number[], same: [] as number[] };
    for (let i = 0; i < LATENCY_WRITES; i++) {
      const sent = performance.now();
      const response = await fetch(`${balancer.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: 'mutation($name: String!) { createActor(input: { name: $name, kind: STATE, allowDuplicate: true }) { id } }', variables: { name: `Latency ${i} ${Date.now()}` } }),
      });
      const answer = (await response.json()) as { data?: { createActor: { id: string } }; errors?: unknown };
      if (!answer.data?.createActor) throw new Error(`createActor failed: ${JSON.stringify(answer.errors)}`);
      const id = answer.data.createActor.id;
      while (!arrivals.has(id)) await new Promise<void>((resolve) => (wake = resolve));
      latencies[response.headers.get('x-dossier-instance') === subscriberOn ? 'same' : 'crossing'].push(arrivals.get(id)! - sent);
    }
    const figure = (values: number[]) => `p50 ${median(values).toFixed(1)} ms, p99 ${percentile(values, 0.99).toFixed(1)} ms`;
    console.log(
      `(1) a write to a subscriber on the other instance, both through HAProxy, ${latencies.crossing.length} writes: ${figure(latencies.crossing)} (targets 50 / 250 ms); ` +
        `on the subscriber's own instance, ${latencies.same.length} writes: ${figure(latencies.same)}`,
    );
  } finally {
    stop();
    await client.dispose();
    await stopProcess(balancer.process);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function manySubscribers(a: Instance, b: Instance): Promise<void> {
  // The clients run in a process of their own: what is measured here is the service's memory and event loop.
  const child = fork(projectPath('scripts', 'bench', 'changes-subscribers.ts'), [`${b.url.replace('http', 'ws')}/graphql`, String(SUBSCRIBERS), String(CHANGES)], { execArgv: ['--import', 'tsx'] });
  const message = (key: string) => new Promise<Record<string, number>>((resolve, reject) => {
    const onMessage = (value: Record<string, number>) => {
      if (!(key in value)) return;
      child.off('message', onMessage);
      resolve(value);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the subscribers' process exited (${code})`)));
  });
  await message('ready');
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    rssPeak = Math.max(rssPeak, memory.rss);
    heapPeak = Math.max(heapPeak, memory.heapUsed);
  }, 100);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const done = message('done');
  // One statement: CHANGES new actors, CHANGES changes.
  await a.db.query(`/* benchBulkActors */ INSERT INTO actor (kind, name, name_key, updated_at) SELECT 'STATE', 'Bulk ' || g || ' ' || $2, 'bulk ' || g || ' ' || $2, now() FROM generate_series(1, $1::int) g`, [CHANGES, Date.now()]);
  const { delivered, lost, misordered, errors } = await done;
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  clearInterval(sampler);
  console.log(`(2) ${SUBSCRIBERS} subscribers on B, ${CHANGES} changes each (${delivered} of ${SUBSCRIBERS * CHANGES} deliveries) in ${seconds.toFixed(1)} s: ` +
    `lost ${lost}, duplicated or out of order ${misordered}, errors ${errors}; service RSS growth ${Math.round((rssPeak - rssBefore) / MB)} MB (target 150; heap used ${Math.round((heapPeak - heapBefore) / MB)} MB of it at most), ` +
    `longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms (target 100; both instances in this process, the clients in another)`);
}

async function ndjsonFromTheStart(a: Instance): Promise<void> {
  await a.db.query(`/* benchLogRows */ INSERT INTO change_log (entity, record_id, operation) SELECT 'arms_transfer', 100000000 + g, 'DELETE' FROM generate_series(1, $1::int) g`, [LOG_ROWS]);
  // As autovacuum would soon after such a write: the plans of the feed's statements follow the table's statistics.
  await a.db.query(`/* benchAnalyzeLog */ ANALYZE change_log`);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const response = await fetch(`${a.url}/changes.ndjson`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(`(3) /changes.ndjson from the start: ${lines} changes (${Math.round(bytes / MB)} MB) in ${seconds.toFixed(1)} s = ${Math.round(lines / seconds)} changes/s (target 50,000); ` +
    `RSS growth ${Math.round((rssPeak - rssBefore) / MB)} MB (server and reader in one process)`);
}

async function main(): Promise<void> {
  const figures = new Figures('bench:changes').capture();
  await recreateDatabase(BENCH_DB);
  const setup = await openDatabase({ kind: 'postgres', url: databaseUrl(BENCH_DB) });
  await migrate(setup);
  const key = (await createServices(setup, LIMITS).apiKeys.create('bench', 'ADMIN')).key;
  await setup.close();
  const a = await instance();
  const b = await instance();
  try {
    await latencyThroughTheBalancer(a, b, key);
    await manySubscribers(a, b);
    await ndjsonFromTheStart(a);
  } finally {
    for (const { server, services, db } of [a, b]) {
      await server.stop();
      await services.changes.stop();
      await db.close();
    }
    await dropDatabase(BENCH_DB);
  }
  figures.save();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
