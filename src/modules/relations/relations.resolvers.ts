import type { GraphQLResolveInfo } from 'graphql';
import { ACTOR_COLUMNS, CLAIM_COLUMNS, EVENT_COLUMNS } from '../../db/columns';
import type { Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../../context';
import { required } from '../../shared/resolver-helpers';
import { rowFieldsSelected } from '../../shared/selection';
import { ACTOR_ROW_READS } from '../actors/actors.resolvers';
import { CLAIM_ROW_READS } from '../claims/claims.resolvers';
import { EVENT_ROW_READS } from '../events/events.resolvers';
import type { ClaimWithCitations } from './relations.repository';

/** Loads rows by id through a loader, dropping any deleted meanwhile. */
async function present<T>(rows: Promise<(T | Error | null)[]>): Promise<T[]> {
  return (await rows).filter((row): row is T => row !== null && !(row instanceof Error));
}

const claimsById = (ids: number[], { loaders }: GraphQLContext) => present(loaders.claim.loadMany(ids));

/** Claims brought their citations along: Claim.citations needs no statement of its own. */
function withCitationsPrimed<T extends ClaimWithCitations>(lists: T[][], loaders: GraphQLContext['loaders']): T[][] {
  for (const claim of lists.flat()) loaders.citations.prime(claim.id, claim.citations);
  return lists;
}

/** The claim fields a list of claims is asked for: its rows go straight to that selection's resolvers. */
const claimFieldsOf = (info: GraphQLResolveInfo) => rowFieldsSelected(info, CLAIM_COLUMNS.fields, CLAIM_ROW_READS, []);

export const relationResolvers: Resolvers = {
  Actor: {
    events: (actor, args, { loaders, services }, info) => {
      const fields = rowFieldsSelected(info, EVENT_COLUMNS.fields, EVENT_ROW_READS, ['event']);
      const query = services.relations.actorEventsQuery(args, fields);
      return loaders.keyed(`actorEvents|${JSON.stringify(query)}`, (ids) => services.relations.eventsOfActors(ids, query)).load(actor.id);
    },
    claimsAbout: (actor, { first }, { loaders, services }, info) => {
      const [limit, fields] = [services.relations.limit(first, 100), claimFieldsOf(info)];
      return loaders
        .keyed(`claimsAbout|${limit}|${fields}`, (ids) => services.relations.claimsAboutActors(ids, limit, fields).then((lists) => withCitationsPrimed(lists, loaders)))
        .load(actor.id);
    },
    claimsBy: (actor, { first }, { loaders, services }, info) => {
      const [limit, fields] = [services.relations.limit(first, 100), claimFieldsOf(info)];
      return loaders
        .keyed(`claimsBy|${limit}|${fields}`, (ids) => services.relations.claimsByActors(ids, limit, fields).then((lists) => withCitationsPrimed(lists, loaders)))
        .load(actor.id);
    },
    sources: (actor, { first }, { loaders, services }) => {
      const limit = services.relations.limit(first, 100);
      return loaders.keyed(`actorSources|${limit}`, (ids) => services.relations.sourcesOfActors(ids, limit)).load(actor.id);
    },
    counterparts: (actor, { first }, { loaders, services }, info) => {
      const limit = services.relations.limit(first, 10);
      const actorFields = rowFieldsSelected(info, ACTOR_COLUMNS.fields, ACTOR_ROW_READS, ['actor']);
      return loaders
        .keyed(`counterparts|${limit}|${actorFields}`, async (ids) => {
          const groups = await services.relations.counterpartsOfActors(ids, limit, actorFields);
          // Only whole rows may stand in for the actor loader's.
          if (actorFields === null) for (const row of groups.flat()) loaders.primeActor(row.actor);
          return groups;
        })
        .load(actor.id);
    },
  },
  ActorEvent: {
    event: (row) => row.event,
  },
  ActorSource: {
    source: (row, _args, { loaders }) => required(loaders.source.load(row.source_id), 'Source'),
    armsTransfers: (row) => row.arms_transfers,
  },
  Counterpart: {
    actor: (row) => row.actor,
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
