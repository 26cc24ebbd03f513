// npm run soak: two minutes of mixed reads and writes at full load on loopback, against the built service on
// PostgreSQL with the sample and the full SIPRI register. It counts the answers by error code (there must be no
// internal error), checks that every acknowledged write is stored, and samples the service's memory every
// second: it must level off, not grow for as long as the load lasts.
//   SOAK_SECONDS (default 120), SOAK_CONNECTIONS (default 10), BENCH_POSTGRES_URL.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_QUERIES } from './bench/queries';
import { writeMixRequests } from './bench/write-mix';
import { buildService, databaseUrl, Figures, median, memoryOf, recreateDatabase, SERVICE_URL_PATTERN, start, waitUntilReady } from './bench/harness';

const SOAK_DB = 'dossier_soak';
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 10);
const ADMIN_KEY = `dsk_soak_${randomBytes(16).toString('hex')}`;
/** Memory "levels off": the last quarter's median RSS is at most this much above the second quarter's. */
const MAX_LATE_GROWTH = 1.25;
const MEMORY_LIMIT_MB = 300;
const WRITE_PREFIX = `Soak ${randomBytes(3).toString('hex')}`;

const READS = [
  ...BENCH_QUERIES.map((query) => ({ name: query.name.slice(0, 3), query: query.graphql })),
  { name: 'search', query: '{ search(query: "oil imports", first: 10) { kind rank snippet source { title } claim { statement } } }' },
  { name: 'history', query: '{ claims(first: 20) { nodes { statement history { version changedBy changedFields } } } }' },
];

interface Tally {
  requests: number;
  byCode: Map<string, number>;
  /** The first message seen for each error code. */
  example: Map<string, string>;
  acknowledgedWrites: number;
}

/** The code of an answer (OK, the first error's code, or HTTP_<status> when it is not GraphQL) and its message. */
function answerOf(status: number, body: string): { code: string; message: string } {
  try {
    const json = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const error = json.errors?.[0];
    return { code: error?.extensions?.code ?? (status === 200 ? 'OK' : `HTTP_${status}`), message: error?.message ?? '' };
  } catch {
    return { code: `HTTP_${status}`, message: body.slice(0, 200) };
  }
}

function count(tally: Tally, status: number, body: string): string {
  const { code, message } = answerOf(status, body);
  tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
  if (code !== 'OK' && !tally.example.has(code)) tally.example.set(code, message);
  return code;
}

async function main(): Promise<void> {
  buildService();
  await recreateDatabase(SOAK_DB);
  const env = {
    DATABASE_URL: databaseUrl(SOAK_DB), PORT: '0', HOST: '127.0.0.1', DOSSIER_PLAYGROUND: 'false', DOSSIER_ADMIN_KEY: ADMIN_KEY,
    DOSSIER_RATE_LIMIT_KEY: '100000000', DOSSIER_RATE_LIMIT_ANONYMOUS: '100000000', DOSSIER_LOG_LEVEL: 'warn',
  };
  console.log("Loading the sample and the SIPRI register (the service's first start)...");
  const loader = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  await waitUntilReady(loader.url);
  loader.child.kill();
  await new Promise((resolve) => loader.child.once('exit', resolve));
  // The service soaked is a second start on the loaded database, as it runs day to day.
  const service = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  const tally: Tally = { requests: 0, byCode: new Map(), example: new Map(), acknowledgedWrites: 0 };
  const samples: { second: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ second: (Date.now() - started) / 1000, rss: memoryOf(service.child.pid!).rss }), 1000);
  let failed: boolean;
  try {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` };
    const onResponse = (status: number, body: string) => {
      tally.requests++;
      return count(tally, status, body);
    };
    const read = (query: string) => ({ method: 'POST' as const, path: '/graphql', headers, body: JSON.stringify({ query }), onResponse });
    // Each connection loops over this mix: the reads, then the writes (a new actor, an event with participants, a claim).
    const requests = [
      ...READS.map((entry) => read(entry.query)),
      ...writeMixRequests(WRITE_PREFIX, headers, (status, body) => {
        if (onResponse(status, body) === 'OK') tally.acknowledgedWrites++;
      }),
    ];
    console.log(`Soaking for ${SECONDS} s with ${CONNECTIONS} connections: ${READS.length} reads and 3 writes per round...`);
    const result = await autocannon({ url: service.url, connections: CONNECTIONS, duration: SECONDS, requests });
    clearInterval(sampler);

    const client = new pg.Client({ connectionString: databaseUrl(SOAK_DB) });
    await client.connect();
    const [stored] = (await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM actor WHERE name LIKE $1) + (SELECT count(*) FROM event WHERE title LIKE $1) + (SELECT count(*) FROM claim WHERE statement LIKE $1) AS n`,
      [`${WRITE_PREFIX}%`],
    )).rows;
    await client.end();

    const quarter = (n: number) => samples.filter((s) => s.second > (SECONDS * (n - 1)) / 4 && s.second <= (SECONDS * n) / 4).map((s) => s.rss);
    const [second, last] = [median(quarter(2)), median(quarter(4))];
    const peak = Math.max(...samples.map((s) => s.rss));
    const internal = tally.byCode.get('INTERNAL_SERVER_ERROR') ?? 0;
    const unexpected = [...tally.byCode.entries()].filter(([code]) => code !== 'OK');
    const figures = new Figures('soak').capture();
    console.log(`${tally.requests} requests in ${SECONDS} s: ${(tally.requests / SECONDS).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, socket errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(`answers: ${[...tally.byCode.entries()].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    for (const [code, message] of tally.example) console.log(`  e.g. ${code}: ${message}`);
    // Writes in flight when the load stopped may be stored without their answer having been counted.
    console.log(`writes: ${tally.acknowledgedWrites} acknowledged, ${Number(stored!.n)} stored (the difference was in flight at the end)`);
    console.log(`service RSS: ${samples[0]?.rss.toFixed(0)} MB after 1 s, median ${second.toFixed(0)} MB in the second quarter, ${last.toFixed(0)} MB in the last, peak ${peak.toFixed(0)} MB`);
    console.log(`RSS every 10 s: ${samples.filter((_, i) => i % 10 === 9).map((s) => s.rss.toFixed(0)).join(' ')}`);
    const checks = [
      ['no internal error', internal === 0],
      ['every answer OK', unexpected.length === 0 && result.errors === 0 && result.timeouts === 0],
      ['every acknowledged write stored', Number(stored!.n) >= tally.acknowledgedWrites && Number(stored!.n) - tally.acknowledgedWrites <= CONNECTIONS],
      [`memory levels off (last quarter within ${MAX_LATE_GROWTH}x of the second)`, last <= second * MAX_LATE_GROWTH],
      [`memory under ${MEMORY_LIMIT_MB} MB`, peak < MEMORY_LIMIT_MB],
    ] as const;
    for (const [check, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${check}`);
    failed = checks.some(([, ok]) => !ok);
    console.log('Data: SIPRI Arms Transfers Database (c) SIPRI.');
    if (!failed) figures.save();
  } finally {
    clearInterval(sampler);
    service.child.kill();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
