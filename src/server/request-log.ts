// Every request gets an id (sent back in `x-request-id` and, on errors, in `extensions.requestId`) and one
// structured log line: operation, duration, outcome. Unexpected errors are logged with their stack under that
// id, so that a client quoting it can be helped; in production the client sees no internals.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors';

const INCOMING_ID = /^[\w.:-]{1,100}$/;

/** Takes a well-formed incoming `x-request-id` (from a proxy) or makes one; sends it back. */
export function takeRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

export function requestLogPlugin(logger: Logger, production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
            if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
              logger.error({ requestId: contextValue.requestId, operation: operationName, err: error.originalError ?? error }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          for (const error of body?.errors ?? []) {
            const extensions = error.extensions as Record<string, unknown> | undefined;
            const internal = (extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR) === ErrorCode.INTERNAL_SERVER_ERROR;
            Object.assign(error, {
              // An unexpected error's text may hold SQL or paths: in production the client gets the request id instead.
              ...(internal && production ? { message: `Unexpected error; the operators can trace it by request id ${contextValue.requestId}` } : {}),
              extensions: { ...extensions, code: extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, requestId: contextValue.requestId },
            });
          }
          logger.info({
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            caller: contextValue.caller?.name ?? null,
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
            outcome: errors?.length ? 'error' : 'ok',
            errorCodes: errors?.length ? [...new Set(errors.map((error) => error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR))] : undefined,
          }, 'graphql request');
        },
      };
    },
  };
}
