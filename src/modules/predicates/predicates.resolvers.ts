import type { Resolvers } from '../../generated/graphql';

export const predicateResolvers: Resolvers = {
  Query: {
    predicates: (_parent, _args, { services }) => services.predicates.list(),
  },
  Predicate: {
    subject: (predicate) => predicate.subjectRole,
    object: (predicate) => predicate.objectRole,
  },
};
