// Requests per client and window: per API key when one is sent, per address for anonymous requests. In
// memory, per process (rate-limiter-flexible): a second instance behind a balancer would need its Redis store.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '../errors';

export interface RateLimits {
  /** Requests per window with an API key. */
  keyPoints: number;
  /** Requests per window without one, per client address. */
  anonymousPoints: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { keyPoints: 6000, anonymousPoints: 1200, windowSeconds: 60 };

export function rateLimit(limits: RateLimits) {
  const byKey = new RateLimiterMemory({ keyPrefix: 'key', points: limits.keyPoints, duration: limits.windowSeconds });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.anonymousPoints, duration: limits.windowSeconds });
  return async (req: Request, res: Response, next: NextFunction) => {
    const authorization = req.headers.authorization;
    // A key's hash names its bucket: no secret is kept in memory.
    const [limiter, bucket] = authorization
      ? [byKey, createHash('sha256').update(authorization).digest('hex')]
      : [byAddress, req.ip ?? req.socket.remoteAddress ?? 'unknown'];
    try {
      await limiter.consume(bucket);
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.setHeader('retry-after', String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: the limit is ${authorization ? limits.keyPoints : limits.anonymousPoints} per ${limits.windowSeconds} s ${authorization ? 'per API key' : 'per address'}; retry in ${retryAfter} s`,
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter, requestId: res.locals.requestId },
          },
        ],
      });
    }
  };
}
