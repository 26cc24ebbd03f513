// Relay cursor pagination over id-keyed rows. The cursor is the row's id, opaque to clients;
// Prisma's cursor pagination keeps any ordering stable from there.
import { UserInputError } from '../errors';

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** A page as repositories return it; the connection resolvers turn it into edges and pageInfo. */
export interface Page<Row extends { id: number }> {
  rows: Row[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
}

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

export interface PageWindow {
  take: number;
  afterId: number | null;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^c:(\d+)$/.exec(decoded);
  if (!match) throw new UserInputError(`${field} is not a cursor from this API`, field);
  return Number(match[1]);
}

/** Checks first/after and turns them into how many rows to read and from where. */
export function pageWindow(request: PageRequest, limits: PageLimits): PageWindow {
  const take = request.first ?? limits.defaultPageSize;
  if (!Number.isInteger(take) || take < 0 || take > limits.maxPageSize) {
    throw new UserInputError(`first must be between 0 and ${limits.maxPageSize}`, 'first');
  }
  return { take, afterId: request.after ? decodeCursor(request.after) : null };
}

/** Prisma arguments for a window: one row more than asked tells whether a next page exists. */
export function prismaWindow(window: PageWindow): { take: number; skip?: number; cursor?: { id: number } } {
  return window.afterId === null
    ? { take: window.take + 1 }
    : { take: window.take + 1, skip: 1, cursor: { id: window.afterId } };
}

export function toPage<Row extends { id: number }>(rows: Row[], window: PageWindow, count: () => Promise<number>): Page<Row> {
  let memo: Promise<number> | undefined;
  return {
    rows: rows.slice(0, window.take),
    hasNextPage: rows.length > window.take,
    hasPreviousPage: window.afterId !== null,
    totalCount: () => (memo ??= count()),
  };
}

/** The resolvers every connection type shares. */
export const connectionResolvers = {
  edges: <Row extends { id: number }>(page: Page<Row>) => page.rows.map((row) => ({ cursor: encodeCursor(row.id), node: row })),
  nodes: <Row extends { id: number }>(page: Page<Row>) => page.rows,
  totalCount: <Row extends { id: number }>(page: Page<Row>) => page.totalCount(),
  pageInfo: <Row extends { id: number }>(page: Page<Row>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.rows.length > 0 ? encodeCursor(page.rows[0]!.id) : null,
    endCursor: page.rows.length > 0 ? encodeCursor(page.rows[page.rows.length - 1]!.id) : null,
  }),
};
