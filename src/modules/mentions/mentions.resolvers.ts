import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';

export const mentionResolvers: Resolvers = {
  Query: {
    analyzeSource: (_parent, args, { services }) => services.mentions.analyze(args),
  },
  Mention: {
    actor: (mention, _args, { services, batches }) => required(services.actors.byId(batches, mention.actorId), 'Mentioned actor'),
    alternatives: async (mention, _args, { services, batches }) =>
      Promise.all(mention.alternativeIds.map((id) => required(services.actors.byId(batches, id), 'Mentioned actor'))),
  },
};
