import type { Resolvers } from '../../generated/graphql';
import { authorOf, required } from '../../shared/resolver-helpers';

export const actorMergeResolvers: Resolvers = {
  Query: {
    actor: async (_parent, { id, name }, { services, batches }) => {
      if (id) return services.merges.actorOrRedirect(batches, id);
      if (!name) return null;
      const actor = await services.actors.findByName(name);
      // Its aliases came along: Actor.aliases needs no statement of its own.
      if (actor) services.actors.remember(batches, actor);
      return actor;
    },
  },
  Mutation: {
    mergeActors: (_parent, args, context) => context.services.merges.merge(context.batches, args, authorOf(context)),
    unmergeActor: (_parent, args, context) => context.services.merges.unmerge(args, authorOf(context)),
  },
  Actor: {
    redirectedFrom: (actor) => ('redirectedFrom' in actor && typeof actor.redirectedFrom === 'number' ? String(actor.redirectedFrom) : null),
    mergedIds: async (actor, _args, { services, batches }) =>
      (await services.merges.mergesInto(batches, actor.id)).filter((merge) => merge.undoneAt === null).map((merge) => String(merge.duplicateId)),
    merges: (actor, _args, { services, batches }) => services.merges.mergesInto(batches, actor.id),
  },
  MergedActor: {
    id: (merge) => String(merge.duplicateId),
    name: (merge) => String((merge.duplicate as { name: string }).name),
    canonical: (merge, _args, { services, batches }) => required(services.actors.byId(batches, merge.canonicalId), 'MergedActor canonical'),
    moved: (merge) => Object.entries(merge.moved as Record<string, number>).map(([reference, count]) => ({ reference, count })),
  },
};
