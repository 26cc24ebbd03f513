// How the relations' fields are read (see shared/reads.ts): an actor's events, claims by and about it and
// counterparts as lists a compiled read builds, ranked by the same SQL as the resolvers' batches
// (relations.repository.ts); the other relations are left to their resolvers.
import { modelColumns } from '../../db/columns';
import type { JsonList } from '../../shared/json-reads';
import { readsOf, type FieldRead, type TypeReads } from '../../shared/reads';
import { ACTOR_COLUMNS } from '../actors/actors.columns';
import { EVENT_COLUMNS } from '../events/events.columns';
import { SOURCE_COLUMNS } from '../sources/sources.columns';
import { rankedClaimsAboutSql, rankedClaimsBySql, rankedCounterpartsSql, rankedEventsOfActorsSql } from './relations.repository';

/** An actor's part in an event, as the ranking of events of actors writes it. */
const ACTOR_EVENT_COLUMNS = modelColumns<{ role: string; eventId: number }>('event_participant', { role: 'role', eventId: 'event_id' });
const actorEvent = readsOf(ACTOR_EVENT_COLUMNS);
export const ACTOR_EVENT: TypeReads = {
  table: 'event_participant',
  rowFields: ACTOR_EVENT_COLUMNS.fields,
  fields: { role: actorEvent.column('role'), event: actorEvent.reference('eventId', 'Event') },
};

/** A counterpart, as the ranking of counterparts writes it. */
const COUNTERPART_COLUMNS = modelColumns<{ actorId: number; sharedEvents: number; sharedClaims: number; sharedArmsDeals: number; links: number }>('actor', {
  actorId: 'actor_id', sharedEvents: 'shared_events', sharedClaims: 'shared_claims', sharedArmsDeals: 'shared_arms_deals', links: 'links',
});
const counterpart = readsOf(COUNTERPART_COLUMNS);
export const COUNTERPART: TypeReads = {
  table: 'actor',
  rowFields: COUNTERPART_COLUMNS.fields,
  fields: {
    actor: counterpart.reference('actorId', 'Actor'),
    sharedEvents: counterpart.column('sharedEvents'),
    sharedClaims: counterpart.column('sharedClaims'),
    sharedArmsDeals: counterpart.column('sharedArmsDeals'),
    links: counterpart.column('links'),
  },
};

/** The claims of a ranking, at most `first` per parent, as claim rows. */
const claims = (ranking: (actorIds: string) => string): JsonList => ({
  type: 'Claim',
  rows: (parentIds, { first }, param, { services }) => {
    const limit = param(services.relations.claimLimit(first as number | null));
    return `SELECT ranked.parent_id, ranked.n AS _n, c.* FROM (${ranking(parentIds)}) ranked JOIN claim c ON c.id = ranked.id WHERE ranked.n <= ${limit}`;
  },
});

const actor = readsOf(ACTOR_COLUMNS);
const RELATION_WHY = 'read per parent by the relations batch';

/** The fields the relations module adds to other modules' types. */
export const RELATION_READS: Record<string, Record<string, FieldRead>> = {
  Actor: {
    events: actor.list({
      type: 'ActorEvent',
      rows: (parentIds, args, param, { services }) => {
        const { filter, limit } = services.relations.eventArguments(args);
        const values = [filter.cameoPrefix, filter.from, filter.to, filter.role].map((value) => param(value));
        return `SELECT ranked.*, ranked.n AS _n FROM (${rankedEventsOfActorsSql(parentIds, values)}) ranked WHERE ranked.n <= ${param(limit)}`;
      },
    }),
    claimsAbout: actor.list(claims(rankedClaimsAboutSql)),
    claimsBy: actor.list(claims(rankedClaimsBySql)),
    counterparts: actor.list({
      type: 'Counterpart',
      rows: (parentIds, { first }, param, { services }) => {
        const limit = param(services.relations.counterpartLimit(first as number | null));
        return `SELECT ranked.*, ranked.n AS _n FROM (${rankedCounterpartsSql(parentIds)}) ranked WHERE ranked.n <= ${limit}`;
      },
    }),
    sources: actor.resolved('sources counted by citations, mentions and datasets, from the relations batch'),
  },
  Event: {
    claims: readsOf(EVENT_COLUMNS).resolved(RELATION_WHY),
    sources: readsOf(EVENT_COLUMNS).resolved(RELATION_WHY),
  },
  Source: {
    citations: readsOf(SOURCE_COLUMNS).resolved(RELATION_WHY),
    claims: readsOf(SOURCE_COLUMNS).resolved(RELATION_WHY),
    actors: readsOf(SOURCE_COLUMNS).resolved(RELATION_WHY),
  },
};
