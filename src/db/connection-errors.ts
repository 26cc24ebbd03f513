// Recognises the errors that mean "the database cannot be reached right now" (down, restarting, connection
// cut), however deeply a driver, Prisma's adapter or Apollo has wrapped them: the client is told to retry.

/** Each error in the chain of causes: the error itself, Apollo's originalError, `cause`, Prisma's adapter error. */
export function* causesOf(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const next = pending.shift();
    if (!next || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const record = next as Record<string, unknown>;
    yield record;
    const meta = record.meta as { driverAdapterError?: { cause?: unknown } } | undefined;
    pending.push(record.originalError, record.cause, meta?.driverAdapterError?.cause, ...(Array.isArray(record.errors) ? record.errors : []));
  }
}

// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now; class 08 is connection_exception.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres reports a lost connection in words only.
const UNAVAILABLE_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const cause of causesOf(error)) {
    const code = typeof cause.code === 'string' ? cause.code : typeof cause.originalCode === 'string' ? cause.originalCode : '';
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code)) return true;
    if (cause.kind === 'DatabaseNotReachable' || cause.kind === 'ConnectionClosed') return true;
    if (typeof cause.message === 'string' && UNAVAILABLE_MESSAGES.test(cause.message)) return true;
  }
  return false;
}

/** PostgreSQL's query_canceled (57014), as pg raises it or as Prisma's adapter wraps it. */
export function isStatementTimeout(error: unknown): boolean {
  for (const cause of causesOf(error)) {
    if (cause.code === '57014' || cause.originalCode === '57014') return true;
    if (typeof cause.message === 'string' && cause.message.includes('canceling statement due to statement timeout')) return true;
  }
  return false;
}

/** Too many statements waiting for the embedded database (see pglite-gate.ts): too_many_connections, 53300. */
export function isDatabaseBusy(error: unknown): boolean {
  for (const cause of causesOf(error)) {
    if (cause.code === '53300' || cause.originalCode === '53300') return true;
  }
  return false;
}

/** PostgreSQL's unique_violation (23505): a write that a concurrent one made a duplicate. */
export function isUniqueViolation(error: unknown): boolean {
  for (const cause of causesOf(error)) {
    if (cause.code === '23505' || cause.originalCode === '23505') return true;
  }
  return false;
}
