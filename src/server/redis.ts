// The Redis connection that instances share state through (REDIS_URL): the rate limits and the persisted queries. Commands never wait
// for a connection (no offline queue): while Redis is unreachable they fail at once, and the rate limiter's
// in-memory insurance takes over; ioredis reconnects in the background.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

export type RedisState = 'ready' | 'connecting' | 'unreachable';

export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Retry every 0.2 s, backing off to 2 s: a Redis restart is picked up within seconds.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
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

/** What /ready reports of Redis (it never fails readiness: the limits fall back to memory). */
export function redisState(redis: Redis): RedisState {
  if (redis.status === 'ready') return 'ready';
  return redis.status === 'connecting' || redis.status === 'connect' || redis.status === 'wait' ? 'connecting' : 'unreachable';
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
