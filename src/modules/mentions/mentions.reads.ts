// The fields the mentions module adds to actors and sources (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { ACTOR_COLUMNS } from '../actors/actors.columns';
import { SOURCE_COLUMNS } from '../sources/sources.columns';

const WHY = 'a page of mentions by cursor, read per parent by the mentions batch';

export const MENTION_READS: Record<string, Record<string, FieldRead>> = {
  Actor: { mentions: readsOf(ACTOR_COLUMNS).resolved(WHY) },
  Source: {
    mentions: readsOf(SOURCE_COLUMNS).resolved(WHY),
    weaponCount: readsOf(SOURCE_COLUMNS).resolved('read from the stored text with the designations the data hold now, by the source weapons batch'),
    weapons: readsOf(SOURCE_COLUMNS).resolved('read from the stored text with the designations the data hold now, by the source weapons batch'),
  },
};
