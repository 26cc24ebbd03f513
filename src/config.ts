// The only reader of process.env: parsed once at boot; every problem is listed before exiting.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const DEFAULT_IMPORT_BODY_LIMIT = 20_000_000;

export interface LiveLimits {
  /** Subscription sockets and event streams one client (an API key, else an address) may hold open. */
  maxConnectionsPerClient: number;
  /** A client that takes nothing of what was sent for this long is dropped with SLOW_CONSUMER (and resumes). */
  slowConsumerMs: number;
  /** The ping interval of sockets and event streams: a socket that answers no ping within it is dropped. */
  keepAliveMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { maxConnectionsPerClient: 20, slowConsumerMs: 10_000, keepAliveMs: 12_000 };

const EnvironmentInput = z.object({
  DATABASE_URL: z.string().url().optional(),
  DOSSIER_DATA_DIR: z.string().min(1).default('./data/pglite'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Comma-separated PostgreSQL streaming replicas that queries read from (see src/db/replicas.ts). */
  DATABASE_REPLICA_URLS: z.string().default(''),
  /** A replica further behind than this many seconds is left out until it catches up. */
  DOSSIER_REPLICA_MAX_LAG_S: z.coerce.number().min(0).default(5),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DOSSIER_LOAD_SAMPLE: booleanFlag.default(true),
  DOSSIER_PLAYGROUND: booleanFlag.default(true),
  DOSSIER_PAGE_SIZE_DEFAULT: z.coerce.number().int().min(1).default(100),
  DOSSIER_PAGE_SIZE_MAX: z.coerce.number().int().min(1).default(500),
  DOSSIER_CHANGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DOSSIER_LIVE_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(DEFAULT_LIVE_LIMITS.maxConnectionsPerClient),
  DOSSIER_LIVE_SLOW_CONSUMER_MS: z.coerce.number().int().min(100).default(DEFAULT_LIVE_LIMITS.slowConsumerMs),
  DOSSIER_LIVE_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(DEFAULT_LIVE_LIMITS.keepAliveMs),
  /**
   * production: no introspection, no stack traces, no field suggestions, no playground unless asked for. Unset, it
   * follows NODE_ENV, the signal Node operators (and the Docker image) set.
   */
  DOSSIER_MODE: z.enum(['development', 'production']).optional(),
  NODE_ENV: z.string().optional(),
  /** Introspection: on in development; in production only when asked for (a deployment whose tools need it). */
  DOSSIER_INTROSPECTION: booleanFlag.optional(),
  DOSSIER_MAX_DEPTH: z.coerce.number().int().min(1).default(8),
  DOSSIER_MAX_COST: z.coerce.number().int().min(1).default(10_000),
  DOSSIER_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  DOSSIER_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  DOSSIER_MAX_TOKENS: z.coerce.number().int().min(1).default(1000),
  DOSSIER_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  DOSSIER_IMPORT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_IMPORT_BODY_LIMIT),
  DOSSIER_MAX_JSON_DEPTH: z.coerce.number().int().min(4).default(32),
  DOSSIER_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(16_000_000),
  DOSSIER_MAX_JSON_VALUES: z.coerce.number().int().min(100).default(100_000),
  DOSSIER_IMPORT_MAX_JSON_VALUES: z.coerce.number().int().min(100).default(1_000_000),
  DOSSIER_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  DOSSIER_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Comma-separated origins allowed to call the API from a browser (CORS); none by default. */
  DOSSIER_CORS_ORIGINS: z.string().default(''),
  /** An admin API key given by the deployment (stored hashed on start); see npm run keys for the others. */
  DOSSIER_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  DOSSIER_REQUIRE_KEY_FOR_READS: booleanFlag.default(false),
  /** The JSON request log on stdout: one line per request at info; silent turns it off. Unset: info, but warn on a terminal. */
  DOSSIER_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).optional(),
  DOSSIER_RATE_LIMIT_KEY: z.coerce.number().int().min(1).default(6000),
  DOSSIER_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).default(1200),
  DOSSIER_RATE_LIMIT_FAILED_AUTH: z.coerce.number().int().min(1).default(30),
  DOSSIER_RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).default(60),
  /** ETags, 304 Not Modified and Cache-Control for anonymous reads (see src/server/http-cache.ts). */
  DOSSIER_HTTP_CACHE: booleanFlag.default(true),
  /** Anonymous query answers kept in this process until the next write (Apollo's response cache). */
  DOSSIER_RESPONSE_CACHE: booleanFlag.default(false),
  /** Reads answered by one statement that builds their JSON, where the fields allow (see src/server/compiled-reads.ts). */
  DOSSIER_COMPILED_READS: booleanFlag.default(true),
  /** Redis shared by all instances (rate limits); unset: each process keeps its own, in memory. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** Comma-separated addresses of trusted proxies: only their X-Forwarded-For names the client. */
  DOSSIER_TRUSTED_PROXIES: z.string().default(''),
  /** Stored text (bytes) that a change of actors' forms relinks before it answers; past it, a durable job does it after. */
  DOSSIER_RELINK_INLINE_BYTES: z.coerce.number().int().min(0).default(2_000_000),
});

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolSize: number; statementTimeoutMs: number; replicas?: { urls: string[]; maxLagSeconds: number } }
  | { kind: 'pglite'; dataDir: string; statementTimeoutMs: number };

/** What a request may ask for; each limit answers with its own clear error. */
export interface RequestLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  bodyLimitBytes: number;
  /** Batch imports (importBundle with an EDITOR key) may send larger bodies. */
  importBodyLimitBytes: number;
  /** Arrays and objects nested in one another in a JSON body. */
  maxJsonDepth: number;
  /** Values in a JSON body: an ordinary one, and an import's. */
  maxJsonValues: number;
  maxImportJsonValues: number;
  /** The most one answer may hold; the cost limit keeps answers far below it, this catches what it cannot foresee. */
  maxResponseBytes: number;
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 8,
  maxCost: 10_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  bodyLimitBytes: 1_000_000,
  importBodyLimitBytes: DEFAULT_IMPORT_BODY_LIMIT,
  maxJsonDepth: 32,
  maxJsonValues: 100_000,
  maxImportJsonValues: 1_000_000,
  maxResponseBytes: 16_000_000,
  requestTimeoutMs: 10_000,
};

export interface Config {
  database: DatabaseConfig;
  port: number;
  host: string;
  loadSample: boolean;
  playground: boolean;
  pagination: { defaultPageSize: number; maxPageSize: number };
  production: boolean;
  introspection: boolean;
  limits: RequestLimits;
  corsOrigins: string[];
  adminKey: string | undefined;
  requireKeyForReads: boolean;
  /** Unset: main.ts chooses by whether stdout is a terminal. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent' | undefined;
  rateLimits: { keyPoints: number; anonymousPoints: number; failedAuthenticationPoints: number; windowSeconds: number };
  httpCache: boolean;
  responseCache: boolean;
  compiledReads: boolean;
  redisUrl: string | undefined;
  trustedProxies: string[];
  relinkInlineBytes: number;
  /** Days the change log keeps a change; an older cursor is refused with CURSOR_EXPIRED. */
  changeRetentionDays: number;
  /** Subscriptions and event streams: connections per client, slow consumers, pings. */
  live: LiveLimits;
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
  const replicaUrls = e.DATABASE_REPLICA_URLS.split(',').map((url) => url.trim()).filter(Boolean);
  const production = (e.DOSSIER_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'development')) === 'production';
  if (e.DOSSIER_PAGE_SIZE_DEFAULT > e.DOSSIER_PAGE_SIZE_MAX) {
    throw new ConfigError(['DOSSIER_PAGE_SIZE_DEFAULT: must not exceed DOSSIER_PAGE_SIZE_MAX']);
  }
  return {
    database: e.DATABASE_URL
      ? {
        kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE, statementTimeoutMs: e.DOSSIER_STATEMENT_TIMEOUT_MS,
        ...(replicaUrls.length ? { replicas: { urls: replicaUrls, maxLagSeconds: e.DOSSIER_REPLICA_MAX_LAG_S } } : {}),
      }
      : { kind: 'pglite', dataDir: path.resolve(e.DOSSIER_DATA_DIR), statementTimeoutMs: e.DOSSIER_STATEMENT_TIMEOUT_MS },
    port: e.PORT,
    host: e.HOST,
    loadSample: e.DOSSIER_LOAD_SAMPLE,
    // In production the playground is opt-in; elsewhere it is on unless turned off.
    playground: present.DOSSIER_PLAYGROUND !== undefined ? e.DOSSIER_PLAYGROUND : !production,
    pagination: { defaultPageSize: e.DOSSIER_PAGE_SIZE_DEFAULT, maxPageSize: e.DOSSIER_PAGE_SIZE_MAX },
    production,
    introspection: e.DOSSIER_INTROSPECTION ?? !production,
    limits: {
      maxDepth: e.DOSSIER_MAX_DEPTH,
      maxCost: e.DOSSIER_MAX_COST,
      maxAliases: e.DOSSIER_MAX_ALIASES,
      maxDirectives: e.DOSSIER_MAX_DIRECTIVES,
      maxTokens: e.DOSSIER_MAX_TOKENS,
      bodyLimitBytes: e.DOSSIER_BODY_LIMIT_BYTES,
      importBodyLimitBytes: e.DOSSIER_IMPORT_BODY_LIMIT_BYTES,
      maxJsonDepth: e.DOSSIER_MAX_JSON_DEPTH,
      maxJsonValues: e.DOSSIER_MAX_JSON_VALUES,
      maxImportJsonValues: e.DOSSIER_IMPORT_MAX_JSON_VALUES,
      maxResponseBytes: e.DOSSIER_MAX_RESPONSE_BYTES,
      requestTimeoutMs: e.DOSSIER_REQUEST_TIMEOUT_MS,
    },
    corsOrigins: e.DOSSIER_CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    adminKey: e.DOSSIER_ADMIN_KEY,
    requireKeyForReads: e.DOSSIER_REQUIRE_KEY_FOR_READS,
    logLevel: e.DOSSIER_LOG_LEVEL,
    rateLimits: { keyPoints: e.DOSSIER_RATE_LIMIT_KEY, anonymousPoints: e.DOSSIER_RATE_LIMIT_ANONYMOUS, failedAuthenticationPoints: e.DOSSIER_RATE_LIMIT_FAILED_AUTH, windowSeconds: e.DOSSIER_RATE_LIMIT_WINDOW_S },
    httpCache: e.DOSSIER_HTTP_CACHE,
    responseCache: e.DOSSIER_RESPONSE_CACHE,
    compiledReads: e.DOSSIER_COMPILED_READS,
    redisUrl: e.REDIS_URL,
    trustedProxies: e.DOSSIER_TRUSTED_PROXIES.split(',').map((address) => address.trim()).filter(Boolean),
    relinkInlineBytes: e.DOSSIER_RELINK_INLINE_BYTES,
    changeRetentionDays: e.DOSSIER_CHANGE_RETENTION_DAYS,
    live: { maxConnectionsPerClient: e.DOSSIER_LIVE_MAX_CONNECTIONS, slowConsumerMs: e.DOSSIER_LIVE_SLOW_CONSUMER_MS, keepAliveMs: e.DOSSIER_LIVE_KEEPALIVE_MS },
  };
}
