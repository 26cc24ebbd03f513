// The service as `npm start` runs it: embedded PGlite in a data directory, the sample, HTTP routes, restarts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectPath } from '../../src/shared/paths';
import { postGraphQL, startService, waitForReady, type ServiceProcess } from '../helpers/service-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-service-'));
let service: ServiceProcess;

// As on a fresh clone: no admin key configured, so the first start creates one and prints it.
const FRESH = { DOSSIER_DATA_DIR: dataDir, DOSSIER_ADMIN_KEY: '' };
let firstAdminKey: string;

beforeAll(async () => {
  service = await startService(FRESH);
  firstAdminKey = /Authorization: Bearer (dsk_\S+)/.exec(service.output())?.[1] ?? '';
}, 120_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the service on embedded PGlite', () => {
  it('opens its port before SIPRI\'s register is loaded, says what is loading, and refuses partial figures meanwhile', async () => {
    expect(service.output()).toMatch(/Applied migrations: /);
    expect(service.output()).toMatch(/Loaded the sample/);
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'loading', loading: { what: "SIPRI's trade register", total: 20480 } });
    const trend = await postGraphQL(service.url, '{ armsSupplyTrend(supplier: "Russia", recipient: "India") { share } }', undefined, null);
    expect(trend.errors[0]).toMatchObject({ message: expect.stringMatching(/SIPRI's trade register is still loading \(\d+ of 20480 rows\)/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
    // The article's records are there already.
    expect(await postGraphQL(service.url, `{ actor(name: "Moscow") { name kind } }`, undefined, null)).toEqual({ data: { actor: { name: 'Russia', kind: 'STATE' } } });
    await waitForReady(service.url);
    expect(service.output()).toMatch(/Loading SIPRI's trade register in the background: 20480\/20480 rows/);
    expect(service.output()).toMatch(/Loaded SIPRI's trade register: 20480 transfers \(0 stored before\)/);
    expect((await postGraphQL(service.url, '{ armsSupplyTrend(supplier: "Russia", recipient: "India") { totalTiv } }', undefined, null)).data.armsSupplyTrend.totalTiv).toBeGreaterThan(0);
  });

  it('reports /health and /ready', async () => {
    expect(await (await fetch(`${service.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'pglite' });
  });

  it('serves the offline playground to a browser at the endpoint, and GraphQL to clients', async () => {
    const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Dossier playground');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
    const get = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ cameoCode(code: "043") { label } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { cameoCode: { label: 'Host a visit' } } });
  });

  it('creates a first admin key on first start and prints it; mutations need it', async () => {
    expect(firstAdminKey).toMatch(/^dsk_/);
    const anonymous = await postGraphQL(service.url, `mutation { createActor(input: { kind: STATE, name: "Nobody's" }) { id } }`, undefined, null);
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps data written through mutations across a restart, and loads the sample and the first key only once', async () => {
    const created = await postGraphQL(service.url, `mutation { createActor(input: { kind: ORGANISATION, name: "Restart Test Org", aliases: ["RTO"] }) { id } }`, undefined, firstAdminKey);
    expect(created.data.createActor.id).toBeTruthy();
    // The client keeps its connection alive: the service still drains, closes the database and exits by itself.
    const stopped = service;
    expect(await stopped.stop()).toBe(0);
    expect(stopped.output()).toMatch(/SIGTERM: shutting down[\s\S]*Stopped: requests drained, database closed\.\s*$/);
    service = await startService(FRESH);
    await waitForReady(service.url);
    expect(service.output()).toMatch(/Migrations: up to date/);
    expect(service.output()).not.toMatch(/Loaded the sample/);
    expect(service.output()).not.toMatch(/first admin API key/);
    const found = await postGraphQL(service.url, `{ actor(name: "rto") { id name } sources { totalCount } armsTransfers { totalCount } }`, undefined, null);
    // The sample is the article, four reference sources (the leaders' Wikidata items, the two sanctions) and SIPRI's register (20,480 delivery rows), each stored once.
    expect(found.data).toEqual({
      actor: { id: created.data.createActor.id, name: 'Restart Test Org' },
      sources: { totalCount: 6 },
      armsTransfers: { totalCount: 20480 },
    });
  }, 120_000);
});

describe('a first start stopped while the register loads', () => {
  it('stops after the transaction under way, and the next start completes the register', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-service-cut-'));
    try {
      const first = await startService({ DOSSIER_DATA_DIR: dir, DOSSIER_ADMIN_KEY: '' });
      // Stopped the moment its URL is printed: the signal handlers must be in place before that line.
      expect(await first.stop()).toBe(0);
      expect(first.output()).toMatch(/Stopped loading SIPRI's trade register; the next start completes it|Loaded SIPRI's trade register/);
      const second = await startService({ DOSSIER_DATA_DIR: dir, DOSSIER_ADMIN_KEY: '' });
      try {
        await waitForReady(second.url);
        const { data } = await postGraphQL(second.url, '{ armsTransfers { totalCount } }', undefined, null);
        expect(data.armsTransfers.totalCount).toBe(20480);
        if (/Stopped loading/.test(first.output())) expect(second.output()).toMatch(/Loaded SIPRI's trade register: \d+ transfers \(\d+ stored before\)/);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('on a terminal', () => {
  it('keeps the per-request log quiet, so that the key and the URLs stay in view, and says how to see it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-service-tty-'));
    // `script` gives the service a pseudo-terminal, as an analyst's shell would.
    const command = [process.execPath, '--import', 'tsx', projectPath('src/main.ts')].map((part) => `'${part}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: projectPath(),
      env: { ...process.env, NODE_ENV: '', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DOSSIER_DATA_DIR: dir, DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_LOG_LEVEL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL:\n${output}`)), 60_000);
        child.stdout.on('data', () => {
          const match = /GraphQL API at (http:\/\/\S+)\/graphql/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      for (let i = 0; i < 3; i++) await postGraphQL(url, '{ __typename }', undefined, null);
      // The log is flushed at least once a second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(output).toMatch(/Request log: errors only on a terminal \(DOSSIER_LOG_LEVEL=info logs every request\)/);
      expect(output).not.toMatch(/"msg":"graphql request"/);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Ctrl-C on the terminal, as the analyst would stop it.
      child.stdin.write('\u0003');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      child.stdin.destroy();
      child.stdout.destroy();
      child.stderr.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
