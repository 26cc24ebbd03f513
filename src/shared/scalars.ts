// The Date (YYYY-MM-DD) and DateTime (ISO 8601) scalars.
import { GraphQLScalarType, Kind } from 'graphql';
import { UserInputError } from '../errors';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  // PostgreSQL has no year 0, which JavaScript's Date would accept.
  if (typeof value !== 'string' || !DATE_PATTERN.test(value) || value < '0001' || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UserInputError(`Date must be a calendar date from 0001-01-01 as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO 8601.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => new Date(String(value)),
  parseLiteral: (ast) => new Date(ast.kind === Kind.STRING ? ast.value : NaN),
});

/** A Date column as the API's YYYY-MM-DD string. */
export function toDateString(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
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
