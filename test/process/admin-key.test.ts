// The admin key a deployment configures (DOSSIER_ADMIN_KEY) across restarts: a new value replaces the old one,
// and a value that was revoked stops the start with a message that says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL, startService } from '../helpers/service-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-admin-key-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const KEY_A = 'dsk_configured_admin_key_A_0123456789';
const KEY_B = 'dsk_configured_admin_key_B_0123456789';
// The names written are alike ("Written with A", "... B"): the duplicate check is waived, this file is about keys.
const WRITE = 'mutation($name: String!) { createActor(input: { kind: OTHER, name: $name, allowDuplicate: true }) { createdBy } }';
const withKey = (key: string) => ({ DOSSIER_DATA_DIR: dataDir, DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_ADMIN_KEY: key });

describe('DOSSIER_ADMIN_KEY across restarts', () => {
  it('rotates to a new value (the old one is refused) and refuses to start with a revoked one', async () => {
    const first = await startService(withKey(KEY_A));
    expect((await postGraphQL(first.url, WRITE, { name: 'Written with A' }, KEY_A)).data).toEqual({ createActor: { createdBy: 'configured-admin' } });
    await first.stop();

    const second = await startService(withKey(KEY_B));
    try {
      expect(second.output()).toMatch(/DOSSIER_ADMIN_KEY changed: the previous configured admin key is revoked/);
      expect((await postGraphQL(second.url, WRITE, { name: 'Written with old A' }, KEY_A)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await postGraphQL(second.url, WRITE, { name: 'Written with B' }, KEY_B)).data).toEqual({ createActor: { createdBy: 'configured-admin' } });
    } finally {
      await second.stop();
    }

    const refused = await startService(withKey(KEY_A)).then(
      (started) => started.stop().then(() => 'started'),
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/service exited with 1/);
    expect(refused).toMatch(/Invalid configuration:\s+- DOSSIER_ADMIN_KEY: this key was revoked/);
  }, 120_000);
});
