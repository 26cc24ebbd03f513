// Reads from PostgreSQL streaming replicas (DATABASE_REPLICA_URLS). A request that only reads (a query) runs its
// statements on a replica that is reachable and within the lag bound; mutations, transactions, every write and
// any request that asks for the primary (header `x-dossier-read-from: primary`) use the primary. A replica that
// fails a probe or lags past the bound is left out until it is back, and reads fall back to the primary.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

export type ReplicaState = 'ready' | 'lagging' | 'unreachable';

export interface Replica {
  readonly index: number;
  readonly pool: pg.Pool;
  readonly prisma: PrismaClient;
  state: ReplicaState;
  /** Seconds the replica's replay is behind; null before the first probe answered. */
  lagSeconds: number | null;
  /** Statements sent to it (raw and Prisma's), for /ready and the tests. */
  statements: number;
}

/** How far behind a replica is: 0 when it has replayed all it received, else the age of its last replayed commit. */
const LAG_SQL = `/* replicaLag */ SELECT CASE WHEN NOT pg_is_in_recovery() THEN NULL
  WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END::float8 AS lag`;

const target = new AsyncLocalStorage<Replica | null>();

/** Runs fn with its statements (and those of everything it starts) read from `replica`; null: the primary. */
export function readingFrom<T>(replica: Replica | null, fn: () => T): T {
  // Without replicas (the usual set-up) nothing reads from one: no context to enter on every request.
  if (replica === null && target.getStore() === undefined) return fn();
  return target.run(replica, fn);
}

/** The replica the current request reads from, if it may still. */
export function currentReplica(): Replica | null {
  const replica = target.getStore();
  return replica && replica.state === 'ready' ? replica : null;
}

export interface ReplicaOptions {
  urls: string[];
  maxLagSeconds: number;
  poolSize: number;
  /** The pool's connection options, the primary's (plan once, no parallel workers, statement timeout). */
  poolOptions: Partial<pg.PoolConfig>;
  /** Probe interval. */
  probeMs?: number;
}

export class ReplicaSet {
  readonly replicas: Replica[];
  private next = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: ReplicaOptions, observe: (factory: PrismaPg, index: number) => SqlDriverAdapterFactory) {
    this.replicas = options.urls.map((url, index) => {
      const pool = new pg.Pool({ ...options.poolOptions, connectionString: url, max: options.poolSize });
      pool.on('error', () => {});
      pool.on('connect', (client) => client.on('error', () => {}));
      const replica: Replica = { index, pool, prisma: undefined as never, state: 'unreachable', lagSeconds: null, statements: 0 };
      (replica as { prisma: PrismaClient }).prisma = new PrismaClient({ adapter: observe(new PrismaPg(pool), index) });
      return replica;
    });
    this.timer = setInterval(() => void this.probe(), options.probeMs ?? 1000).unref();
  }

  /** Probes every replica now; resolves when all have answered or failed. */
  async probe(): Promise<void> {
    await Promise.all(this.replicas.map(async (replica) => {
      try {
        const [row] = (await replica.pool.query<{ lag: number | null }>(LAG_SQL)).rows;
        replica.lagSeconds = row?.lag ?? null;
        // A server that is not in recovery is no replica (a promoted one, or a wrong URL): never read from it.
        replica.state = row?.lag === null || row?.lag === undefined ? 'unreachable' : row.lag > this.options.maxLagSeconds ? 'lagging' : 'ready';
      } catch {
        replica.state = 'unreachable';
      }
    }));
  }

  /** A replica to read from (round robin among the ready ones), or null: read from the primary. */
  pick(): Replica | null {
    const ready = this.replicas.filter((replica) => replica.state === 'ready');
    if (ready.length === 0) return null;
    this.next = (this.next + 1) % ready.length;
    return ready[this.next]!;
  }

  /** What /ready shows of each replica. */
  status(): { replica: number; state: ReplicaState; lagSeconds: number | null; statements: number }[] {
    return this.replicas.map((replica) => ({ replica: replica.index + 1, state: replica.state, lagSeconds: replica.lagSeconds, statements: replica.statements }));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map(async (replica) => {
      await replica.prisma.$disconnect();
      await replica.pool.end().catch(() => {});
    }));
  }
}

/** Whether an error means the server is gone (the statement can run on the primary instead). */
export function isConnectionLoss(error: unknown): boolean {
  if (!error) return false;
  const { code, cause } = error as { code?: string; cause?: unknown };
  if (cause && isConnectionLoss(cause)) return true;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03' || code === 'EPIPE' ||
    /Connection terminated|connection timeout/i.test(String((error as Error).message));
}
