// npm run bench: the service against a raw-SQL baseline on PostgreSQL, with the full SIPRI register and the sample.
// Starts both servers as child processes on a fresh database (dossier_bench), checks that they answer the same
// JSON, then drives each request with autocannon and prints requests/s, p50, p99, the ratio and the service's memory.
// Each request is measured in BENCH_ROUNDS rounds, the service and the raw server taking turns, and the medians
// are compared: the two cores are shared and noisy, and a ratio from one run can be off by a third.
//   BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS per run (default 5),
//   BENCH_ROUNDS (default 5), BENCH_CONNECTIONS (default 10), BENCH_ONLY (letters of the requests to drive, e.g. "ac").
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { buildService, databaseUrl, median, memoryOf, recreateDatabase, SERVICE_URL_PATTERN, start, waitUntilReady } from './bench/harness';
import { BENCH_QUERIES } from './bench/queries';

const BENCH_DB = 'dossier_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ONLY = process.env.BENCH_ONLY ?? 'abc';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Throughput the service should reach, as a share of the raw server's, per query (a), (b), (c). */
const TARGETS = [0.6, 0.8, 0.6];
const MEMORY_LIMIT_MB = 300;

/** The median of each figure over the rounds. */
function medianOf(runs: Measured[]): Measured {
  return {
    requests: median(runs.map((run) => run.requests)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

interface Measured {
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

async function drive(url: string, body: string | undefined): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return { requests: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The JSON with every float rounded to 9 significant digits: the servers may sum in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, rounded(v)]));
  return value;
}

async function post(url: string, body?: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.json();
}

async function main(): Promise<void> {
  buildService();
  await recreateDatabase(BENCH_DB);
  // The load generator is one anonymous client: its rate limit is lifted so that it measures throughput.
  const env = {
    DATABASE_URL: databaseUrl(BENCH_DB), PORT: '0', HOST: '127.0.0.1', DOSSIER_PLAYGROUND: 'false', DB_POOL_SIZE: '10',
    DOSSIER_RATE_LIMIT_ANONYMOUS: '100000000',
  };
  console.log('Loading the sample and the SIPRI register (the service\'s first start)...');
  const loader = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  await waitUntilReady(loader.url);
  loader.child.kill();
  await new Promise((resolve) => loader.child.once('exit', resolve));
  // The service measured is a second start on the loaded database, as it runs day to day.
  const service = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  const raw = await start('scripts/bench/raw-sql-server.ts', env, /raw SQL server at (http:\/\/\S+)/);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(service.child.pid!).rss)), 200);
  let failed = false;
  try {
    console.log(`${ROUNDS} rounds of ${SECONDS} s per server and request, ${CONNECTIONS} connections; medians. Both servers, PostgreSQL and autocannon share this machine's cores.\n`);
    const rows: string[] = [];
    for (const [index, query] of BENCH_QUERIES.entries()) {
      if (!ONLY.includes('abc'[index]!)) continue;
      const graphqlBody = JSON.stringify({ query: query.graphql });
      const answers = [rounded(await post(`${service.url}/graphql`, graphqlBody)), rounded(await post(`${raw.url}/${index}`))];
      if (!isDeepStrictEqual(answers[0], answers[1])) {
        failed = true;
        console.error(`${query.name}: the two servers answer differently:\n${JSON.stringify(answers[0]).slice(0, 500)}\n${JSON.stringify(answers[1]).slice(0, 500)}`);
        continue;
      }
      const oursRuns: Measured[] = [];
      const theirsRuns: Measured[] = [];
      const ratios: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        oursRuns.push(await drive(`${service.url}/graphql`, graphqlBody));
        theirsRuns.push(await drive(`${raw.url}/${index}`, undefined));
        ratios.push(oursRuns[round]!.requests / theirsRuns[round]!.requests);
      }
      const [ours, theirs, ratio] = [medianOf(oursRuns), medianOf(theirsRuns), median(ratios)];
      const verdict = ratio >= TARGETS[index]! ? 'meets' : 'BELOW';
      rows.push(
        `${query.name}\n  service ${ours.requests.toFixed(0).padStart(6)} req/s  p50 ${ours.p50} ms  p99 ${ours.p99} ms  errors ${ours.errors}\n` +
          `  raw SQL ${theirs.requests.toFixed(0).padStart(6)} req/s  p50 ${theirs.p50} ms  p99 ${theirs.p99} ms  errors ${theirs.errors}\n` +
          `  ratio ${ratio.toFixed(2)} (median of ${ratios.map((r) => r.toFixed(2)).join(', ')}; target ${TARGETS[index]}: ${verdict})`,
      );
      console.log(rows[rows.length - 1]);
    }
    const memory = memoryOf(service.child.pid!);
    peakRss = Math.max(peakRss, memory.rss);
    console.log(`\nservice memory: peak RSS while driven ${peakRss.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB} MB: ${peakRss < MEMORY_LIMIT_MB ? 'meets' : 'ABOVE'}); ` +
      `peak since start ${memory.peak.toFixed(0)} MB`);
    console.log('Data: SIPRI Arms Transfers Database (c) SIPRI.');
  } finally {
    clearInterval(sampler);
    service.child.kill();
    raw.child.kill();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
