import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, dateArgument, required } from '../../shared/resolver-helpers';

export const actorResolvers: Resolvers = {
  Query: {
    // Query.actor is in merges.resolvers: an id may redirect to the actor it was merged into.
    actors: (_parent, { filter, first, after }, { services }) => services.actors.list(filter, { first, after }),
    affiliation: (_parent, { id }, { services }) => services.actors.getAffiliation(id),
  },
  Mutation: {
    // A likely duplicate of a stored actor is refused unless the input allows it (see MatchingService).
    createActor: (_parent, { input }, context) => context.services.matching.createActor(context.batches, input, authorOf(context)),
    updateActor: (_parent, { id, input }, context) => context.services.actors.update(id, input, authorOf(context)),
    deleteActor: (_parent, { id }, context) => context.services.actors.delete(id, authorOf(context)),
    createAffiliation: (_parent, { input }, context) => context.services.actors.createAffiliation(input, authorOf(context)),
    updateAffiliation: (_parent, { id, input }, context) => context.services.actors.updateAffiliation(id, input, authorOf(context)),
    deleteAffiliation: (_parent, { id }, context) => context.services.actors.deleteAffiliation(id, authorOf(context)),
    rankAffiliation: (_parent, args, context) => context.services.actors.rankAffiliation(args, authorOf(context)),
    rankAlias: (_parent, args, context) => context.services.actors.rankAlias(args, authorOf(context)),
  },
  Actor: {
    id: (actor) => String(actor.id),
    aliases: (actor, _args, { services, batches }) => services.actors.aliasesOf(batches, actor.id),
    demonyms: (actor, _args, { services, batches }) => services.actors.demonymsOf(batches, actor.id),
    aliasRecords: (actor, { includeDeprecated }, { services, batches }) => services.actors.aliasRecordsOf(batches, actor.id, includeDeprecated ?? false),
    affiliations: (actor, { at, includeDeprecated }, { services, batches }) =>
      services.actors.affiliationsOf(batches, 'memberId', actor.id, dateArgument(at, 'at'), includeDeprecated ?? false),
    members: (actor, { at, includeDeprecated }, { services, batches }) =>
      services.actors.affiliationsOf(batches, 'organisationId', actor.id, dateArgument(at, 'at'), includeDeprecated ?? false),
  },
  Alias: {
    id: (alias) => String(alias.id),
  },
  Affiliation: {
    id: (affiliation) => String(affiliation.id),
    member: (affiliation, _args, { services, batches }) => required(services.actors.byId(batches, affiliation.memberId), 'Affiliation member'),
    organisation: (affiliation, _args, { services, batches }) => required(services.actors.byId(batches, affiliation.organisationId), 'Affiliation organisation'),
  },
  ActorConnection: connectionResolvers,
};
