// One Prisma client over either PostgreSQL (DATABASE_URL set) or embedded PGlite (a data directory).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, SqlQuery, SqlQueryable } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';
import { lockDataDir } from './data-dir-lock';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { gated, StatementGate } from './pglite-gate';
import { listenOnPostgres } from './notifications';
import { currentReplica, isConnectionLoss, ReplicaSet } from './replicas';

export type DatabaseKind = 'postgres' | 'pglite';

// Raw reads parse DATE and TIMESTAMP (without time zone) as UTC, as Prisma does, whatever the process's zone.
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);
const utcTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const PG_TYPES = {
  getTypeParser: (oid: number, format?: string) =>
    oid === DATE_OID ? utcDate : oid === TIMESTAMP_OID ? utcTimestamp : pg.types.getTypeParser(oid, format as 'text'),
};
const PGLITE_PARSERS = { [DATE_OID]: utcDate, [TIMESTAMP_OID]: utcTimestamp };

/** A raw connection for work Prisma cannot express: multi-statement scripts, advisory locks. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements in one round trip. */
  exec(script: string): Promise<void>;
}

export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  /** One read statement outside any transaction: for queries Prisma cannot express (aggregates, search). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Calls `listener` with the text of every SQL statement sent, by Prisma or raw; returns an unsubscribe. */
  onStatement(listener: (sql: string) => void): () => void;
  /**
   * Runs fn inside one transaction on one connection; rolls back when fn throws. A transaction that writes names
   * its `author` (an API key's name): triggers stamp it on the rows and on the versions they keep.
   */
  transaction<T>(fn: (session: SqlSession) => Promise<T>, options?: { author?: string }): Promise<T>;
  /** Runs Prisma writes in one transaction stamped with `author` (see transaction). */
  writeAs<T>(author: string, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (at the writing transaction's commit), and once more after a lost
   * connection is back (what was sent meanwhile is lost); returns the stop.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * Calls `listener` after each transaction of this process commits (transaction, writeAs): what tells other
   * instances, over Redis, to read the change log where NOTIFY does not reach them. Returns the unsubscribe.
   */
  onCommit(listener: () => void): () => void;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** PostgreSQL's streaming replicas that queries read from (DATABASE_REPLICA_URLS); none: all on the primary. */
  readonly replicas?: ReplicaSet;
  close(): Promise<void>;
}

/**
 * statementTimeoutMs: PostgreSQL cancels any statement running longer (0: no limit); requireStatementNames: a raw
 * statement without its name comment throws (the tests set it).
 */
export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; statementTimeoutMs?: number; requireStatementNames?: boolean; replicas?: { urls: string[]; maxLagSeconds: number; probeMs?: number } }
  | { kind: 'pglite'; dataDir: string; statementTimeoutMs?: number; requireStatementNames?: boolean; loadDataDir?: Blob };

/** Who opens an embedded database: named to a second opener, which is refused (see data-dir-lock.ts). */
export interface Opener {
  owner: string;
  /** Where the opener takes commands from the CLIs while it holds the database (the service does). */
  socket?: string;
}

export async function openDatabase(options: DatabaseOptions, opener?: Opener): Promise<Database> {
  return options.kind === 'postgres'
    ? openPostgres(options.url, options.poolSize ?? 10, options.statementTimeoutMs ?? 0, options.requireStatementNames ?? false, options.replicas)
    : openPGlite(options.dataDir, opener ?? { owner: `a Dossier process (${path.basename(process.argv[1] ?? 'node')})` }, options.statementTimeoutMs ?? 0, options.requireStatementNames ?? false, options.loadDataDir);
}

function openPostgres(url: string, poolSize: number, statementTimeoutMs: number, requireStatementNames: boolean, replicaOptions?: { urls: string[]; maxLagSeconds: number; probeMs?: number }): Database {
  const poolOptions = {
    // Prepared statements keep one plan (see preparedName): left to choose, PostgreSQL re-plans the batches'
    // `= ANY($1::int[])` statements at every run for their parameters. No parallel workers: starting them costs
    // several ms, more than any of the service's statements needs, and concurrent requests already share the cores
    // (bench:scale: at 100x, a generic plan of the counterparts went parallel and took 11 ms instead of 4). No JIT:
    // it compiles any statement whose estimate passes jit_above_cost, and the estimates of the service's index
    // reads over arrays run high (bench:scale: at 10x, paths spent 290 ms compiling for 2 ms of work).
    options: '-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0 -c jit=off',
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  };
  const pool = new pg.Pool({ ...poolOptions, connectionString: url, max: poolSize });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => {});
  // Nor a checked-out one (Prisma's adapter holds clients without a listener): its query fails, which is what the
  // caller sees, and a client that is no longer queryable is discarded when released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const statements = new StatementLog(requireStatementNames);
  const prisma = new PrismaClient({ adapter: statements.observeFactory(new PrismaPg(pool)) });
  // Each replica's Prisma statements are counted for it and reported to the same listeners as the primary's.
  let replicas: ReplicaSet | undefined;
  if (replicaOptions?.urls.length) {
    replicas = new ReplicaSet({ ...replicaOptions, poolSize, poolOptions }, (factory, index) => {
      const log = new StatementLog(requireStatementNames);
      log.subscribe((sql) => {
        statements.emit(sql);
        replicas!.replicas[index]!.statements++;
      });
      return log.observeFactory(factory);
    });
  }
  const commits = new Listeners();
  const run = (on: pg.Pool, sql: string, params: unknown[] | undefined) =>
    on.query({ name: preparedName(sql), text: sql, values: params as unknown[], types: PG_TYPES });
  return {
    kind: 'postgres',
    // A query's Prisma reads go to its replica (see db/replicas.ts); everything else to the primary.
    get prisma() {
      return currentReplica()?.prisma ?? prisma;
    },
    replicas,
    async query(sql, params) {
      statements.emitRaw(sql);
      const replica = currentReplica();
      if (replica) {
        try {
          replica.statements++;
          return (await run(replica.pool, sql, params)).rows;
        } catch (error) {
          // A replica gone mid-request: left out until its probe answers again, and this read runs on the primary.
          if (!isConnectionLoss(error)) throw error;
          replica.state = 'unreachable';
        }
      }
      return (await run(pool, sql, params)).rows;
    },
    onStatement: (listener) => statements.subscribe(listener),
    async transaction(fn, options) {
      const client = await pool.connect();
      // The pool listens for errors on idle clients only: a checked-out client whose connection is cut (a
      // terminated backend, a fast shutdown) emits 'error', which without a listener ends the process. Its
      // query fails as well, which is what the caller sees; the broken client is then discarded, not pooled.
      let lost: Error | undefined;
      const onLost = (error: Error) => (lost = error);
      client.on('error', onLost);
      try {
        await client.query('BEGIN');
        if (options?.author) await client.query(SET_AUTHOR, [options.author]);
        const session: SqlSession = {
          query: async (sql, params) => {
            statements.emitRaw(sql);
            return (await client.query(sql, params as unknown[])).rows;
          },
          exec: async (script) => {
            await client.query(script);
          },
        };
        const result = await fn(session);
        await client.query('COMMIT');
        commits.emit();
        return result;
      } catch (error) {
        if (!lost) await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.removeListener('error', onLost);
        client.release(lost);
      }
    },
    writeAs: (author, fn) => writeAs(prisma, author, fn, commits),
    listen: (channel, onNotify) => Promise.resolve(listenOnPostgres(url, channel, onNotify)),
    onCommit: (listener) => commits.subscribe(listener),
    async ping() {
      await pool.query('/* ping */ SELECT 1');
    },
    async close() {
      await replicas?.close();
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/** Statements that may wait for the embedded database at once; more are refused as busy (see pglite-gate.ts). */
const PGLITE_MAX_WAITING = 100;

/** loadDataDir: a dump (PGlite's dumpDataDir) an in-memory database starts from, skipping initdb (the tests' migrated template). */
async function openPGlite(dataDir: string, opener: Opener, statementTimeoutMs: number, requireStatementNames: boolean, loadDataDir?: Blob): Promise<Database> {
  // An in-memory database belongs to its process anyway; a directory is locked before PGlite touches it.
  const lock = dataDir.startsWith('memory://') ? null : lockDataDir(dataDir, opener.owner, opener.socket);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS, ...(loadDataDir ? { loadDataDir } : {}) });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const client = gated(pglite, new StatementGate({ waitLimitMs: statementTimeoutMs, maxWaiting: PGLITE_MAX_WAITING }));
  const statements = new StatementLog(requireStatementNames);
  const prisma = new PrismaClient({ adapter: statements.observeFactory(new PrismaPGlite(client)) });
  const commits = new Listeners();
  return {
    kind: 'pglite',
    prisma,
    async query(sql, params) {
      statements.emitRaw(sql);
      return (await client.query(sql, params, { parsers: PGLITE_PARSERS })).rows as never;
    },
    onStatement: (listener) => statements.subscribe(listener),
    async transaction(fn, options) {
      const result = await client.transaction(async (tx) => {
        if (options?.author) await tx.query(SET_AUTHOR, [options.author]);
        return fn({
          query: async (sql, params) => {
            statements.emitRaw(sql);
            return (await tx.query(sql, params)).rows as never;
          },
          exec: async (script) => {
            await tx.exec(script);
          },
        });
      });
      commits.emit();
      return result;
    },
    writeAs: (author, fn) => writeAs(prisma, author, fn, commits),
    onCommit: (listener) => commits.subscribe(listener),
    async listen(channel, onNotify) {
      // PGlite's notifications stay in this process, which is the only one that writes to it.
      const stop = await client.listen(channel, () => onNotify());
      return async () => {
        if (!client.closed) await stop();
      };
    },
    async ping() {
      await client.query('/* ping */ SELECT 1');
    },
    async close() {
      await prisma.$disconnect();
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

// Read statements are prepared once per connection (named after their text), so PostgreSQL parses and plans each
// once (plan_cache_mode, set on the pool) and later runs send only the parameters. Their texts are few (the filters
// and the columns a selection needs vary them); past MAX_PREPARED, a new text runs unprepared, so that clients
// cannot grow them without end.
const MAX_PREPARED = 1000;
const preparedNames = new Map<string, string>();
function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

// Transaction-local: the record_history migration's triggers read it until the transaction ends.
const SET_AUTHOR = `/* setAuthor */ SELECT set_config('dossier.author', $1, true)`;

/** A Prisma transaction as a SqlSession, for raw statements that must commit with its writes. */
export function sessionOf(tx: Prisma.TransactionClient): SqlSession {
  return {
    query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params),
    exec: async (script) => {
      await tx.$executeRawUnsafe(script);
    },
  };
}

/**
 * How long a Prisma write transaction may stay open. Prisma's default, 5 s, counts the whole transaction, not a
 * statement (the statement timeout bounds those): an actor's write that relinks a store of texts in the same
 * transaction took longer on a loaded machine and failed as an internal error.
 */
const WRITE_TRANSACTION_TIMEOUT_MS = 30_000;

async function writeAs<T>(prisma: PrismaClient, author: string, fn: (tx: Prisma.TransactionClient) => Promise<T>, commits: Listeners): Promise<T> {
  const result = await prisma.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(SET_AUTHOR, author);
    return fn(tx);
  }, { timeout: WRITE_TRANSACTION_TIMEOUT_MS });
  commits.emit();
  return result;
}

/** Listeners of an event without arguments (a commit); one that throws does not keep the others from hearing it. */
class Listeners {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's fault is its own: the commit has happened.
      }
    }
  }
}

/** `/* name` and its closing mark at the start of a statement. */
const NAMED_STATEMENT = new RegExp('^\\s*/\\* [\\w.-]+ \\*/');

/** Tells listeners about each statement: the raw ones directly, Prisma's through its driver adapter. */
class StatementLog {
  private readonly listeners = new Set<(sql: string) => void>();

  subscribe(listener: (sql: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  constructor(private readonly requireNames: boolean) {}

  emit(sql: string): void {
    for (const listener of this.listeners) listener(sql);
  }

  // A statement of Dossier's own is named in a leading comment, which reaches PostgreSQL's log and
  // pg_stat_statements; the tests refuse one without.
  emitRaw(sql: string): void {
    if (this.requireNames && !NAMED_STATEMENT.test(sql)) throw new Error(`A statement without a name comment: ${sql.slice(0, 80)}`);
    this.emit(sql);
  }

  observeFactory(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
    return new Proxy(factory, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (property === 'connect') return async () => this.observe(await factory.connect());
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** Wraps an adapter or a transaction so that its queries are reported; a transaction it opens is wrapped too. */
  private observe<T extends SqlQueryable>(queryable: T): T {
    return new Proxy(queryable, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property === 'queryRaw' || property === 'executeRaw') {
          return (query: SqlQuery) => {
            this.emit(query.sql);
            return value.call(target, query);
          };
        }
        if (property === 'startTransaction') {
          return async (...args: unknown[]) => this.observe(await value.apply(target, args));
        }
        return value.bind(target);
      },
    });
  }
}
