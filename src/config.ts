// The only reader of process.env: parsed once at boot; every problem is listed before exiting.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvironmentInput = z.object({
  DATABASE_URL: z.string().url().optional(),
  DOSSIER_DATA_DIR: z.string().min(1).default('./data/pglite'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DOSSIER_LOAD_SAMPLE: booleanFlag.default(true),
  DOSSIER_PLAYGROUND: booleanFlag.default(true),
  DOSSIER_PAGE_SIZE_DEFAULT: z.coerce.number().int().min(1).default(100),
  DOSSIER_PAGE_SIZE_MAX: z.coerce.number().int().min(1).default(500),
});

export type DatabaseConfig = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

export interface Config {
  database: DatabaseConfig;
  port: number;
  host: string;
  loadSample: boolean;
  playground: boolean;
  pagination: { defaultPageSize: number; maxPageSize: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means unset, as in most shells' `VAR= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvironmentInput.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.DOSSIER_PAGE_SIZE_DEFAULT > e.DOSSIER_PAGE_SIZE_MAX) {
    throw new ConfigError(['DOSSIER_PAGE_SIZE_DEFAULT: must not exceed DOSSIER_PAGE_SIZE_MAX']);
  }
  return {
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.resolve(e.DOSSIER_DATA_DIR) },
    port: e.PORT,
    host: e.HOST,
    loadSample: e.DOSSIER_LOAD_SAMPLE,
    playground: e.DOSSIER_PLAYGROUND,
    pagination: { defaultPageSize: e.DOSSIER_PAGE_SIZE_DEFAULT, maxPageSize: e.DOSSIER_PAGE_SIZE_MAX },
  };
}
