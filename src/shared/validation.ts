// zod at the boundary: every schema failure becomes one BAD_USER_INPUT naming the field.
import { z } from 'zod';
import { UserInputError } from '../errors';
import { isCalendarDate } from './dates';

/** Any string PostgreSQL can hold: its text type has no room for the NUL character. Use it instead of z.string(). */
export const Str = () => z.string().refine((value) => !value.includes('\u0000'), 'must not contain the NUL character (U+0000)');

/** A GraphQL ID of a stored row: a positive integer in a string. */
export const Id = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'is not a valid id')
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, 'is not a valid id');

/** Text that must not be blank; surrounding whitespace is dropped. */
export const Text = (max = 10_000) => Str().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A calendar date, YYYY-MM-DD, that exists. Returns a Date at UTC midnight, as Prisma stores @db.Date. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .transform((value, context) => {
    if (!isCalendarDate(value)) {
      context.addIssue({ code: 'custom', message: 'is not a calendar date' });
      return z.NEVER;
    }
    return new Date(`${value}T00:00:00.000Z`);
  });

export const Year = z.number().int('must be a whole number').min(1900, 'must be 1900 or later').max(2100, 'must be 2100 or earlier');

export const HttpUrl = Str()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/**
 * What a schema accepts, as a service's parameter type: a caller (a resolver, the CLI, a test builder) is held to
 * the fields the schema reads, and the service still parses what comes at run time. An optional field may come as
 * null too, as GraphQL sends an explicit null: the schema then says whether that field may be cleared.
 */
export type Input<Schema extends z.ZodType> = NullableWhenOptional<z.input<Schema>>;
type NullableWhenOptional<T> = { [Field in keyof T]: undefined extends T[Field] ? T[Field] | null : T[Field] };

/** Parses a value with a schema; on failure throws BAD_USER_INPUT naming the first bad field under `root`. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, root = 'input'): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  throw new UserInputError(`${first.field} ${first.message}`, first.field, { issues });
}

/** Drops keys whose value is undefined, so that "omitted" and "set to null" stay distinct in updates. */
export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** How much a value is to be believed (claims, affiliations, aliases), as Wikidata ranks statements. */
export const Rank = z.enum(['PREFERRED', 'NORMAL', 'DEPRECATED']);

/** A rank to set and its reason: a deprecated value says why. */
export const RankArgs = z
  .object({ id: Id, rank: Rank, reason: Text(2000).nullish() })
  .refine((args) => args.rank !== 'DEPRECATED' || args.reason, { message: 'a deprecated value needs a reason', path: ['reason'] });
export type RankArgs = z.output<typeof RankArgs>;

/** A bundle record's rank and its reason (a copy's): none keeps the stored rank, NORMAL for a new record. */
export const rankFields = { rank: Rank.nullish(), rankReason: Text(2000).nullish() };
/** The rule of RankArgs for a bundle record: a deprecated one says why. */
export const rankHasReason: [(record: { rank?: string | null; rankReason?: string | null }) => boolean, { message: string; path: string[] }] = [
  (record) => record.rank !== 'DEPRECATED' || Boolean(record.rankReason),
  { message: 'a deprecated record needs a rankReason', path: ['rankReason'] },
];
