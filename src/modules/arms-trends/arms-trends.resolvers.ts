import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';

export const armsTrendResolvers: Resolvers = {
  Query: {
    armsSupplyTrend: (_parent, args, { services }) => services.armsTrends.supplyTrend(args),
    topArmsSuppliers: (_parent, { recipient, ...args }, { services }) => services.armsTrends.ranking('SUPPLIERS', recipient, args),
    topArmsRecipients: (_parent, { supplier, ...args }, { services }) => services.armsTrends.ranking('RECIPIENTS', supplier, args),
  },
  ArmsSupplyTrend: { attribution: () => SIPRI_ATTRIBUTION },
  ArmsTradeRanking: { attribution: () => SIPRI_ATTRIBUTION },
  // As a SeriesPeriod (claim checks), an arms-supply period's figure is its TIV.
  ArmsSupplyPeriod: { value: (period) => period.tiv, valuePerYear: (period) => period.tivPerYear },
  ArmsTradePartner: {
    actor: (partner, _args, { services, batches }) => required(services.actors.byId(batches, partner.partnerId), 'Trading partner'),
  },
};
