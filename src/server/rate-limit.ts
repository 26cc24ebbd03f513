// Requests per client and window: per API key when one is sent, per address for anonymous requests, and failed
// authentications per address. In memory, per process (rate-limiter-flexible).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
  /** Counts an authentication that failed against the request's address. */
  authenticationFailed(req: IncomingMessage): Promise<void>;
}

const addressOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

export function rateLimiter(limits: RateLimits): RateLimiter {
  const window = { duration: limits.windowSeconds };
  const byKey = new RateLimiterMemory({ keyPrefix: 'key', points: limits.keyPoints, ...window });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.anonymousPoints, ...window });
  const failures = new RateLimiterMemory({ keyPrefix: 'auth', points: limits.failedAuthenticationPoints, ...window });

  const refusal = (msBeforeNext: number, why: string, requestId: string): HttpRefusal => {
    const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfter) },
      body: new RateLimitedError(`Too many requests: ${why}; retry in ${retryAfter} s`, retryAfter).toBody({ requestId }),
    };
  };

  return {
    async check(req, requestId) {
      const key = bearerKey(req.headers.authorization);
      if (key !== undefined) {
        const failed = await failures.get(addressOf(req));
        if (failed && failed.consumedPoints >= limits.failedAuthenticationPoints) {
          return refusal(failed.msBeforeNext, `${limits.failedAuthenticationPoints} failed authentications per ${limits.windowSeconds} s from this address`, requestId);
        }
      }
      // The key itself (however the header spells Bearer and its spaces) names its bucket, by its hash: no
      // secret is kept in memory. A malformed header counts against the address.
      const [limiter, bucket, budget] = key
        ? [byKey, createHash('sha256').update(key).digest('hex'), `the limit is ${limits.keyPoints} per ${limits.windowSeconds} s per API key`]
        : [byAddress, addressOf(req), `the limit is ${limits.anonymousPoints} per ${limits.windowSeconds} s per address`];
      try {
        await limiter.consume(bucket);
        return null;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return refusal(rejection.msBeforeNext, budget, requestId);
      }
    },
    async authenticationFailed(req) {
      await failures.penalty(addressOf(req), 1);
    },
  };
}
