// The migrations folder in Prisma Migrate's layout: prisma/migrations/<timestamp>_<name>/migration.sql.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../shared/paths';

export const MIGRATIONS_DIR = projectPath('prisma', 'migrations');
export const SCHEMA_PATH = projectPath('prisma', 'schema.prisma');

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as Prisma records it in _prisma_migrations.checksum */
  checksum: string;
}

export function readMigrations(migrationsDir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}
