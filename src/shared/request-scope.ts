// What the database layer may know of the work it does: whether a client is waiting for it. The HTTP endpoint
// runs each request in this scope; the embedded database refuses a statement of such a request that waited too
// long for its turn (db/pglite-gate.ts), while work nobody waits on (the first start's loading, a handed-off
// import) waits as long as it takes.
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<true>();

/** Runs fn (and everything it starts) as work a client is waiting for. */
export function asClientRequest<T>(fn: () => T): T {
  return scope.run(true, fn);
}

export function isClientRequest(): boolean {
  return scope.getStore() === true;
}
