// GraphQL execution compiled once per query (graphql-jit) instead of interpreted per request: lists of hundreds
// of rows resolve without graphql-js's per-field interpretation (measured in docs/PERFORMANCE.md).
// Apollo runs a custom executor only through its gateway interface; everything else (parsing, validation and
// its limits, plugins, error formatting) stays Apollo's.
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getVariableValues, printSchema, type ExecutionResult, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { InternalError, UserInputError } from '../errors';
import { cachePolicyOf } from './cache-policy';
import { isConnectionLoss, readingFrom } from '../db/replicas';
import type { GraphQLContext } from '../context';
import type { CacheHint } from '@apollo/cache-control-types';
import { compileRead, type CompiledRead } from './compiled-reads';
import { isNotCompiled, type JsonReadDeclarations, type NotCompiled } from '../shared/json-reads';
import type { Logger } from 'pino';

/** Compiled queries kept, by query hash and operation name; the oldest is dropped beyond this. */
const MAX_COMPILED = 500;

/**
 * A document compiled for one operation, with the cache policy its selection has (see cache-policy.ts) and, for
 * a read that one statement can answer, its plan (compiled-reads.ts).
 */
interface Compiled {
  query: CompiledQuery;
  cachePolicy: CacheHint;
  read: CompiledRead | NotCompiled;
}

/** How queries were answered: by one compiled statement, or by the resolvers and why (tests and the bench read it). */
export class ReadPaths {
  compiled = 0;
  readonly resolved = new Map<string, number>();

  record(outcome: 'compiled' | NotCompiled): void {
    if (outcome === 'compiled') this.compiled++;
    else this.resolved.set(outcome.notCompiled, (this.resolved.get(outcome.notCompiled) ?? 0) + 1);
  }

  /** The reasons queries went to the resolvers, most frequent first. */
  reasons(): [string, number][] {
    return [...this.resolved].sort((a, b) => b[1] - a[1]);
  }
}

const COMPILED_READS_OFF: NotCompiled = { notCompiled: 'compiled reads are off (DOSSIER_COMPILED_READS)' };

/**
 * jsonReads: the declarations reads are planned from; null runs every operation through the resolvers. Each query
 * answered by the resolvers is counted in `paths` with why, and logged at debug level.
 */
export function jitGateway(schema: GraphQLSchema, jsonReads: JsonReadDeclarations | null, paths = new ReadPaths(), logger?: Logger): GatewayInterface {
  const compiled = new Map<string, Compiled>();
  const compiledFor = (key: string, compile: () => Compiled | ExecutionResult): Compiled | ExecutionResult => {
    const known = compiled.get(key);
    if (known) return known;
    const query = compile();
    if (!('cachePolicy' in query)) return query;
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, query);
    return query;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        executor: async (request) => {
          // An operation name that names no operation of the document (or none given for several): in gateway mode
          // Apollo leaves it to the executor, which would fail on the missing operation (a 500). A request error.
          if (!(request.operation as OperationDefinitionNode | undefined)) {
            const message = request.operationName ? `Unknown operation named "${request.operationName}".` : 'Must provide operation name if query contains multiple operations.';
            return { errors: [new UserInputError(message, 'operationName', { extensions: { reason: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } })] };
          }
          // The schema has no Subscription type; graphql-js 16 does not refuse the operation in validation.
          if (request.operation.operation === 'subscription') {
            return { errors: [new UserInputError('Subscriptions are not served over HTTP requests: subscribe over graphql-ws at ws://<host>/graphql (or follow the change feed at /changes.events)', undefined, { nodes: [request.operation] })] };
          }
          const found = compiledFor(`${request.queryHash}:${request.operationName ?? ''}`, () => {
            const query = compileQuery(schema, request.document, request.operationName ?? undefined) as CompiledQuery | ExecutionResult;
            if (!isCompiledQuery(query)) return query;
            const read = jsonReads ? compileRead(schema, request.document, request.operation, jsonReads) : COMPILED_READS_OFF;
            return { query, cachePolicy: cachePolicyOf(schema, request.document, request.operation), read };
          });
          if (!('cachePolicy' in found)) return { ...found, errors: found.errors?.map(withExtensions) } as ExecutionResult<Record<string, unknown>>;
          const { query, cachePolicy, read } = found;
          // What Apollo's response cache and the HTTP headers read (server/http-cache.ts).
          request.overallCachePolicy.restrict(cachePolicy);
          const variables = request.request.variables ?? {};
          // Variables are checked by graphql-js first: its errors name the path of the bad value (input.citations[0].quote).
          if (request.operation.variableDefinitions?.length) {
            const coerced = getVariableValues(schema, request.operation.variableDefinitions, variables, { maxErrors: 50 });
            if (coerced.errors) {
              return { errors: coerced.errors.map((error) => new UserInputError(error.message, undefined, { nodes: error.nodes })) };
            }
          }
          // A query reads from the request's replica, if it has one; a mutation reads and writes on the primary.
          const replica = request.operation.operation === 'query' ? (request.context as GraphQLContext).readReplica ?? null : null;
          const result = (await readingFrom(replica, async () => {
            const answered = isNotCompiled(read) ? read : await read.run(request.context as GraphQLContext, variables);
            if (request.operation.operation === 'query') {
              paths.record(isNotCompiled(answered) ? answered : 'compiled');
              if (isNotCompiled(answered)) logger?.debug({ operation: request.operationName, resolvedBecause: answered.notCompiled }, 'read answered by the resolvers');
            }
            return isNotCompiled(answered) ? query.query(undefined, request.context, variables) : answered;
          })) as ExecutionResult<Record<string, unknown>>;
          // A replica that went away under this request is left out at once (its probe brings it back): the raw
          // reads already fell back to the primary, Prisma's failed with SERVICE_UNAVAILABLE, which a client retries.
          if (replica && result.errors?.some((error) => isConnectionLoss(error.originalError))) replica.state = 'unreachable';
          return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit makes a resolver's error without `extensions` when the thrown error had none, and Apollo reads
 * `extensions.code` before formatError sees it: a plain error (a lost database connection, a bug) then came out as
 * "Cannot read properties of undefined (reading 'code')", never as SERVICE_UNAVAILABLE or with its own message.
 * Such an error is internal unless formatError recognises its cause (a database down, a statement timeout).
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const normalized = new InternalError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  return Object.assign(normalized, { locations: error.locations });
}
