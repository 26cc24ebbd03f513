// npm run bench:mentions: finding actors in texts at scale. Generates 10,000 actors with 30,000 aliases, then
// measures, on a fresh PostgreSQL database and a fresh on-disk PGlite: building the matcher (time and heap), analyzeSource
// of a 50 KB article (median of 15 runs), and on PostgreSQL relinking 10,000 stored 5 KB sources after an alias change.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database dossier_bench_mentions.
// BENCH_SOURCES sets the number of stored sources (default 10,000); BENCH_KEEP=1 keeps the PostgreSQL database.
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { MentionMatcher } from '../../src/modules/mentions/mention-matcher';
import { MentionRepository } from '../../src/modules/mentions/mentions.repository';
import { createServices } from '../../src/services';
import { onFreshDatabases, Figures } from './harness';

const BENCH_DB = 'dossier_bench_mentions';
const ACTORS = 10_000;
const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const LIMITS = { defaultPageSize: 100, maxPageSize: 500 };

/** Deterministic made-up words, so that every run matches the same forms. */
function* words(seed: number): Generator<string> {
  const syllables = ['ka', 'lo', 'mi', 'ran', 'tes', 'vor', 'zu', 'bel', 'dor', 'fa', 'gri', 'hul', 'jen', 'kor', 'lis', 'mur', 'nal', 'pes', 'quo', 'sar'];
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const count = 2 + (state % 3);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[(state >> (i * 5)) % syllables.length];
    yield word;
  }
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const wordOf = (seed: number) => capital(words(seed).next().value!);
/** Actor i's first alias, which the articles mention. */
const aliasOf = (i: number) => `Group ${i} ${wordOf(i + 7)}`;

function actorsBundle() {
  return Array.from({ length: ACTORS }, (_, i) => ({
    kind: 'ORGANISATION',
    name: `${wordOf(i + 1)} Holdings ${i}`,
    aliases: [aliasOf(i), `G${i}X`, `${wordOf(i + 13)} Works ${i}`],
  }));
}

/** A text of about `size` characters: made-up words with an actor's name every 40 words or so. */
function article(size: number, seed: number): string {
  const generator = words(seed);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = i % 40 === 39 ? `${aliasOf((seed * 31 + i) % ACTORS)} said` : generator.next().value!;
    parts.push(part);
    length += part.length + 1;
    if (i % 120 === 119) parts.push('\n');
  }
  return parts.join(' ').replace(/ \n /g, '\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, db: Database, relink: boolean): Promise<void> {
  await migrate(db);
  const services = createServices(db, LIMITS);
  const started = Date.now();
  const imported = await services.imports.importBundle({ actors: actorsBundle() }, { author: 'bench' });
  console.log(`${label.padEnd(10)} ${imported.actors.created} actors with ${ACTORS * 3} aliases imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const forms = await new MentionRepository().forms(db);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const building = process.hrtime.bigint();
  const matcher = new MentionMatcher(forms);
  const buildMs = Number(process.hrtime.bigint() - building) / 1e6;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(`${label.padEnd(10)} matcher over ${forms.length} forms built in ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB [≤ 1 s, ≤ 100 MB]; "G1X" finds ${matcher.find('G1X').count} mention`);

  const text = article(50_000, 7);
  await services.mentions.analyze({ text }, null);
  const runs: number[] = [];
  let mentions = 0;
  for (let run = 0; run < 15; run++) {
    const at = process.hrtime.bigint();
    mentions = (await services.mentions.analyze({ text }, null)).found.count;
    runs.push(Number(process.hrtime.bigint() - at) / 1e6);
  }
  const target = db.kind === 'postgres' ? 50 : 150;
  console.log(`${label.padEnd(10)} analyzeSource of ${text.length} characters (${mentions} mentions): median ${median(runs).toFixed(0)} ms, worst ${Math.max(...runs).toFixed(0)} ms [≤ ${target} ms median]`);
  if (!relink) return;

  const storing = Date.now();
  for (let first = 0; first < SOURCES; first += 1000) {
    const sources = Array.from({ length: Math.min(1000, SOURCES - first) }, (_, i) => ({ kind: 'REPORT', title: `Report ${first + i}`, text: article(5_000, first + i + 100) }));
    await services.imports.importBundle({ sources }, { author: 'bench' });
  }
  console.log(`${label.padEnd(10)} ${SOURCES} sources of 5 KB stored and linked in ${((Date.now() - storing) / 1000).toFixed(1)} s`);
  // The alias changed behind the service's back (as psql would), so that the relink measured is the only one running.
  await db.transaction((session) => session.query(`/* benchAlias */ UPDATE actor_alias SET alias = 'Group 0 Renamed', alias_key = 'group 0 renamed' WHERE alias_key = lower($1)`, [aliasOf(0)]));
  const relinking = Date.now();
  const { done } = await services.mentions.relinkAll();
  const seconds = (Date.now() - relinking) / 1000;
  const [count] = await db.query<{ count: number }>(`/* benchMentions */ SELECT count(*)::int AS count FROM mention`);
  console.log(`${label.padEnd(10)} relinked ${done} sources after an alias change in ${seconds.toFixed(1)} s (${count!.count} mentions stored) [≤ 30 s]`);
}

async function main(): Promise<void> {
  const figures = new Figures('bench:mentions').capture();
  await onFreshDatabases(BENCH_DB, (label, db) => measure(label, db, label === 'PostgreSQL'));
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  figures.save();
  process.exit(0);
}

void main();
