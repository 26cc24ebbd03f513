// The field the provenance module adds to actors, affiliations and events (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { ACTOR_COLUMNS, AFFILIATION_COLUMNS } from '../actors/actors.columns';
import { EVENT_COLUMNS } from '../events/events.columns';

const WHY = 'value sources are read per record by the provenance batch';

export const PROVENANCE_READS: Record<string, Record<string, FieldRead>> = {
  Actor: { provenance: readsOf(ACTOR_COLUMNS).resolved(WHY) },
  Affiliation: { provenance: readsOf(AFFILIATION_COLUMNS).resolved(WHY) },
  Event: { provenance: readsOf(EVENT_COLUMNS).resolved(WHY) },
};
