// createServer(deps): the Apollo server and the HTTP routes around it. main.ts and the tests share it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createContext, type GraphQLContext } from '../context';
import type { Database } from '../db/database';
import { migrationStatus } from '../db/migrate';
import { readMigrations } from '../db/migrations';
import { loadTypeDefs, resolvers } from '../schema';
import type { Services } from '../services';
import { formatError } from './format-error';
import { playgroundPage } from './playground';

export const GRAPHQL_PATH = '/graphql';

export interface ServerDeps {
  db: Database;
  services: Services;
  playground: boolean;
}

export interface DossierServer {
  apollo: ApolloServer<GraphQLContext>;
  httpServer: http.Server;
  /** Listens on host:port (0 picks a free port) and returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer(deps: ServerDeps): Promise<DossierServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Dossier sets no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

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
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(deps.services) }),
  );

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
