// createServer(deps): the Apollo server and the HTTP routes around it. main.ts and the tests share it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { DEFAULT_LIMITS, type RequestLimits } from '../config';
import { createContext, type GraphQLContext } from '../context';
import type { Database } from '../db/database';
import { migrationStatus } from '../db/migrate';
import { readMigrations } from '../db/migrations';
import { loadTypeDefs, resolvers } from '../schema';
import type { Services } from '../services';
import { ErrorCode } from '../errors';
import { EXPLORER_PATH, explorerRouter } from './explorer';
import { jitGateway } from './jit-gateway';
import { nulCharacterGuard } from './nul-guard';
import { formatError } from './format-error';
import pino, { type Logger } from 'pino';
import { withAuthorization } from './authorization';
import { DEFAULT_RATE_LIMITS, rateLimit, type RateLimits } from './rate-limit';
import { requestId, requestLogPlugin } from './request-log';
import { armorProtection, bodyLimit } from './limits';
import { playgroundPage } from './playground';

export const GRAPHQL_PATH = '/graphql';

export interface ServerDeps {
  db: Database;
  services: Services;
  playground: boolean;
  /** Production: no introspection, stack traces or field suggestions (set here, not left to NODE_ENV). */
  production?: boolean;
  limits?: RequestLimits;
  /** Origins allowed to call the API from a browser. */
  corsOrigins?: string[];
  /** Reads need a READER key too (writes always need a key). */
  requireKeyForReads?: boolean;
  /** Where the JSON request log goes; silent when not given (tests). */
  logger?: Logger;
  rateLimits?: RateLimits;
}

export interface DossierServer {
  apollo: ApolloServer<GraphQLContext>;
  httpServer: http.Server;
  /** Listens on host:port (0 picks a free port) and returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer(deps: ServerDeps): Promise<DossierServer> {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const production = deps.production ?? false;
  const app = express();
  // GraphQL answers are POST responses that no cache revalidates: hashing each for an ETag is wasted work.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // A client that sends its request slowly is cut off (a slow-body attack ties up a connection otherwise).
  httpServer.requestTimeout = limits.requestTimeoutMs;
  const armor = armorProtection(limits, production);
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitGateway(
      makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: withAuthorization(resolvers, { requireKeyForReads: deps.requireKeyForReads ?? false }) }),
    ),
    formatError,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Explicit, whatever NODE_ENV says; CSRF prevention stays on (Apollo's default), HTTP batching off.
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    plugins: [
      requestLogPlugin(deps.logger ?? pino({ level: 'silent' }), production),
      ...armor.plugins,
      nulCharacterGuard(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Dossier sets no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use(EXPLORER_PATH, explorerRouter());
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
      res.json({ status: 'ready', database: deps.db.kind, migrations: status.applied.length });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  // A browser asking for the endpoint gets the playground; API clients get GraphQL.
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (deps.playground && req.accepts(['application/json', 'text/html']) === 'text/html' && req.query.query === undefined) {
      res.type('html').send(playgroundPage(GRAPHQL_PATH));
      return;
    }
    next();
  });

  app.use(
    GRAPHQL_PATH,
    requestId,
    rateLimit(deps.rateLimits ?? DEFAULT_RATE_LIMITS),
    // Browsers may call the API only from the configured origins; other origins get no CORS headers.
    cors({ origin: deps.corsOrigins ?? [], methods: ['GET', 'POST'] }),
    express.json({ limit: limits.importBodyLimitBytes }),
    bodyLimit(limits),
    expressMiddleware(apollo, {
      // A bad or revoked key is refused before anything runs (UNAUTHENTICATED, 401); no key means anonymous.
      context: async ({ req, res }) =>
        createContext(deps.services, await deps.services.apiKeys.authenticate(req.headers.authorization), res.locals.requestId as string),
    }),
  );
  // A body over even the import limit, or not JSON: a clear client error rather than Express's HTML page.
  app.use((error: { status?: number; type?: string; message: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error.status || error.status >= 500) return next(error);
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: error.type ?? 'BAD_REQUEST' } }] });
  });

  return {
    apollo,
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
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
