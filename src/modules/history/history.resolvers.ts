import type { Resolvers } from '../../generated/graphql';
import { changedFields } from './history.service';

export const historyResolvers: Resolvers = {
  Query: {
    recordHistory: (_parent, { entity, id }, { services }) => services.history.recordHistory(entity, id),
  },
  Claim: {
    history: (claim, _args, { loaders }) => loaders.history('claim').load(claim.id),
  },
  Event: {
    history: (event, _args, { loaders }) => loaders.history('event').load(event.id),
  },
  RecordVersion: {
    changedFields: (version) => changedFields(version),
  },
};
