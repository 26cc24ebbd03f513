import type { Resolvers } from '../../generated/graphql';

export const matchingResolvers: Resolvers = {
  Query: {
    matchActors: (_parent, args, { services, batches }) => services.matching.matchArguments(batches, args),
  },
};
