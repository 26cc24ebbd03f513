// npm run bench:import: imports the full SIPRI register into a fresh PostgreSQL database and a fresh on-disk
// PGlite, then imports it again; prints rows/s for each and the process's peak memory. Then what the change log and
// the history cost an import: the first import with their triggers and without, interleaved, BENCH_ROUNDS (3) times,
// in time and in CPU (this process's, with PostgreSQL's backends for PostgreSQL: steadier than time on a shared machine);
// and the soak's write mix against the service, with them and without.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database dossier_bench_import.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { importFile } from '../../src/modules/imports/import-file';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { createServices } from '../../src/services';
import { buildService, cpuMsOf, databaseUrl, Figures, loadedServiceEnv, median, onFreshDatabases, postgresCpu, postgresCpuBetween, SERVICE_URL_PATTERN, start } from './harness';
import { writeMixRequests } from './write-mix';

const BENCH_DB = 'dossier_bench_import';
const WRITES_DB = 'dossier_bench_writes';
const WRITE_SECONDS = Number(process.env.WRITE_SECONDS ?? 10);
const ADMIN_KEY = `dsk_bench_${randomBytes(16).toString('hex')}`;

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

/** Enables or disables every trigger of the change log and of the history (writes without them). */
const logAndHistory = (enabled: boolean) => `/* benchLogAndHistory */ DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tg.tgname, c.relname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
           WHERE NOT tg.tgisinternal AND (tg.tgname LIKE '%\\_changes\\_%' OR tg.tgname LIKE '%\\_history%') LOOP
    EXECUTE format('ALTER TABLE %I ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER %I', t.relname, t.tgname);
  END LOOP;
END $$`;

async function logAndHistoryCost(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const seconds: Record<string, number[]> = {};
  const cpuSeconds: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const variant of ['with', 'without'] as const) {
      await onFreshDatabases(`${BENCH_DB}_cost`, async (label, db) => {
        await migrate(db);
        if (variant === 'without') await db.query(logAndHistory(false));
        const imports = createServices(db, { defaultPageSize: 100, maxPageSize: 500 }).imports;
        // The garbage of the rounds before is collected now, not while this one is measured (PGlite's runs are in this process).
        (globalThis as { gc?: () => void }).gc?.();
        const [started, ownCpu, serverCpu] = [process.hrtime.bigint(), process.cpuUsage(), postgresCpu()];
        await importFile(imports, SAMPLE_REGISTER_PATH, { author: 'bench' });
        (seconds[`${label} ${variant}`] ??= []).push(Number(process.hrtime.bigint() - started) / 1e9);
        const own = process.cpuUsage(ownCpu);
        // PGlite runs in this process; PostgreSQL's backends are counted too.
        const server = label === 'PostgreSQL' ? postgresCpuBetween(serverCpu, postgresCpu()) : 0;
        (cpuSeconds[`${label} ${variant}`] ??= []).push((own.user + own.system) / 1e6 + server / 1000);
      }, { poolSize: 4 });
    }
  }
  for (const label of ['PostgreSQL', 'PGlite']) {
    const [on, off] = [median(seconds[`${label} with`]!), median(seconds[`${label} without`]!)];
    const [cpuOn, cpuOff] = [median(cpuSeconds[`${label} with`]!), median(cpuSeconds[`${label} without`]!)];
    console.log(
      `${label.padEnd(10)} first import with the change log and history ${on.toFixed(2)} s, without ${off.toFixed(2)} s: ${(on / off).toFixed(2)}x; ` +
        `CPU ${cpuOn.toFixed(2)} s against ${cpuOff.toFixed(2)} s: ${(cpuOn / cpuOff).toFixed(2)}x (target 1.15; medians of ${rounds} interleaved rounds)`,
    );
  }
}

/**
 * The soak's write mix (write-mix.ts) against the service on PostgreSQL loaded with the sample and the register, the
 * change log's and the history's triggers enabled and disabled in turn: writes per second and CPU per write (the
 * service's and PostgreSQL's), BENCH_ROUNDS rounds of WRITE_SECONDS.
 */
async function writeMixCost(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  buildService();
  const env = { ...(await loadedServiceEnv(WRITES_DB)), DOSSIER_ADMIN_KEY: ADMIN_KEY, DOSSIER_RATE_LIMIT_KEY: '100000000', DOSSIER_LOG_LEVEL: 'warn' };
  const service = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  const admin = new pg.Client({ connectionString: databaseUrl(WRITES_DB) });
  await admin.connect();
  const perSecond: Record<string, number[]> = {};
  const cpuPerWrite: Record<string, number[]> = {};
  const failures = new Map<string, number>();
  try {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` };
    for (let round = 0; round < rounds; round++) {
      for (const variant of ['with', 'without'] as const) {
        await admin.query(logAndHistory(variant === 'with'));
        let written = 0;
        const requests = writeMixRequests(`Bench ${round} ${variant}`, headers, (status, body) => {
          const error = status === 200 ? (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0] : { extensions: { code: `HTTP_${status}` } };
          if (error) failures.set(error.extensions?.code ?? 'UNKNOWN', (failures.get(error.extensions?.code ?? 'UNKNOWN') ?? 0) + 1);
          else written++;
        });
        const [serviceCpu, serverCpu] = [cpuMsOf(service.child.pid!), postgresCpu()];
        await autocannon({ url: service.url, connections: 10, duration: WRITE_SECONDS, requests });
        const cpu = cpuMsOf(service.child.pid!) - serviceCpu + postgresCpuBetween(serverCpu, postgresCpu());
        (perSecond[variant] ??= []).push(written / WRITE_SECONDS);
        (cpuPerWrite[variant] ??= []).push(cpu / written);
      }
    }
  } finally {
    await admin.query(logAndHistory(true));
    await admin.end();
    service.child.kill();
  }
  if (failures.size > 0) throw new Error(`writes failed: ${[...failures].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  const [on, off] = [median(perSecond.with!), median(perSecond.without!)];
  const [cpuOn, cpuOff] = [median(cpuPerWrite.with!), median(cpuPerWrite.without!)];
  console.log(
    `PostgreSQL the soak's write mix (10 connections) with the change log and history ${on.toFixed(0)} writes/s, without ${off.toFixed(0)}: ${(off / on).toFixed(2)}x the time; ` +
      `CPU per write ${cpuOn.toFixed(2)} ms against ${cpuOff.toFixed(2)} ms: ${(cpuOn / cpuOff).toFixed(2)}x (target 1.15; medians of ${rounds} interleaved rounds of ${WRITE_SECONDS} s)`,
  );
}

async function main(): Promise<void> {
  const figures = new Figures('bench:import').capture();
  await onFreshDatabases(BENCH_DB, measure, { poolSize: 4 });
  await logAndHistoryCost();
  await writeMixCost();
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
