// The GraphQL endpoint over node's http, as Apollo's own standalone server serves it (cors, then body-parser's
// JSON, then Apollo), without Express's routing and decoration (see docs/PERFORMANCE.md for what that
// saves). The explorer, the playground's GET, /health and /ready stay on Express.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import accepts from 'accepts';
import cors from 'cors';
import typeis from 'type-is';
import type { Logger } from 'pino';
import type { RequestLimits } from '../config';
import type { GraphQLContext } from '../context';
import { InternalError, ServiceUnavailableError, UnauthenticatedError, UserInputError } from '../errors';
import { ROLES, type Caller } from '../modules/api-keys/api-keys.service';
import { bodyLimitError, bodyTooLarge } from './limits';
import { playgroundResponse, type PlaygroundResponse } from './playground';
import type { RateLimiter } from './rate-limit';
import { takeRequestId } from './request-log';
import { jsonBodyReader, type BodyRequest } from './request-body';
import { asClientRequest } from '../shared/request-scope';
import { Semaphore } from '../shared/semaphore';
import type { HttpCache } from './http-cache';
import { readingFrom, type Replica } from '../db/replicas';
import { JsonPassThrough } from './compiled-reads';

/** The header with which a client that must read its own write at once asks for the primary. */
export const READ_FROM_HEADER = 'x-dossier-read-from';

export interface GraphQLHttpOptions {
  path: string;
  playground: boolean;
  limits: RequestLimits;
  corsOrigins: string[];
  rateLimiter: RateLimiter;
  /** The caller an Authorization header names (null: anonymous); throws UNAUTHENTICATED for a bad key. */
  authenticate: (authorization: string | undefined) => Promise<Caller | null>;
  context: (caller: Caller | null, requestId: string, dataVersion?: string, readReplica?: Replica | null) => GraphQLContext;
  /** A replica for a request's reads, or null for the primary (db/replicas.ts). */
  pickReplica: () => Replica | null;
  /** ETags, 304s, Cache-Control and the optional response cache. */
  httpCache: HttpCache;
  /** Where a failure outside Apollo's own handling is logged, with the request id the client gets. */
  logger: Logger;
}

/**
 * The status of Apollo's answer. GraphQL over HTTP: a well-formed request answered as application/json, the type
 * its client prefers to application/graphql-response+json, is answered 200 whatever its GraphQL errors (a document
 * that does not parse or validate, variables that do not coerce, an operation not found): the client reads the
 * errors. A client that prefers application/graphql-response+json, or names no type, keeps the 400; so does a request
 * that is not GraphQL over HTTP at all (no query, a body of the wrong shape: Apollo's BAD_REQUEST).
 */
export function statusOf(req: IncomingMessage, status: number, contentType: string | undefined, body: string | null): number {
  if (status !== 400 || body === null || !contentType?.startsWith('application/json')) return status;
  // Absent or */*, the accept header names no preference: the first type listed wins, and the 400 stays.
  if (accepts(req).type(['application/graphql-response+json', 'application/json']) !== 'application/json') return status;
  const { errors } = JSON.parse(body) as { errors?: { extensions?: { reason?: string } }[] };
  return errors?.length && errors.every((error) => error.extensions?.reason !== ApolloServerErrorCode.BAD_REQUEST) ? 200 : status;
}

/** What a JSON error answer carries: status and GraphQL-shaped errors, as every refusal of the API is shaped. */
export interface HttpRefusal {
  status: number;
  headers?: Record<string, string>;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

type Next = (error?: unknown) => void;
type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The playground page, revalidated by its ETag (304) and gzipped for a client that takes it. */
function sendPlayground(req: IncomingMessage, res: ServerResponse, page: PlaygroundResponse): void {
  res.setHeader('etag', page.etag);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === page.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  if (accepts(req).encoding(['gzip', 'identity']) === 'gzip') {
    res.setHeader('content-encoding', 'gzip');
    res.end(page.gzipped);
    return;
  }
  // The rare client without gzip: unzipped as it is sent, in zlib's threads rather than on the event loop.
  const unzip = createGunzip();
  pipeline(unzip, res, () => {}); // a client gone mid-page only ends the stream
  unzip.end(page.gzipped);
}

/** Runs a connect-style middleware (cors, body-parser) as a promise. */
const run = (middleware: ConnectMiddleware, req: IncomingMessage, res: ServerResponse) =>
  new Promise<void>((resolve, reject) => middleware(req, res, (error) => (error ? reject(error) : resolve())));

const JSON_TYPES = ['application/json', 'application/graphql-response+json', 'application/*+json'];

/**
 * The rule against cross-site request forgery. Dossier authenticates with bearer keys only, never cookies, so a
 * request a browser sends on its own (a link, an image, a form) carries no credential: at most an anonymous read of
 * public data, whose answer the page cannot read (CORS). So a query may come as a plain GET, with no content type or
 * preflight header, as urql and browsers send it; Apollo refuses mutations over GET. A POST must be JSON
 * (application/json), which a form cannot send without a preflight: a text/plain or form body runs nothing (415).
 */
function forgeryRefusal(req: IncomingMessage): HttpRefusal | null {
  if (req.method !== 'POST' || typeis(req, JSON_TYPES)) return null;
  return {
    status: 415,
    headers: { accept: 'application/json' },
    body: new UserInputError('Send operations as JSON (content-type: application/json), or queries as a GET', undefined, { extensions: { reason: 'UNSUPPORTED_MEDIA_TYPE' } }).toBody(),
  };
}

/** Whether a caller may send an import-sized body: importBundle needs an EDITOR key. */
const mayImport = (caller: Caller | null): boolean => caller !== null && ROLES.indexOf(caller.role) >= ROLES.indexOf('EDITOR');

/** Returns the handler for requests whose path is `options.path`. */
export function graphqlHttpHandler(apollo: ApolloServer<GraphQLContext>, options: GraphQLHttpOptions) {
  const { limits } = options;
  // Browsers may call the API only from the configured origins; other origins get no CORS headers.
  const corsHandler = cors({ origin: options.corsOrigins, methods: ['GET', 'POST'] }) as ConnectMiddleware;
  const ordinaryBody = jsonBodyReader({ bytes: limits.bodyLimitBytes, maxDepth: limits.maxJsonDepth, maxValues: limits.maxJsonValues });
  const importBody = jsonBodyReader({ bytes: limits.importBodyLimitBytes, maxDepth: limits.maxJsonDepth, maxValues: limits.maxImportJsonValues });
  // An import-sized body is read and run one at a time, so that editors' imports cannot exhaust memory together.
  const largeBodies = new Semaphore(1, 8);

  async function handle(req: BodyRequest, res: ServerResponse): Promise<void> {
    const requestId = takeRequestId(req, res);
    const url = req.url ?? '';
    const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    const limited = await options.rateLimiter.check(req, requestId);
    if (limited) return sendJson(res, limited.status, limited.body, limited.headers);
    // A browser asking for the endpoint gets the playground; API clients get GraphQL.
    if (options.playground && req.method === 'GET' && !new URLSearchParams(search).has('query') &&
      accepts(req).type(['application/json', 'text/html']) === 'text/html') {
      return sendPlayground(req, res, await playgroundResponse(options.path));
    }
    await run(corsHandler, req, res);
    if (req.method === 'OPTIONS') return; // answered by cors
    const refused = forgeryRefusal(req);
    if (refused) return sendJson(res, refused.status, refused.body, refused.headers);

    // The key is checked from the header before the body is read: only an editor's request may send a body over
    // the ordinary limit, and a bad key costs no more than its lookup.
    let caller: Caller | null = null;
    let authenticationError: unknown;
    try {
      caller = await options.authenticate(req.headers.authorization);
    } catch (error) {
      authenticationError = error;
      // A key refused counts against the address; a database that cannot be asked (down) does not.
      if (error instanceof UnauthenticatedError) await options.rateLimiter.authenticationFailed(req);
    }
    const large = mayImport(caller) && !(Number(req.headers['content-length']) <= limits.bodyLimitBytes);
    if (large && !(await largeBodies.acquire())) {
      return sendJson(res, 503, new ServiceUnavailableError('Too many large imports are waiting; retry shortly').toBody({ requestId }), { 'retry-after': '5' });
    }
    if (large) res.once('close', () => largeBodies.release());
    await run(large ? importBody : ordinaryBody, req, res);
    const tooLarge = bodyLimitError(req, limits);
    if (tooLarge) return sendJson(res, tooLarge.status, tooLarge.body);

    // An anonymous read may be answered from a cache: the data version is read before anything runs, so that an
    // answer is never newer than the version its ETag names.
    const { httpCache } = options;
    // A query reads from a replica unless the client asks for the primary; the data version is read where the
    // data will be, so that an ETag never names data newer than the answer.
    const readReplica = req.headers[READ_FROM_HEADER] === 'primary' ? null : options.pickReplica();
    const dataVersion = caller === null && !authenticationError && httpCache.needsVersion(req)
      ? await readingFrom(readReplica, () => httpCache.dataVersion()) : undefined;
    const etag = dataVersion !== undefined && req.method === 'GET' && httpCache.options.enabled ? httpCache.etagOf(dataVersion, search) : undefined;
    if (etag && httpCache.answerIfNotModified(req, res, etag, search)) return;

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // Reads built as JSON text are written as the database wrote them (compiled-reads.ts), unless Apollo's
    // response cache keeps answers, which must hold the data itself.
    const passThrough = httpCache.options.responseCache ? undefined : new JsonPassThrough();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body: req.body },
      // A bad or revoked key is refused before anything runs (UNAUTHENTICATED, 401); no key means anonymous.
      context: async () => {
        if (authenticationError) throw authenticationError;
        return { ...options.context(caller, requestId, dataVersion, readReplica), ...(passThrough ? { jsonPassThrough: passThrough } : {}) };
      },
    });
    const body = response.body.kind === 'complete' ? (passThrough ? passThrough.into(response.body.string) : response.body.string) : null;
    if (body !== null && body.length * 3 > limits.maxResponseBytes && Buffer.byteLength(body) > limits.maxResponseBytes) {
      const tooLarge = new UserInputError(`The answer would hold more than ${limits.maxResponseBytes} bytes: ask for fewer rows, fewer fields or less text (text(length:))`, undefined, {
        extensions: { reason: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes },
      });
      return sendJson(res, 400, tooLarge.toBody({ requestId }));
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    httpCache.varyOnCaller(res);
    res.statusCode = statusOf(req, response.status ?? 200, response.headers.get('content-type'), body);
    if (etag) httpCache.tagAnswer(res, etag, search);
    if (response.body.kind === 'chunked') {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
    }
    res.end(body ?? undefined);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    // A client waits for everything this request does (see shared/request-scope).
    asClientRequest(() => handle(req, res)).catch((error: { status?: number; type?: string; message?: string }) => {
      if (res.headersSent) return res.destroy();
      // A body over its limit, too deep, with too many values, or not JSON: a clear client error.
      if (error.type === 'entity.too.large') return sendJson(res, 413, bodyTooLarge(limits, Number(req.headers['content-length']) || undefined));
      if (error.status && error.status < 500) {
        return sendJson(res, error.status, new UserInputError(error.message ?? 'Bad request', undefined, { extensions: { reason: error.type ?? 'BAD_REQUEST' } }).toBody());
      }
      const requestId = res.getHeader('x-request-id');
      options.logger.error({ requestId, err: error }, 'unexpected error');
      sendJson(res, 500, new InternalError(`Unexpected error; the operators can trace it by request id ${requestId}`).toBody({ requestId }));
    });
  };
}
