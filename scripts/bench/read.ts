// npm run bench: the service against a raw-SQL baseline and a peer engine (PostGraphile v5) on PostgreSQL, with
// the full SIPRI register and the sample. Starts the servers as child processes on a fresh database
// (dossier_bench), checks that they answer the same JSON, then drives each request with autocannon and prints, per
// server, requests/s, p50, p99, the node process's CPU per request and PostgreSQL's, then the ratios; then
// statements per request (counted by a proxy in a pass of its own), the HTTP cache (a GET revalidated with 304
// against the same GET run), and the service's memory. Each request is measured in BENCH_ROUNDS rounds, the
// servers taking turns, and the medians are compared: the two cores are shared and noisy, and a ratio from one run
// can be off by a third. CPU per request is the steadier figure.
//   BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS per run (default 5),
//   BENCH_ROUNDS (default 5), BENCH_CONNECTIONS (default 10), BENCH_ONLY (letters of the requests to drive, e.g. "ad"),
//   BENCH_PEER=0 leaves PostGraphile out.
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildService, cpuMsOf, Figures, loadedServiceEnv, median, memoryOf, postgresCpu, postgresCpuBetween, SERVICE_URL_PATTERN, start } from './harness';
import { startPostGraphile } from './postgraphile';
import { BENCH_QUERIES, type BenchQuery } from './queries';
import { startStatementCounter } from './statement-counter';
import { stopProcess as stop } from '../cluster/parts';

const BENCH_DB = 'dossier_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ONLY = process.env.BENCH_ONLY ?? 'abcd';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WITH_PEER = process.env.BENCH_PEER !== '0';
const MEMORY_LIMIT_MB = 300;
/** A repeated GET answered 304 should be at least this many times faster than the same GET run. */
const NOT_MODIFIED_TARGET = 5;

interface Measured {
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU of the server's own process and of PostgreSQL, per request, in ms. */
  nodeCpu: number;
  postgresCpu: number;
}

/** The median of each figure over the rounds. */
function medianOf(runs: Measured[]): Measured {
  const of = (figure: keyof Measured) => median(runs.map((run) => run[figure]));
  return { requests: of('requests'), p50: of('p50'), p99: of('p99'), nodeCpu: of('nodeCpu'), postgresCpu: of('postgresCpu'), errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

/** One way to send a request to one server. */
interface Target {
  label: string;
  pid: number;
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

async function drive(target: Target): Promise<Measured> {
  const [nodeBefore, postgresBefore] = [cpuMsOf(target.pid), postgresCpu()];
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: { ...(target.body ? { 'content-type': 'application/json' } : {}), ...target.headers },
    body: target.body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  const [nodeAfter, postgresAfter] = [cpuMsOf(target.pid), postgresCpu()];
  const total = Math.max(1, result.requests.total);
  return {
    requests: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    // A 304 is a success here; anything else outside 2xx is an error.
    errors: result.errors + result.non2xx - (result['3xx'] ?? 0),
    nodeCpu: (nodeAfter - nodeBefore) / total, postgresCpu: postgresCpuBetween(postgresBefore, postgresAfter) / total,
  };
}

const line = (label: string, m: Measured) =>
  `  ${label.padEnd(12)} ${m.requests.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(3)} ms  ` +
  `node CPU ${m.nodeCpu.toFixed(2)} ms/req  PostgreSQL CPU ${m.postgresCpu.toFixed(2)} ms/req  errors ${m.errors}`;

/** Drives the targets in turn, round after round; returns each target's medians and, per round, the first's ratio to each other. */
async function interleaved(targets: Target[]): Promise<{ medians: Measured[]; ratios: number[][] }> {
  const runs: Measured[][] = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, target] of targets.entries()) runs[index]!.push(await drive(target));
  }
  const ratios = targets.slice(1).map((_, other) => runs[0]!.map((run, round) => run.requests / runs[other + 1]![round]!.requests));
  return { medians: runs.map(medianOf), ratios };
}

/** The JSON with every float rounded to 9 significant digits: the servers may sum in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, rounded(v)]));
  return value;
}

/** PostGraphile's form of a query, with the actors' ids in place of their names. */
function peerQuery(query: BenchQuery, ids: Map<string, number>): string {
  return query.postgraphile!.graphql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(ids.get(name)));
}

async function actorIds(url: string, names: string[]): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string; id: number }>('SELECT name, id FROM actor WHERE name = ANY($1)', [names]);
  await client.end();
  return new Map(rows.map((row) => [row.name, row.id]));
}

async function main(): Promise<void> {
  buildService();
  const env = await loadedServiceEnv(BENCH_DB);
  // The service measured is a second start on the loaded database, as it runs day to day.
  const service = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  const raw = await start('scripts/bench/raw-sql-server.ts', env, /raw SQL server at (http:\/\/\S+)/);
  const peer = WITH_PEER ? await startPostGraphile(env.DATABASE_URL) : null;
  const ids = await actorIds(env.DATABASE_URL, ['India', 'Russia']);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(service.child.pid!).rss)), 200);
  let failed = false;
  const queries = BENCH_QUERIES.map((query, index) => ({ query, index })).filter(({ query }) => ONLY.includes(query.letter));
  /** Each query's targets: the service, the raw server, and PostGraphile where it can express the query. */
  const targetsOf = ({ query, index }: (typeof queries)[number]): Target[] => [
    { label: 'service', pid: service.child.pid!, url: `${service.url}/graphql`, method: 'POST', body: JSON.stringify({ query: query.graphql }) },
    { label: 'raw SQL', pid: raw.child.pid!, url: `${raw.url}/${index}`, method: 'POST' },
    ...(peer && query.postgraphile ? [{ label: 'PostGraphile', pid: peer.child.pid!, url: peer.url, method: 'POST' as const, body: JSON.stringify({ query: peerQuery(query, ids) }) }] : []),
  ];
  const figures = new Figures('bench');
  try {
    figures.add(`${ROUNDS} rounds of ${SECONDS} s per server and request, ${CONNECTIONS} connections; medians. The servers, PostgreSQL and autocannon share this machine's cores.\n`);
    for (const entry of queries) {
      const { query } = entry;
      const targets = targetsOf(entry);
      const answers = await Promise.all(targets.map(async (target) => {
        const answer = (await (await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body })).json()) as { data?: unknown };
        return rounded(target.label === 'PostGraphile' && answer.data ? query.postgraphile!.toDossier(answer.data) : answer.data ?? answer);
      }));
      const differing = targets.findIndex((_, index) => !isDeepStrictEqual(answers[0], answers[index]));
      if (differing > 0) {
        failed = true;
        console.error(`${query.name}: ${targets[differing]!.label} answers differently:\n${JSON.stringify(answers[0]).slice(0, 500)}\n${JSON.stringify(answers[differing]).slice(0, 500)}`);
        continue;
      }
      const { medians, ratios } = await interleaved(targets);
      const verdicts = targets.slice(1).map((target, other) => {
        const ratio = median(ratios[other]!);
        const target_ = target.label === 'PostGraphile' ? query.targets.postgraphile : query.targets.raw;
        return `  ratio to ${target.label}: ${ratio.toFixed(2)} (median of ${ratios[other]!.map((r) => r.toFixed(2)).join(', ')}; target ${target_}: ${ratio >= target_! ? 'meets' : 'BELOW'})`;
      });
      figures.add(`${query.name}${peer && !query.postgraphile ? ' (PostGraphile cannot express it)' : ''}\n${targets.map((target, index) => line(target.label, medians[index]!)).join('\n')}\n${verdicts.join('\n')}`);
    }

    // Statements per request: each server again, through a counting proxy, in a pass of its own.
    figures.add('\nStatements per request (counted on the wire):');
    const counter = await startStatementCounter(env.DATABASE_URL);
    const counted = { ...env, DATABASE_URL: counter.url };
    const countedService = await start('dist/src/main.js', counted, SERVICE_URL_PATTERN);
    const countedRaw = await start('scripts/bench/raw-sql-server.ts', counted, /raw SQL server at (http:\/\/\S+)/);
    const countedPeer = peer ? await startPostGraphile(counter.url) : null;
    try {
      for (const entry of queries) {
        const targets = targetsOf(entry).map((target) => ({
          ...target,
          url: target.label === 'service' ? `${countedService.url}/graphql` : target.label === 'raw SQL' ? `${countedRaw.url}/${entry.index}` : countedPeer!.url,
        }));
        const perServer: string[] = [];
        for (const target of targets) {
          await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body }); // warm (plans, caches)
          const before = counter.count;
          for (let i = 0; i < 20; i++) await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body });
          perServer.push(`${target.label} ${((counter.count - before) / 20).toFixed(1)}`);
        }
        figures.add(`  ${entry.query.name.slice(0, 3)} ${perServer.join(', ')}`);
      }
    } finally {
      await Promise.all([stop(countedService.child), stop(countedRaw.child), ...(countedPeer ? [stop(countedPeer.child)] : [])]);
      await counter.close();
    }

    // The HTTP cache: the same GET, run (no If-None-Match) against revalidated (304), in turns.
    const first = queries.find(({ query }) => query.letter === 'a') ?? queries[0];
    if (first) {
      const getUrl = `${service.url}/graphql?query=${encodeURIComponent(first.query.graphql)}`;
      const answer = await fetch(getUrl, { headers: { accept: 'application/json' } });
      const etag = answer.headers.get('etag');
      await answer.text();
      if (!etag) {
        failed = true;
        console.error('\nThe service gave the GET no ETag');
      } else {
        const base: Target = { label: 'GET run', pid: service.child.pid!, url: getUrl, method: 'GET', headers: { accept: 'application/json' } };
        const { medians, ratios } = await interleaved([{ ...base, label: 'GET 304', headers: { ...base.headers, 'if-none-match': etag } }, base]);
        const ratio = median(ratios[0]!);
        figures.add(`\nHTTP cache, ${first.query.name.slice(0, 3)} as a GET:\n${line('GET 304', medians[0]!)}\n${line('GET run', medians[1]!)}\n` +
          `  304 is ${ratio.toFixed(1)}x the throughput of running it (target ${NOT_MODIFIED_TARGET}x: ${ratio >= NOT_MODIFIED_TARGET ? 'meets' : 'BELOW'})`);
      }
    }

    const memory = memoryOf(service.child.pid!);
    peakRss = Math.max(peakRss, memory.rss);
    figures.add(`\nservice memory: peak RSS while driven ${peakRss.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB} MB: ${peakRss < MEMORY_LIMIT_MB ? 'meets' : 'ABOVE'}); ` +
      `peak since start ${memory.peak.toFixed(0)} MB`);
    figures.add('Data: SIPRI Arms Transfers Database (c) SIPRI.');
    if (!failed) figures.save();
  } finally {
    clearInterval(sampler);
    await Promise.all([stop(service.child), stop(raw.child), ...(peer ? [stop(peer.child)] : [])]);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
