// Relay cursor pagination by keyset: a list is ordered by sort keys that end with the id, and a cursor holds the
// keys of its row, so the next page starts right after that place in the order, whether or not the row is still
// there (a deleted row no longer ends the pagination early). Cursors are opaque to clients and checked on the way in.
import { UserInputError } from '../errors';

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** One key of a list's order; the last key of every order is the id, so that each row has one place. */
export interface SortKey<Row> {
  field: keyof Row & string;
  /** The column in raw SQL (the table alias included). */
  column: string;
  direction: 'asc' | 'desc';
  type: 'int' | 'number' | 'string' | 'date';
  /** Nulls sort after every value, in either direction. */
  nullable?: boolean;
}
export type SortOrder<Row> = readonly SortKey<Row>[];
/** An order as SQL reads it: its columns, without the row fields they fill. */
export type SortColumns = readonly Omit<SortKey<never>, 'field'>[];

type KeyValue = string | number | Date | null;

/** A page as repositories return it; the connection resolvers turn it into edges and pageInfo. */
export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
  // A method (bivariant): a page of whole rows serves where rows read for a selection are expected.
  cursorOf(row: Row): string;
}

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

export interface PageWindow<Row> {
  take: number;
  order: SortOrder<Row>;
  /** The sort keys of the row to read after, as the cursor held them; null for the first page. */
  after: KeyValue[] | null;
}

/** What a cursor's text starts with, before its sort keys as a JSON array (base64url as a whole). */
export const CURSOR_PREFIX = 'k';
const MAX_INT = 2_147_483_647;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/;

export function encodeCursor<Row>(order: SortOrder<Row>, row: Row): string {
  const values = order.map(({ field, type }) => {
    const value = row[field] as KeyValue;
    return type === 'date' && value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(values)).toString('base64url');
}

/** The keys a cursor holds, checked against the list's order: BAD_USER_INPUT naming `field` for anything else. */
export function decodeCursor<Row>(cursor: string, order: SortOrder<Row>, field = 'after'): KeyValue[] {
  const refuse = () => new UserInputError(`${field} is not a cursor of this list; use a pageInfo.endCursor it returned`, field);
  if (cursor.length > 2000) throw refuse();
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!decoded.startsWith(CURSOR_PREFIX)) throw refuse();
  let values: unknown;
  try {
    values = JSON.parse(decoded.slice(CURSOR_PREFIX.length));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(values) || values.length !== order.length) throw refuse();
  return order.map((key, index) => {
    const value: unknown = values[index];
    if (value === null && key.nullable) return null;
    switch (key.type) {
      case 'int':
        if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT) return value as number;
        break;
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) return value;
        break;
      case 'string':
        if (typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000')) return value;
        break;
      case 'date':
        if (typeof value === 'string' && DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value);
        break;
    }
    throw refuse();
  });
}

/** Checks first/after and turns them into how many rows to read and from where in `order`. */
export function pageWindow<Row>(request: PageRequest, limits: PageLimits, order: SortOrder<Row>): PageWindow<Row> {
  const take = request.first ?? limits.defaultPageSize;
  if (!Number.isInteger(take) || take < 0 || take > limits.maxPageSize) {
    throw new UserInputError(`first must be between 0 and ${limits.maxPageSize}`, 'first');
  }
  return { take, order, after: request.after ? decodeCursor(request.after, order) : null };
}

/**
 * The rows after the cursor, as a disjunction over the sort keys (k1 after v1, or k1 = v1 and k2 after v2, ...),
 * each term built by `term` (Prisma or SQL). Nulls sort last: after a value come the greater (or smaller) values
 * and then the nulls; after a null, only nulls.
 */
function afterCursor<Row, Condition>(
  window: PageWindow<Row>,
  build: {
    beyond: (key: SortKey<Row>, value: KeyValue) => Condition;
    equal: (key: SortKey<Row>, value: KeyValue) => Condition;
    isNull: (key: SortKey<Row>) => Condition;
    nothing: () => Condition;
    all: (conditions: Condition[]) => Condition;
    any: (conditions: Condition[]) => Condition;
  },
): Condition | null {
  const { after, order } = window;
  if (!after) return null;
  const alternatives = order.map((key, index) => {
    const value = after[index]!;
    const previous = order.slice(0, index).map((earlier, i) => build.equal(earlier, after[i]!));
    const later = value === null ? build.nothing() : key.nullable ? build.any([build.beyond(key, value), build.isNull(key)]) : build.beyond(key, value);
    return build.all([...previous, later]);
  });
  return build.any(alternatives);
}

/** A Prisma where clause for the rows after the window's cursor; undefined for the first page. */
export function prismaAfter<Row>(window: PageWindow<Row>): Record<string, unknown> | undefined {
  return (
    afterCursor<Row, Record<string, unknown>>(window, {
      beyond: (key, value) => ({ [key.field]: { [key.direction === 'asc' ? 'gt' : 'lt']: value } }),
      equal: (key, value) => ({ [key.field]: value }),
      isNull: (key) => ({ [key.field]: null }),
      nothing: () => ({ id: { in: [] } }),
      all: (conditions) => ({ AND: conditions }),
      any: (conditions) => ({ OR: conditions }),
    }) ?? undefined
  );
}

/** Prisma's orderBy for an order. */
export function prismaOrderBy<Row>(order: SortOrder<Row>): Record<string, unknown>[] {
  return order.map((key) => ({ [key.field]: key.nullable ? { sort: key.direction, nulls: 'last' } : key.direction }));
}

/** A key's value as a statement parameter: a date as ISO text, which PostgreSQL reads as the column's type. */
const sqlValue = (value: KeyValue) => (value instanceof Date ? value.toISOString() : value);

/** An SQL condition for the rows after the window's cursor (values through `param`); 'true' for the first page. */
export function sqlAfter<Row>(window: PageWindow<Row>, param: (value: unknown) => string): string {
  return (
    afterCursor<Row, string>(window, {
      beyond: (key, value) => `${key.column} ${key.direction === 'asc' ? '>' : '<'} ${param(sqlValue(value))}`,
      equal: (key, value) => (value === null ? `${key.column} IS NULL` : `${key.column} = ${param(sqlValue(value))}`),
      isNull: (key) => `${key.column} IS NULL`,
      nothing: () => 'false',
      all: (conditions) => `(${conditions.join(' AND ')})`,
      any: (conditions) => `(${conditions.join(' OR ')})`,
    }) ?? 'true'
  );
}

/** SQL's ORDER BY for an order. */
export function sqlOrderBy(order: SortColumns): string {
  return order.map((key) => `${key.column} ${key.direction.toUpperCase()}${key.nullable ? ' NULLS LAST' : ''}`).join(', ');
}

/** A page of the rows read with one more than asked for, which tells whether a next page exists. */
export function toPage<Row>(rows: Row[], window: PageWindow<Row>, count: () => Promise<number>): Page<Row> {
  let memo: Promise<number> | undefined;
  return {
    rows: rows.slice(0, window.take),
    hasNextPage: rows.length > window.take,
    hasPreviousPage: window.after !== null,
    totalCount: () => (memo ??= count()),
    cursorOf: (row) => encodeCursor(window.order, row),
  };
}

/** The resolvers every connection type shares. */
export const connectionResolvers = {
  edges: <Row>(page: Page<Row>) => page.rows.map((row) => ({ cursor: page.cursorOf(row), node: row })),
  nodes: <Row>(page: Page<Row>) => page.rows,
  totalCount: <Row>(page: Page<Row>) => page.totalCount(),
  pageInfo: <Row>(page: Page<Row>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.rows.length > 0 ? page.cursorOf(page.rows[0]!) : null,
    endCursor: page.rows.length > 0 ? page.cursorOf(page.rows[page.rows.length - 1]!) : null,
  }),
};
