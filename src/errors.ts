// Every error a client sees carries one of these codes in extensions.code.
import { GraphQLError } from 'graphql';

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
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldIssue {
  field: string;
  message: string;
}

/** Bad input: names the offending field (a dotted path such as `input.citations.0.quote`). */
export class UserInputError extends GraphQLError {
  constructor(message: string, field: string, issues: FieldIssue[] = [{ field, message }]) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, issues } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) } });
  }
}

/** The request is valid but clashes with stored data (a duplicate, a record still referenced). */
export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...(field ? { field } : {}), ...details } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, ...details } });
  }
}

/** No API key, or one that is unknown or revoked: HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

/** A valid key whose role does not allow the operation. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
