// How the set-based writes (bundles) write where an event's or an affiliation's values come from: one map, held to
// the row type by the compiler (see db/set-writes.ts), from which the statement and its parameters are made.
import { SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { ValueSource } from '../../generated/prisma/client';

/** A value source as a bundle writes it: of an event or of an affiliation (the other id null). */
export type ValueSourceWriteRow = WriteRowOf<ValueSource, 'id' | 'actorId' | 'aliasId' | 'firstSeen' | 'lastSeen' | 'createdBy'>;

export const VALUE_SOURCE_WRITES = new SetWrite<ValueSourceWriteRow>('value_source', {
  sourceId: { column: 'source_id', type: 'int', update: 'key' },
  eventId: { column: 'event_id', type: 'int', update: 'key' },
  affiliationId: { column: 'affiliation_id', type: 'int', update: 'key' },
  field: { column: 'field', type: 'text', update: 'key' },
  quote: { column: 'quote', type: 'text', update: 'key' },
  startOffset: { column: 'start_offset', type: 'int', update: 'create' },
  endOffset: { column: 'end_offset', type: 'int', update: 'create' },
} satisfies WriteMap<ValueSourceWriteRow>, {
  // A bundle may cite the same value twice: one row each.
  distinctOn: `u.event_id, u.affiliation_id, u.source_id, COALESCE(u.field, ''), COALESCE(u.quote, '')`,
  computed: [{ column: 'created_by', insert: `NULLIF(current_setting('dossier.author', true), '')` }],
});
