import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, optional, required } from '../../shared/resolver-helpers';

/**
 * The row fields the Claim resolvers (here and in other modules) read for each GraphQL field not named after
 * one, so that a list of claims reads only the columns its selection needs (see shared/selection).
 */
export const CLAIM_ROW_READS: Record<string, readonly string[]> = {
  asserter: ['asserterId'],
  asserterSource: ['asserterSourceId'],
  event: ['eventId'],
  subject: ['subjectId'],
  objectActor: ['objectActorId'],
  about: ['id'],
  citations: ['id'],
  history: ['id'],
};

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_parent, { id }, { services }) => services.claims.getById(id),
    claims: (_parent, { filter, first, after }, { services }) => services.claims.list(filter, { first, after }),
  },
  Mutation: {
    createClaim: (_parent, { input }, context) => context.services.claims.create(input, authorOf(context)),
    updateClaim: (_parent, { id, input }, context) => context.services.claims.update(id, input, authorOf(context)),
    deleteClaim: (_parent, { id }, context) => context.services.claims.delete(id, authorOf(context)),
  },
  Claim: {
    id: (claim) => String(claim.id),
    asserter: (claim, _args, { loaders }) => optional(claim.asserterId, (id) => loaders.actor.load(id)),
    asserterSource: (claim, _args, { loaders }) => optional(claim.asserterSourceId, (id) => loaders.source.load(id)),
    event: (claim, _args, { loaders }) => optional(claim.eventId, (id) => loaders.event.load(id)),
    subject: (claim, _args, { loaders }) => optional(claim.subjectId, (id) => loaders.actor.load(id)),
    objectActor: (claim, _args, { loaders }) => optional(claim.objectActorId, (id) => loaders.actor.load(id)),
    about: (claim, _args, { loaders }) => loaders.claimActors.load(claim.id),
    citations: (claim, _args, { loaders }) => loaders.citations.load(claim.id),
  },
  ClaimActor: {
    id: (link) => `${link.claimId}:${link.actorId}`,
    actor: (link, _args, { loaders }) => required(loaders.actor.load(link.actorId), 'Claim actor'),
  },
  Citation: {
    id: (citation) => String(citation.id),
    claim: (citation, _args, { loaders }) => required(loaders.claim.load(citation.claimId), 'Cited claim'),
    source: (citation, _args, { loaders }) => required(loaders.source.load(citation.sourceId), 'Cited source'),
  },
  ClaimConnection: connectionResolvers,
};
