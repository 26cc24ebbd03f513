// What changed: pages of the change log for `changes`, the NDJSON feed and the live subscription, with cursors
// checked against the retention (an expired cursor is an error, never a silent gap) and each change's record read
// through its own module's batches.
import { CursorExpiredError, UserInputError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import type { ChangeFeed } from './change-feed';
import { CHANGE_ENTITIES, compareCursors, type ChangeCursor, type ChangeEntityName, type ChangeRepository, type ChangeRow } from './changes.repository';

/** Reads a changed record as its GraphQL type's resolvers take it (null: it is gone). */
export type ChangedRecordReader = (batches: RequestBatches, id: number) => Promise<object | null>;

/** Each entity of the log: its GraphQL type and how its records are read (services.ts fills it from the modules). */
export type ChangedRecordReaders = Record<ChangeEntityName, ChangedRecordReader>;

export const CHANGE_TYPENAMES: Record<ChangeEntityName, string> = {
  actor: 'Actor', affiliation: 'Affiliation', event: 'Event', source: 'Source', claim: 'Claim', arms_transfer: 'ArmsTransfer',
};

/** A record as the ChangedRecord union resolves it. */
export type ChangedRecord = object & { __typename: string };

export interface ChangePage {
  changes: ChangeRow[];
  /** Where to resume: the cursor the page is complete through (the given one when nothing is new; START on an empty log). */
  cursor: string;
  hasMore: boolean;
  /** The oldest cursor still served; null while nothing was pruned (every change since the log began is kept). */
  horizon: string | null;
  retentionDays: number;
}

export interface ChangeQuery {
  after?: string | null;
  since?: Date | null;
  /** The API's names (ACTOR, ARMS_TRANSFER, ...). */
  entities?: readonly string[] | null;
  first?: number | null;
}

export const MAX_CHANGES_PAGE = 1000;
export const DEFAULT_CHANGE_RETENTION_DAYS = 90;
const MAX_RECENT = 200;
const DEFAULT_CHANGES_PAGE = 100;

/** The cursor before every change: reading after it reads the whole log (refused once changes were pruned). */
export const START: ChangeCursor = { xid: 0n, seq: 0n };

export function formatCursor(cursor: ChangeCursor): string {
  return `${cursor.xid}-${cursor.seq}`;
}

/** A cursor as `changes` and the feeds hand it out ("<transaction>-<sequence>"). */
export function parseCursor(raw: string, field: string): ChangeCursor {
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(raw.trim());
  if (!match) throw new UserInputError(`${field} must be a cursor that a change feed handed out, such as "1234-56"`, field);
  return { xid: BigInt(match[1]!), seq: BigInt(match[2]!) };
}

/** The API's entity names (ACTOR) as the log's (actor); null for all. */
export function entityNames(entities: readonly string[] | null | undefined, field = 'entities'): ChangeEntityName[] | null {
  if (!entities || entities.length === 0) return null;
  return [...new Set(entities)].map((name) => {
    const entity = name.toLowerCase() as ChangeEntityName;
    if (!CHANGE_ENTITIES.includes(entity)) throw new UserInputError(`${field} names no entity of the change log: ${name}`, field);
    return entity;
  });
}

export class ChangeService {
  constructor(
    private readonly log: ChangeRepository,
    private readonly feed: ChangeFeed,
    private readonly readers: ChangedRecordReaders,
    readonly retentionDays: number,
  ) {}

  /** One page of the log after a cursor (null: from the oldest change kept). */
  async page(query: ChangeQuery): Promise<ChangePage> {
    const first = query.first ?? DEFAULT_CHANGES_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) throw new UserInputError(`first must be between 1 and ${MAX_CHANGES_PAGE}`, 'first');
    const since = query.since ?? null;
    // PostgreSQL's timestamps end at 4713 BC and 294276 AD; a change is never older than the log.
    if (since && (since.getUTCFullYear() < 1 || since.getUTCFullYear() > 9999)) throw new UserInputError('since must be a time between the years 1 and 9999', 'since');
    const after = await this.checkedCursor(query.after, 'after');
    const read = await this.log.read(after, entityNames(query.entities), since, first);
    const pruned = await this.log.prunedThrough();
    return {
      changes: read.changes,
      cursor: formatCursor(read.through ?? after ?? START),
      hasMore: read.full,
      horizon: pruned ? formatCursor(pruned) : null,
      retentionDays: this.retentionDays,
    };
  }

  /**
   * The latest changes, newest first, for a page that shows what changed lately and then follows the feed live from
   * `cursor` (the log's visible end when they were read: a change after them is after it too).
   */
  async recent(entities: readonly string[] | null | undefined, first: number | null | undefined): Promise<ChangePage> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT) throw new UserInputError(`first must be between 1 and ${MAX_RECENT}`, 'first');
    const { changes, end } = await this.log.latest(entityNames(entities), limit);
    const pruned = await this.log.prunedThrough();
    return { changes, cursor: formatCursor(end ?? START), hasMore: false, horizon: pruned ? formatCursor(pruned) : null, retentionDays: this.retentionDays };
  }

  /** Pages of the log after a cursor until it is read through, for the NDJSON feed (constant memory). */
  async *pages(after: string | null | undefined, entities: readonly string[] | null | undefined, pageSize = MAX_CHANGES_PAGE): AsyncGenerator<ChangeRow[]> {
    let cursor = await this.checkedCursor(after, 'after');
    const names = entityNames(entities);
    for (;;) {
      const read = await this.log.read(cursor, names, null, pageSize);
      if (read.changes.length > 0) yield read.changes;
      if (!read.full || !read.through) return;
      cursor = read.through;
    }
  }

  /** Live changes after a cursor (none: from now on), for the subscription. */
  async subscribe(after: string | null | undefined, entities: readonly string[] | null | undefined): Promise<AsyncIterableIterator<ChangeRow>> {
    const cursor = await this.checkedCursor(after, 'after');
    const names = entityNames(entities);
    return this.feed.stream(cursor, names ? new Set(names) : null);
  }

  /** The record a change is about as it is now; null once it is gone. */
  async recordOf(batches: RequestBatches, change: Pick<ChangeRow, 'entity' | 'recordId'>): Promise<ChangedRecord | null> {
    const record = await this.readers[change.entity](batches, change.recordId);
    return record ? { ...record, __typename: CHANGE_TYPENAMES[change.entity] } : null;
  }

  /** Deletes changes older than the retention (run hourly by the service). */
  prune(now = new Date()): Promise<number> {
    return this.log.prune(new Date(now.getTime() - this.retentionDays * 86_400_000));
  }

  stop(): Promise<void> {
    return this.feed.stop();
  }

  private async checkedCursor(raw: string | null | undefined, field: string): Promise<ChangeCursor | null> {
    if (raw === null || raw === undefined || raw === '') return null;
    const cursor = parseCursor(raw, field);
    const pruned = await this.log.prunedThrough();
    if (pruned && compareCursors(cursor, pruned) < 0) {
      throw new CursorExpiredError(
        `${field} is older than the changes kept (${this.retentionDays} days): changes after it were pruned. Copy the data again and resume from ${formatCursor(pruned)}`,
        field,
        formatCursor(pruned),
      );
    }
    return cursor;
  }
}
