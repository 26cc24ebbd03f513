import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, migrationStatus } from '../../src/db/migrate';
import { MIGRATIONS_DIR, readMigrations } from '../../src/db/migrations';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase({ migrated: false });
});
afterEach(() => db.destroy());

const tableExists = async (name: string) =>
  (await db.transaction((s) => s.query<{ exists: boolean }>(`/* tableExists */ SELECT to_regclass($1) IS NOT NULL AS exists`, [name])))[0]!.exists;

function migrationsCopyWith(extra: { name: string; sql: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  mkdirSync(path.join(dir, extra.name));
  writeFileSync(path.join(dir, extra.name, 'migration.sql'), extra.sql);
  return dir;
}

describe('migrations', () => {
  it('applies every migration once, records it in _prisma_migrations, and a second run is a no-op', async () => {
    const names = readMigrations().map((m) => m.name);
    expect(await migrate(db)).toEqual(names);
    expect(await migrate(db)).toEqual([]);
    expect(await migrationStatus(db)).toEqual({ applied: names, pending: [] });
    const rows = await db.transaction((s) => s.query<{ checksum: string }>(`/* migrationChecksums */ SELECT checksum FROM "_prisma_migrations" ORDER BY migration_name`));
    expect(rows.map((r) => r.checksum)).toEqual(readMigrations().map((m) => m.checksum));
    expect(await db.prisma.cameoCode.count()).toBe(316);
  });

  it('leaves the database as it was when a migration fails, and records nothing for it', async () => {
    await migrate(db);
    const dir = migrationsCopyWith({
      name: '29990101000000_broken',
      sql: `CREATE TABLE "half_done" (id int);\nINSERT INTO "actor" ("kind", "name", "name_key", "updated_at") VALUES ('STATE', 'X', 'x', now());\nSELECT * FROM "no_such_table";`,
    });
    await expect(migrate(db, dir)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    expect(await tableExists('half_done')).toBe(false);
    expect(await db.prisma.actor.count()).toBe(0);
    expect((await migrationStatus(db, readMigrations(dir))).pending).toEqual(['29990101000000_broken']);
  });

  it('applies a new migration alone, then refuses to run when an applied one was edited', async () => {
    await migrate(db);
    const dir = migrationsCopyWith({ name: '29990101000000_add_note', sql: `CREATE TABLE "note" (id int);` });
    expect(await migrate(db, dir)).toEqual(['29990101000000_add_note']);
    writeFileSync(path.join(dir, '29990101000000_add_note', 'migration.sql'), `CREATE TABLE "note" (id bigint);`);
    await expect(migrate(db, dir)).rejects.toThrow(/was edited after it was applied/);
  });

  it('lets two migrators race without applying anything twice', async () => {
    const [a, b] = await Promise.all([migrate(db), migrate(db)]);
    expect([...a, ...b].sort()).toEqual(readMigrations().map((m) => m.name));
  });
});
