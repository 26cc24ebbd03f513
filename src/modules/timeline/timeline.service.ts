// Query.timeline: the actor by any of its names (a merged actor's old name is the survivor's alias), the
// arguments checked, a page read in one statement, and an opaque cursor holding the last item's sort key.
import { UserInputError } from '../../errors';
import { isoDate } from '../../shared/dates';
import type { LoadingState } from '../../shared/loading';
import type { PageLimits } from '../../shared/pagination';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { Actor } from '../../generated/prisma/client';
import { PRECISION_RANK, TIMELINE_KINDS, type TimelineKey, type TimelineRepository, type TimelineRow } from './timeline.repository';
import { TimelineArgs } from './timeline.validation';

export interface TimelineItem extends TimelineRow {
  /** The actor the timeline is of. */
  actorId: number;
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  cursor: string;
}

export interface TimelinePage {
  actor: Actor;
  items: TimelineItem[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The cursor of an item: its sort key, opaque to clients. */
export function timelineCursor(row: TimelineRow): string {
  const key = [row.day, PRECISION_RANK[row.precision], row.kindRank, row.recordId, row.part].join('|');
  return Buffer.from(key).toString('base64url');
}

/** A cursor back to its key; anything else is BAD_USER_INPUT on `after`. */
export function parseTimelineCursor(cursor: string): TimelineKey {
  const match = /^(\d{4}-\d{2}-\d{2})\|([0-2])\|(\d)\|(\d{1,10})\|([01])$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || Number(match[3]) >= TIMELINE_KINDS.length || Number(match[4]) > 2_147_483_647) {
    throw new UserInputError('after must be a cursor that timeline handed out', 'after');
  }
  return { day: match[1]!, precisionRank: Number(match[2]), kindRank: Number(match[3]), recordId: Number(match[4]), part: Number(match[5]) };
}

/** A date as precise as it is known. */
const dateOf = (row: TimelineRow) => (row.precision === 'YEAR' ? row.day.slice(0, 4) : row.precision === 'MONTH' ? row.day.slice(0, 7) : row.day);

export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly actors: ActorService,
    private readonly limits: PageLimits,
    private readonly loading: LoadingState,
  ) {}

  async page(rawArgs: unknown): Promise<TimelinePage> {
    const args = parseInput(TimelineArgs, rawArgs, '');
    const limit = args.first ?? this.limits.defaultPageSize;
    if (limit > this.limits.maxPageSize) throw new UserInputError(`first must be at most ${this.limits.maxPageSize}`, 'first');
    const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)] : null;
    // The arms deliveries are read once the register has loaded (a first start loads it after the port opens).
    if (!kinds || kinds.includes('ARMS_DELIVERIES')) this.loading.assertLoaded();
    const actor = await this.actors.resolveName(args.actor, 'actor');
    const other = args.with ? await this.actors.resolveName(args.with, 'with') : null;
    if (other?.id === actor.id) throw new UserInputError(`with names the same actor as actor (${actor.name})`, 'with');
    const rows = await this.timeline.page({
      actorId: actor.id,
      withId: other?.id ?? null,
      kinds,
      from: args.from ? isoDate(args.from) : null,
      to: args.to ? isoDate(args.to) : null,
      after: args.after ? parseTimelineCursor(args.after) : null,
      newestFirst: args.newestFirst ?? false,
      limit,
    });
    const items = rows.slice(0, limit).map((row) => ({ ...row, actorId: actor.id, date: dateOf(row), cursor: timelineCursor(row) }));
    return {
      actor,
      items,
      pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(args.after), startCursor: items[0]?.cursor ?? null, endCursor: items.at(-1)?.cursor ?? null },
    };
  }
}
