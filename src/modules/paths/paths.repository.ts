// The shortest connections between two actors in one recursive statement, the same on PostgreSQL and PGlite.
// A breadth-first search from both ends at once (each round widens the smaller frontier), reading only the edges
// of the frontier through indexes, so its cost is that of the two neighbourhoods, not of the knowledge base; once
// the frontiers meet, every shortest path is walked back from the meeting actors to each end along edges one
// layer nearer, one edge per ordered pair (its most recent evidence), each path once.
import type { Database } from '../../db/database';

export const PATH_RELATIONS = ['AFFILIATION', 'EVENT', 'CLAIM', 'ARMS_TRADE', 'SOURCE'] as const;
/** A source naming two actors is weak evidence of a link: a hop only when `via` names it. */
export const DEFAULT_PATH_RELATIONS = ['AFFILIATION', 'EVENT', 'CLAIM', 'ARMS_TRADE'] as const;
export type PathRelation = (typeof PATH_RELATIONS)[number];

/** An event with more participants than this (a summit of forty states), or a source mentioning more actors, is no step unless hubs are asked for. */
export const HUB_PARTICIPANTS = 8;

export interface PathQuery {
  fromId: number;
  toId: number;
  maxHops: number;
  relations: readonly PathRelation[];
  /** Only what held on this day (YYYY-MM-DD); null: anything stored. */
  at: string | null;
  includeHubs: boolean;
  limit: number;
}

export interface PathStepRow {
  fromId: number;
  toId: number;
  relation: PathRelation;
  /** The affiliation, event, claim or source; for arms trade, null (the pair's deliveries are aggregated). */
  recordId: number | null;
  /** The relation runs from fromId to toId (member to organisation, subject to object, supplier to recipient); null for a shared event. */
  forward: boolean | null;
  /** The day of the step's most recent evidence, YYYY-MM-DD. */
  evidence: string;
  tiv: number | null;
  deliveries: number | null;
  firstYear: number | null;
  lastYear: number | null;
}

export interface PathRow {
  hops: number;
  steps: PathStepRow[];
}

// The statement's parameters: $1 from, $2 to, $3 maxHops, $4 relations, $5 at, $6 includeHubs, $7 limit.
const AT = '$5::date';
const held = (from: string, to: string) => `(${AT} IS NULL OR ((${from} IS NULL OR ${from} <= ${AT}) AND (${to} IS NULL OR ${to} >= ${AT})))`;
const uses = (relation: PathRelation) => `'${relation}' = ANY($4::text[])`;

/**
 * The edges leaving the actors of the array `from` (to those of the array `to` when given), each relation both
 * ways where it has a direction: columns a, b, relation, record_id, forward, evidence, tiv, deliveries,
 * first_year, last_year. The one list of what connects two actors, for the search and for the walk back.
 */
function edgesSql(from: string, to: string | null): string {
  const toward = (column: string) => (to ? `AND ${column} = ANY(${to})` : '');
  const affiliation = (a: string, b: string, forward: boolean) => `
    SELECT f.${a} AS a, f.${b} AS b, 'AFFILIATION' AS relation, f.id AS record_id, ${forward} AS forward,
      COALESCE(f.start_date, f.created_at::date) AS evidence, NULL::float8 AS tiv, NULL::int AS deliveries, NULL::int AS first_year, NULL::int AS last_year
    FROM affiliation f
    WHERE ${uses('AFFILIATION')} AND f.${a} = ANY(${from}) ${toward(`f.${b}`)} AND f.rank <> 'DEPRECATED' AND ${held('f.start_date', 'f.end_date')}`;
  const claim = (a: string, b: string, forward: boolean) => `
    SELECT c.${a}, c.${b}, 'CLAIM', c.id, ${forward}, COALESCE(c.valid_from, c.valid_to, c.created_at::date), NULL, NULL, NULL, NULL
    FROM claim c
    WHERE ${uses('CLAIM')} AND c.${a} = ANY(${from}) ${toward(`c.${b}`)} AND c.${b} IS NOT NULL AND c.subject_id <> c.object_actor_id
      AND c.rank <> 'DEPRECATED' AND ${held('c.valid_from', 'c.valid_to')}`;
  const trade = (a: string, b: string, forward: boolean) => `
    SELECT t.${a}, t.${b}, 'ARMS_TRADE', NULL, ${forward}, make_date(max(t.delivery_year), 1, 1),
      round(sum(t.tiv_delivered)::numeric, 2)::float8, count(*)::int, min(t.delivery_year), max(t.delivery_year)
    FROM arms_transfer t
    WHERE ${uses('ARMS_TRADE')} AND t.${a} = ANY(${from}) ${toward(`t.${b}`)} AND t.supplier_id <> t.recipient_id
      AND (${AT} IS NULL OR t.delivery_year <= extract(year FROM ${AT}))
    GROUP BY t.${a}, t.${b}`;
  return `${affiliation('member_id', 'organisation_id', true)}
    UNION ALL ${affiliation('organisation_id', 'member_id', false)}
    UNION ALL
    SELECT p.actor_id, q.actor_id, 'EVENT', e.id, NULL, e.start_date, NULL, NULL, NULL, NULL
    FROM event_participant p JOIN event e ON e.id = p.event_id JOIN event_participant q ON q.event_id = e.id AND q.actor_id <> p.actor_id
    WHERE ${uses('EVENT')} AND p.actor_id = ANY(${from}) ${toward('q.actor_id')} AND (${AT} IS NULL OR e.start_date <= ${AT})
      AND ($6::boolean OR (SELECT count(DISTINCT x.actor_id) FROM event_participant x WHERE x.event_id = e.id) <= ${HUB_PARTICIPANTS})
    UNION ALL ${claim('subject_id', 'object_actor_id', true)}
    UNION ALL ${claim('object_actor_id', 'subject_id', false)}
    UNION ALL ${trade('supplier_id', 'recipient_id', true)}
    UNION ALL ${trade('recipient_id', 'supplier_id', false)}
    UNION ALL
    SELECT p.actor_id, q.actor_id, 'SOURCE', s.id, NULL, COALESCE(s.published_at, s.created_at::date), NULL, NULL, NULL, NULL
    FROM mention p JOIN source s ON s.id = p.source_id JOIN mention q ON q.source_id = s.id AND q.actor_id <> p.actor_id
    WHERE ${uses('SOURCE')} AND p.actor_id = ANY(${from}) ${toward('q.actor_id')} AND p.status <> 'REJECTED' AND q.status <> 'REJECTED'
      AND (${AT} IS NULL OR COALESCE(s.published_at, s.created_at::date) <= ${AT})
      AND ($6::boolean OR (SELECT count(DISTINCT x.actor_id) FROM mention x WHERE x.source_id = s.id AND x.status <> 'REJECTED') <= ${HUB_PARTICIPANTS})`;
}

/** The actors one hop from the array `frontier` not yet in the array `seen`. */
const widened = (frontier: string, seen: string) => `ARRAY(SELECT DISTINCT n.b FROM (${edgesSql(frontier, null)}) n WHERE n.b <> ALL(${seen}))`;

/**
 * The steps between the arrays `from` and `to`, one per pair (its most recent evidence, then the relations' order,
 * then the record), each with its JSON for the path.
 */
const stepsBetween = (from: string, to: string) => `
  SELECT DISTINCT ON (s.a, s.b) s.*, jsonb_build_object('fromId', s.a, 'toId', s.b, 'relation', s.relation, 'recordId', s.record_id,
    'forward', s.forward, 'evidence', to_char(s.evidence, 'YYYY-MM-DD'), 'tiv', s.tiv, 'deliveries', s.deliveries,
    'firstYear', s.first_year, 'lastYear', s.last_year) AS step
  FROM (${edgesSql(from, to)}) s
  ORDER BY s.a, s.b, s.evidence DESC, array_position(ARRAY['AFFILIATION', 'EVENT', 'CLAIM', 'ARMS_TRADE', 'SOURCE'], s.relation), s.record_id`;

export class PathRepository {
  constructor(private readonly db: Database) {}

  /** Up to `limit` shortest paths, fewest hops, then most recent evidence (a path is as recent as its oldest step). */
  shortest(query: PathQuery): Promise<PathRow[]> {
    return this.db.query<PathRow>(
      `/* shortestPaths */ WITH RECURSIVE search(from_depth, from_frontier, from_seen, to_depth, to_frontier, to_seen) AS (
         SELECT 0, ARRAY[$1::int], ARRAY[$1::int], 0, ARRAY[$2::int], ARRAY[$2::int]
         UNION ALL
         SELECT w.* FROM search r CROSS JOIN LATERAL (
           SELECT r.from_depth + 1, x.next, r.from_seen || x.next, r.to_depth, r.to_frontier, r.to_seen
           FROM (SELECT ${widened('r.from_frontier', 'r.from_seen')} AS next) x
           WHERE cardinality(r.from_frontier) <= cardinality(r.to_frontier)
           UNION ALL
           SELECT r.from_depth, r.from_frontier, r.from_seen, r.to_depth + 1, x.next, r.to_seen || x.next
           FROM (SELECT ${widened('r.to_frontier', 'r.to_seen')} AS next) x
           WHERE cardinality(r.from_frontier) > cardinality(r.to_frontier)
         ) w
         WHERE NOT r.from_seen && r.to_seen AND r.from_depth + r.to_depth < $3
           AND cardinality(r.from_frontier) > 0 AND cardinality(r.to_frontier) > 0
       ), met AS MATERIALIZED (
         -- The round the frontiers met in: every shortest path crosses both of its frontiers at one actor.
         SELECT from_depth, to_depth, ARRAY(SELECT unnest(from_frontier) INTERSECT SELECT unnest(to_frontier)) AS meeting
         FROM search WHERE from_seen && to_seen
       ), from_layers AS MATERIALIZED (SELECT DISTINCT from_depth AS depth, from_frontier AS actors FROM search),
       to_layers AS MATERIALIZED (SELECT DISTINCT to_depth AS depth, to_frontier AS actors FROM search),
       from_walk(node, meeting, depth, steps, oldest) AS (
         -- From a meeting actor back to the first actor, each step from an actor one layer nearer it.
         SELECT m.node, m.node, met.from_depth, '[]'::jsonb, NULL::date FROM met CROSS JOIN unnest(met.meeting) AS m(node)
         UNION ALL
         SELECT s.a, w.meeting, w.depth - 1, jsonb_build_array(s.step) || w.steps, LEAST(w.oldest, s.evidence)
         FROM from_walk w JOIN from_layers l ON l.depth = w.depth - 1 CROSS JOIN LATERAL (${stepsBetween('l.actors', 'ARRAY[w.node]')}) s
         WHERE w.depth > 0
       ), to_walk(node, meeting, depth, steps, oldest) AS (
         -- From a meeting actor on to the second actor, each step to an actor one layer nearer it.
         SELECT m.node, m.node, met.to_depth, '[]'::jsonb, NULL::date FROM met CROSS JOIN unnest(met.meeting) AS m(node)
         UNION ALL
         SELECT s.b, w.meeting, w.depth - 1, w.steps || jsonb_build_array(s.step), LEAST(w.oldest, s.evidence)
         FROM to_walk w JOIN to_layers l ON l.depth = w.depth - 1 CROSS JOIN LATERAL (${stepsBetween('ARRAY[w.node]', 'l.actors')}) s
         WHERE w.depth > 0
       )
       SELECT jsonb_array_length(f.steps || t.steps) AS hops, f.steps || t.steps AS steps
       FROM from_walk f JOIN to_walk t ON t.meeting = f.meeting AND t.depth = 0
       WHERE f.depth = 0
       ORDER BY LEAST(f.oldest, t.oldest) DESC, (f.steps || t.steps)::text
       LIMIT $7`,
      [query.fromId, query.toId, query.maxHops, query.relations, query.at, query.includeHubs, query.limit],
    );
  }
}
