// Requests per client and window: per API key when one is sent, per address for anonymous requests. In
// memory, per process (rate-limiter-flexible): a second instance behind a balancer would need its Redis store.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '../errors';
import type { HttpRefusal } from './graphql-http';

export interface RateLimits {
  /** Requests per window with an API key. */
  keyPoints: number;
  /** Requests per window without one, per client address. */
  anonymousPoints: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { keyPoints: 6000, anonymousPoints: 1200, windowSeconds: 60 };

export interface RateLimiter {
  /** Counts the request against its client's budget; the refusal (429, Retry-After) once it is spent, else null. */
  check(req: IncomingMessage, requestId: string): Promise<HttpRefusal | null>;
}

export function rateLimiter(limits: RateLimits): RateLimiter {
  const byKey = new RateLimiterMemory({ keyPrefix: 'key', points: limits.keyPoints, duration: limits.windowSeconds });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.anonymousPoints, duration: limits.windowSeconds });
  return {
    async check(req, requestId) {
      const authorization = req.headers.authorization;
      // A key's hash names its bucket: no secret is kept in memory.
      const [limiter, bucket] = authorization
        ? [byKey, createHash('sha256').update(authorization).digest('hex')]
        : [byAddress, req.socket.remoteAddress ?? 'unknown'];
      try {
        await limiter.consume(bucket);
        return null;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return {
          status: 429,
          headers: { 'retry-after': String(retryAfter) },
          body: {
            errors: [
              {
                message: `Too many requests: the limit is ${authorization ? limits.keyPoints : limits.anonymousPoints} per ${limits.windowSeconds} s ${authorization ? 'per API key' : 'per address'}; retry in ${retryAfter} s`,
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter, requestId },
              },
            ],
          },
        };
      }
    },
  };
}
