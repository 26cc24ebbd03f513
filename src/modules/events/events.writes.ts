// How the set-based writes (bundles) write events and their participants: one map per table, held to the row types
// by the compiler (see db/set-writes.ts), from which the statements and their parameters are made.
import { ChildWrite, SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { Event, EventParticipant } from '../../generated/prisma/client';

/** An event as a bundle writes it: a precision it does not give is the stored one (DAY for a new event). */
export type EventWriteRow = Omit<WriteRowOf<Event, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>, 'startPrecision'> & {
  startPrecision: Event['startPrecision'] | null;
};

export type ParticipantWriteRow = WriteRowOf<EventParticipant, 'id' | 'eventId'>;

/** An event as a bundle writes it, with its participants (null: the stored list stays). */
export type EventImportRow = EventWriteRow & { participants: ParticipantWriteRow[] | null };

/** An event's natural key: its title and start date (YYYY-MM-DD). */
export function eventKey(title: string, startDate: string): string {
  return `${startDate}|${title}`;
}

/** An event is keyed by its title and start date; other values fill in what the stored one lacks, the code is replaced. */
export const EVENT_WRITES = new SetWrite<EventWriteRow>('event', {
  cameoCode: { column: 'cameo_code', type: 'text' },
  title: { column: 'title', type: 'text', update: 'key' },
  startDate: { column: 'start_date', type: 'text', cast: 'date', update: 'key' },
  startPrecision: { column: 'start_precision', type: 'text', cast: '"DatePrecision"', update: 'fill', createDefault: `'DAY'::"DatePrecision"` },
  endDate: { column: 'end_date', type: 'text', cast: 'date', update: 'fill' },
  endPrecision: { column: 'end_precision', type: 'text', cast: '"DatePrecision"', update: 'fill' },
  location: { column: 'location', type: 'text', update: 'fill' },
  description: { column: 'description', type: 'text', update: 'fill' },
} satisfies WriteMap<EventWriteRow>, { stamped: true });

export const PARTICIPANT_WRITES = new ChildWrite<ParticipantWriteRow>('event_participant', 'event', 'event_id', {
  actorId: { column: 'actor_id', type: 'int' },
  role: { column: 'role', type: 'text', cast: '"ParticipantRole"' },
} satisfies WriteMap<ParticipantWriteRow>);
