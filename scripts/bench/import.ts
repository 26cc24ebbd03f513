// npm run bench:import: imports the full SIPRI register into a fresh PostgreSQL database and a fresh on-disk
// PGlite, then imports it again; prints rows/s for each and the process's peak memory. Then what the change log and
// the history cost an import: the first import with their triggers and without, interleaved, BENCH_ROUNDS (3) times.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database dossier_bench_import.
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { importFile } from '../../src/modules/imports/import-file';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { createServices } from '../../src/services';
import { median, onFreshDatabases, Figures } from './harness';

const BENCH_DB = 'dossier_bench_import';

async function measure(label: string, db: Database): Promise<void> {
  await migrate(db);
  const imports = createServices(db, { defaultPageSize: 100, maxPageSize: 500 }).imports;
  for (const run of ['first import', 're-import']) {
    const started = process.hrtime.bigint();
    const result = await importFile(imports, SAMPLE_REGISTER_PATH, { author: 'bench' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = result.armsTransfers.created + result.armsTransfers.updated + result.armsTransfers.unchanged;
    console.log(
      `${label.padEnd(10)} ${run.padEnd(12)} ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s ` +
        `(created ${result.armsTransfers.created}, updated ${result.armsTransfers.updated}, unchanged ${result.armsTransfers.unchanged})`,
    );
  }
}

/** Drops every trigger of the change log and of the history (the import without them). */
const WITHOUT_LOG_AND_HISTORY = `/* benchDropLogAndHistory */ DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tg.tgname, c.relname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
           WHERE NOT tg.tgisinternal AND (tg.tgname LIKE '%\\_changes\\_%' OR tg.tgname LIKE '%\\_history%') LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t.tgname, t.relname);
  END LOOP;
END $$`;

async function logAndHistoryCost(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const seconds: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const variant of ['with', 'without'] as const) {
      await onFreshDatabases(`${BENCH_DB}_cost`, async (label, db) => {
        await migrate(db);
        if (variant === 'without') await db.query(WITHOUT_LOG_AND_HISTORY);
        const imports = createServices(db, { defaultPageSize: 100, maxPageSize: 500 }).imports;
        const started = process.hrtime.bigint();
        await importFile(imports, SAMPLE_REGISTER_PATH, { author: 'bench' });
        (seconds[`${label} ${variant}`] ??= []).push(Number(process.hrtime.bigint() - started) / 1e9);
      }, { poolSize: 4 });
    }
  }
  for (const label of ['PostgreSQL', 'PGlite']) {
    const [on, off] = [median(seconds[`${label} with`]!), median(seconds[`${label} without`]!)];
    console.log(`${label.padEnd(10)} first import with the change log and history ${on.toFixed(2)} s, without ${off.toFixed(2)} s: ${(on / off).toFixed(2)}x (target 1.15; medians of ${rounds} interleaved rounds)`);
  }
}

async function main(): Promise<void> {
  const figures = new Figures('bench:import').capture();
  await onFreshDatabases(BENCH_DB, measure, { poolSize: 4 });
  await logAndHistoryCost();
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
