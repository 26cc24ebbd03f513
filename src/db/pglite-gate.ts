// PGlite runs one statement at a time, in the service's own thread, and has no statement timeout that can stop
// one (PostgreSQL's needs a timer signal that WebAssembly never delivers mid-statement). Without a bound, work
// queued behind a slow statement waited without end: three searches finished after 7.5, 16.1 and 23.2 s, and a
// cheap read behind them waited 15.8 s. The gate keeps PGlite's order (first come, first served) and bounds it:
// a client request's statement or transaction that waited longer than the timeout to start is refused with
// TIMEOUT (its client is about to give up anyway, and the work behind it goes ahead), and past `maxWaiting`
// queued calls a new one is refused at once as busy (SERVICE_UNAVAILABLE).
import type { PGlite } from '@electric-sql/pglite';
import { isClientRequest } from '../shared/request-scope';

export interface GateLimits {
  /** How long a call may wait for its turn; 0: without limit. */
  waitLimitMs: number;
  maxWaiting: number;
}

/** Refused for having waited too long: PostgreSQL's query_canceled, as a statement timeout raises it. */
export class GateTimeoutError extends Error {
  readonly code = '57014';
  constructor(waitedMs: number) {
    super(`canceling statement due to statement timeout: it waited ${waitedMs} ms for the embedded database, which runs one statement at a time`);
  }
}

/** Refused because too many calls are waiting: PostgreSQL's too_many_connections. */
export class GateBusyError extends Error {
  readonly code = '53300';
  constructor(waiting: number) {
    super(`the embedded database is busy: ${waiting} statements are waiting for it`);
  }
}

interface Waiter {
  enqueuedAt: number;
  /** Refused once it waited past the limit: a client waits for it. */
  bounded: boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class StatementGate {
  private running = false;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: GateLimits) {}

  /** Runs fn when its turn comes, alone. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await fn();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (!this.running) {
      this.running = true;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxWaiting) return Promise.reject(new GateBusyError(this.waiting.length));
    return new Promise((resolve, reject) => this.waiting.push({ enqueuedAt: Date.now(), bounded: isClientRequest(), resolve, reject }));
  }

  private leave(): void {
    const now = Date.now();
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      const waited = now - next.enqueuedAt;
      if (next.bounded && this.limits.waitLimitMs > 0 && waited > this.limits.waitLimitMs) {
        next.reject(new GateTimeoutError(waited));
        continue;
      }
      next.resolve();
      return;
    }
    this.running = false;
  }
}

/** The PGlite client with its query, exec, transaction and listen calls taken through a gate (see above). */
export function gated(client: PGlite, gate: StatementGate): PGlite {
  const through = new Set<PropertyKey>(['query', 'exec', 'transaction', 'listen']);
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!through.has(property)) return value.bind(target);
      return (...args: unknown[]) => gate.run(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
}
