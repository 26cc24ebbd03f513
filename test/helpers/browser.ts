// Headless Chromium for browser tests: Debian's /usr/bin/chromium when installed, else the Chromium that
// the @sparticuz/chromium package ships, so that `npm test` needs no system package on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectPath } from '../../src/shared/paths';

// Without the background-networking flags Chromium floods the closed network with refused connections.
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The packaged Chromium, unpacked to the temporary directory on first use (the static project's globalSetup does
 * it once, before test files run in parallel: two unpacking at once made one launch a half-written binary).
 */
export function packagedChromium(): { path: string; args: string[] } {
  // The package is ESM-only, which Jest on Node 20 cannot import: unpack it from a child process.
  const script = `import('@sparticuz/chromium').then(async ({ default: c }) => console.log(JSON.stringify({ path: await c.executablePath(), args: c.args })))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: projectPath(), encoding: 'utf8' })) as { path: string; args: string[] };
}

export const hasSystemChromium = (): boolean => existsSync(SYSTEM_CHROMIUM);

/** Which Chromium the browser tests use: the system's when installed, unless DOSSIER_TEST_BROWSER=packaged. */
export const browserKind = (): 'system' | 'packaged' => (hasSystemChromium() && process.env.DOSSIER_TEST_BROWSER !== 'packaged' ? 'system' : 'packaged');

export const needsPackagedChromium = (): boolean => browserKind() === 'packaged';

/**
 * Launches headless Chromium. launch() gives each browser a fresh profile of its own and removes it on close:
 * no --user-data-dir (playwright-core 1.65 refuses it in launch; it left profile directories behind before).
 */
export async function launchBrowser(kind = browserKind()): Promise<Browser> {
  if (kind === 'system') return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: QUIET_FLAGS });
  const packaged = packagedChromium();
  // The package's flags are made for AWS Lambda: with --single-process, closing a test's page ended the whole
  // browser, and the next test's newPage failed (seen on a machine without Debian's Chromium).
  const args = packaged.args.filter((flag) => flag !== '--single-process');
  return chromium.launch({ executablePath: packaged.path, args: [...args, ...QUIET_FLAGS] });
}

/** Aborts (and collects) every request a page makes to a host other than `base`'s: the explorer asks nothing of others. */
export async function blockForeignRequests(page: Page, base: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.origin !== new URL(base).origin && target.protocol !== 'data:') {
      foreign.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  return foreign;
}

const AXE = () => readFileSync(projectPath('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it stands (the page must not block inline scripts). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE() });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}`);
}
