// The Date (YYYY-MM-DD) and DateTime (ISO 8601) scalars.
import { GraphQLScalarType, Kind } from 'graphql';
import { UserInputError } from '../errors';
import { isCalendarDate, isoDate } from './dates';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new UserInputError(`Date must be a calendar date from 0001-01-01 as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? isoDate(value) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO 8601.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => instant(value),
  parseLiteral: (ast) => instant(ast.kind === Kind.STRING ? ast.value : null),
});

/** An ISO 8601 time given as input (a string PostgreSQL can store: years 1 to 9999), else BAD_USER_INPUT. */
function instant(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new UserInputError('A DateTime must be an ISO 8601 time such as 2024-03-01T12:00:00Z');
  return date;
}

/** A Date column as the API's YYYY-MM-DD string. */
export function toDateString(value: Date | null): string | null {
  return value ? isoDate(value) : null;
}

/** Output only: the snapshots of a record's history. No argument takes it, so input is refused. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: () => {
    throw new UserInputError('JSON values are not accepted as input');
  },
  parseLiteral: () => {
    throw new UserInputError('JSON values are not accepted as input');
  },
});
