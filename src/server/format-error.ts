// Every error leaves the server with a code from src/errors.ts; GraphQL's own request errors
// (syntax, unknown field, a variable of the wrong type) are the client's input errors too.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseBusy, isDatabaseUnavailable, isStatementTimeout } from '../db/connection-errors';
import { ErrorCode, ServiceUnavailableError, TimeoutError, type DossierError } from '../errors';

const REQUEST_ERROR_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
]);

// graphql-js reports a bad variable as: Variable "$input" got invalid value 2.5 at "input.numberDelivered"; ...
const VARIABLE_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/;
const VARIABLE_NAME = /^Variable "\$(\w+)"/;
// ... at "input.armsTransfers[0]"; Field "dealId" of required type "String!" was not provided.
const MISSING_FIELD = /Field "(\w+)" of required type/;
// graphql-js stops coercing variables after 50 errors with a plain error that Apollo would call internal.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * A database failure a client can act on (retry, ask for less) as the API's error, or null: a statement past the
 * timeout, the embedded database too busy, the database unreachable. Every route maps them alike.
 */
export function databaseErrorOf(error: unknown): DossierError | null {
  if (isStatementTimeout(error)) {
    return new TimeoutError('The request ran past the database statement timeout and was cancelled; ask for less (a shorter span, fewer rows) or try again');
  }
  if (isDatabaseBusy(error)) return new ServiceUnavailableError('The embedded database is busy with other requests; try again shortly');
  if (isDatabaseUnavailable(error)) return new ServiceUnavailableError('The database cannot be reached right now (it may be restarting); try again shortly');
  return null;
}

/** Apollo's message for a persisted query sent with a hash that is not the query's. */
const HASH_MISMATCH = 'provided sha does not match query';

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const database = databaseErrorOf(error);
  if (database) {
    return { message: database.message, locations: formatted.locations, path: formatted.path, extensions: { code: database.code } };
  }
  if (formatted.message === HASH_MISMATCH) {
    return {
      message: 'The persisted query\'s sha256Hash is not the sha256 of the query sent with it',
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'PERSISTED_QUERY_HASH_MISMATCH', field: 'extensions.persistedQuery.sha256Hash' },
    };
  }
  const code = formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
    ? ApolloServerErrorCode.BAD_USER_INPUT
    : String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  if (!REQUEST_ERROR_CODES.has(code)) return formatted;
  const at = VARIABLE_PATH.exec(formatted.message)?.[2];
  const missing = MISSING_FIELD.exec(formatted.message)?.[1];
  const field = formatted.extensions?.field ?? (at && missing ? `${at}.${missing}` : at) ?? VARIABLE_NAME.exec(formatted.message)?.[1];
  return {
    ...formatted,
    extensions: {
      ...formatted.extensions,
      code: ErrorCode.BAD_USER_INPUT,
      ...(code !== ErrorCode.BAD_USER_INPUT ? { reason: code } : {}),
      ...(field ? { field } : {}),
    },
  };
}

// graphql-js's suggestions: "Did you mean "x"?", "Did you mean the enum value "STATE"?", "... or "y"?".
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * The formatter the server uses: formatError's codes, then what the mode allows. A stack is kept only for an
 * unexpected (internal) error, in development; in production, suggestions that spell out the schema are dropped.
 */
export function errorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const translated = formatError(formatted, error);
    const { stacktrace, ...extensions } = translated.extensions ?? {};
    const internal = (extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR) === ErrorCode.INTERNAL_SERVER_ERROR;
    return {
      ...translated,
      message: options.production ? translated.message.replace(SUGGESTION, '') : translated.message,
      extensions: { ...extensions, ...(internal && !options.production && stacktrace ? { stacktrace } : {}) },
    };
  };
}
