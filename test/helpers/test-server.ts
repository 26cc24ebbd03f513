// The whole request pipeline in process (Apollo's executeOperation) over a test database of the file's own.
import type { Database } from '../../src/db/database';
import { createContext } from '../../src/context';
import type { Caller } from '../../src/modules/api-keys/api-keys.service';
import { createServer, type DossierServer, type ServerDeps } from '../../src/server/server';
import { createServices, type ServiceOptions, type Services } from '../../src/services';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_PAGE_LIMITS = { defaultPageSize: 100, maxPageSize: 500 };
/** Module tests write as an admin; test/modules/api-keys.test.ts checks the keys themselves. */
export const TEST_ADMIN: Caller = { name: 'test-admin', role: 'ADMIN' };

export interface GraphQLResult<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestServer {
  db: TestDatabase;
  services: Services;
  server: DossierServer;
  /** Runs one operation through the real pipeline as an ADMIN key would; returns the single result. */
  execute<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<Data>>;
  /** The same, as a given caller (null: anonymous). */
  executeAs<Data = Record<string, any>>(caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<Data>>;
  /** Stops the server; the database is removed too unless kept (a second server on the same database). */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export async function createTestServer(
  options: { db?: TestDatabase; playground?: boolean; services?: ServiceOptions } & Partial<Pick<ServerDeps, 'production' | 'limits' | 'corsOrigins' | 'requireKeyForReads' | 'logger' | 'rateLimits' | 'httpCache' | 'responseCache' | 'redis' | 'trustedProxies' | 'compiledReads' | 'live'>> = {},
): Promise<TestServer> {
  const db = options.db ?? (await createTestDatabase());
  const services = createServices(db as Database, TEST_PAGE_LIMITS, undefined, options.services);
  const server = await createServer({ ...options, db, services, playground: options.playground ?? false, pagination: TEST_PAGE_LIMITS });
  const executeAs: TestServer['executeAs'] = async (caller, query, variables) => {
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(services, caller) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult<any>;
  };
  return {
    db,
    services,
    server,
    execute: (query, variables) => executeAs(TEST_ADMIN, query, variables),
    executeAs,
    async close(closing = {}) {
      await server.stop();
      await services.changes.stop();
      if (!closing.keepDatabase) await db.destroy();
    },
  };
}

/** The data of a result that must have no errors. */
export function dataOf<Data>(result: GraphQLResult<Data>): Data {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as Data;
}

/** The one error of a result that must have failed. */
export function errorOf(result: GraphQLResult): { message: string; code: string; field?: string; extensions: Record<string, any> } {
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  const [error] = result.errors;
  return { message: error!.message, code: error!.extensions?.code, field: error!.extensions?.field, extensions: error!.extensions ?? {} };
}
