import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required } from '../../shared/resolver-helpers';

export const mentionResolvers: Resolvers = {
  Query: {
    analyzeSource: (_parent, args, { services }) => services.mentions.analyze(args),
  },
  Mutation: {
    reviewMention: (_parent, args, context) => context.services.mentions.review(args, authorOf(context)),
    addMention: (_parent, { input }, context) => context.services.mentions.add(input, authorOf(context)),
  },
  Source: {
    mentions: (source, args, { services, batches }) => services.mentions.ofSource(batches, source.id, args),
  },
  Actor: {
    mentions: (actor, args, { services, batches }) => services.mentions.ofActor(batches, actor.id, args),
  },
  SourceMention: {
    id: (mention) => String(mention.id),
    source: (mention, _args, { services, batches }) => required(services.sources.byId(batches, mention.sourceId), 'Mentioning source'),
    actor: (mention, _args, { services, batches }) => required(services.actors.byId(batches, mention.actorId), 'Mentioned actor'),
  },
  SourceMentionConnection: connectionResolvers,
  Mention: {
    actor: (mention, _args, { services, batches }) => required(services.actors.byId(batches, mention.actorId), 'Mentioned actor'),
    alternatives: async (mention, _args, { services, batches }) =>
      Promise.all(mention.alternativeIds.map((id) => required(services.actors.byId(batches, id), 'Mentioned actor'))),
  },
};
