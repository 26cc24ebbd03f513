// Once per run: a migrated embedded database, dumped to a file that every test file's in-memory PGlite starts from
// (helpers/database.ts), instead of running initdb and the migrations again: about 3 s a file, twice that on a
// busy machine. The migrations are applied in a directory, then read back as a dump, as PGlite writes them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { PGLITE_EXTENSIONS } from '../../src/db/pglite-extensions';

/** Where the dump is, for the workers (set before they start, so they inherit it). */
export const PGLITE_TEMPLATE_ENV = 'DOSSIER_TEST_PGLITE_TEMPLATE';

export default async function createPgliteTemplate(): Promise<void> {
  if (process.env[PGLITE_TEMPLATE_ENV]) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pglite-template-'));
  try {
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    const pglite = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS });
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const file = path.join(tmpdir(), `dossier-pglite-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[PGLITE_TEMPLATE_ENV] = file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
