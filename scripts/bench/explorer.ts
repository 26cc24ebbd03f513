// npm run bench:explorer: the explorer's weight and speed. Builds the service and the page, starts the service on
// a fresh embedded database (which loads the sample and the whole SIPRI register), then opens every view in
// headless Chromium several times and measures the time from navigation to the view's content drawn (the trend's
// chart, the actor page's timeline chart, the connections' graph, a list's table), after one untimed pass that
// warms the service. Targets: JavaScript at most 300 KB gzipped; every view within 1 s, cold cache included.
//   BENCH_RUNS (default 5, per view).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectPath } from '../../src/shared/paths';
import { launchBrowser } from '../../test/helpers/browser';
import { buildService, Figures, median, SERVICE_URL_PATTERN, start, waitUntilReady } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JS_LIMIT_KB = 300;
const CHART_LIMIT_MS = 1000;

/** Each view at a URL an analyst opens, and what shows that its content is drawn. */
const VIEWS = [
  { name: 'overview', path: '/explorer/overview', drawn: '[data-testid=counts]' },
  { name: 'trend Russia→India', path: '/explorer/trend?supplier=Russia&recipient=India&from=2000&to=2023&period=5', drawn: '[data-testid=trend-chart][data-ready=true]' },
  { name: "top: India's suppliers", path: '/explorer/top?actor=India&side=suppliers', drawn: '[data-testid=ranking-chart][data-ready=true]' },
  { name: 'actors list', path: '/explorer/actors?kind=STATE', drawn: '[data-testid=actor-list]' },
  { name: 'sources list', path: '/explorer/sources?mentioning=India', drawn: '[data-testid=source-list]' },
  { name: 'actor page: Russia', path: '/explorer/actor?name=Russia', drawn: '[data-testid=timeline-chart]' },
  { name: 'connections Putin–India', path: '/explorer/connections?from=Vladimir+Putin&to=India&via=AFFILIATION%2CARMS_TRADE', drawn: '[data-testid=path-graph]' },
  { name: 'source reader', path: '/explorer/source?id=1', drawn: '[data-testid=source-text]' },
  { name: 'search "oil"', path: '/explorer/search?q=oil', drawn: '[data-testid=search-results]' },
  { name: 'recent changes', path: '/explorer/changes', drawn: '[data-testid=changes-list]' },
];

async function main(): Promise<void> {
  buildService();
  const assets = projectPath('dist', 'web', 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const gzippedKb = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file))).length, 0) / 1024;
  const rawKb = scripts.reduce((sum, file) => sum + readFileSync(path.join(assets, file)).length, 0) / 1024;

  console.log('Starting the service on a fresh embedded database (it loads the sample and the SIPRI register)...');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-explorer-'));
  const service = await start('dist/src/main.js', { DOSSIER_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1' }, SERVICE_URL_PATTERN);
  await waitUntilReady(service.url);
  const browser = await launchBrowser();
  const timings = new Map<string, number[]>();
  try {
    // The service's first answer to each query (its plans, PGlite's caches) is a start-up cost, not a view's: one
    // untimed pass in a browser context of its own, so that the timed context still starts with a cold cache.
    const warmUp = await browser.newContext();
    for (const view of VIEWS) {
      const page = await warmUp.newPage();
      await page.goto(`${service.url}${view.path}`);
      await page.locator(view.drawn).first().waitFor({ timeout: 30_000 });
      await page.close();
    }
    await warmUp.close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.newPage();
    // Round by round, every view once per round: a slow moment of the machine falls on all views alike.
    for (let run = 0; run < RUNS; run++) {
      for (const view of VIEWS) {
        // A fresh page each time; the first run also has a cold cache.
        const page = await context.newPage();
        await page.goto(`${service.url}${view.path}`);
        await page.locator(view.drawn).first().waitFor({ timeout: 30_000 });
        // From the start of navigation to the content drawn, by the page's own clock.
        timings.set(view.name, [...(timings.get(view.name) ?? []), await page.evaluate(() => performance.now())]);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    service.child.kill();
  }
  const figures = new Figures('bench:explorer').capture();
  console.log(`JavaScript: ${scripts.length} file(s), ${rawKb.toFixed(0)} KB, ${gzippedKb.toFixed(1)} KB gzipped (limit ${JS_LIMIT_KB} KB: ${gzippedKb <= JS_LIMIT_KB ? 'meets' : 'ABOVE'})`);
  console.log(`Content drawn after navigation, ${RUNS} runs per view (limit ${CHART_LIMIT_MS} ms):`);
  let worstOfAll = 0;
  for (const [name, runs] of timings) {
    const worst = Math.max(...runs);
    worstOfAll = Math.max(worstOfAll, worst);
    console.log(`  ${name.padEnd(26)} ${runs[0]!.toFixed(0).padStart(5)} ms cold, median ${median(runs.slice(1)).toFixed(0).padStart(4)} ms warm, worst ${worst.toFixed(0).padStart(5)} ms (${worst <= CHART_LIMIT_MS ? 'meets' : 'ABOVE'})`);
  }
  console.log('Data: SIPRI Arms Transfers Database (c) SIPRI.');
  const met = gzippedKb <= JS_LIMIT_KB && worstOfAll <= CHART_LIMIT_MS;
  if (met) figures.save();
  process.exit(met ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
