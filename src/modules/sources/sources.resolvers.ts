import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_parent, { id }, { services }) => services.sources.getById(id),
    sources: (_parent, { filter, first, after }, { services }) => services.sources.list(filter, { first, after }),
  },
  Mutation: {
    createSource: (_parent, { input }, { services }) => services.sources.create(input),
    updateSource: (_parent, { id, input }, { services }) => services.sources.update(id, input),
    deleteSource: (_parent, { id }, { services }) => services.sources.delete(id),
  },
  Source: {
    id: (source) => String(source.id),
  },
  SourceConnection: connectionResolvers,
};
