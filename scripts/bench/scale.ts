// npm run bench:scale: whether the benchmark queries, search, counterparts and the trend cost the same as the
// knowledge base grows. Loads the sample and the SIPRI register into a fresh PostgreSQL database (1x), then adds
// copies of that whole world (every actor with its aliases, arms transfers between the copies, sources, events with
// their participants, claims with their actors and citations, mentions, affiliations) up to 10x and 100x (2M arms
// transfers), set-based and one bounded transaction per copy. The copies are new actors ("Russia 7"), so the
// questions about Russia and India have the same answers at every size (the script checks it): what grows is the
// data around them. At each size it restarts the service on the analysed tables and measures each query's p50/p99
// over BENCH_ROUNDS rounds of BENCH_SECONDS s (autocannon, BENCH_CONNECTIONS), and prints the ratio to 1x.
// Then the same on the embedded database (PGlite) at 1x and 10x.
//   BENCH_SCALES (default "1,10,100"; "" skips PostgreSQL), BENCH_PGLITE_SCALES (default "1,10"; "" skips PGlite), BENCH_SECONDS (default 3), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 4).
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../src/db/database';
import { buildService, Figures, loadedEmbeddedServiceEnv, loadedServiceEnv, median, SERVICE_URL_PATTERN, start } from './harness';
import { BENCH_QUERIES } from './queries';
import { addCopy, TABLES } from './grow';

const BENCH_DB = 'dossier_bench_scale';
const scalesOf = (text: string) => text.split(',').filter(Boolean).map(Number);
const SCALES = scalesOf(process.env.BENCH_SCALES ?? '1,10,100');
/** The embedded database's sizes: PGlite is one process's database, grown and read by one WASM instance. */
const PGLITE_SCALES = scalesOf(process.env.BENCH_PGLITE_SCALES ?? '1,10');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
/** Latency may grow this much from 1x to the largest size where the answer itself does not grow. */
const FLAT_LIMIT = 2;

const QUERIES = [
  ...BENCH_QUERIES.map((query) => ({ name: query.name, graphql: query.graphql, sameAnswer: true })),
  {
    name: '(e) search "arms India" (every copy\'s article matches: the hits to rank grow with the data)',
    graphql: '{ search(query: "arms India", first: 20) { kind rank snippet } }',
    sameAnswer: false,
  },
  {
    name: "(f) India's top suppliers 2000-2023",
    graphql: '{ topArmsSuppliers(recipient: "India", fromYear: 2000, toYear: 2023, first: 10) { partners { actor { name } tiv share } } }',
    sameAnswer: true,
  },
  {
    name: '(g) paths Putin→India, maxHops 3',
    graphql: '{ paths(from: "Vladimir Putin", to: "India", maxHops: 3) { hops steps { from { name } to { name } relation } } }',
    sameAnswer: true,
  },
  {
    name: "(h) Russia's timeline, first page",
    graphql: '{ timeline(actor: "Russia", first: 25) { items { kind date title } pageInfo { hasNextPage } } }',
    sameAnswer: true,
  },
  {
    name: '(i) paths between two actors at random, maxHops 3',
    // Pairs drawn from every actor of the grown knowledge base: most are in different copies, so unconnected.
    graphqlOf: (from: string, to: string) => `{ paths(from: ${JSON.stringify(from)}, to: ${JSON.stringify(to)}, maxHops: 3) { hops steps { relation } } }`,
    sameAnswer: false,
  },
];

/** Actor names to draw random pairs from: a fixed sample of the whole knowledge base at its size. */
const PAIR_POOL = 200;

/** A database being grown: statements, and a copy added in one transaction. */
interface Store {
  query(sql: string): Promise<Record<string, unknown>[]>;
  addCopy(copy: number, base: Record<string, number>): Promise<void>;
  close(): Promise<void>;
}

async function postgresStore(url: string): Promise<Store> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async (sql) => (await client.query(sql)).rows,
    async addCopy(copy, base) {
      await client.query('BEGIN');
      await addCopy((sql) => client.query(sql), copy, base);
      await client.query('COMMIT');
    },
    close: () => client.end(),
  };
}

/** The embedded database, opened while the service is stopped (one process at a time holds it). */
async function pgliteStore(dataDir: string): Promise<Store> {
  const db = await openDatabase({ kind: 'pglite', dataDir });
  return {
    query: (sql) => db.query(sql),
    addCopy: (copy, base) => db.transaction((session) => addCopy((sql) => session.query(sql), copy, base)),
    close: () => db.close(),
  };
}

async function counts(store: Store): Promise<Record<string, number>> {
  const [row] = await store.query(`SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`).join(', ')}`);
  return row as Record<string, number>;
}

/** Grows one database through `scales` and measures each size; returns whether every answer and ratio held. */
async function measureSizes(label: string, env: Record<string, string>, scales: number[], openStore: () => Promise<Store>, table: Map<string, string[]>): Promise<boolean> {
  let store = await openStore();
  // The base world's last id in each table: the copies are of the rows up to it.
  const base: Record<string, number> = {};
  for (const name of TABLES) base[name] = Number((await store.query(`SELECT coalesce(max(id), 0) AS max FROM ${name}`))[0]!.max);
  const answersAt1x = new Map<string, unknown>();
  const p50At1x = new Map<string, number>();
  let failed = false;
  let copies = 1;
  try {
    for (const scale of scales) {
      const started = Date.now();
      for (; copies < scale; copies++) await store.addCopy(copies + 1, base);
      await store.query('ANALYZE');
      const rows = await counts(store);
      const pool = (await store.query(`SELECT name FROM actor ORDER BY md5(id::text) LIMIT ${PAIR_POOL}`)).map((row) => String(row.name));
      const pairs = pool.map((name, i) => [name, pool[(i * 7 + 13) % pool.length]!] as const).filter(([a, b]) => a !== b);
      console.log(`\n${label} ${scale}x: ${Object.entries(rows).map(([name, count]) => `${name} ${count}`).join(', ')}${scale > 1 ? ` (grown in ${((Date.now() - started) / 1000).toFixed(0)} s)` : ''}`);
      await store.close();
      const service = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
      try {
        for (const query of QUERIES) {
          // One query, or the same question about each pair in turn.
          const bodies = 'graphqlOf' in query ? pairs.map(([from, to]) => JSON.stringify({ query: query.graphqlOf(from, to) })) : [JSON.stringify({ query: query.graphql })];
          const body = bodies[0]!;
          let next = 0;
          const requests: autocannon.Request[] = [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }];
          const answer = await (await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json() as { data?: unknown; errors?: unknown };
          if (answer.errors) {
            failed = true;
            console.error(`${query.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
            continue;
          }
          if (!answersAt1x.has(query.name)) answersAt1x.set(query.name, answer.data);
          else if (query.sameAnswer && !isDeepStrictEqual(answersAt1x.get(query.name), answer.data)) {
            failed = true;
            console.error(`${query.name}: the answer at ${scale}x differs from 1x`);
          }
          const runs = [];
          for (let round = 0; round < ROUNDS; round++) {
            const result = await autocannon({ url: `${service.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, requests, connections: CONNECTIONS, duration: SECONDS });
            runs.push({ p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
          }
          const p50 = median(runs.map((run) => run.p50));
          const p99 = median(runs.map((run) => run.p99));
          if (!p50At1x.has(query.name)) p50At1x.set(query.name, Math.max(1, p50));
          const ratio = Math.max(1, p50) / p50At1x.get(query.name)!;
          const verdict = scale === 1 ? '' : query.sameAnswer ? (ratio <= FLAT_LIMIT ? ' (flat: meets)' : ' (GROWS)') : ' (the answer grows)';
          const line = `| ${query.name.slice(0, 3)} | ${label} | ${scale}x | ${p50} | ${p99} | ${ratio.toFixed(2)}${verdict} |`;
          table.set(`${label} ${query.name}`, [...(table.get(`${label} ${query.name}`) ?? []), line]);
          console.log(`  ${query.name.slice(0, 60).padEnd(60)} p50 ${p50} ms  p99 ${p99} ms  ratio to 1x ${ratio.toFixed(2)}${verdict}  errors ${runs.reduce((sum, run) => sum + run.errors, 0)}`);
        }
      } finally {
        service.child.kill();
        await new Promise((resolve) => service.child.once('exit', resolve));
      }
      store = await openStore();
    }
  } finally {
    await store.close();
  }
  return !failed;
}

async function main(): Promise<void> {
  buildService();
  const table = new Map<string, string[]>();
  let held = true;
  if (SCALES.length > 0) {
    const env = await loadedServiceEnv(BENCH_DB);
    held = (await measureSizes('PostgreSQL', env, SCALES, () => postgresStore(env.DATABASE_URL!), table)) && held;
  }
  if (PGLITE_SCALES.length > 0) {
    const env = await loadedEmbeddedServiceEnv(BENCH_DB);
    try {
      held = (await measureSizes('PGlite', env, PGLITE_SCALES, () => pgliteStore(env.DOSSIER_DATA_DIR!), table)) && held;
    } finally {
      rmSync(env.DOSSIER_DATA_DIR!, { recursive: true, force: true });
    }
  }
  const figures = new Figures('bench:scale').capture();
  console.log(`| query | database | size | p50 ms | p99 ms | p50 / 1x |\n| --- | --- | --- | --- | --- | --- |\n${[...table.values()].flat().join('\n')}`);
  console.log(QUERIES.map((query) => query.name).join('\n'));
  console.log('Data: SIPRI Arms Transfers Database (c) SIPRI; the copies beyond 1x are generated.');
  if (held) figures.save();
  process.exit(held ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
