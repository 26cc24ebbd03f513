// How an import's writes are grouped into transactions, chosen by its size and its dry-run flag:
//   dry run         one transaction, always rolled back: the counts are exactly what the import would do;
//   one chunk       one transaction, all or nothing: a crash, a lost connection or a stop never leaves half;
//   several chunks  a transaction per chunk (bounded locks and memory), each retried on a lost race.
import type { Database, SqlSession } from '../../db/database';

/** Runs work in the strategy's transaction for one chunk. */
export type InTransaction = <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>;

export type WriteStrategy = 'DRY_RUN' | 'ONE_TRANSACTION' | 'CHUNKED';

export function writeStrategyFor(options: { dryRun: boolean; rows: number; chunkSize: number }): WriteStrategy {
  return options.dryRun ? 'DRY_RUN' : options.rows <= options.chunkSize ? 'ONE_TRANSACTION' : 'CHUNKED';
}

/**
 * A strategy that writes in one transaction lost a race with a concurrent import (a deadlock, a key it committed
 * first): nothing was kept, and the whole import is checked and written again, seeing what the other committed.
 */
export class LostRace extends Error {
  constructor(cause: unknown) {
    super('the import lost a race with a concurrent one', { cause });
  }
}

// Deadlock, serialization failure, and a unique key that a concurrent import committed first (the retry reads it).
const RETRYABLE = new Set(['40P01', '40001', '23505']);
export const isRetryable = (error: unknown): boolean => RETRYABLE.has((error as { code?: string }).code ?? '');
// A foreign key that no longer holds: an actor the import resolved was merged (or deleted) meanwhile. A retry of the
// chunk would send the same ids; the whole import is checked again and resolves the names afresh.
const FOREIGN_KEY_GONE = '23503';
const isStaleReference = (error: unknown): boolean => (error as { code?: string }).code === FOREIGN_KEY_GONE;

/** Thrown inside the one transaction to roll it back on purpose (a dry run, a stop). */
class Rollback extends Error {}

/**
 * Runs `write` under the strategy. `keep` is asked once the writes are done in one transaction: false rolls back
 * (a dry run always, a stopped import). Returns whether what was written is kept.
 */
export async function writeWith(
  db: Database,
  strategy: WriteStrategy,
  author: string,
  write: (inTransaction: InTransaction) => Promise<void>,
  keep: () => boolean,
): Promise<boolean> {
  if (strategy === 'CHUNKED') {
    try {
      await write((work) => withRetry(() => db.transaction(work, { author }), isRetryable));
    } catch (error) {
      throw isStaleReference(error) ? new LostRace(error) : error;
    }
    return true;
  }
  try {
    await db.transaction(async (session) => {
      await write((work) => work(session));
      if (strategy === 'DRY_RUN' || !keep()) throw new Rollback();
    }, { author });
    return true;
  } catch (error) {
    if (error instanceof Rollback) return false;
    throw isRetryable(error) || isStaleReference(error) ? new LostRace(error) : error;
  }
}

/** Runs fn again, up to 5 times with a short pause, while it fails with an error that retryable says a retry can cure. */
export async function withRetry<T>(fn: () => Promise<T>, retryable: (error: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 5 || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
