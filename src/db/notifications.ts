// LISTEN on PostgreSQL: one connection of its own per channel (a pooled one would be handed to other work), kept
// open across restarts of the server. NOTIFY reaches the primary's listeners only: replicas and PgBouncer's
// transaction pooling do not pass it, which is why the change feed also polls (see changes/change-feed.ts).
import pg from 'pg';

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/** Listens on `channel` until stopped, reconnecting after a lost connection and calling onNotify when back. */
export function listenOnPostgres(url: string, channel: string, onNotify: () => void): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | null = null;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('error', () => reconnect(next));
    next.on('end', () => reconnect(next));
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      reconnect(next);
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    // Whatever was sent while no connection listened is read by the next poll; this one reads it now.
    if (attempt > 0) onNotify();
    attempt = 0;
  };

  const reconnect = (lost: pg.Client): void => {
    if (stopped || (client !== null && client !== lost) || retry) return;
    client = null;
    lost.removeAllListeners('end');
    lost.end().catch(() => {});
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    attempt++;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
  };

  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = null;
    if (current) {
      current.removeAllListeners('end');
      await current.end().catch(() => {});
    }
  };
}
