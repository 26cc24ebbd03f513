// The Redis connection that instances share state through (REDIS_URL): the rate limits and the persisted queries. Commands never wait
// for a connection (no offline queue): while Redis is unreachable they fail at once, and the rate limiter's
// in-memory insurance takes over; ioredis reconnects in the background. A Redis that stops answering without
// closing the connection (a paused process, a VM pause, a network drop without RST) is worse: the connection still
// says ready and a command waits for ever. So every command has a deadline, and a watchdog's ping that misses it
// drops the connection: commands then fail at once (the limits count in memory) until Redis answers again.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

export type RedisState = 'ready' | 'connecting' | 'unreachable' | 'unresponsive';

/** The longest a request waits for one Redis command before going on without it. */
export const REDIS_COMMAND_TIMEOUT_MS = 500;
/** How often the watchdog pings a connection that says it is ready. */
const WATCHDOG_INTERVAL_MS = 1000;

export interface RedisOptions {
  /** Prefixes every key (tests share one Redis). */
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

export function connectRedis(url: string, logger: Logger, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
    ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
    // Retry every 0.2 s, backing off to 2 s: a Redis restart is picked up within seconds.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  const watchdog = setInterval(() => {
    if (redis.status !== 'ready') return;
    redis.ping().catch(() => {
      if (redis.status !== 'ready') return;
      logger.warn('Redis did not answer a ping in time: reconnecting; rate limits count per instance meanwhile');
      // Reconnects at once; until Redis answers the ready check, the connection is not ready and commands fail fast.
      redis.disconnect(true);
    });
  }, WATCHDOG_INTERVAL_MS);
  watchdog.unref();
  redis.once('end', () => clearInterval(watchdog));
  let reported = false;
  redis.on('error', (error: Error) => {
    // Once per outage, not once per retry.
    if (!reported) logger.warn({ err: error }, 'Redis unreachable: rate limits count per instance until it is back');
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) logger.warn('Redis reachable again: rate limits shared again');
    reported = false;
  });
  return redis;
}

/**
 * What /ready reports of Redis (it never fails readiness: the limits fall back to memory): a ready connection is
 * pinged, and one that does not answer within the deadline is `unresponsive`.
 */
export async function redisState(redis: Redis, deadlineMs = REDIS_COMMAND_TIMEOUT_MS): Promise<RedisState> {
  if (redis.status === 'ready') {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs)));
    const answered = await Promise.race([redis.ping().then(() => true, () => false), deadline]);
    clearTimeout(timer);
    return answered ? 'ready' : 'unresponsive';
  }
  return redis.status === 'connecting' || redis.status === 'connect' || redis.status === 'wait' || redis.status === 'reconnecting' ? 'connecting' : 'unreachable';
}

/**
 * A key-value cache in Redis for what Apollo caches by key (the persisted queries: a query registered through one
 * instance is found by the others). A Redis that cannot answer is a miss, never an error: the client then sends
 * the whole query again, as the automatic persisted queries protocol expects.
 */
export function redisKeyValueCache(redis: Redis, prefix: string): KeyValueCache<string> {
  return new ErrorsAreMissesCache({
    async get(key) {
      return (await redis.get(prefix + key)) ?? undefined;
    },
    async set(key, value, options) {
      if (options?.ttl) await redis.set(prefix + key, value, 'EX', Math.ceil(options.ttl));
      else await redis.set(prefix + key, value);
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
  });
}

/** The channel on which instances tell each other that a commit wrote to the change log. */
const CHANGES_CHANNEL = 'dossier:changes';

/**
 * Wake-ups of the change feed over Redis pub/sub, for instances that PostgreSQL's NOTIFY does not reach (behind
 * PgBouncer's transaction pooling, or reading from a replica): `published` is called at each commit of this
 * process and publishes once per turn of the event loop; `listen` wakes this instance's feed at each message of
 * any instance. A message lost while Redis is away costs a poll's interval, never a change: the log is the truth.
 */
export function redisChangeWakeups(redis: Redis): { published: () => void; listen: (onWake: () => void) => Promise<() => Promise<void>> } {
  let queued = false;
  return {
    published() {
      if (queued) return;
      queued = true;
      setImmediate(() => {
        queued = false;
        redis.publish(CHANGES_CHANNEL, '').catch(() => {});
      });
    },
    async listen(onWake) {
      // A connection of its own (one that subscribes can do nothing else), resubscribed by ioredis after a reconnect.
      const subscriber = redis.duplicate({ enableOfflineQueue: true, lazyConnect: true });
      subscriber.on('error', () => {});
      subscriber.on('message', (channel: string) => {
        if (channel === CHANGES_CHANNEL) onWake();
      });
      // After a reconnect, what was published meanwhile is lost: read the log once.
      subscriber.on('ready', onWake);
      subscriber.subscribe(CHANGES_CHANNEL).catch(() => {});
      return async () => {
        subscriber.disconnect();
      };
    },
  };
}
