// The field the history module adds to claims and events (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { CLAIM_COLUMNS } from '../claims/claims.columns';
import { EVENT_COLUMNS } from '../events/events.columns';

const WHY = 'versions with their changed fields, read per record by the history batch';

export const HISTORY_READS: Record<string, Record<string, FieldRead>> = {
  Claim: { history: readsOf(CLAIM_COLUMNS).resolved(WHY) },
  Event: { history: readsOf(EVENT_COLUMNS).resolved(WHY) },
};
