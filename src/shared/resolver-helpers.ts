// Small helpers the module resolvers share.
import type { GraphQLContext } from '../context';
import { InternalError, UnauthenticatedError } from '../errors';
import { CalendarDate, parseInput } from './validation';

/** A non-null relation whose row must exist (foreign keys guarantee it); a miss is a server fault. */
export async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (row === null) throw new InternalError(`${what} is missing`);
  return row;
}

/** A nullable foreign key followed (through a batch), or null. */
export function optional<T>(id: number | null | undefined, load: (id: number) => Promise<T | null>): Promise<T | null> | null {
  return id === null || id === undefined ? null : load(id);
}

/**
 * A field of a row read for one selection (see shared/selection): the look-ahead selects every field the
 * selection's resolvers read, so a missing one is a server fault, never a null.
 */
export function rowField<R, F extends keyof R & string>(row: R, field: F): Exclude<R[F], undefined> {
  const value = row[field];
  if (value === undefined) throw new InternalError(`The row was read without ${field}`);
  return value as Exclude<R[F], undefined>;
}

/** A Date argument (already checked by the scalar) as a Date, or null. */
export function dateArgument(value: string | null | undefined, field: string): Date | null {
  return value ? parseInput(CalendarDate, value, field) : null;
}

/** Who a write is recorded as: the name of the request's API key (every mutation needs one; see authorization). */
export function authorOf(context: GraphQLContext): string {
  if (!context.caller) throw new UnauthenticatedError('Writing needs an API key (Authorization: Bearer <key>)');
  return context.caller.name;
}
