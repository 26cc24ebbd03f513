// What the benchmark scripts share: a fresh PostgreSQL database, the service (or another server) as a child
// process started the way `npm start` starts it, and its memory read from /proc.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { projectPath } from '../../src/shared/paths';

export const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** The service runs with the flags `npm start` gives it (package.json). */
const SERVICE_NODE_FLAGS = ['--max-old-space-size=192'];
export const SERVICE_URL_PATTERN = /GraphQL API at (http:\/\/\S+)\/graphql/;

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

export async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

/**
 * Runs `measure` on a fresh PostgreSQL database `name`, then on a fresh on-disk PGlite; each is removed afterwards
 * (BENCH_KEEP=1 keeps the PostgreSQL one, for a look at its plans), and closed first.
 */
export async function onFreshDatabases(name: string, measure: (label: 'PostgreSQL' | 'PGlite', db: Database) => Promise<void>, options: { poolSize?: number } = {}): Promise<void> {
  await recreateDatabase(name);
  const postgres = await openDatabase({ kind: 'postgres', url: databaseUrl(name), ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  try {
    await measure('PostgreSQL', postgres);
  } finally {
    await postgres.close();
    if (!process.env.BENCH_KEEP) await dropDatabase(name);
  }
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const pglite = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    await measure('PGlite', pglite);
  } finally {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service runs as `npm start` runs it: built JavaScript. */
export function buildService(): void {
  if (spawnSync('npm', ['run', '-s', 'build'], { cwd: projectPath(), stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
}

/** Spawns an entry point (TypeScript through tsx, or built JavaScript) and resolves once it prints its URL. */
export function start(entry: string, env: Record<string, string>, urlPattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', projectPath(entry)] : [...SERVICE_NODE_FLAGS, projectPath(entry)];
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let started = false;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      // Once started, the output (the request log) is drained; only its end is kept, for an exit no one asked for.
      if (started) {
        output = (output + chunk.toString()).slice(-4000);
        return;
      }
      output += chunk.toString();
      const match = urlPattern.exec(output);
      if (match) {
        started = true;
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      if (!started) reject(new Error(`${entry} exited with ${code}:\n${output}`));
      else if (!child.killed) console.error(`${entry} exited (${signal ?? code}) while measured; the end of its output:\n${output}`);
    });
  });
}

/** Resolves once the service's /ready answers 200: at a first start, SIPRI's register loads after the port opens. */
export async function waitUntilReady(url: string, timeoutMs = 180_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if ((await fetch(`${url}/ready`).catch(() => null))?.status === 200) return;
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU time (user + system) a process has used, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time used so far by each PostgreSQL server process of this machine, in ms, by pid. */
export function postgresCpu(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/stat`, 'utf8').includes('(postgres)')) byPid.set(Number(entry), cpuMsOf(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return byPid;
}

/** The CPU PostgreSQL used between two readings (backends that started meanwhile count whole; those that ended are lost). */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * The environment a benchmark runs the service with on database `name` (production mode; the load generator's
 * anonymous rate limit lifted so that it measures throughput), after a first start has loaded the sample and the
 * SIPRI register into it and stopped.
 */
export async function loadedServiceEnv(name: string): Promise<Record<string, string>> {
  await recreateDatabase(name);
  return loadedEnv({ DATABASE_URL: databaseUrl(name), DB_POOL_SIZE: '10' });
}

/** The same on an embedded database (PGlite) in a new directory of its own; the caller removes `DOSSIER_DATA_DIR`. */
export async function loadedEmbeddedServiceEnv(name: string): Promise<Record<string, string>> {
  return loadedEnv({ DOSSIER_DATA_DIR: mkdtempSync(path.join(tmpdir(), `${name}-`)) });
}

async function loadedEnv(database: Record<string, string>): Promise<Record<string, string>> {
  const env = { ...database, PORT: '0', HOST: '127.0.0.1', DOSSIER_PLAYGROUND: 'false', DOSSIER_RATE_LIMIT_ANONYMOUS: '100000000', NODE_ENV: 'production' };
  console.log("Loading the sample and the SIPRI register (the service's first start)...");
  const loader = await start('dist/src/main.js', env, SERVICE_URL_PATTERN);
  await waitUntilReady(loader.url);
  const exited = new Promise((resolve) => loader.child.once('exit', resolve));
  loader.child.kill();
  await exited;
  return env;
}

/** Where each benchmark writes its current figures: one block per benchmark, replaced on every run (history stays in git). */
export const PERFORMANCE_DOC = projectPath('docs', 'PERFORMANCE.md');

/**
 * The figures a benchmark reports: printed as they come, and written, once the run ends, into the benchmark's block of
 * docs/PERFORMANCE.md (`<!-- figures:NAME -->` ... `<!-- /figures:NAME -->`) with the day and the machine, in place of
 * the last run's. A block missing from the document is added at its end.
 */
export class Figures {
  private readonly lines: string[] = [];

  constructor(
    private readonly name: string,
    private readonly doc = PERFORMANCE_DOC,
  ) {}

  /** A line of the report: a sentence, or a row of a markdown table. */
  add(line: string): void {
    console.log(line);
    this.lines.push(line);
  }

  /**
   * Takes every line the benchmark prints from now on as a line of its report (the benchmarks print their figures
   * as they measure them); save() writes them.
   */
  capture(): this {
    const print = console.log.bind(console);
    console.log = (...args: unknown[]) => {
      this.lines.push(args.map(String).join(' '));
      print(...args);
    };
    return this;
  }

  save(): void {
    const start = `<!-- figures:${this.name} -->`;
    const end = `<!-- /figures:${this.name} -->`;
    const machine = `${cpus().length} cores, Node ${process.version}`;
    const block = `${start}\nLast run ${new Date().toISOString().slice(0, 10)} (\`npm run ${this.name}\`, ${machine}):\n\n\`\`\`text\n${this.lines.join('\n').trim()}\n\`\`\`\n${end}`;
    const doc = existsSync(this.doc) ? readFileSync(this.doc, 'utf8') : '# Performance\n';
    const at = doc.indexOf(start);
    const updated = at < 0 ? `${doc.trimEnd()}\n\n${block}\n` : doc.slice(0, at) + block + doc.slice(doc.indexOf(end, at) + end.length);
    writeFileSync(this.doc, updated);
    console.log(`Figures written to ${path.relative(projectPath(), this.doc)} (${this.name})`);
  }
}
