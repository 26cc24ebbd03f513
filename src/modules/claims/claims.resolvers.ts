import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, optional, required, rowField } from '../../shared/resolver-helpers';

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_parent, { id }, { services }) => services.claims.getById(id),
    claims: (_parent, { filter, first, after }, { services }) => services.claims.list(filter, { first, after }),
  },
  Mutation: {
    createClaim: (_parent, { input }, context) => context.services.claims.create(input, authorOf(context)),
    updateClaim: (_parent, { id, input }, context) => context.services.claims.update(id, input, authorOf(context)),
    deleteClaim: (_parent, { id }, context) => context.services.claims.delete(id, authorOf(context)),
    rankClaim: (_parent, args, context) => context.services.claims.rank(args, authorOf(context)),
    deprecateClaim: (_parent, args, context) => context.services.claims.deprecate(args, authorOf(context)),
  },
  Claim: {
    id: (claim) => String(claim.id),
    asserter: (claim, _args, { services, batches }) => optional(rowField(claim, 'asserterId'), (id) => services.actors.byId(batches, id)),
    asserterSource: (claim, _args, { services, batches }) => optional(rowField(claim, 'asserterSourceId'), (id) => services.sources.byId(batches, id)),
    event: (claim, _args, { services, batches }) => optional(rowField(claim, 'eventId'), (id) => services.events.byId(batches, id)),
    subject: (claim, _args, { services, batches }) => optional(rowField(claim, 'subjectId'), (id) => services.actors.byId(batches, id)),
    objectActor: (claim, _args, { services, batches }) => optional(rowField(claim, 'objectActorId'), (id) => services.actors.byId(batches, id)),
    predicateDefinition: (claim, _args, { services }) => services.predicates.find(rowField(claim, 'predicate')),
    freeTextPredicate: async (claim, _args, { services }) => {
      const predicate = rowField(claim, 'predicate');
      return predicate !== null && (await services.predicates.find(predicate)) === null;
    },
    about: (claim, _args, { services, batches }) => services.claims.actorsOf(batches, claim.id),
    citations: (claim, _args, { services, batches }) => services.claims.citationsOf(batches, claim.id),
    factChecks: (claim, _args, { services, batches }) => services.claims.factChecksOf(batches, claim.id),
  },
  FactCheck: {
    id: (check) => String(check.id),
    claim: (check, _args, { services, batches }) => required(services.claims.byId(batches, check.claimId), 'Fact-checked claim'),
  },
  ClaimActor: {
    id: (link) => `${link.claimId}:${link.actorId}`,
    actor: (link, _args, { services, batches }) => required(services.actors.byId(batches, link.actorId), 'Claim actor'),
  },
  Citation: {
    id: (citation) => String(citation.id),
    claim: (citation, _args, { services, batches }) => required(services.claims.byId(batches, citation.claimId), 'Cited claim'),
    source: (citation, _args, { services, batches }) => required(services.sources.byId(batches, citation.sourceId), 'Cited source'),
  },
  ClaimConnection: connectionResolvers,
};
