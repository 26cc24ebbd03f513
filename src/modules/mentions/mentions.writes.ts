// How the set-based writes (bundles) write mentions someone reviewed or added: one map, held to the row type by the
// compiler (see db/set-writes.ts), from which the upsert and its parameters are made.
import { SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { Mention } from '../../generated/prisma/client';

/** A mention as a bundle writes it (a copy's review, with who made it and when). */
export type MentionWriteRow = WriteRowOf<Mention, 'id' | 'createdAt'> & { reviewedAt: string | null };

/** A mention is keyed by its source, actor and span; the review a bundle gives replaces the stored one (a relink's proposal included). */
export const MENTION_WRITES = new SetWrite<MentionWriteRow>('mention', {
  sourceId: { column: 'source_id', type: 'int', update: 'key' },
  actorId: { column: 'actor_id', type: 'int', update: 'key' },
  startOffset: { column: 'start_offset', type: 'int', update: 'key' },
  endOffset: { column: 'end_offset', type: 'int', update: 'key' },
  text: { column: 'text', type: 'text' },
  form: { column: 'form', type: 'text', cast: '"MentionForm"' },
  origin: { column: 'origin', type: 'text', cast: '"MentionOrigin"' },
  status: { column: 'status', type: 'text', cast: '"MentionStatus"' },
  reviewedBy: { column: 'reviewed_by', type: 'text' },
  reviewedAt: { column: 'reviewed_at', type: 'text', cast: 'timestamptz' },
} satisfies WriteMap<MentionWriteRow>);
