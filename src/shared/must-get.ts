// A look-up that cannot miss unless Dossier itself is wrong (an id just written, a key just collected): a miss is
// an internal error naming what was missing, not an `undefined` carried on by a non-null assertion.
import { InternalError } from '../errors';

export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new InternalError(`${what} "${String(key)}" is missing`);
  return value;
}

/** The one row a statement always answers (an aggregate, an INSERT ... RETURNING); none is an internal error. */
export function oneRow<T>(rows: readonly T[], statement: string): T {
  const [row] = rows;
  if (row === undefined) throw new InternalError(`the statement ${statement} answered no row`);
  return row;
}

/** A record that must exist (one just written, or one a foreign key guarantees); its absence is an internal error. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new InternalError(`${what} is missing`);
  return value;
}
