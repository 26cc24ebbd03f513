import type { Resolvers } from '../../generated/graphql';
import { RequestBatches } from '../../shared/batches';
import { formatCursor } from './changes.service';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_parent, args, { services }) => services.changes.page(args),
    recentChanges: (_parent, { entities, first }, { services }) => services.changes.recent(entities, first),
  },
  Subscription: {
    changes: {
      subscribe: (_parent, { after, entities }, { services }) => services.changes.subscribe(after, entities),
      // The context lives as long as the subscription: each change reads its record afresh, not from the last one's batches.
      resolve: (change: unknown, _args: unknown, context: { batches: RequestBatches }) => {
        context.batches = new RequestBatches();
        return change as never;
      },
    },
  },
  Change: {
    cursor: (change) => formatCursor(change.cursor),
    entity: (change) => change.entity.toUpperCase() as never,
    recordId: (change) => String(change.recordId),
    mergedInto: (change) => (change.mergedInto === null ? null : String(change.mergedInto)),
    record: (change, _args, { services, batches }) => services.changes.recordOf(batches, change),
  },
  ChangedRecord: {
    __resolveType: (record) => record.__typename as never,
  },
};
