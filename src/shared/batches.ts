// Per-request batching, kept behind the services (as GraphQL Hive's stores keep `batch(...)`): a service method
// that reads for one parent asks the request's batches for the loader of its question, and every parent that asks
// the same question in the request shares one statement. Resolvers call the method and never see a loader.
import DataLoader from 'dataloader';
import { byKey, groupedBy } from './grouping';

/** A question's name and the arguments that vary it (a limit, the fields read): parents asking it share a batch. */
export type Question = string | readonly [name: string, ...args: unknown[]];

type BatchLoad<K, V> = (keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/**
 * One request's loaders. A batch is sent once no other batch of the request is running, rather than at the next
 * tick: the parents of a level arrive as their statements answer, which over a pool happens at different
 * moments, and waiting for the level to finish makes the number and order of statements a request sends the same
 * on every database and every run (the statement-count tests rely on it). A batch's load function must therefore
 * never wait on another batch: it reads through repositories only.
 */
export class RequestBatches {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown, unknown>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private flushScheduled = false;

  /** The loader of `question`, made on first use in this request with `load` (and `cacheKeyFn` for object keys). */
  loader<K, V, C = K>(question: Question, load: BatchLoad<K, V>, cacheKeyFn?: (key: K) => C): DataLoader<K, V, C> {
    const name = typeof question === 'string' ? question : JSON.stringify(question);
    let loader = this.loaders.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, C>((keys) => this.track(() => load(keys)), {
        batchScheduleFn: (dispatch) => this.schedule(dispatch),
        ...(cacheKeyFn ? { cacheKeyFn } : {}),
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown, unknown>);
    }
    return loader;
  }

  /** The row of `key` (null: none), read with every other key asked in this request at once. */
  row<K, V>(question: Question, key: K, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): Promise<V | null> {
    return this.loader<K, V | null>(question, async (keys) => byKey(await fetch(keys), keyOf, keys)).load(key);
  }

  /** The rows of parent `key`, read with every other parent's asked in this request at once. */
  rows<K, V>(question: Question, key: K, fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (row: V) => K): Promise<V[]> {
    return this.loader<K, V[]>(question, async (keys) => groupedBy(await fetch(keys), parentOf, keys)).load(key);
  }

  /** Lists already grouped by parent (in key order), read with every other parent's at once. */
  lists<K, V>(question: Question, key: K, fetch: (keys: readonly K[]) => Promise<V[][]>): Promise<V[]> {
    return this.loader<K, V[]>(question, fetch).load(key);
  }

  /** Makes `value` the answer of `question` for `key` in this request, as if its batch had read it. */
  prime<K, V>(question: Question, key: K, value: V, load: BatchLoad<K, V>): void {
    this.loader<K, V>(question, load).prime(key, value);
  }

  private schedule(dispatch: () => void): void {
    this.waiting.push(dispatch);
    if (this.running === 0) this.flushSoon();
  }

  private async track<T>(load: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await load();
    } finally {
      this.running -= 1;
      if (this.running === 0 && this.waiting.length > 0) this.flushSoon();
    }
  }

  // setImmediate, after the promise jobs: the resolvers of the rows just read ask for their batches first.
  private flushSoon(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.running > 0) return;
      for (const dispatch of this.waiting.splice(0)) dispatch();
    });
  }
}
