// npm run bench:export: the whole knowledge base out and back in. Loads the sample and the SIPRI register into a
// fresh PostgreSQL database, grows it with copies of the whole world (grow.ts) to BENCH_IMPORT_SCALE (default 10x),
// exports it there as the bundle (the file the import measurements read), then grows it on to BENCH_EXPORT_SCALE
// (default 100x: 2M arms transfers) and exports the bundle and FollowTheMoney, in records/s with this process's
// peak RSS sampled every 20 ms. Then imports the smaller export into an empty PostgreSQL database and into a fresh
// embedded database (PGlite), in records/s. Targets: export ≥ 100,000 records/s with peak RSS ≤ 250 MB; import into
// PostgreSQL ≥ 50,000 records/s.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../../src/modules/exports/bundle-export';
import { ENTITIES, type ImportResult } from '../../src/modules/imports/bundle';
import { importFile } from '../../src/modules/imports/import-file';
import { createServices } from '../../src/services';
import { addCopy, TABLES } from './grow';
import { buildService, databaseUrl, dropDatabase, Figures, loadedServiceEnv, recreateDatabase } from './harness';

const BENCH_DB = 'dossier_bench_export';
const COPY_DB = 'dossier_bench_export_copy';
const EXPORT_SCALE = Number(process.env.BENCH_EXPORT_SCALE ?? 100);
const IMPORT_SCALE = Number(process.env.BENCH_IMPORT_SCALE ?? 10);
const EXPORT_RECORDS_PER_S = 100_000;
const EXPORT_RSS_MB = 250;
const IMPORT_RECORDS_PER_S = 50_000;
const PAGES = { defaultPageSize: 100, maxPageSize: 500 };
const MB = 1024 * 1024;

/** Runs `work` while sampling this process's RSS; its result, the seconds it took and the peak RSS in MB. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: Math.max(peak, process.memoryUsage().rss) / MB };
  } finally {
    clearInterval(sampler);
  }
}

async function grow(client: pg.Client, from: number, to: number, base: Record<string, number>): Promise<void> {
  for (let copy = from + 1; copy <= to; copy++) {
    await client.query('BEGIN');
    await addCopy((sql) => client.query(sql), copy, base);
    await client.query('COMMIT');
  }
  await client.query('ANALYZE');
}

async function exportTo(db: Database, format: ExportFormat, file: string) {
  const services = createServices(db, PAGES);
  try {
    return await measured(() => services.exports.toFile(file, { format }));
  } finally {
    await services.changes.stop();
  }
}

async function importInto(db: Database, file: string) {
  await migrate(db);
  const services = createServices(db, PAGES);
  try {
    // All or nothing, as the README's move runs it: an export this large is streamed into one transaction.
    return await measured(() => importFile(services.imports, file, { author: 'bench-export', mode: 'ATOMIC', format: 'ndjson' }));
  } finally {
    await services.changes.stop();
  }
}

/** Records an import created, over every entity, and what else it said of them. */
const createdOf = (result: ImportResult) => ENTITIES.reduce((sum, entity) => sum + result[entity].created, 0);
const otherwise = (result: ImportResult) =>
  (['updated', 'unchanged', 'rejected'] as const).map((outcome) => `${ENTITIES.reduce((sum, entity) => sum + result[entity][outcome], 0)} ${outcome}`).join(', ');

async function main(): Promise<void> {
  buildService();
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-export-'));
  const figures = new Figures('bench:export');
  let met = true;
  try {
    const env = await loadedServiceEnv(BENCH_DB);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const base: Record<string, number> = {};
    for (const table of TABLES) base[table] = Number((await client.query(`SELECT coalesce(max(id), 0) AS max FROM ${table}`)).rows[0].max);
    const db = await openDatabase({ kind: 'postgres', url: env.DATABASE_URL!, poolSize: 4 });
    const smaller = path.join(dir, `bundle-${IMPORT_SCALE}x.ndjson`);
    try {
      await grow(client, 1, IMPORT_SCALE, base);
      const small = await exportTo(db, 'bundle', smaller);
      figures.add(`PostgreSQL ${IMPORT_SCALE}x: bundle export ${small.result.records} records in ${small.seconds.toFixed(1)} s = ${Math.round(small.result.records / small.seconds)} records/s (${(statSync(smaller).size / MB).toFixed(0)} MB)`);
      await grow(client, IMPORT_SCALE, EXPORT_SCALE, base);
      for (const format of EXPORT_FORMAT_NAMES) {
        const file = path.join(dir, `${format}-${EXPORT_SCALE}x.ndjson`);
        const run = await exportTo(db, format, file);
        const rate = run.result.records / run.seconds;
        const held = rate >= EXPORT_RECORDS_PER_S && run.peakMb <= EXPORT_RSS_MB;
        met &&= held;
        figures.add(
          `PostgreSQL ${EXPORT_SCALE}x: ${format} export ${run.result.records} records in ${run.seconds.toFixed(1)} s = ${Math.round(rate)} records/s, ` +
            `${(statSync(file).size / MB).toFixed(0)} MB, peak RSS ${run.peakMb.toFixed(0)} MB (targets ${EXPORT_RECORDS_PER_S} records/s, ${EXPORT_RSS_MB} MB: ${held ? 'meets' : 'BELOW'})`,
        );
        rmSync(file);
      }
    } finally {
      await db.close();
      await client.end();
    }

    await recreateDatabase(COPY_DB);
    const copy = await openDatabase({ kind: 'postgres', url: databaseUrl(COPY_DB), poolSize: 4 });
    try {
      const run = await importInto(copy, smaller);
      const records = createdOf(run.result);
      const rate = records / run.seconds;
      met &&= rate >= IMPORT_RECORDS_PER_S;
      figures.add(`PostgreSQL import of the ${IMPORT_SCALE}x bundle into an empty database: ${records} records created (${otherwise(run.result)}) in ${run.seconds.toFixed(1)} s = ${Math.round(rate)} records/s, peak RSS ${run.peakMb.toFixed(0)} MB (target ${IMPORT_RECORDS_PER_S}: ${rate >= IMPORT_RECORDS_PER_S ? 'meets' : 'BELOW'})`);
    } finally {
      await copy.close();
      await dropDatabase(COPY_DB);
    }

    const pgliteDir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-export-pglite-'));
    const embedded = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    try {
      const run = await importInto(embedded, smaller);
      const records = createdOf(run.result);
      figures.add(`PGlite import of the ${IMPORT_SCALE}x bundle into a fresh embedded database: ${records} records created (${otherwise(run.result)}) in ${run.seconds.toFixed(1)} s = ${Math.round(records / run.seconds)} records/s, peak RSS ${run.peakMb.toFixed(0)} MB`);
    } finally {
      await embedded.close();
      rmSync(pgliteDir, { recursive: true, force: true });
    }
    figures.add('Data: SIPRI Arms Transfers Database (c) SIPRI; the copies beyond 1x are generated.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropDatabase(BENCH_DB);
  }
  figures.save();
  process.exit(met ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
