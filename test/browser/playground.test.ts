// The playground works with no internet: headless Chromium opens it, runs a query and sees the answer.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { projectPath } from '../../src/shared/paths';
import { launchBrowser } from '../helpers/browser';
import { createTestServer, type TestServer } from '../helpers/test-server';
import { loadSample } from '../../src/sample/sample';

let t: TestServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  t = await createTestServer({ playground: true });
  await loadSample(t.services);
  url = await t.server.listen(0, '127.0.0.1');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('opens at the endpoint, runs the example query and shows Russia, requesting nothing from other hosts', async () => {
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(target.hostname) && !['blob:', 'data:'].includes(target.protocol)) foreign.push(request.url());
  });
  await page.goto(`${url}/graphql`);
  const run = page.locator('.graphiql-execute-button');
  await run.waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('Moscow'), undefined, { timeout: 30_000 });
  await run.click();
  await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"Russia"'), undefined, { timeout: 30_000 });
  const response = (await page.locator('.graphiql-response').textContent())?.replace(/\s+/g, ' ');
  expect(response).toContain('"kind": "STATE"');
  expect(await page.getByRole('link', { name: 'Open the explorer' }).getAttribute('href')).toBe('/explorer/');
  // The link covers no line of the result (once it sat over the last lines of a long answer).
  const link = (await page.getByRole('link', { name: 'Open the explorer' }).boundingBox())!;
  const result = (await page.locator('.graphiql-response').boundingBox())!;
  const overlaps = link.x < result.x + result.width && result.x < link.x + link.width && link.y < result.y + result.height && result.y < link.y + link.height;
  expect(overlaps).toBe(false);
  mkdirSync(projectPath('test-artifacts'), { recursive: true });
  await page.screenshot({ path: projectPath('test-artifacts', 'playground.png') });
  expect(foreign).toEqual([]);
}, 90_000);

it('sends the 9 MB page gzipped, answers a repeat with 304 by its ETag, and counts it against the rate limit', async () => {
  const first = await fetch(`${url}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
  expect(first.status).toBe(200);
  expect(first.headers.get('content-encoding')).toBe('gzip');
  const etag = first.headers.get('etag');
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(Number((await first.arrayBuffer()).byteLength)).toBeGreaterThan(1_000_000);
  const again = await fetch(`${url}/graphql`, { headers: { accept: 'text/html', 'if-none-match': etag! } });
  expect(again.status).toBe(304);

  const limited = await createTestServer({ playground: true, rateLimits: { keyPoints: 10, anonymousPoints: 2, failedAuthenticationPoints: 10, windowSeconds: 60 } });
  try {
    const base = await limited.server.listen(0, '127.0.0.1');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/graphql`, { headers: { accept: 'text/html', 'if-none-match': etag! } })).status);
    expect(statuses).toEqual([304, 304, 429]);
  } finally {
    await limited.close();
  }
});

it('sends the page unzipped to a client that does not take gzip', async () => {
  const plain = await fetch(`${url}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('content-encoding')).toBeNull();
  const html = await plain.text();
  expect(html.length).toBeGreaterThan(5_000_000);
  expect(html).toContain('Dossier playground');
  expect(html).toContain('Open the explorer');
});

it("does not load GraphiQL's 9 MB renderer until someone opens the playground (a service with it off never does)", () => {
  // In a process of its own: Jest's module registry is not Node's, whose cache tells what a running service loaded.
  const script = `require('./src/server/server');
    const loaded = (name) => Object.keys(require.cache).some((file) => file.includes(name));
    console.log(JSON.stringify({ server: loaded('@apollo/server'), renderer: loaded('render-graphiql') }));`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: projectPath(), encoding: 'utf8' });
  expect(JSON.parse(output.trim().split('\n').pop()!)).toEqual({ server: true, renderer: false });
}, 60_000);
