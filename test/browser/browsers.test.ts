// Both Chromiums the browser tests may run on: Debian's /usr/bin/chromium, when installed (.ci/run installs it),
// and the one the @sparticuz/chromium package ships, which a fresh machine without it uses. Each launches, renders
// a page and closes without leaving a profile directory behind.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { hasSystemChromium, launchBrowser } from '../helpers/browser';

const kinds: ('system' | 'packaged')[] = hasSystemChromium() ? ['system', 'packaged'] : ['packaged'];
const profiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dossier-chromium-') || name.startsWith('playwright_chromiumdev_profile-'));

describe.each(kinds)('the %s Chromium', (kind) => {
  it('launches headless, renders a page and leaves no profile directory behind', async () => {
    const before = profiles();
    const browser = await launchBrowser(kind);
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Dossier</h1>');
      expect(await page.locator('h1').textContent()).toBe('Dossier');
    } finally {
      await browser.close();
    }
    expect(profiles().filter((name) => !before.includes(name))).toEqual([]);
  }, 60_000);
});
