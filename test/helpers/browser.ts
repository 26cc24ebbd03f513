// Headless Chromium for browser tests: Debian's /usr/bin/chromium when installed, else the Chromium that
// the @sparticuz/chromium package ships, so that `npm test` needs no system package on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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

export const needsPackagedChromium = (): boolean => !existsSync(SYSTEM_CHROMIUM);

export async function launchBrowser(): Promise<Browser> {
  if (!needsPackagedChromium()) {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'dossier-chromium-'));
    return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: [...QUIET_FLAGS, `--user-data-dir=${userDataDir}`] });
  }
  const packaged = packagedChromium();
  return chromium.launch({ executablePath: packaged.path, args: [...packaged.args, ...QUIET_FLAGS] });
}
