import type { Resolvers } from '../../generated/graphql';
import { InternalError } from '../../errors';
import { requireRole } from '../api-keys/api-keys.service';
import { changedFields } from './history.service';

export const historyResolvers: Resolvers = {
  Query: {
    recordHistory: (_parent, { entity, id }, { services }) => services.history.recordHistory(entity, id),
  },
  Mutation: {
    restoreRecord: async (_parent, { entity, id }, { services, batches, caller }) => {
      const restored = await services.history.restore(entity, id, requireRole(caller, 'ADMIN', 'restoreRecord').name);
      const record = await services.changes.recordOf(batches, { entity: restored.entity, recordId: restored.id });
      if (!record) throw new InternalError(`The restored ${restored.entity} ${restored.id} cannot be read`);
      return record;
    },
  },
  Claim: {
    history: (claim, _args, { services, batches }) => services.history.versionsOf(batches, 'claim', claim.id),
  },
  Event: {
    history: (event, _args, { services, batches }) => services.history.versionsOf(batches, 'event', event.id),
  },
  Actor: {
    history: (actor, _args, { services, batches }) => services.history.versionsOf(batches, 'actor', actor.id),
  },
  Affiliation: {
    history: (affiliation, _args, { services, batches }) => services.history.versionsOf(batches, 'affiliation', affiliation.id),
  },
  Source: {
    history: (source, _args, { services, batches }) => services.history.versionsOf(batches, 'source', source.id),
  },
  ArmsTransfer: {
    history: (transfer, _args, { services, batches }) => services.history.versionsOf(batches, 'arms_transfer', transfer.id),
  },
  RecordVersion: {
    id: (version) => `${version.entity}:${version.recordId}:${version.version}`,
    changedFields: (version) => changedFields(version),
  },
};
