// The import CLI as an analyst runs it: a plain summary off a terminal, a progress bar on one, Ctrl-C stops
// between transactions, and a process killed at any moment leaves only whole transactions behind, on
// PostgreSQL and on the embedded database alike.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { openDatabase } from '../../src/db/database';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { databaseUrl, withAdmin } from '../helpers/postgres';

const CHUNK = 1000;
// tsx as a loader inside the one node process, so that a signal reaches the importing process itself.
const TSX_LOADER = ['--import', 'tsx'];
const CLI = projectPath('src/cli/import.ts');

/** Rows and TIV straight from the CSV file, with no code of the service involved. */
function registerTotals() {
  const lines = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
  const rows = parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return { rows: rows.length, tiv: rows.reduce((sum, row) => sum + Number(row['TIV delivery values']), 0) };
}
const REGISTER = registerTotals();

type Target = {
  name: string;
  env: Record<string, string>;
  counts: () => Promise<{ transfers: number; distinctKeys: number; tiv: number; actors: number }>;
  /** Empties the transfers, so that the next kill can land in an import that has something to write. */
  clearTransfers: () => Promise<void>;
};

function pgliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
  return {
    name: 'the embedded database',
    env: { DATABASE_URL: '', DOSSIER_DATA_DIR: dataDir },
    async counts() {
      const db = await openDatabase({ kind: 'pglite', dataDir });
      try {
        return await db.transaction((session) => session.query(COUNTS).then((rows) => toCounts(rows[0]!)));
      } finally {
        await db.close();
      }
    },
    async clearTransfers() {
      const db = await openDatabase({ kind: 'pglite', dataDir });
      await db.transaction((session) => session.exec('DELETE FROM arms_transfer')).finally(() => db.close());
    },
  };
}

const databases: string[] = [];
afterAll(() => withAdmin(async (client) => {
  for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name}`);
}));

async function postgresTarget(): Promise<Target> {
  const name = `dossier_cli_${process.pid}_${databases.length + 1}`;
  databases.push(name);
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = databaseUrl(name);
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url },
    async counts() {
      const db = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
      try {
        return await db.transaction((session) => session.query(COUNTS).then((rows) => toCounts(rows[0]!)));
      } finally {
        await db.close();
      }
    },
    async clearTransfers() {
      const db = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
      await db.transaction((session) => session.exec('DELETE FROM arms_transfer')).finally(() => db.close());
    },
  };
}

const COUNTS = `SELECT (SELECT count(*) FROM arms_transfer) AS transfers,
  (SELECT count(DISTINCT (deal_id, delivery_year, source_id)) FROM arms_transfer) AS distinct_keys,
  (SELECT coalesce(sum(tiv_delivered), 0) FROM arms_transfer) AS tiv,
  (SELECT count(*) FROM actor) AS actors`;

function toCounts(row: Record<string, unknown>) {
  return { transfers: Number(row.transfers), distinctKeys: Number(row.distinct_keys), tiv: Number(row.tiv), actors: Number(row.actors) };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs the CLI on the register; `interrupt` gets the child once it has begun importing. */
function runImport(env: Record<string, string>, interrupt?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  const child = spawn(process.execPath, [...TSX_LOADER, CLI, SAMPLE_REGISTER_PATH, '--chunk-size', String(CHUNK)], {
    cwd: projectPath(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk: Buffer) => {
    const before = output;
    output += chunk.toString();
    if (interrupt && !before.includes('Importing ') && output.includes('Importing ')) interrupt(child);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
}

function secondsOf(run: Run): number {
  return Number(/^([\d.]+) s$/m.exec(run.output)?.[1] ?? 2);
}

describe('npm run import', () => {
  it('prints a plain summary off a terminal, and the same counts as the mutation on a second run: nothing changed', async () => {
    const target = pgliteTarget();
    const first = await runImport(target.env);
    expect(first.code).toBe(0);
    expect(first.output).toContain('Import (atomic): written');
    expect(first.output).toMatch(new RegExp(`arms transfers +created ${REGISTER.rows}, updated 0, unchanged 0, rejected 0`));
    expect(first.output).not.toContain('records/s');
    const second = await runImport(target.env);
    expect(second.output).toMatch(new RegExp(`arms transfers +created 0, updated 0, unchanged ${REGISTER.rows}, rejected 0`));
  }, 120_000);

  it('draws a progress bar with records done, records/s and time left on a terminal', () => {
    const target = pgliteTarget();
    // `script` gives the CLI a pseudo-terminal, as an analyst's shell would.
    const command = [process.execPath, ...TSX_LOADER, CLI, SAMPLE_REGISTER_PATH, '--chunk-size', String(CHUNK)].map((part) => `'${part}'`).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: projectPath(),
      env: { ...process.env, ...target.env, COLUMNS: '120' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`importing .* ${REGISTER.rows}/${REGISTER.rows} records \\| \\d+ records/s \\| ETA`));
    expect(result.stdout).toContain('Import (atomic): written');
  }, 120_000);

  it('stops cleanly between transactions on Ctrl-C, and a second run completes the import', async () => {
    const target = pgliteTarget();
    const stopped = await runImport(target.env, (child) => setTimeout(() => child.kill('SIGINT'), 300));
    expect(stopped.code).toBe(130);
    expect(stopped.output).toContain('stopped by request');
    const partial = await target.counts();
    expect(partial.transfers % CHUNK === 0 || partial.transfers === REGISTER.rows).toBe(true);
    expect(partial.transfers).toBeLessThan(REGISTER.rows);

    const rest = await runImport(target.env);
    expect(rest.code).toBe(0);
    expect((await target.counts()).transfers).toBe(REGISTER.rows);
  }, 120_000);
});

describe.each([
  ['PostgreSQL', 12, () => postgresTarget()],
  ['the embedded database', 8, async () => pgliteTarget()],
])('an import into %s killed with SIGKILL at random moments', (_name, kills, makeTarget) => {
  it(`leaves only whole transactions after each of ${kills} kills, and a last run reaches the exact register with no duplicates`, async () => {
    const target = await makeTarget();
    // A first, unkilled run on a copy tells how long the writing takes; the kills land at random moments within it.
    const probe = await runImport((await makeTarget()).env);
    expect(probe.code).toBe(0);
    let importMs = secondsOf(probe) * 1000;

    const seen: number[] = [];
    for (let kill = 0; kill < kills; kill++) {
      const run = await runImport(target.env, (child) => setTimeout(() => child.kill('SIGKILL'), Math.random() * importMs));
      const counts = await target.counts();
      seen.push(counts.transfers);
      if (run.signal === 'SIGKILL') expect({ kill, transfers: counts.transfers, whole: counts.transfers % CHUNK === 0 || counts.transfers === REGISTER.rows }).toMatchObject({ whole: true });
      expect(counts.distinctKeys).toBe(counts.transfers);
      if (run.signal !== 'SIGKILL' || counts.transfers === REGISTER.rows) {
        // The run finished before its kill (the machine is faster now than during the probe): aim earlier, and
        // start over, so that the next kill meets an import with something left to write.
        importMs /= 2;
        await target.clearTransfers();
      }
    }
    const last = await runImport(target.env);
    expect(last.code).toBe(0);
    const counts = await target.counts();
    expect(counts).toMatchObject({ transfers: REGISTER.rows, distinctKeys: REGISTER.rows, actors: 210 });
    expect(counts.tiv).toBeCloseTo(REGISTER.tiv, 3);
    // The kills did land mid-import: some left part of the register behind.
    expect(seen.some((count) => count < REGISTER.rows)).toBe(true);
  }, 600_000);
});

