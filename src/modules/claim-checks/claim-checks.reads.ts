// The fields the claim checks add to claims (see shared/reads.ts): computed from the data, never stored.
import { readsOf, type FieldRead } from '../../shared/reads';
import { CLAIM_COLUMNS } from '../claims/claims.columns';

const claim = readsOf(CLAIM_COLUMNS);

export const CLAIM_CHECK_READS: Record<string, Record<string, FieldRead>> = {
  Claim: {
    check: claim.resolved('a verdict computed from the data by the checks batch', 'predicate', 'subjectId', 'objectActorId', 'objectValue', 'validFrom', 'validTo'),
    conflicts: claim.resolved('claims that say the opposite, from the checks batch', 'predicate', 'subjectId', 'objectActorId'),
  },
};
