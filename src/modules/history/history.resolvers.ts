import type { Resolvers } from '../../generated/graphql';
import { changedFields } from './history.service';

export const historyResolvers: Resolvers = {
  Query: {
    recordHistory: (_parent, { entity, id }, { services }) => services.history.recordHistory(entity, id),
  },
  Claim: {
    history: (claim, _args, { loaders, services }) => loaders.keyed('claimHistory', (ids) => services.history.versionsOf('claim', ids)).load(claim.id),
  },
  Event: {
    history: (event, _args, { loaders, services }) => loaders.keyed('eventHistory', (ids) => services.history.versionsOf('event', ids)).load(event.id),
  },
  RecordVersion: {
    id: (version) => `${version.entity}:${version.recordId}:${version.version}`,
    changedFields: (version) => changedFields(version),
  },
};
