// The real client: OpenRefine 3.6 (Debian's package, headless), driven over its own HTTP commands, adds Dossier's
// /reconcile as a standard reconciliation service and reconciles a column of country and organisation names;
// the rows' matched ids are read back. .ci/run installs the package; CI fails without it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSipriSample } from '../../src/sample/sample';
import { buildActor } from '../builders';
import { createTestServer, type TestServer } from '../helpers/test-server';

const OPENREFINE = '/usr/bin/openrefine';
const haveOpenRefine = existsSync(OPENREFINE);
// On a developer's machine without the package this file has nothing to drive; CI installs it and must run it.
const inCi = process.env.CI === 'true';
const maybe = haveOpenRefine || inCi ? it : it.skip;

let t: TestServer;
let dossier: string;
let refine: ChildProcess | undefined;
let refineUrl: string;
let home: string;

beforeAll(async () => {
  if (!haveOpenRefine && !inCi) return;
  t = await createTestServer();
  await loadSipriSample(t.services);
  await buildActor(t.services, { kind: 'ORGANISATION', name: 'Dassault', description: 'French aircraft maker' });
  dossier = await t.server.listen(0, '127.0.0.1');
  home = mkdtempSync(path.join(tmpdir(), 'dossier-openrefine-'));
  const port = 3333 + Math.floor(Math.random() * 500);
  refineUrl = `http://127.0.0.1:${port}`;
  refine = spawn(OPENREFINE, ['-i', '127.0.0.1', '-p', String(port), '-d', path.join(home, 'data'), '-m', '1024M', '-x', 'refine.headless=true', '-w', '/usr/share/openrefine/webapp', 'run'], {
    env: { ...process.env, HOME: home },
    detached: true,
    stdio: 'ignore',
  });
  // Its own process group (stopped with it below); Jest need not wait for it.
  refine.unref();
  for (let tries = 0; ; tries++) {
    if (tries > 240) throw new Error('OpenRefine did not answer within 60 s');
    const up = await fetch(`${refineUrl}/`).then((response) => response.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 240_000);

afterAll(async () => {
  if (refine?.pid) {
    const exited = new Promise((resolve) => refine!.once('exit', resolve));
    process.kill(-refine.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  if (home) rmSync(home, { recursive: true, force: true });
  await t?.close();
}, 60_000);

async function csrfToken(): Promise<string> {
  return ((await (await fetch(`${refineUrl}/command/core/get-csrf-token`)).json()) as { token: string }).token;
}

maybe('reconciles a column of names against Dossier as a standard service, and matches the ids', async () => {
  const names = ['Turkey', 'Vietnam', 'Czech Republic', 'Republic of Korea', 'FRA', 'United Arab Emirates', 'Dassault', 'Xqzzyv Wrrmp'];
  const csv = ['name', ...names].join('\n') + '\n';
  const upload = new FormData();
  upload.append('project-file', new Blob([csv], { type: 'text/csv' }), 'names.csv');
  upload.append('project-name', 'dossier names');
  upload.append('format', 'text/line-based/*sv');
  upload.append('options', JSON.stringify({ separator: ',', headerLines: 1, ignoreLines: -1, skipDataLines: 0, storeBlankRows: true, guessCellValueTypes: false }));
  const created = await fetch(`${refineUrl}/command/core/create-project-from-upload?csrf_token=${await csrfToken()}`, { method: 'POST', body: upload, redirect: 'manual' });
  expect(created.status).toBe(302);
  const project = new URL(created.headers.get('location')!, refineUrl).searchParams.get('project');
  expect(project).toMatch(/^\d+$/);

  const manifest = (await (await fetch(`${dossier}/reconcile`)).json()) as { identifierSpace: string; schemaSpace: string };
  const config = {
    mode: 'standard-service',
    service: `${dossier}/reconcile`,
    identifierSpace: manifest.identifierSpace,
    schemaSpace: manifest.schemaSpace,
    autoMatch: true,
    columnDetails: [],
    limit: 0,
  };
  const reconcile = await fetch(`${refineUrl}/command/core/reconcile?project=${project}`, {
    method: 'POST',
    body: new URLSearchParams({ columnName: 'name', config: JSON.stringify(config), engine: JSON.stringify({ facets: [], mode: 'row-based' }), csrf_token: await csrfToken() }),
  });
  expect(((await reconcile.json()) as { code: string }).code).toBe('pending');
  for (let tries = 0; ; tries++) {
    if (tries > 240) throw new Error('OpenRefine did not finish reconciling within 60 s');
    const { processes } = (await (await fetch(`${refineUrl}/command/core/get-processes?project=${project}`)).json()) as { processes: unknown[] };
    if (processes.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const rows = (await (await fetch(`${refineUrl}/command/core/get-rows?project=${project}&start=0&limit=50`)).json()) as {
    rows: { cells: ({ v: string; r?: string } | null)[] }[];
    pool: { recons: Record<string, { j: string; m?: { id: string; name: string } | null; c?: { id: string; name: string }[] }> };
  };
  const outcome = rows.rows.map(({ cells }) => {
    const recon = cells[0]?.r ? rows.pool.recons[cells[0].r] : undefined;
    return [cells[0]?.v, recon?.j, recon?.m?.name ?? null];
  });
  expect(outcome).toEqual([
    ['Turkey', 'matched', 'Turkiye'],
    ['Vietnam', 'matched', 'Viet Nam'],
    ['Czech Republic', 'matched', 'Czechia'],
    ['Republic of Korea', 'matched', 'South Korea'],
    ['FRA', 'matched', 'France'],
    ['United Arab Emirates', 'matched', 'UAE'],
    ['Dassault', 'matched', 'Dassault'],
    ['Xqzzyv Wrrmp', 'none', null],
  ]);
  // The matched ids are Dossier's own.
  const turkey = rows.rows[0]!.cells[0]!.r!;
  expect(rows.pool.recons[turkey]!.m!.id).toBe(String((await t.services.actors.findByName('Turkiye'))!.id));
}, 120_000);
