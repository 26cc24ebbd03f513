import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';

export const claimCheckResolvers: Resolvers = {
  Query: {
    checkClaim: (_parent, { input }, { services, batches }) => services.claims.checkDraft(batches, input),
  },
  Claim: {
    check: (claim, _args, { services, batches }) => services.claimChecks.checkOf(batches, claim),
    conflicts: (claim, _args, { services, batches }) => services.claimChecks.conflictsOf(batches, claim.id),
  },
  ClaimCheck: {
    dataset: (check, _args, { services, batches }) => required(services.sources.byId(batches, check.datasetId), 'Checked dataset'),
    series: (check) => check.series.code,
    unit: (check) => check.series.unit,
    attribution: (check) => check.series.attribution,
  },
  SeriesPeriod: {
    __resolveType: (period) => period.__typename as 'ArmsSupplyPeriod',
  },
};
