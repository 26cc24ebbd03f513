import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required } from '../../shared/resolver-helpers';

export const mentionResolvers: Resolvers = {
  Query: {
    analyzeSource: (_parent, args, { services, caller }) => services.mentions.analyze(args, caller),
  },
  Mutation: {
    reviewMention: (_parent, args, context) => context.services.mentions.review(args, authorOf(context)),
    addMention: (_parent, { input }, context) => context.services.mentions.add(input, authorOf(context)),
  },
  Source: {
    mentions: (source, args, { services, batches }) => services.mentions.ofSource(batches, source.id, args),
    weaponCount: async (source, _args, { services, batches }) => (await services.mentions.weaponsOfSource(batches, source.id)).count,
    weapons: (source, args, { services, batches }) => services.mentions.sourceWeaponPage(batches, source.id, args),
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
  SourceAnalysis: {
    mentionCount: (analysis) => analysis.found.count,
    mentions: (analysis, args, { services }) => services.mentions.mentionPage(analysis, args),
    weaponCount: (analysis) => analysis.weapons.count,
    weapons: (analysis, args, { services }) => services.mentions.weaponPage(analysis, args),
    unknownNameCount: (analysis) => analysis.unknownNames.count,
    unknownNames: (analysis, args, { services }) => services.mentions.unknownNamePage(analysis, args),
  },
  WeaponMention: {
    transferCount: (weapon, _args, { services, batches }) => services.mentions.weaponTransferCount(batches, weapon),
    transfers: (weapon, args, { services, batches }) => services.mentions.weaponTransfers(batches, weapon, args),
  },
  Mention: {
    actor: (mention, _args, { services, batches }) => required(services.actors.byId(batches, mention.actorId), 'Mentioned actor'),
    alternatives: async (mention, _args, { services, batches }) =>
      Promise.all(mention.alternativeIds.map((id) => required(services.actors.byId(batches, id), 'Mentioned actor'))),
  },
};
