// npm run bench:import: imports the full SIPRI register into a fresh PostgreSQL database and a fresh on-disk
// PGlite, then imports it again; prints rows/s for each and the process's peak memory.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database dossier_bench_import.
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { importFile } from '../../src/modules/imports/import-file';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { createServices } from '../../src/services';
import { onFreshDatabases, Figures } from './harness';

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

async function main(): Promise<void> {
  const figures = new Figures('bench:import').capture();
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
