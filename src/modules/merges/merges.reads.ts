// The fields the merges module adds to actors (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { ACTOR_COLUMNS } from '../actors/actors.columns';

const actor = readsOf(ACTOR_COLUMNS);

export const MERGE_READS: Record<string, Record<string, FieldRead>> = {
  Actor: {
    redirectedFrom: actor.resolved('set when an id asked for redirected to this actor'),
    mergedIds: actor.resolved('read per actor by the merges batch'),
    merges: actor.resolved('read per actor by the merges batch'),
  },
};
