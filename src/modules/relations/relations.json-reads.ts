// An actor's relations (events, claims by and about it, counterparts) as lists a one-statement read builds in the
// database (see shared/json-reads.ts), ranked by the same SQL as the resolvers' batches (relations.repository.ts).
import { column, type JsonList, type JsonObjectType } from '../../shared/json-reads';
import { rankedClaimsAboutSql, rankedClaimsBySql, rankedCounterpartsSql, rankedEventsOfActorsSql } from './relations.repository';

export const ACTOR_EVENT_JSON: JsonObjectType = {
  table: 'event_participant',
  scalars: { role: column('role') },
  references: { event: { column: 'event_id', type: 'Event' } },
};

export const COUNTERPART_JSON: JsonObjectType = {
  table: 'actor',
  scalars: {
    sharedEvents: column('shared_events'),
    sharedClaims: column('shared_claims'),
    sharedArmsDeals: column('shared_arms_deals'),
    links: column('links'),
  },
  references: { actor: { column: 'actor_id', type: 'Actor' } },
};

/** The claims of a ranking, at most `first` per parent, as claim rows. */
const claims = (ranking: (actorIds: string) => string): JsonList => ({
  type: 'Claim',
  rows: (parentIds, { first }, param, { services }) => {
    const limit = param(services.relations.claimLimit(first as number | null));
    return `SELECT ranked.parent_id, ranked.n AS _n, c.* FROM (${ranking(parentIds)}) ranked JOIN claim c ON c.id = ranked.id WHERE ranked.n <= ${limit}`;
  },
});

export const RELATION_ACTOR_LISTS: Record<string, JsonList> = {
  events: {
    type: 'ActorEvent',
    rows: (parentIds, args, param, { services }) => {
      const { filter, limit } = services.relations.eventArguments(args);
      const values = [filter.cameoPrefix, filter.from, filter.to, filter.role].map((value) => param(value));
      return `SELECT ranked.*, ranked.n AS _n FROM (${rankedEventsOfActorsSql(parentIds, values)}) ranked WHERE ranked.n <= ${param(limit)}`;
    },
  },
  claimsAbout: claims(rankedClaimsAboutSql),
  claimsBy: claims(rankedClaimsBySql),
  counterparts: {
    type: 'Counterpart',
    rows: (parentIds, { first }, param, { services }) => {
      const limit = param(services.relations.counterpartLimit(first as number | null));
      return `SELECT ranked.*, ranked.n AS _n FROM (${rankedCounterpartsSql(parentIds)}) ranked WHERE ranked.n <= ${limit}`;
    },
  },
};
