// What every live transport shares (graphql-ws sockets, graphql-sse streams, the change feed's event stream): the
// limits on live connections, the rules a subscription passes before it runs (they run outside Apollo's plugins, so
// they are applied here from the same parts as on queries), and the treatment of a client that stops reading.
import type http from 'node:http';
import type { Response } from 'express';
import type { Writable } from 'node:stream';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { RequestLimits } from '../config';
import { createContext, type GraphQLContext } from '../context';
import { DossierError, InternalError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../errors';
import type { Caller } from '../modules/api-keys/api-keys.service';
import type { Services } from '../services';
import type { PageLimits } from '../shared/pagination';
import { operationCost } from './query-cost';
import type { RateLimiter } from './rate-limit';

/** What a live request's key is checked with. */
export interface LiveAccess {
  services: Services;
  rateLimiter: RateLimiter;
  requireKeyForReads: boolean;
}

/**
 * The caller of a live request by its key (null: anonymous). An unknown, revoked or malformed key is an
 * UnauthenticatedError counted against the address, as on queries; none where reads need one is refused too, and
 * not counted as a guess.
 */
export async function liveCaller(access: LiveAccess, req: http.IncomingMessage, authorization: unknown, what = 'Live changes'): Promise<Caller | null> {
  let caller: Caller | null;
  try {
    caller = await access.services.apiKeys.authenticate(typeof authorization === 'string' ? authorization : undefined);
  } catch (error) {
    if (error instanceof UnauthenticatedError) await access.rateLimiter.authenticationFailed(req);
    throw error;
  }
  if (access.requireKeyForReads && !caller) throw new UnauthenticatedError(`${what} need an API key (DOSSIER_REQUIRE_KEY_FOR_READS is on)`);
  return caller;
}

/** The live connections (sockets, event streams) each client holds open: an API key, else an address. */
export class LiveConnections {
  private readonly held = new Map<string, number>();
  constructor(readonly max: number) {}

  /** Counts a new connection of the request's client; its release, or null when the client holds the most already. */
  open(req: http.IncomingMessage): (() => void) | null {
    const client = req.headers.authorization ? `key:${req.headers.authorization}` : `address:${req.socket.remoteAddress ?? ''}`;
    const held = this.held.get(client) ?? 0;
    if (held >= this.max) return null;
    this.held.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(client) ?? 1) - 1;
      if (left > 0) this.held.set(client, left);
      else this.held.delete(client);
    };
  }
}

/** The parts of a query's rules a subscription is checked with. */
export interface OperationRules {
  schema: GraphQLSchema;
  services: Services;
  limits: RequestLimits;
  pagination: PageLimits;
  validationRules: readonly ValidationRule[];
}

/** A subscription's request checked as a query is (parse with the token limit, Armor's rules, the cost limit): its execution, or the errors. */
export function prepareOperation(
  rules: OperationRules,
  caller: Caller | null,
  payload: { query?: unknown; operationName?: unknown; variables?: unknown },
): ExecutionArgs | readonly GraphQLError[] {
  if (typeof payload.query !== 'string') return [new GraphQLError('A query string is required', { extensions: { code: 'BAD_USER_INPUT' } })];
  let document;
  try {
    document = parse(payload.query, { maxTokens: rules.limits.maxTokens });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed')];
  }
  const errors = validate(rules.schema, document, [...specifiedRules, ...rules.validationRules]);
  if (errors.length > 0) return errors;
  const operationName = typeof payload.operationName === 'string' ? payload.operationName : undefined;
  const variables = payload.variables && typeof payload.variables === 'object' ? (payload.variables as Record<string, unknown>) : {};
  const cost = operationCost(rules.schema, document, operationName, variables, rules.pagination);
  if (cost !== null && cost > rules.limits.maxCost) {
    return [new GraphQLError(`Query cost limit of ${rules.limits.maxCost} exceeded: this subscription costs ${cost}`, { extensions: { code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', cost, limit: rules.limits.maxCost } })];
  }
  const contextValue: GraphQLContext = createContext(rules.services, caller);
  return { schema: rules.schema, document, operationName, variableValues: variables, contextValue };
}

/**
 * Resolves once `stream` takes more: at once when it is below its high-water mark, else at its 'drain'. 'slow' when
 * it drained nothing for `slowConsumerMs` (the client reads nothing), 'closed' when it closed meanwhile.
 */
export function whenWritable(stream: Writable, slowConsumerMs: number): Promise<'writable' | 'slow' | 'closed'> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve('closed');
  if (!stream.writableNeedDrain) return Promise.resolve('writable');
  return new Promise((resolve) => {
    const settle = (state: 'writable' | 'slow' | 'closed') => {
      clearTimeout(timer);
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      resolve(state);
    };
    const onDrain = () => settle('writable');
    const onClose = () => settle('closed');
    const timer = setTimeout(() => settle('slow'), slowConsumerMs);
    stream.once('drain', onDrain);
    stream.once('close', onClose);
  });
}

/** How long a dropped slow consumer has to read its last words before its socket is cut (as ws waits for a close). */
const LAST_WORDS_GRACE_MS = 30_000;

/** Logs the drop of a slow consumer. */
export function slowConsumerDropped(logger: Logger, transport: string, slowConsumerMs: number): void {
  logger.warn({ transport, slowConsumerMs }, 'dropped a slow consumer');
}

/** Drops an HTTP stream whose client reads nothing: logged, and cut if its last words, queued, are not taken soon. */
export function dropSlowStream(stream: Writable, transport: string, slowConsumerMs: number, logger: Logger): void {
  slowConsumerDropped(logger, transport, slowConsumerMs);
  setTimeout(() => stream.destroy(), LAST_WORDS_GRACE_MS).unref();
}

/** The message of a slow consumer's drop, saying where to resume. */
export function slowConsumerMessage(slowConsumerMs: number): string {
  return `Dropped: the client took nothing of what was sent for ${slowConsumerMs} ms. Resume from the last cursor received`;
}

/** Refuses a streaming HTTP request before its status is sent: 401, 404, 429, 400 or 500 with the error's body. */
export function refuseStream(res: Response, error: unknown, what: string): void {
  const known = error instanceof DossierError ? error : new InternalError(`${what} could not be read`);
  const status = known instanceof UnauthenticatedError ? 401 : known instanceof NotFoundError ? 404 : known instanceof RateLimitedError ? 429 : known.code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
  res.status(status).json(known.toBody());
}
