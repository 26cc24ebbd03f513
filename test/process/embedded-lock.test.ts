// The embedded database has one opener. A second process on the same data directory (a service, an import, keys,
// migrate) once started anyway, and the two corrupted it (ids handed out twice, rows lost); now a second service is
// refused naming the holder, the CLIs hand their commands to the running service, and a crashed holder's lock is
// taken over.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from '../../src/db/data-dir-lock';
import { projectPath } from '../../src/shared/paths';
import { runScript } from '../helpers/run-script';
import { postGraphQL, startService, type ServiceProcess } from '../helpers/service-process';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const QUIET = { DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_LOG_LEVEL: 'silent' };

describe('the data directory lock', () => {
  it('refuses a second opener naming the holder, and is free again once released', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir, 'the first opener');
    let refused: unknown;
    try {
      lockDataDir(dir, 'the second opener');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toMatch(new RegExp(`in use by the first opener \\(pid ${process.pid}, since .*\\)\\. Only one process may open it`));
    lock.release();
    lockDataDir(dir, 'the second opener').release();
  });

  it('takes over the lock of a process that is gone, and of a pid that now belongs to another process', () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2_000_000_000, owner: 'a crashed service', startedAt: '2026-01-01T00:00:00.000Z' }));
    const first = lockDataDir(dir, 'after a crash');
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'after a crash' });
    first.release();
    // Our own pid, but the process start recorded is not ours: the pid was reused after the holder died.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, owner: 'an old holder', startedAt: '2026-01-01T00:00:00.000Z', processStart: 1 }));
    lockDataDir(dir, 'after pid reuse').release();
  });

  it('lets exactly one of several processes racing for a stale lock take it, with both cores busy', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2_000_000_000, owner: 'a crashed service', startedAt: '2026-01-01T00:00:00.000Z' }));
    // On a loaded machine the racers are descheduled between their steps: two of six once took the same lock.
    const hogs = Array.from({ length: 3 }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    try {
      // Each racer waits for a start signal (the file below), so that they race once loaded, not as they start, and
      // pauses up to 15 ms between its steps, as a descheduled process does: the lock taken before this protocol
      // let 2 to 4 of 8 such racers take it in 7 rounds of 8.
      const go = path.join(dir, 'go');
      const script = `const { existsSync } = require('node:fs'); const { lockDataDir } = require(${JSON.stringify(projectPath('src/db/data-dir-lock.ts'))});
        const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.floor(Math.random() * 15));
        const wait = () => { if (!existsSync(${JSON.stringify(go)})) return setTimeout(wait, 5);
          try { lockDataDir(${JSON.stringify(dir)}, 'racer ' + process.pid, undefined, pause); console.log('took'); setTimeout(() => {}, 1500); }
          catch (error) { console.log(error.name); } };
        console.log('ready'); wait();`;
      const racers = Array.from({ length: 8 }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: projectPath(), stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('ready')) resolve();
        }));
        const outcome = new Promise<string>((resolve) => child.once('exit', () => resolve(output.replace('ready', '').trim())));
        return { ready, outcome };
      });
      await Promise.all(racers.map((racer) => racer.ready));
      writeFileSync(path.join(dir, 'go'), '');
      const outcomes = await Promise.all(racers.map((racer) => racer.outcome));
      expect(outcomes).toHaveLength(8);
      expect(outcomes.filter((outcome) => outcome === 'took')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'DataDirLockedError')).toHaveLength(7);
      // No takeover announcement is left behind.
      expect(readdirSync(dir).filter((name) => name.includes('takeover') || name.includes('.tmp-'))).toEqual([]);
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
  }, 120_000);

  it('ignores the takeover announcement of a taker that crashed during its turn', () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2_000_000_000, owner: 'a crashed service', startedAt: '2026-01-01T00:00:00.000Z' }));
    writeFileSync(path.join(dir, `${LOCK_FILE}.takeover-2000000001-abcd`), JSON.stringify({ pid: 2_000_000_001, owner: 'a crashed taker', startedAt: '2026-01-01T00:00:00.000Z' }));
    const lock = lockDataDir(dir, 'after two crashes');
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'after two crashes' });
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
  });
});

describe('a running service and the CLIs on one data directory', () => {
  const dir = dataDir();
  const env = { DOSSIER_DATA_DIR: dir, ...QUIET };
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startService(env);
  }, 120_000);
  afterAll(() => service?.stop());

  it('hands an import to the service, which then answers its records, with the same summary and exit code', async () => {
    const run = runScript('src/cli/import.ts', ['samples/bundle-example.json'], env);
    expect(run.output).toMatch(/held by the Dossier service \(pid \d+\); the command runs there/);
    expect(run.output).toMatch(/actors\s+created 3, updated 0, unchanged 0, rejected 0/);
    expect(run.status).toBe(0);
    const found = await postGraphQL(service.url, '{ actor(name: "Yerevan") { name isoCode } armsTransfers { totalCount } }', undefined, null);
    expect(found.data).toEqual({ actor: { name: 'Armenia', isoCode: 'ARM' }, armsTransfers: { totalCount: 1 } });
    // The same bundle again: the service found every record stored.
    expect(runScript('src/cli/import.ts', ['samples/bundle-example.json'], env).output).toMatch(/actors\s+created 0, updated 0, unchanged 3/);
    const rejected = runScript('src/cli/import.ts', ['samples/no-such-file.json'], env);
    expect(rejected.status).toBe(1);
    expect(rejected.output).toMatch(/no-such-file\.json: ENOENT/);
  });

  it('hands keys and migrate to the service', async () => {
    const created = runScript('src/cli/keys.ts', ['create', 'handed-off-editor', '--role', 'editor'], env);
    expect(created.status).toBe(0);
    const key = /^(dsk_\S+)$/m.exec(created.output)?.[1];
    const written = await postGraphQL(service.url, 'mutation { createActor(input: { kind: ORGANISATION, name: "Handed Off Org" }) { name createdBy } }', undefined, key);
    expect(written.data).toEqual({ createActor: { name: 'Handed Off Org', createdBy: 'handed-off-editor' } });
    expect(runScript('src/cli/keys.ts', ['list'], env).output).toMatch(/handed-off-editor\s+EDITOR/);
    const migrated = runScript('src/cli/migrate.ts', [], env);
    expect(migrated.status).toBe(0);
    expect(migrated.output).toMatch(/No pending migrations/);
  });

  it('hands relink to the service: the stored sources are linked again, with a summary', async () => {
    const relinked = runScript('src/cli/relink.ts', [], env);
    expect(relinked.output).toMatch(/the command runs there/);
    expect(relinked.output).toMatch(/Relinked \d+ sources \(reviewed and hand-made mentions kept\)/);
    expect(relinked.status).toBe(0);
  });

  it('hands an export to the service, which writes the file the CLI names, as the HTTP route streams it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-export-')), 'handed-off.ndjson');
    const exported = runScript('src/cli/export.ts', [file], env);
    expect(exported.output).toMatch(/the command runs there/);
    expect(exported.output).toMatch(/Exported \d+ records/);
    expect(exported.status).toBe(0);
    const streamed = await (await fetch(`${service.url}/export/bundle.ndjson`)).text();
    expect(readFileSync(file, 'utf8').split('\n').sort()).toEqual(streamed.split('\n').sort());
  });

  it('refuses a second service on the directory, naming the first, which keeps serving', async () => {
    const second = await startService({ ...env, DOSSIER_ADMIN_KEY: '' }).then(
      (started) => started.stop().then(() => 'started'),
      (error: Error) => error.message,
    );
    expect(second).toMatch(/service exited with 1/);
    expect(second).toMatch(/The embedded database in .* is in use by the Dossier service \(pid \d+, since .*\)/);
    expect((await postGraphQL(service.url, '{ actors { totalCount } }', undefined, null)).data.actors.totalCount).toBe(4);
  }, 120_000);
});

describe('an import holding the directory, and a holder that crashed', () => {
  it('refuses a service while an import holds the directory; after a SIGKILL the next opener takes over', async () => {
    const dir = dataDir();
    const env = { DOSSIER_DATA_DIR: dir, ...QUIET };
    const importing = spawn(process.execPath, ['--import', 'tsx', projectPath('src/cli/import.ts'), 'samples/sipri-trade-register-2000-2023.csv', '--chunk-size', '500'], {
      cwd: projectPath(),
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve) => importing.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('Importing') && resolve()));
    const refused = await startService(env).then(
      (started) => started.stop().then(() => 'started'),
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/in use by npm run import \(pid \d+/);
    importing.kill('SIGKILL');
    await new Promise((resolve) => importing.once('exit', resolve));
    const service = await startService(env);
    try {
      expect((await postGraphQL(service.url, '{ __typename }', undefined, null)).data).toEqual({ __typename: 'Query' });
    } finally {
      await service.stop();
    }
  }, 180_000);
});
