// The playground works with no internet: headless Chromium opens it, runs a query and sees the answer.
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
  mkdirSync(projectPath('test-artifacts'), { recursive: true });
  await page.screenshot({ path: projectPath('test-artifacts', 'playground.png') });
  expect(foreign).toEqual([]);
}, 90_000);
