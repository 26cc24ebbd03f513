// Once per run for the system project: the packaged Chromium unpacked, and the migrated embedded template.
import createPgliteTemplate from './pglite-template';
import unpackChromium from './unpack-chromium';

export default async function systemSetup(): Promise<void> {
  unpackChromium();
  await createPgliteTemplate();
}
