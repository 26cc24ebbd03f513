import type { Resolvers } from '../../generated/graphql';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, args, { services }) => services.search.find(args),
  },
  SearchHit: {
    source: (hit, _args, { loaders }) => (hit.kind === 'SOURCE' ? loaders.source.load(hit.id) : null),
    claim: (hit, _args, { loaders }) => (hit.kind === 'CLAIM' ? loaders.claim.load(hit.id) : null),
  },
};
