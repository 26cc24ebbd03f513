// How the set-based writes (bundles) write where an event's values come from: one map, held to the row type by the
// compiler (see db/set-writes.ts), from which the statement and its parameters are made.
import { SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { ValueSource } from '../../generated/prisma/client';

/** An event's value source as a bundle writes it. */
export type EventValueSourceWriteRow = WriteRowOf<ValueSource, 'id' | 'affiliationId' | 'actorId' | 'aliasId' | 'firstSeen' | 'lastSeen' | 'createdBy'>;

export const EVENT_VALUE_SOURCE_WRITES = new SetWrite<EventValueSourceWriteRow>('value_source', {
  sourceId: { column: 'source_id', type: 'int', update: 'key' },
  eventId: { column: 'event_id', type: 'int', update: 'key' },
  field: { column: 'field', type: 'text', update: 'key' },
  quote: { column: 'quote', type: 'text', update: 'key' },
  startOffset: { column: 'start_offset', type: 'int', update: 'create' },
  endOffset: { column: 'end_offset', type: 'int', update: 'create' },
} satisfies WriteMap<EventValueSourceWriteRow>, {
  // A bundle may cite the same value twice: one row each.
  distinctOn: `u.event_id, u.source_id, COALESCE(u.field, ''), COALESCE(u.quote, '')`,
  computed: [{ column: 'created_by', insert: `NULLIF(current_setting('dossier.author', true), '')` }],
});
