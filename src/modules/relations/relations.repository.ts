// What links actors, events, claims and sources, for many parents in one statement each: every method takes
// the parents' ids and returns rows tagged with their parent, at most `limit` per parent (row_number()).
import type { Database } from '../../db/database';
import type { Citation, Claim } from '../../generated/prisma/client';
import { ACTOR_COLUMNS, actorWithAliasesColumns, actorWithAliasesFrom, type ActorRow, type ActorWithAliases } from '../actors/actors.columns';
import { CLAIM_COLUMNS, type ClaimRow } from '../claims/claims.columns';
import { EVENT_COLUMNS, type EventRow } from '../events/events.columns';

export interface ActorEventFilter {
  cameoPrefix: string | null;
  from: string | null;
  to: string | null;
  role: string | null;
}

export interface ActorEventRow {
  parentId: number;
  role: string;
  /** Read in the same statement: of each event the fields the selection reads (see shared/selection). */
  event: EventRow;
}

/** A claim with its citations, which a list of claims almost always shows: they come in the same statement. */
export type ClaimWithCitations = ClaimRow & { citations: Citation[] };

export interface ParentClaim {
  parentId: number;
  claim: ClaimWithCitations;
}

export interface ParentLink {
  parentId: number;
  id: number;
}

export interface ActorSourceRow {
  parentId: number;
  sourceId: number;
  citations: number;
  armsTransfers: number;
  mentions: number;
}

export interface CounterpartRow {
  parentId: number;
  /**
   * Read in the same statement: the whole row with its aliases, to prime the actor batches; or, when the caller
   * names the fields it reads (see shared/selection), those fields only, for that selection alone.
   */
  actor: ActorWithAliases | ActorRow;
  sharedEvents: number;
  sharedClaims: number;
  sharedArmsDeals: number;
  links: number;
}

/** Every actor a claim involves: the actors it is about (subject and object among them) and its asserter. */
const CLAIM_ACTORS = `(SELECT claim_id, actor_id FROM claim_actor
  UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL)`;

/**
 * The actors of one claim (those it names and its asserter), read by the claim's key: joined LATERAL to a set of
 * claims, its cost follows that set, where a join of CLAIM_ACTORS reads the union for every claim there is.
 */
const actorsOfClaim = (claimId: string) => `LATERAL (SELECT actor_id FROM claim_actor WHERE claim_id = ${claimId}
  UNION SELECT asserter_id FROM claim WHERE id = ${claimId} AND asserter_id IS NOT NULL)`;

/**
 * The events of the actors whose ids `actorIds` (an SQL int[]) holds, ranked per actor (parent_id, event_id, role,
 * n), filtered by the parameters `filter` names (cameo prefix, from, to, role; each may be null): the batch's and
 * the JSON read's (relations.json-reads.ts) one definition.
 */
export const rankedEventsOfActorsSql = (actorIds: string, [cameo, from, to, role]: string[]) => `
  SELECT p.actor_id AS parent_id, p.id, p.event_id, p.role::text AS role,
    row_number() OVER (PARTITION BY p.actor_id ORDER BY e.start_date DESC, e.id DESC, p.role) AS n
  FROM event_participant p JOIN event e ON e.id = p.event_id
  WHERE p.actor_id = ANY(${actorIds})
    AND (${cameo}::text IS NULL OR e.cameo_code LIKE ${cameo} || '%')
    AND (${from}::date IS NULL OR COALESCE(e.end_date, e.start_date) >= ${from}::date)
    AND (${to}::date IS NULL OR e.start_date <= ${to}::date)
    AND (${role}::text IS NULL OR p.role::text = ${role})`;

/** Claims about each actor (claim_actor), ranked newest first (parent_id, id, n); deprecated ones left out. */
export const rankedClaimsAboutSql = (actorIds: string) => `SELECT actor_id AS parent_id, claim_id AS id, row_number() OVER (PARTITION BY actor_id ORDER BY claim_id DESC) AS n
       FROM claim_actor ca WHERE actor_id = ANY(${actorIds})
         AND NOT EXISTS (SELECT 1 FROM claim d WHERE d.id = ca.claim_id AND d.rank = 'DEPRECATED')`;

/** Claims each actor asserts, ranked newest first (parent_id, id, n); deprecated ones left out. */
export const rankedClaimsBySql = (actorIds: string) => `SELECT asserter_id AS parent_id, id, row_number() OVER (PARTITION BY asserter_id ORDER BY id DESC) AS n
       FROM claim WHERE asserter_id = ANY(${actorIds}) AND rank <> 'DEPRECATED'`;

/**
 * The actors sharing events, claims or arms deals with each actor whose id `actorIds` holds, ranked most links
 * first (parent_id, actor_id, shared_events, shared_claims, shared_arms_deals, links, n). The other side of each
 * shared event or claim is read by that event's or claim's key (LATERAL), so the cost follows the actor's own
 * events and claims: a join of the whole CLAIM_ACTORS union grew with every claim in the knowledge base (npm run
 * bench:scale: the relations page took 4x as long at 100x).
 */
export const rankedCounterpartsSql = (actorIds: string) => `WITH links AS (
         SELECT a.actor_id, o.actor_id AS other_id, count(DISTINCT a.event_id) AS events, 0::bigint AS claims, 0::bigint AS deals
         FROM event_participant a CROSS JOIN LATERAL (SELECT actor_id FROM event_participant WHERE event_id = a.event_id) o
         WHERE a.actor_id = ANY(${actorIds}) AND o.actor_id <> a.actor_id GROUP BY a.actor_id, o.actor_id
         UNION ALL
         SELECT mine.actor_id, o.actor_id, 0, count(DISTINCT mine.claim_id), 0
         FROM (SELECT claim_id, actor_id FROM claim_actor WHERE actor_id = ANY(${actorIds})
               UNION SELECT id, asserter_id FROM claim WHERE asserter_id = ANY(${actorIds})) mine
         CROSS JOIN ${actorsOfClaim('mine.claim_id')} o
         WHERE o.actor_id <> mine.actor_id GROUP BY mine.actor_id, o.actor_id
         UNION ALL
         SELECT actor_id, other_id, 0, 0, count(DISTINCT deal_id) FROM (
           SELECT supplier_id AS actor_id, recipient_id AS other_id, deal_id FROM arms_transfer WHERE supplier_id = ANY(${actorIds})
           UNION ALL SELECT recipient_id, supplier_id, deal_id FROM arms_transfer WHERE recipient_id = ANY(${actorIds})
         ) trade WHERE actor_id <> other_id GROUP BY actor_id, other_id
       )
       SELECT actor_id AS parent_id, other_id AS actor_id, sum(events)::int AS shared_events, sum(claims)::int AS shared_claims,
         sum(deals)::int AS shared_arms_deals, sum(events + claims + deals)::int AS links,
         row_number() OVER (PARTITION BY actor_id ORDER BY sum(events + claims + deals) DESC, other_id) AS n
       FROM links GROUP BY actor_id, other_id`;

export class RelationRepository {
  constructor(private readonly db: Database) {}

  /** Events of each actor, newest first; of each event only `fields` (null: all; see shared/selection). */
  async eventsOfActors(actorIds: readonly number[], filter: ActorEventFilter, limit: number, fields: readonly string[] | null = null): Promise<ActorEventRow[]> {
    const rows = await this.db.query<{ parentId: number; role: string } & Record<string, unknown>>(
      `/* eventsOfActors */ SELECT ranked.parent_id AS "parentId", ranked.role, ${EVENT_COLUMNS.only(fields, 'e', 'e_')} FROM (
         ${rankedEventsOfActorsSql('$1::int[]', ['$3', '$4', '$5', '$6'])}
       ) ranked JOIN event e ON e.id = ranked.event_id WHERE n <= $2 ORDER BY ranked.parent_id, n`,
      [actorIds, limit, filter.cameoPrefix, filter.from, filter.to, filter.role],
    );
    return rows.map((row) => ({ parentId: row.parentId, role: row.role, event: { id: row.e_id as number, ...EVENT_COLUMNS.someFromPrefixed(row, 'e_') } }));
  }

  /** Claims about each actor (claim_actor), newest first; of each claim only `fields` (null: all). */
  claimsAboutActors(actorIds: readonly number[], limit: number, fields: readonly string[] | null = null): Promise<ParentClaim[]> {
    return this.claimsRanked(
      'claimsAboutActors',
      rankedClaimsAboutSql('$1::int[]'),
      actorIds,
      limit,
      fields,
    );
  }

  /** Claims each actor asserts, newest first; of each claim only `fields` (null: all). */
  claimsByActors(actorIds: readonly number[], limit: number, fields: readonly string[] | null = null): Promise<ParentClaim[]> {
    return this.claimsRanked(
      'claimsByActors',
      rankedClaimsBySql('$1::int[]'),
      actorIds,
      limit,
      fields,
    );
  }

  /** The claims of a ranking (parent_id, id, n), at most `limit` per parent, with their citations, in one statement. */
  private async claimsRanked(name: string, ranking: string, parentIds: readonly number[], limit: number, fields: readonly string[] | null): Promise<ParentClaim[]> {
    const rows = await this.db.query<{ parentId: number; citations: Citation[] } & Record<string, unknown>>(
      `/* ${name} */ SELECT ranked.parent_id AS "parentId", ${CLAIM_COLUMNS.only(fields, 'c', 'c_')},
         (SELECT COALESCE(json_agg(json_build_object('id', ci.id, 'claimId', ci.claim_id, 'sourceId', ci.source_id, 'quote', ci.quote,
                   'startOffset', ci.start_offset, 'endOffset', ci.end_offset, 'stance', ci.stance) ORDER BY ci.id), '[]'::json)
          FROM citation ci WHERE ci.claim_id = c.id) AS citations
       FROM (${ranking}) ranked JOIN claim c ON c.id = ranked.id
       WHERE n <= $2 ORDER BY ranked.parent_id, n`,
      [parentIds, limit],
    );
    return rows.map((row) => ({ parentId: row.parentId, claim: { id: row.c_id as number, ...CLAIM_COLUMNS.someFromPrefixed(row, 'c_'), citations: row.citations } }));
  }

  /** Sources cited by claims by or about each actor, and datasets of its arms transfers; most cited first. */
  sourcesOfActors(actorIds: readonly number[], limit: number): Promise<ActorSourceRow[]> {
    return this.db.query<ActorSourceRow>(
      `/* sourcesOfActors */ WITH cited AS (
         SELECT ca.actor_id, ci.source_id, count(*) AS citations
         FROM ${CLAIM_ACTORS} ca JOIN citation ci ON ci.claim_id = ca.claim_id
         WHERE ca.actor_id = ANY($1::int[]) GROUP BY ca.actor_id, ci.source_id
       ), mentioned AS (
         SELECT actor_id, source_id, count(*) AS mentions FROM mention
         WHERE actor_id = ANY($1::int[]) AND status <> 'REJECTED' GROUP BY actor_id, source_id
       ), datasets AS (
         SELECT actor_id, source_id, count(*) AS arms_transfers FROM (
           SELECT supplier_id AS actor_id, source_id FROM arms_transfer WHERE supplier_id = ANY($1::int[])
           UNION ALL SELECT recipient_id, source_id FROM arms_transfer WHERE recipient_id = ANY($1::int[])
         ) rows GROUP BY actor_id, source_id
       )
       SELECT parent_id AS "parentId", source_id AS "sourceId", citations, arms_transfers AS "armsTransfers", mentions FROM (
         SELECT actor_id AS parent_id, source_id, sum(citations)::int AS citations, sum(arms_transfers)::int AS arms_transfers, sum(mentions)::int AS mentions,
           row_number() OVER (PARTITION BY actor_id ORDER BY sum(citations) DESC, sum(arms_transfers) DESC, sum(mentions) DESC, source_id) AS n
         FROM (
           SELECT actor_id, source_id, citations, 0 AS arms_transfers, 0 AS mentions FROM cited
           UNION ALL SELECT actor_id, source_id, 0, arms_transfers, 0 FROM datasets
           UNION ALL SELECT actor_id, source_id, 0, 0, mentions FROM mentioned
         ) links GROUP BY actor_id, source_id
       ) ranked WHERE n <= $2 ORDER BY parent_id, n`,
      [actorIds, limit],
    );
  }

  /** Actors sharing events, claims or arms deals with each actor, most links first; of each actor `actorFields` (null: all, with aliases). */
  async counterpartsOfActors(actorIds: readonly number[], limit: number, actorFields: readonly string[] | null = null): Promise<CounterpartRow[]> {
    const rows = await this.db.query<Omit<CounterpartRow, 'actor'> & Record<string, unknown>>(
      `/* counterpartsOfActors */ SELECT parent_id AS "parentId", shared_events AS "sharedEvents", shared_claims AS "sharedClaims", shared_arms_deals AS "sharedArmsDeals", links,
         ${actorFields === null ? actorWithAliasesColumns('a', 'a_') : ACTOR_COLUMNS.only(actorFields, 'a', 'a_')} FROM (
         ${rankedCounterpartsSql('$1::int[]')}
       ) ranked JOIN actor a ON a.id = ranked.actor_id WHERE n <= $2 ORDER BY parent_id, n`,
      [actorIds, limit],
    );
    return rows.map((row) => ({
      parentId: row.parentId,
      sharedEvents: row.sharedEvents,
      sharedClaims: row.sharedClaims,
      sharedArmsDeals: row.sharedArmsDeals,
      links: row.links,
      actor: actorFields === null ? actorWithAliasesFrom(row, 'a_') : { id: row.a_id as number, ...ACTOR_COLUMNS.someFromPrefixed(row, 'a_') },
    }));
  }

  /** Claims about each event, newest first (deprecated ones left out, as in every list). */
  claimsOfEvents(eventIds: readonly number[]): Promise<Claim[]> {
    return this.db.prisma.claim.findMany({ where: { eventId: { in: [...eventIds] }, rank: { not: 'DEPRECATED' } }, orderBy: { id: 'desc' } });
  }

  /** Sources cited by the claims about each event. */
  sourcesOfEvents(eventIds: readonly number[]): Promise<ParentLink[]> {
    return this.db.query<ParentLink>(
      `/* sourcesOfEvents */ SELECT DISTINCT c.event_id AS "parentId", ci.source_id AS id
       FROM claim c JOIN citation ci ON ci.claim_id = c.id WHERE c.event_id = ANY($1::int[]) ORDER BY "parentId", id`,
      [eventIds],
    );
  }

  /** Claims citing each source, newest first. */
  claimsOfSources(sourceIds: readonly number[]): Promise<ParentLink[]> {
    return this.db.query<ParentLink>(
      `/* claimsOfSources */ SELECT DISTINCT ci.source_id AS "parentId", ci.claim_id AS id FROM citation ci JOIN claim c ON c.id = ci.claim_id
       WHERE ci.source_id = ANY($1::int[]) AND c.rank <> 'DEPRECATED' ORDER BY "parentId", id DESC`,
      [sourceIds],
    );
  }

  /** Actors of the claims citing each source and those its text mentions (not rejected), by name. */
  actorsOfSources(sourceIds: readonly number[]): Promise<ParentLink[]> {
    return this.db.query<ParentLink>(
      `/* actorsOfSources */ SELECT DISTINCT linked.source_id AS "parentId", linked.actor_id AS id, a.name FROM (
         SELECT ci.source_id, ca.actor_id FROM citation ci CROSS JOIN ${actorsOfClaim('ci.claim_id')} ca WHERE ci.source_id = ANY($1::int[])
         UNION SELECT source_id, actor_id FROM mention WHERE source_id = ANY($1::int[]) AND status <> 'REJECTED'
       ) linked JOIN actor a ON a.id = linked.actor_id ORDER BY "parentId", a.name`,
      [sourceIds],
    );
  }

  /** Citations of each source, in text order (unlocated quotes last). */
  citationsOfSources(sourceIds: readonly number[]): Promise<Citation[]> {
    return this.db.prisma.citation.findMany({
      where: { sourceId: { in: [...sourceIds] } },
      orderBy: [{ startOffset: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    });
  }
}
