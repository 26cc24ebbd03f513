// createServer(deps): the Apollo server and the HTTP routes around it. main.ts and the tests share it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { DEFAULT_LIMITS, DEFAULT_LIVE_LIMITS, type LiveLimits, type RequestLimits } from '../config';
import { InternalError, NotFoundError, UserInputError } from '../errors';
import { createContext, type GraphQLContext } from '../context';
import type { Database } from '../db/database';
import { migrationStatus } from '../db/migrate';
import { readMigrations } from '../db/migrations';
import { loadTypeDefs, resolvers } from '../schema';
import { jsonReads } from '../reads';
import type { Services } from '../services';
import { EXPLORER_PATH, explorerRouter } from './explorer';
import { RECONCILE_PATH, reconcileRouter } from './reconcile';
import { changesRouter } from './changes-http';
import { EXPORT_PATH, exportsRouter, type ExecuteAs } from './exports-http';
import { serveSubscriptions } from './subscriptions';
import { graphqlStreamRouter } from './graphql-stream';
import { LiveConnections } from './live';
import { jitGateway, ReadPaths } from './jit-gateway';
import { textGuard } from './text-guard';
import { errorFormatter } from './format-error';
import pino, { type Logger } from 'pino';
import { hideAuthorsFromAnonymous, requireKeyForEveryOperation, withAuthorization } from './authorization';
import { DEFAULT_RATE_LIMITS, rateLimiter, type RateLimits } from './rate-limit';
import { requestLogPlugin, takeRequestId } from './request-log';
import { armorProtection } from './limits';
import { graphqlHttpHandler } from './graphql-http';
import { queryCostLimit } from './query-cost';
import { HttpCache } from './http-cache';
import type { Redis } from 'ioredis';
import { redisKeyValueCache, redisState } from './redis';
import { commentLimit, PERSISTED_QUERY_TTL_S, persistedQueryCache } from './persisted-queries';
import type { PageLimits } from '../shared/pagination';

export const GRAPHQL_PATH = '/graphql';

/** The endpoint's path, with or without a trailing slash, whatever the query string. */
function isGraphqlPath(url = ''): boolean {
  const path = url.split('?', 1)[0];
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

export interface ServerDeps {
  db: Database;
  services: Services;
  playground: boolean;
  /** Production: no introspection (unless `introspection`), stack traces or field suggestions. */
  production?: boolean;
  /** Introspection on or off; by default on outside production. */
  introspection?: boolean;
  limits?: RequestLimits;
  /** Origins allowed to call the API from a browser. */
  corsOrigins?: string[];
  /** Reads need a READER key too (writes always need a key). */
  requireKeyForReads?: boolean;
  /** Where the JSON request log goes; silent when not given (tests). */
  logger?: Logger;
  rateLimits?: RateLimits;
  /** The page sizes lists default to and may not exceed (the cost limit counts them). */
  pagination?: PageLimits;
  /** ETags, 304s and Cache-Control for anonymous reads (default on; off when reads need a key). */
  httpCache?: boolean;
  /** Anonymous query answers kept in process until the data changes (default off). */
  responseCache?: boolean;
  /** Shared state of all instances (rate limits); none: in memory. */
  redis?: Redis;
  /** Proxies whose X-Forwarded-For names the client (rate limits). */
  trustedProxies?: string[];
  /** Reads answered by one statement building their JSON where they can be (default on; compiled-reads.ts). */
  compiledReads?: boolean;
  /** Limits of subscriptions and event streams: connections per client, slow consumers, pings (live.ts). */
  live?: Partial<LiveLimits>;
}

const DEFAULT_PAGINATION: PageLimits = { defaultPageSize: 100, maxPageSize: 500 };

export interface DossierServer {
  apollo: ApolloServer<GraphQLContext>;
  /** How queries were answered: compiled, or by the resolvers and why. */
  readPaths: ReadPaths;
  httpServer: http.Server;
  /** Listens on host:port (0 picks a free port) and returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer(deps: ServerDeps): Promise<DossierServer> {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const production = deps.production ?? false;
  const app = express();
  app.disable('x-powered-by');
  // The GraphQL endpoint is served without Express (see graphql-http.ts); every other path goes to the app.
  // (graphqlEndpoint is made once Apollo has started, before the server listens.)
  // A client that sends its request slowly is cut off once the request timeout has passed since its first byte
  // (a slow-body attack ties up a connection otherwise): node checks incomplete requests every second, not every
  // 30 s, and its headers must come within the same time.
  const httpServer = http.createServer(
    { requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: 1000 },
    (req, res) => (isGraphqlPath(req.url) ? graphqlEndpoint(req, res) : app(req, res)),
  );
  // An idle keep-alive socket is kept longer than clients and load balancers keep theirs (60 s is common), so
  // the client gives it up first: with node's 5 s, a request sent as the server closes its socket got ECONNRESET.
  httpServer.keepAliveTimeout = 65_000;
  const armor = armorProtection(limits);
  const logger = deps.logger ?? pino({ level: 'silent' });
  const requireKeyForReads = deps.requireKeyForReads ?? false;
  const typeDefs = loadTypeDefs();
  const httpCache = new HttpCache({
    // With reads closed every request has a key, and no answer is cached.
    enabled: (deps.httpCache ?? true) && !requireKeyForReads,
    responseCache: (deps.responseCache ?? false) && !requireKeyForReads,
    dataVersion: () => deps.services.dataVersion.current(),
    schemaText: typeDefs,
  });
  const schema = hideAuthorsFromAnonymous(makeExecutableSchema({ typeDefs, resolvers: withAuthorization(resolvers, { requireKeyForReads }) }));
  const pagination = deps.pagination ?? DEFAULT_PAGINATION;
  const readPaths = new ReadPaths();
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitGateway(schema, deps.compiledReads === false ? null : jsonReads, readPaths, logger),
    formatError: errorFormatter({ production }),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Explicit, whatever NODE_ENV says; HTTP batching off. Apollo's CSRF prevention gives way to Dossier's own rule
    // (graphql-http.ts): queries may come as plain GETs, everything else only as a JSON POST.
    csrfPrevention: false,
    introspection: deps.introspection ?? !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries: registered once for all instances when they share Redis; bounded either way.
    persistedQueries: { cache: persistedQueryCache(deps.redis ? redisKeyValueCache(deps.redis, 'dossier:') : undefined), ttl: PERSISTED_QUERY_TTL_S },
    // main.ts stops the service on SIGINT/SIGTERM (Apollo, then the database, then the logs). Apollo's own handler
    // raced it, and a second stop() while Apollo's first is under way never returns (Apollo 5.5): the database
    // was never closed, and the process only ended some 10 s later when the last pool timer ran out.
    stopOnTerminationSignals: false,
    plugins: [
      requestLogPlugin(logger, production),
      ...armor.plugins,
      ...(requireKeyForReads ? [requireKeyForEveryOperation()] : []),
      queryCostLimit(schema, { maxCost: limits.maxCost, ...pagination }),
      commentLimit(),
      textGuard(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The cache hints are read once per document (cache-policy.ts): Apollo's default cache-control plugin would
      // wrap every field resolver to collect them, and sees none under the graphql-jit gateway.
      ApolloServerPluginCacheControlDisabled(),
      ...httpCache.plugins(),
    ],
  });
  await apollo.start();

  // One rate limiter for every route: /graphql counts in its handler (before the playground and the body), every
  // other route here, before anything else runs.
  const limiter = rateLimiter(deps.rateLimits ?? DEFAULT_RATE_LIMITS, { redis: deps.redis, trustedProxies: deps.trustedProxies });
  app.use(async (req, res, next) => {
    const limited = await limiter.check(req, takeRequestId(req, res));
    if (!limited) return next();
    res.status(limited.status).set(limited.headers ?? {}).json(limited.body);
  });
  app.use(EXPLORER_PATH, explorerRouter());
  // Subscriptions' sockets and the change feed's event streams count against one cap per client.
  const live: LiveLimits = { ...DEFAULT_LIVE_LIMITS, ...deps.live };
  const liveConnections = new LiveConnections(live.maxConnectionsPerClient);
  app.use(changesRouter({ services: deps.services, rateLimiter: limiter, requireKeyForReads, liveConnections, slowConsumerMs: live.slowConsumerMs, logger }));
  app.use(EXPORT_PATH, exportsRouter({
    services: deps.services, rateLimiter: limiter, requireKeyForReads, liveConnections, slowConsumerMs: live.slowConsumerMs, logger, schema,
    execute: async (caller, query, variables) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(deps.services, caller) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as Awaited<ReturnType<ExecuteAs>>;
    },
  }));
  app.use(graphqlStreamRouter({
    schema, services: deps.services, limits, pagination, validationRules: armor.validationRules,
    rateLimiter: limiter, requireKeyForReads, liveConnections, live, logger,
  }));
  app.use(RECONCILE_PATH, reconcileRouter({
    services: deps.services,
    reconciliation: deps.services.reconciliation,
    corsOrigins: deps.corsOrigins ?? [],
    requireKeyForReads,
    maxBodyBytes: limits.bodyLimitBytes,
    rateLimiter: limiter,
    logger,
  }));
  app.get('/', (_req, res) => res.redirect(`${EXPLORER_PATH}/`));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // The migrations shipped with this build, read once: /ready is polled often.
  const shippedMigrations = readMigrations();
  app.get('/ready', async (_req, res) => {
    try {
      await deps.db.ping();
      const status = await migrationStatus(deps.db, shippedMigrations);
      if (status.pending.length > 0) {
        res.status(503).json({ status: 'migrating', pending: status.pending });
        return;
      }
      // Serving, but not all of its data yet (the first start's register): a balancer waits, a person can look.
      const loading = deps.services.loading.status;
      if (loading) {
        res.status(503).json({ status: 'loading', loading, database: deps.db.kind, migrations: status.applied.length });
        return;
      }
      const relinking = await deps.services.mentions.relinkProgress();
      // Redis is reported, never a reason to be unready: the rate limits fall back to this process's memory.
      res.json({
        status: 'ready', database: deps.db.kind, migrations: status.applied.length,
        ...(relinking ? { relinking } : {}), ...(deps.redis ? { redis: await redisState(deps.redis) } : {}),
        ...(deps.db.replicas ? { replicas: deps.db.replicas.status() } : {}),
      });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  // Express's own pages show a stack with file paths outside production and guess at the rest: a JSON error of
  // the API's shape instead, in every mode.
  app.use((_req, res) => {
    res.status(404).json(new NotFoundError('Not found').toBody());
  });
  app.use((error: { status?: number; statusCode?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error outside GraphQL');
    const answer = status === 404 ? new NotFoundError('Not found') : status < 500 ? new UserInputError('The request could not be served') : new InternalError('Unexpected error');
    res.status(status).json(answer.toBody());
  });

  const stopSubscriptions = serveSubscriptions({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    services: deps.services,
    limits,
    pagination,
    rateLimiter: limiter,
    validationRules: armor.validationRules,
    requireKeyForReads,
    liveConnections,
    live,
    logger,
  });

  const graphqlEndpoint = graphqlHttpHandler(apollo, {
    path: GRAPHQL_PATH,
    playground: deps.playground,
    limits,
    corsOrigins: deps.corsOrigins ?? [],
    rateLimiter: limiter,
    authenticate: (authorization) => deps.services.apiKeys.authenticate(authorization),
    context: (caller, requestId, dataVersion, readReplica) => createContext(deps.services, caller, requestId, dataVersion, readReplica),
    pickReplica: () => deps.db.replicas?.pick() ?? null,
    httpCache,
    logger,
  });

  return {
    apollo,
    readPaths,
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async stop() {
      await stopSubscriptions();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
