import type { Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../../context';
import { required } from '../../shared/resolver-helpers';

/** Loads rows by id through a loader, dropping any deleted meanwhile. */
async function present<T>(rows: Promise<(T | Error | null)[]>): Promise<T[]> {
  return (await rows).filter((row): row is T => row !== null && !(row instanceof Error));
}

const claimsById = (ids: number[], { loaders }: GraphQLContext) => present(loaders.claim.loadMany(ids));

export const relationResolvers: Resolvers = {
  Actor: {
    events: (actor, args, { loaders, services }) => {
      const query = services.relations.actorEventsQuery(args);
      return loaders.keyed(`actorEvents|${JSON.stringify(query)}`, (ids) => services.relations.eventsOfActors(ids, query)).load(actor.id);
    },
    claimsAbout: async (actor, { first }, context) => {
      const limit = context.services.relations.limit(first, 100);
      const ids = await context.loaders.keyed(`claimsAbout|${limit}`, (actorIds) => context.services.relations.claimsAboutActors(actorIds, limit)).load(actor.id);
      return claimsById(ids, context);
    },
    claimsBy: async (actor, { first }, context) => {
      const limit = context.services.relations.limit(first, 100);
      const ids = await context.loaders.keyed(`claimsBy|${limit}`, (actorIds) => context.services.relations.claimsByActors(actorIds, limit)).load(actor.id);
      return claimsById(ids, context);
    },
    sources: (actor, { first }, { loaders, services }) => {
      const limit = services.relations.limit(first, 100);
      return loaders.keyed(`actorSources|${limit}`, (ids) => services.relations.sourcesOfActors(ids, limit)).load(actor.id);
    },
    counterparts: (actor, { first }, { loaders, services }) => {
      const limit = services.relations.limit(first, 10);
      return loaders.keyed(`counterparts|${limit}`, (ids) => services.relations.counterpartsOfActors(ids, limit)).load(actor.id);
    },
  },
  ActorEvent: {
    event: (row, _args, { loaders }) => required(loaders.event.load(row.event_id), 'Event'),
  },
  ActorSource: {
    source: (row, _args, { loaders }) => required(loaders.source.load(row.source_id), 'Source'),
    armsTransfers: (row) => row.arms_transfers,
  },
  Counterpart: {
    actor: (row, _args, { loaders }) => required(loaders.actor.load(row.actor_id), 'Counterpart'),
    sharedEvents: (row) => row.shared_events,
    sharedClaims: (row) => row.shared_claims,
    sharedArmsDeals: (row) => row.shared_arms_deals,
  },
  Event: {
    claims: (event, _args, { loaders, services }) => loaders.keyed('eventClaims', (ids) => services.relations.claimsOfEvents(ids)).load(event.id),
    sources: async (event, _args, { loaders, services }) =>
      present(loaders.source.loadMany(await loaders.keyed('eventSources', (ids) => services.relations.sourcesOfEvents(ids)).load(event.id))),
  },
  Source: {
    citations: (source, _args, { loaders, services }) =>
      loaders.keyed('sourceCitations', (ids) => services.relations.citationsOfSources(ids)).load(source.id),
    claims: async (source, _args, context) =>
      claimsById(await context.loaders.keyed('sourceClaims', (ids) => context.services.relations.claimsOfSources(ids)).load(source.id), context),
    actors: async (source, _args, { loaders, services }) =>
      present(loaders.actor.loadMany(await loaders.keyed('sourceActors', (ids) => services.relations.actorsOfSources(ids)).load(source.id))),
  },
};
