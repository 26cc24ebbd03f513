// Prisma's schema engine compiled to WebAssembly, driven over a driver adapter.
// The Prisma CLI's migrate commands need a native engine binary that cannot be downloaded
// offline; the WASM engine does the same diffing over our own database connection.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type * as SchemaEngineModule from '@prisma/schema-engine-wasm';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { readMigrations } from './migrations';
import { PGLITE_EXTENSIONS } from './pglite-extensions';

// The package's ESM entry imports a .wasm file, which Node cannot; instantiate it by hand.
async function loadEngineModule(): Promise<typeof SchemaEngineModule> {
  const bg = require('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  return SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
}

export function toMigrationList(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null;
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(migrationsDir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };
}

/** SQL that brings a database built from the migrations folder up to schema.prisma; '' when they agree. */
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
  schemaPath: string,
): Promise<string> {
  const engine = await openSchemaEngine(factory);
  try {
    const migrationsList = toMigrationList(migrationsDir);
    const from = migrationsList.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...migrationsList } : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  } finally {
    engine.free();
  }
}

// pglite-prisma-adapter 0.7.2 does not await exec() in executeScript: a failing script would be
// reported as applied. Send each script as one awaited exec instead.
function withAwaitedScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === 'executeScript') {
        return async (script: string) => {
          await client.exec(script);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** An in-memory PGlite for diffing: migrations replay into a throw-away shadow database. */
export function inMemoryEngineFactory(): SqlMigrationAwareDriverAdapterFactory {
  const main = new PGlite({ extensions: PGLITE_EXTENSIONS });
  const factory = new PrismaPGlite(main);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withAwaitedScripts(await factory.connect(), main),
    connectToShadowDb: async () => {
      const shadow = new PGlite({ extensions: PGLITE_EXTENSIONS });
      return withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
  };
}
