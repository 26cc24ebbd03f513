// The field the history module adds to every versioned type (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { ACTOR_COLUMNS, AFFILIATION_COLUMNS } from '../actors/actors.columns';
import { ARMS_TRANSFER_COLUMNS } from '../arms-transfers/arms-transfers.columns';
import { CLAIM_COLUMNS } from '../claims/claims.columns';
import { EVENT_COLUMNS } from '../events/events.columns';
import { SOURCE_COLUMNS } from '../sources/sources.columns';

const WHY = 'versions with their changed fields, read per record by the history batch';

export const HISTORY_READS: Record<string, Record<string, FieldRead>> = {
  Claim: { history: readsOf(CLAIM_COLUMNS).resolved(WHY) },
  Event: { history: readsOf(EVENT_COLUMNS).resolved(WHY) },
  Actor: { history: readsOf(ACTOR_COLUMNS).resolved(WHY) },
  Affiliation: { history: readsOf(AFFILIATION_COLUMNS).resolved(WHY) },
  Source: { history: readsOf(SOURCE_COLUMNS).resolved(WHY) },
  ArmsTransfer: { history: readsOf(ARMS_TRANSFER_COLUMNS).resolved(WHY) },
};
