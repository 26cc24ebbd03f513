// GraphQL subscriptions over Server-Sent Events (graphql-sse's protocol, "distinct connections" mode: each
// operation is one POST, or GET, answered by an event stream) on /graphql/stream, for clients and proxies that pass
// only HTTP. The app's rate limit has counted the request; here, as on the sockets: the key, reads closed to
// anonymous callers when configured, the cap on live connections, the query's rules (live.ts), and a client that
// reads nothing dropped with SLOW_CONSUMER rather than buffered: graphql-sse queues what the operation yields
// without bound, so the operation is read only as fast as the response drains.
import type http from 'node:http';
import express from 'express';
import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import { createHandler, type HandlerOptions } from 'graphql-sse/lib/use/express';
import { DossierError, InternalError, RateLimitedError, ServiceUnavailableError, SlowConsumerError, UnauthenticatedError } from '../errors';
import type { Caller } from '../modules/api-keys/api-keys.service';
import type { LiveLimits } from '../config';
import { dropSlowStream, liveCaller, prepareOperation, slowConsumerMessage, whenWritable, type LiveAccess, type LiveConnections, type OperationRules } from './live';
import type { Logger } from 'pino';

export interface GraphqlStreamOptions extends OperationRules, LiveAccess {
  liveConnections: LiveConnections;
  live: LiveLimits;
  logger: Logger;
}

/** Where subscriptions are served as event streams (beside /graphql, which serves them over graphql-ws). */
export const GRAPHQL_STREAM_PATH = '/graphql/stream';

type Refusal = readonly [string, { status: number; statusText: string; headers: Record<string, string> }];

export function graphqlStreamRouter(options: GraphqlStreamOptions): express.Router {
  const callers = new WeakMap<http.IncomingMessage, Caller | null>();
  const handlerOptions: HandlerOptions = {
    // No reservations (graphql-sse's single connection mode): every stream is the answer to its operation.
    authenticate: () => null,
    onConnect: async (req) => {
      let caller: Caller | null;
      try {
        caller = await liveCaller(options, req.raw, req.headers.get('authorization'));
      } catch (error) {
        return refusal(error);
      }
      const release = options.liveConnections.open(req.raw);
      if (!release) return refusal(new RateLimitedError(`At most ${options.liveConnections.max} live connections per client`, 60));
      req.context.res.once('close', release);
      callers.set(req.raw, caller);
      return undefined;
    },
    onSubscribe: (req, params) => {
      const prepared = prepareOperation(options, callers.get(req.raw) ?? null, params);
      // graphql-sse types the context as its handler's (none here): ours travels in the arguments.
      if (!isErrors(prepared)) return prepared as ExecutionArgs & { contextValue: undefined };
      return [JSON.stringify({ errors: prepared }), { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } }];
    },
    onOperation: (_ctx, req, _args, result) => {
      if (!isAsyncIterable(result)) return undefined;
      return paced(result, req.context.res, options.live.slowConsumerMs, options.logger);
    },
  };
  const handler = createHandler(handlerOptions);
  const router = express.Router();
  router.all(GRAPHQL_STREAM_PATH, express.json({ limit: options.limits.bodyLimitBytes }), (req, res, next) => {
    handler(req, res).catch(next);
  });
  return router;
}

/**
 * The operation's results, each taken only once the response has drained what came before (graphql-sse would
 * otherwise pull them as fast as they come and queue them); after `slowConsumerMs` without a drain, one last result
 * saying why, and the stream ends.
 */
async function* paced(results: AsyncIterable<ExecutionResult>, res: express.Response, slowConsumerMs: number, logger: Logger): AsyncGenerator<ExecutionResult> {
  let cursor: string | null = null;
  for await (const result of results) {
    yield result;
    cursor = cursorOf(result) ?? cursor;
    const state = await whenWritable(res, slowConsumerMs);
    if (state === 'closed') return;
    if (state === 'slow') {
      dropSlowStream(res, 'graphql-sse', slowConsumerMs, logger);
      yield { errors: [new SlowConsumerError(slowConsumerMessage(slowConsumerMs), cursor)] };
      return;
    }
  }
}

/** The cursor of a `changes` event, where a dropped client resumes. */
function cursorOf(result: ExecutionResult): string | null {
  const change = (result.data as { changes?: { cursor?: unknown } } | null | undefined)?.changes;
  return typeof change?.cursor === 'string' ? change.cursor : null;
}

function isErrors(prepared: ExecutionArgs | readonly GraphQLError[]): prepared is readonly GraphQLError[] {
  return Array.isArray(prepared);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** A refused stream: 401 for a key, 429 past a limit, 503 while the database is away, else 500. */
function refusal(error: unknown): Refusal {
  const known = error instanceof DossierError ? error : new InternalError('The key could not be checked');
  const [status, statusText] = known instanceof UnauthenticatedError ? [401, 'Unauthorized']
    : known instanceof RateLimitedError ? [429, 'Too Many Requests']
      : known instanceof ServiceUnavailableError ? [503, 'Service Unavailable'] : [500, 'Internal Server Error'];
  return [JSON.stringify(known.toBody()), { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8' } }];
}
