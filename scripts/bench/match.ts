// npm run bench:match: entity resolution at scale, on PostgreSQL and on an on-disk PGlite. Generates 10,000 actors
// with 30,000 aliases, then measures (medians of interleaved rounds, CPU of this process per call):
//   a batch of 100 matchActors examples through the GraphQL pipeline (exact names, misspellings, unknowns);
//   a reconciliation batch of 10 over HTTP, as OpenRefine sends it;
//   merging an actor with 10,000 references into another, and undoing it.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database dossier_bench_match;
// BENCH_ROUNDS sets the rounds, BENCH_KEEP=1 keeps the PostgreSQL database.
import { createContext } from '../../src/context';
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createServer } from '../../src/server/server';
import { createServices } from '../../src/services';
import { RequestBatches } from '../../src/shared/batches';
import { median, onFreshDatabases, Figures } from './harness';

const BENCH_DB = 'dossier_bench_match';
const ACTORS = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const LIMITS = { defaultPageSize: 100, maxPageSize: 500 };

/** Runs fn and returns its wall time and this process's CPU time, in ms. */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

// Names as varied as real ones, deterministic per row: two words of letters drawn from the row's md5 ("Kovelin
// Sudratam"), so that trigrams are spread as in a real register, not a handful shared by every name.
const word = (n: string, from: number, length: number) =>
  `initcap(translate(substr(md5(${n}::text), ${from}, ${length}), '0123456789abcdef', 'kaverionusltmdgb'))`;
const nameOf = (n: string) => `${word(n, 1, 7)} || ' ' || ${word(n, 9, 8)}`;

async function generate(db: Database): Promise<void> {
  await db.transaction(async (session) => {
    await session.exec(`
      INSERT INTO actor (kind, name, name_key, updated_at)
      SELECT DISTINCT ON (lower(${nameOf('i')})) (ARRAY['STATE','ORGANISATION','PERSON','NON_STATE_ARMED_GROUP'])[1 + i % 4]::"ActorKind", ${nameOf('i')}, lower(${nameOf('i')}), now()
      FROM generate_series(1, ${ACTORS}) AS i;
      INSERT INTO actor_alias (actor_id, alias, alias_key, kind)
      SELECT a.id, v.alias, lower(v.alias), 'ALIAS'
      FROM actor a CROSS JOIN LATERAL (VALUES (a.name || ' Republic'), ('The ' || a.name || ' Group'), (upper(substr(a.name, 1, 3)) || ' ' || a.id)) AS v(alias);
      ANALYZE actor; ANALYZE actor_alias;`);
  }, { author: 'bench' });
}

async function measure(label: string, db: Database): Promise<void> {
  await migrate(db);
  await generate(db);
  const services = createServices(db, LIMITS);
  const server = await createServer({ db, services, playground: false, pagination: LIMITS });
  const base = await server.listen(0, '127.0.0.1');
  const names = (await db.query<{ name: string }>(`/* benchNames */ SELECT name FROM actor ORDER BY id LIMIT 100`)).map((row) => row.name);
  // A third exact names, a third misspelled (a letter dropped), a third unknown.
  const queries = names.map((name, i) => ({ name: i % 3 === 0 ? name : i % 3 === 1 ? name.slice(0, 3) + name.slice(4) : `Unknownia ${i} Xq` }));
  const MATCH = `query($queries: [ActorMatchInput!]!) { matchActors(queries: $queries) { query candidates { actor { id name } score match } } }`;
  const context = () => createContext(services, null);
  const batch = Object.fromEntries(names.slice(0, 10).map((name, i) => [`q${i}`, { query: i % 2 ? name : name.toLowerCase().replace(/a/g, 'e'), type: 'STATE' }]));
  const matchRuns: { wall: number; cpu: number }[] = [];
  const reconcileRuns: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    matchRuns.push(await timed(async () => {
      const response = await server.apollo.executeOperation({ query: MATCH, variables: { queries } }, { contextValue: context() });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    }));
    reconcileRuns.push(await timed(async () => {
      const response = await fetch(`${base}/reconcile`, { method: 'POST', body: new URLSearchParams({ queries: JSON.stringify(batch) }) });
      if (!response.ok) throw new Error(await response.text());
      await response.json();
    }));
  }
  const matched = await server.apollo.executeOperation({ query: MATCH, variables: { queries } }, { contextValue: context() });
  const results = (matched.body as unknown as { singleResult: { data: { matchActors: { candidates: { match: boolean }[] }[] } } }).singleResult.data.matchActors;
  const found = results.filter((result, i) => i % 3 !== 2 && result.candidates[0]?.match).length;

  // An actor with 10,000 references (arms transfers), merged into another and back.
  const [canonical, duplicate] = (await db.query<{ id: number }>(`/* benchPair */ SELECT id FROM actor ORDER BY id LIMIT 2`)).map((row) => row.id);
  await db.transaction(async (session) => {
    await session.exec(`
      INSERT INTO source (kind, title, url, content_hash, updated_at) VALUES ('DATASET', 'Bench register', 'https://example.org/bench', repeat('b', 64), now());
      INSERT INTO arms_transfer (supplier_id, recipient_id, source_id, deal_id, designation, category, delivery_year, tiv_delivered, updated_at)
      SELECT ${duplicate}, 3 + i % 100, (SELECT id FROM source WHERE url = 'https://example.org/bench'), 'bench-' || i, 'Frigate', 'Ships', 2000 + i % 24, 1, now()
      FROM generate_series(1, 10000) AS i;`);
  }, { author: 'bench' });
  const merge = await timed(() => services.merges.merge(new RequestBatches(), { canonical: String(canonical), duplicates: [String(duplicate)] }, 'bench'));
  const unmerge = await timed(() => services.merges.unmerge({ merged: String(duplicate) }, 'bench'));
  await server.stop();

  const line = (what: string, runs: { wall: number; cpu: number }[], target: string) =>
    console.log(`${label.padEnd(10)} ${what.padEnd(38)} median ${median(runs.map((r) => r.wall)).toFixed(1).padStart(7)} ms  (node CPU ${median(runs.map((r) => r.cpu)).toFixed(1)} ms)  target ${target}`);
  line('matchActors, 100 examples', matchRuns, label === 'PostgreSQL' ? '200 ms' : '600 ms');
  line('reconciliation batch of 10 (HTTP)', reconcileRuns, '50 ms');
  line('merge, 10,000 references', [merge], '2000 ms');
  line('undo of that merge', [unmerge], '-');
  console.log(`${label.padEnd(10)} exact and misspelled names matched first: ${found} of ${results.length - Math.floor(results.length / 3)}`);
}

async function main(): Promise<void> {
  const figures = new Figures('bench:match').capture();
  console.log(`${ACTORS} actors, ${ACTORS * 3} aliases; ${ROUNDS} rounds`);
  await onFreshDatabases(BENCH_DB, measure, { poolSize: 4 });
  console.log(`peak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  figures.save();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
