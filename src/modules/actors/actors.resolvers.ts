import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { dateArgument, required } from '../../shared/resolver-helpers';

export const actorResolvers: Resolvers = {
  Query: {
    actor: async (_parent, { id, name }, { services }) => {
      if (id) return services.actors.getById(id);
      if (name) return services.actors.findByName(name);
      return null;
    },
    actors: (_parent, { filter, first, after }, { services }) => services.actors.list(filter, { first, after }),
    affiliation: (_parent, { id }, { services }) => services.actors.getAffiliation(id),
  },
  Mutation: {
    createActor: (_parent, { input }, { services }) => services.actors.create(input),
    updateActor: (_parent, { id, input }, { services }) => services.actors.update(id, input),
    deleteActor: (_parent, { id }, { services }) => services.actors.delete(id),
    createAffiliation: (_parent, { input }, { services }) => services.actors.createAffiliation(input),
    updateAffiliation: (_parent, { id, input }, { services }) => services.actors.updateAffiliation(id, input),
    deleteAffiliation: (_parent, { id }, { services }) => services.actors.deleteAffiliation(id),
  },
  Actor: {
    id: (actor) => String(actor.id),
    aliases: (actor, _args, { loaders }) => loaders.aliases.load(actor.id),
    affiliations: (actor, { at }, { loaders }) => loaders.affiliations('memberId', dateArgument(at, 'at')).load(actor.id),
    members: (actor, { at }, { loaders }) => loaders.affiliations('organisationId', dateArgument(at, 'at')).load(actor.id),
  },
  Affiliation: {
    id: (affiliation) => String(affiliation.id),
    member: (affiliation, _args, { loaders }) => required(loaders.actor.load(affiliation.memberId), 'Affiliation member'),
    organisation: (affiliation, _args, { loaders }) => required(loaders.actor.load(affiliation.organisationId), 'Affiliation organisation'),
  },
  ActorConnection: connectionResolvers,
};
