// Every error a client sees carries one of these codes in extensions.code. One base class takes the code (Apollo
// Server's GraphQLErrorWithCode is the model); each expected kind of failure has a subclass. Per-record failures
// of a batch import are data in its result, not errors (see imports).
import { GraphQLError, type ASTNode } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A database statement ran past the statement timeout and was cancelled. */
  TIMEOUT: 'TIMEOUT',
  /** Too many requests from one key or address in the window (HTTP 429, Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A change feed's cursor older than the retention: what it missed is gone (extensions.oldestCursor). */
  CURSOR_EXPIRED: 'CURSOR_EXPIRED',
  /** A live stream dropped because its client took nothing for too long (extensions.cursor: where to resume). */
  SLOW_CONSUMER: 'SLOW_CONSUMER',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldIssue {
  field: string;
  message: string;
}

export interface DossierErrorOptions {
  /** The input field or argument at fault, as a dotted path (`input.citations.0.quote`). */
  field?: string;
  /** More that a client can act on (the references that block a delete, a limit and its value). */
  extensions?: Record<string, unknown>;
  /** The HTTP status Apollo answers with when this error ends the request before execution. */
  httpStatus?: number;
  nodes?: ASTNode | readonly ASTNode[];
  path?: readonly (string | number)[];
  originalError?: Error;
}

/** The base of every error Dossier raises: its code, the field it names, and what else a client can act on. */
export class DossierError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DossierErrorOptions = {},
  ) {
    super(message, {
      nodes: options.nodes,
      path: options.path,
      originalError: options.originalError,
      extensions: {
        code,
        ...(options.field ? { field: options.field } : {}),
        ...options.extensions,
        ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
      },
    });
  }

  /** The error as the body of an HTTP answer, for refusals made before GraphQL runs (bodies, rate limits). */
  toBody(more: Record<string, unknown> = {}): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    const { http: _http, ...extensions } = this.extensions;
    return { errors: [{ message: this.message, extensions: { ...extensions, ...more } }] };
  }
}

/** Bad input: names the offending field when there is one (a dotted path such as `input.citations.0.quote`). */
export class UserInputError extends DossierError {
  constructor(message: string, field?: string, options: Omit<DossierErrorOptions, 'field'> & { issues?: FieldIssue[] } = {}) {
    const issues = options.issues ?? (field ? [{ field, message }] : undefined);
    super(ErrorCode.BAD_USER_INPUT, message, { ...options, field, extensions: { ...(issues ? { issues } : {}), ...options.extensions } });
  }
}

export class NotFoundError extends DossierError {
  constructor(message: string, field?: string) {
    super(ErrorCode.NOT_FOUND, message, { field });
  }
}

/** The request is valid but clashes with stored data (a duplicate, a record still referenced). */
export class ConflictError extends DossierError {
  constructor(message: string, field?: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, { field, extensions: details });
  }
}

/** The database or a part of the service cannot answer right now; retry shortly. */
export class ServiceUnavailableError extends DossierError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { extensions: details });
  }
}

/** A database statement ran past the statement timeout and was cancelled; ask for less, or retry. */
export class TimeoutError extends DossierError {
  constructor(message: string) {
    super(ErrorCode.TIMEOUT, message);
  }
}

/** No API key, or one that is unknown or revoked: HTTP 401. */
export class UnauthenticatedError extends DossierError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, { httpStatus: 401 });
  }
}

/** A valid key whose role does not allow the operation. */
export class ForbiddenError extends DossierError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** Too many requests from one client in the window: HTTP 429, with the seconds to wait. */
export class RateLimitedError extends DossierError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { extensions: { retryAfterSeconds }, httpStatus: 429 });
  }
}

/** A cursor of the change feed older than the changes still kept: never a silent gap, start again from a copy. */
export class CursorExpiredError extends DossierError {
  constructor(message: string, field: string, oldestCursor: string) {
    super(ErrorCode.CURSOR_EXPIRED, message, { field, extensions: { oldestCursor } });
  }
}

/** A live stream's client took nothing of what was sent for too long: dropped rather than buffered without bound. */
export class SlowConsumerError extends DossierError {
  constructor(message: string, cursor: string | null) {
    super(ErrorCode.SLOW_CONSUMER, message, { extensions: cursor ? { cursor } : {} });
  }
}

/** A fault of the service itself (a row the foreign keys guarantee is missing): never the client's to fix. */
export class InternalError extends DossierError {
  constructor(message: string, options: Pick<DossierErrorOptions, 'path' | 'nodes' | 'originalError'> = {}) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, message, options);
  }
}
