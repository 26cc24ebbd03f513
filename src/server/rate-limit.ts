// Requests per client and window: per API key when one is sent, per address for anonymous requests, and failed
// authentications per address (rate-limiter-flexible). In memory, per process; with Redis (REDIS_URL), counted
// once for all instances, with an in-memory insurance limiter that takes over while Redis is unreachable, so an
// outage of Redis degrades to per-instance limits, never to refusing or admitting everyone.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';
import { bearerKey } from '../modules/api-keys/api-keys.service';
import type { HttpRefusal } from './graphql-http';

export interface RateLimits {
  /** Requests per window with an API key. */
  keyPoints: number;
  /** Requests per window without one, per client address. */
  anonymousPoints: number;
  /** Requests with an unknown, revoked or malformed key per window, per client address. */
  failedAuthenticationPoints: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { keyPoints: 6000, anonymousPoints: 1200, failedAuthenticationPoints: 30, windowSeconds: 60 };

export interface RateLimiter {
  /**
   * Counts the request against its client's budget; the refusal (429, Retry-After) once it is spent, else null.
   * A request with a key from an address that spent its failed-authentication budget is refused before the key
   * is looked up.
   */
  check(req: IncomingMessage, requestId: string): Promise<HttpRefusal | null>;
  /**
   * Counts `points` more against the request's budget for a request that does the work of several (a reconcile
   * batch counts each of its queries); the refusal once the budget is spent, else null.
   */
  charge(req: IncomingMessage, points: number, requestId: string): Promise<HttpRefusal | null>;
  /** Counts an authentication that failed against the request's address. */
  authenticationFailed(req: IncomingMessage): Promise<void>;
}

export interface RateLimiterOptions {
  /** Shared counts for all instances; none: this process's memory. */
  redis?: Redis;
  /** Addresses of the proxies in front of the service, whose X-Forwarded-For names the client. */
  trustedProxies?: readonly string[];
}

/** An IPv4 peer may show as ::ffff:a.b.c.d on a dual-stack socket. */
const plainAddress = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the last address in
 * X-Forwarded-For that is not a trusted proxy itself (the one the nearest trusted proxy saw; a client can
 * prepend anything to the header, but not what the proxies append).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
  const forwarded = req.headers['x-forwarded-for'];
  if (!trustedProxies.has(peer) || !forwarded) return peer;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').map((hop) => plainAddress(hop.trim())).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!trustedProxies.has(hops[index]!)) return hops[index]!;
  }
  return hops[0] ?? peer;
}

export function rateLimiter(limits: RateLimits, options: RateLimiterOptions = {}): RateLimiter {
  const window = { duration: limits.windowSeconds };
  const trusted = new Set((options.trustedProxies ?? []).map(plainAddress));
  const addressOf = (req: IncomingMessage) => clientAddress(req, trusted);
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, ...window });
    if (!options.redis) return memory;
    return new RateLimiterRedis({
      storeClient: options.redis, keyPrefix: `dossier:rl:${keyPrefix}`, points, ...window,
      // Redis down or not yet connected: this process counts alone until it is back.
      rejectIfRedisNotReady: true, insuranceLimiter: memory,
    });
  };
  const byKey = limiter('key', limits.keyPoints);
  const byAddress = limiter('ip', limits.anonymousPoints);
  const failures = limiter('auth', limits.failedAuthenticationPoints);

  const refusal = (msBeforeNext: number, why: string, requestId: string): HttpRefusal => {
    const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfter) },
      body: new RateLimitedError(`Too many requests: ${why}; retry in ${retryAfter} s`, retryAfter).toBody({ requestId }),
    };
  };

  /** Consumes `points` from the request's bucket: its key's (by the key's hash: no secret is kept in memory), else its address's. */
  const consume = async (req: IncomingMessage, points: number, requestId: string): Promise<HttpRefusal | null> => {
    // However the header spells Bearer and its spaces, the key names the bucket; a malformed header counts against the address.
    const key = bearerKey(req.headers.authorization);
    const [limiter, bucket, budget] = key
      ? [byKey, createHash('sha256').update(key).digest('hex'), `the limit is ${limits.keyPoints} per ${limits.windowSeconds} s per API key`]
      : [byAddress, addressOf(req), `the limit is ${limits.anonymousPoints} per ${limits.windowSeconds} s per address`];
    try {
      await limiter.consume(bucket, points);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return refusal(rejection.msBeforeNext, budget, requestId);
    }
  };

  return {
    async check(req, requestId) {
      if (bearerKey(req.headers.authorization) !== undefined) {
        const failed = await failures.get(addressOf(req));
        if (failed && failed.consumedPoints >= limits.failedAuthenticationPoints) {
          return refusal(failed.msBeforeNext, `${limits.failedAuthenticationPoints} failed authentications per ${limits.windowSeconds} s from this address`, requestId);
        }
      }
      return consume(req, 1, requestId);
    },
    charge(req, points, requestId) {
      return points > 0 ? consume(req, points, requestId) : Promise.resolve(null);
    },
    async authenticationFailed(req) {
      await failures.penalty(addressOf(req), 1);
    },
  };
}
