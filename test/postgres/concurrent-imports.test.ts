// Imports racing on PostgreSQL, where transactions really interleave (PGlite runs one at a time). A bundle
// written in one transaction that meets a key a concurrent import committed first is checked again from the
// start: the loser's record gets the same per-record error it would have got had it come second.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ImportResult, ImportService } from '../../src/modules/imports/imports.service';
import { createServices } from '../../src/services';
import { TEST_AUTHOR } from '../builders';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
let imports: ImportService;
beforeAll(async () => {
  db = await createPostgresDatabase();
  imports = createServices(db, { defaultPageSize: 100, maxPageSize: 500 }).imports;
}, 120_000);
afterAll(() => db?.destroy());

/**
 * Runs `importing` while another transaction holds an uncommitted actor `First <tag>` with ISO code `code`; once
 * the import waits on that row, the other transaction commits. Returns what the import answered.
 */
async function racingAnotherWriter(code: string, tag: string, importing: () => Promise<ImportResult>): Promise<ImportResult> {
  const writer = new pg.Client({ connectionString: db.url });
  await writer.connect();
  try {
    await writer.query('BEGIN');
    await writer.query(`INSERT INTO actor (kind, name, name_key, iso_code, updated_at) VALUES ('STATE', $1, lower($1), $2, now())`, [`First ${tag}`, code]);
    const result = importing();
    await untilBlocked(writer);
    await writer.query('COMMIT');
    return await result;
  } finally {
    await writer.end();
  }
}

/** Waits until some session of the database waits for a row lock or a unique-index check of another. */
async function untilBlocked(observer: pg.Client): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const { rows } = await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the import never waited for the other transaction');
}

let codesTaken = 0;
/** A fresh ISO-like code per test (QAA, QAB, ...): the database is the file's own. */
const isoCode = () => `Q${String.fromCharCode(65 + Math.floor(codesTaken / 26), 65 + (codesTaken++ % 26))}`;

describe('an import that races another writer on PostgreSQL', () => {
  it.each([
    ['an import', false],
    ['a dry run', true],
  ])('%s rejects, with its field named, an actor whose ISO code another transaction committed while it waited', async (_what, dryRun) => {
    const code = isoCode();
    const tag = randomBytes(3).toString('hex');
    const result = await racingAnotherWriter(code, tag, () =>
      imports.importBundle({ actors: [{ kind: 'STATE', name: `Second ${tag}`, isoCode: code }] }, { author: TEST_AUTHOR, dryRun }),
    );
    expect(result).toMatchObject({ written: false, actors: { created: 0, rejected: 1 } });
    expect(result.errors).toEqual([expect.objectContaining({ entity: 'actors', index: 0, field: 'isoCode', message: `${code} belongs to another actor` })]);
    const stored = await db.prisma.actor.findMany({ where: { name: { endsWith: tag } }, select: { name: true, isoCode: true } });
    expect(stored).toEqual([{ name: `First ${tag}`, isoCode: code }]);
  });

  it('in PARTIAL mode, writes the rest of the bundle and rejects only the actor that lost the race', async () => {
    const code = isoCode();
    const tag = randomBytes(3).toString('hex');
    const bundle = { actors: [{ kind: 'STATE', name: `Second ${tag}`, isoCode: code }, { kind: 'STATE', name: `Third ${tag}` }] };
    const result = await racingAnotherWriter(code, tag, () => imports.importBundle(bundle, { author: TEST_AUTHOR, mode: 'PARTIAL' }));
    expect(result).toMatchObject({ written: true, actors: { created: 1, rejected: 1 }, errors: [{ entity: 'actors', index: 0, field: 'isoCode' }] });
    const stored = await db.prisma.actor.findMany({ where: { name: { endsWith: tag } }, select: { name: true }, orderBy: { name: 'asc' } });
    expect(stored.map((actor) => actor.name)).toEqual([`First ${tag}`, `Third ${tag}`]);
  });

  it('ends many imports of the same actors running at once with each actor stored once and no error', async () => {
    const tag = randomBytes(3).toString('hex');
    const bundle = () => ({ actors: ['Aland', 'Borduria', 'Carpania', 'Dorland'].map((country) => ({ kind: 'STATE', name: `${country} ${tag}`, aliases: [`${country}-${tag}`] })) });
    const results = await Promise.all(Array.from({ length: 4 }, () => imports.importBundle(bundle(), { author: TEST_AUTHOR })));
    expect(results.map((result) => result.errors)).toEqual([[], [], [], []]);
    expect(results.reduce((sum, result) => sum + result.actors.created, 0)).toBe(4);
    expect(await db.prisma.actor.count({ where: { name: { endsWith: tag } } })).toBe(4);
    expect(await db.prisma.actorAlias.count({ where: { alias: { endsWith: tag } } })).toBe(4);
  });
});
