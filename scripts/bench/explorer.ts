// npm run bench:explorer: the explorer's weight and speed. Builds the service and the page, starts the service on
// a fresh embedded database (which loads the sample and the whole SIPRI register), then opens the trend view
// (Russia -> India, 2000-2023 in 5-year periods) in headless Chromium several times and measures the time from
// navigation to the first chart drawn. Targets: JavaScript at most 300 KB gzipped; the chart within 1 s.
//   BENCH_RUNS (default 7).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectPath } from '../../src/shared/paths';
import { launchBrowser } from '../../test/helpers/browser';
import { buildService, Figures, median, SERVICE_URL_PATTERN, start, waitUntilReady } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const JS_LIMIT_KB = 300;
const CHART_LIMIT_MS = 1000;

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
  const timings: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.newPage();
    const url = `${service.url}/explorer/trend?supplier=Russia&recipient=India&from=2000&to=2023&period=5`;
    for (let run = 0; run < RUNS; run++) {
      // A fresh page each time; the first run also has a cold cache.
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor({ timeout: 30_000 });
      // From the start of navigation to the chart drawn, by the page's own clock.
      timings.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    service.child.kill();
  }
  const [first, middle, worst] = [timings[0]!, median(timings.slice(1)), Math.max(...timings)];
  const figures = new Figures('bench:explorer').capture();
  console.log(`JavaScript: ${scripts.length} file(s), ${rawKb.toFixed(0)} KB, ${gzippedKb.toFixed(1)} KB gzipped (limit ${JS_LIMIT_KB} KB: ${gzippedKb <= JS_LIMIT_KB ? 'meets' : 'ABOVE'})`);
  console.log(`First chart after navigation: ${first.toFixed(0)} ms cold, median ${middle.toFixed(0)} ms warm, worst ${worst.toFixed(0)} ms over ${RUNS} runs (limit ${CHART_LIMIT_MS} ms: ${worst <= CHART_LIMIT_MS ? 'meets' : 'ABOVE'})`);
  console.log('Data: SIPRI Arms Transfers Database (c) SIPRI.');
  const met = gzippedKb <= JS_LIMIT_KB && worst <= CHART_LIMIT_MS;
  if (met) figures.save();
  process.exit(gzippedKb <= JS_LIMIT_KB && worst <= CHART_LIMIT_MS ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
