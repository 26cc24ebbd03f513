import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';

export const claimCheckResolvers: Resolvers = {
  Claim: {
    check: (claim, _args, { services, batches }) => services.claimChecks.checkOf(batches, claim),
    conflicts: (claim, _args, { services, batches }) => services.claimChecks.conflictsOf(batches, claim.id),
  },
  ClaimCheck: {
    dataset: (check, _args, { services, batches }) => required(services.sources.byId(batches, check.datasetId), 'Checked dataset'),
    attribution: () => SIPRI_ATTRIBUTION,
  },
};
