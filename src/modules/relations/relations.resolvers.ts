import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';
import { rowFieldsSelected } from '../../shared/selection';
import { rowReads } from '../../reads';

/** The claim fields a list of claims is asked for: its rows go straight to that selection's resolvers. */
const claimFieldsOf = (info: GraphQLResolveInfo) => rowFieldsSelected(info, rowReads('Claim'), []);

export const relationResolvers: Resolvers = {
  Actor: {
    events: (actor, args, { services, batches }, info) =>
      services.relations.eventsOfActor(batches, actor.id, args, rowFieldsSelected(info, rowReads('Event'), ['event'])),
    claimsAbout: (actor, { first }, { services, batches }, info) => services.relations.claimsAboutActor(batches, actor.id, first, claimFieldsOf(info)),
    claimsBy: (actor, { first }, { services, batches }, info) => services.relations.claimsByActor(batches, actor.id, first, claimFieldsOf(info)),
    sources: (actor, { first }, { services, batches }) => services.relations.sourcesOfActor(batches, actor.id, first),
    counterparts: (actor, { first }, { services, batches }, info) =>
      services.relations.counterpartsOfActor(batches, actor.id, first, rowFieldsSelected(info, rowReads('Actor'), ['actor'])),
  },
  ActorSource: {
    source: (row, _args, { services, batches }) => required(services.sources.byId(batches, row.sourceId), 'Source'),
  },
  Event: {
    claims: (event, _args, { services, batches }) => services.relations.claimsOfEvent(batches, event.id),
    sources: (event, _args, { services, batches }) => services.relations.sourcesOfEvent(batches, event.id),
  },
  Source: {
    citations: (source, _args, { services, batches }) => services.relations.citationsOfSource(batches, source.id),
    claims: (source, _args, { services, batches }) => services.relations.claimsOfSource(batches, source.id),
    actors: (source, _args, { services, batches }) => services.relations.actorsOfSource(batches, source.id),
  },
};
