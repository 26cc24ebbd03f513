import type { Resolvers } from '../../generated/graphql';
import { changedFields } from './history.service';

export const historyResolvers: Resolvers = {
  Query: {
    recordHistory: (_parent, { entity, id }, { services }) => services.history.recordHistory(entity, id),
  },
  Claim: {
    history: (claim, _args, { services, batches }) => services.history.versionsOf(batches, 'claim', claim.id),
  },
  Event: {
    history: (event, _args, { services, batches }) => services.history.versionsOf(batches, 'event', event.id),
  },
  RecordVersion: {
    id: (version) => `${version.entity}:${version.recordId}:${version.version}`,
    changedFields: (version) => changedFields(version),
  },
};
