// The shortest connections between two actors in one recursive statement, the same on PostgreSQL and PGlite:
// the edges (affiliations, events both took part in, claims of one about the other, arms trade per pair, sources
// naming both when asked for) with one
// edge per ordered pair (its most recent evidence), a breadth-first reach from the first actor that stops at the
// hop limit, then a walk back from the second along edges one layer nearer: every shortest path, each once.
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

export class PathRepository {
  constructor(private readonly db: Database) {}

  /** Up to `limit` shortest paths, fewest hops, then most recent evidence (a path is as recent as its oldest step). */
  shortest(query: PathQuery): Promise<PathRow[]> {
    return this.db.query<PathRow>(
      `/* shortestPaths */ WITH RECURSIVE candidates AS (
         SELECT f.member_id AS a, f.organisation_id AS b, 'AFFILIATION' AS relation, f.id AS record_id, true AS forward,
           COALESCE(f.start_date, f.created_at::date) AS evidence, NULL::float8 AS tiv, NULL::int AS deliveries, NULL::int AS first_year, NULL::int AS last_year
         FROM affiliation f
         WHERE 'AFFILIATION' = ANY($4::text[]) AND f.rank <> 'DEPRECATED'
           AND ($5::date IS NULL OR ((f.start_date IS NULL OR f.start_date <= $5::date) AND (f.end_date IS NULL OR f.end_date >= $5::date)))
         UNION ALL
         SELECT p.actor_id, q.actor_id, 'EVENT', e.id, NULL, e.start_date, NULL, NULL, NULL, NULL
         FROM event e JOIN event_participant p ON p.event_id = e.id JOIN event_participant q ON q.event_id = e.id AND q.actor_id <> p.actor_id
         WHERE 'EVENT' = ANY($4::text[]) AND ($5::date IS NULL OR e.start_date <= $5::date)
           AND ($6::boolean OR (SELECT count(DISTINCT x.actor_id) FROM event_participant x WHERE x.event_id = e.id) <= ${HUB_PARTICIPANTS})
         UNION ALL
         SELECT c.subject_id, c.object_actor_id, 'CLAIM', c.id, true, COALESCE(c.valid_from, c.valid_to, c.created_at::date), NULL, NULL, NULL, NULL
         FROM claim c
         WHERE 'CLAIM' = ANY($4::text[]) AND c.subject_id IS NOT NULL AND c.object_actor_id IS NOT NULL AND c.subject_id <> c.object_actor_id AND c.rank <> 'DEPRECATED'
           AND ($5::date IS NULL OR ((c.valid_from IS NULL OR c.valid_from <= $5::date) AND (c.valid_to IS NULL OR c.valid_to >= $5::date)))
         UNION ALL
         SELECT t.supplier_id, t.recipient_id, 'ARMS_TRADE', NULL, true, make_date(max(t.delivery_year), 1, 1),
           round(sum(t.tiv_delivered)::numeric, 2)::float8, count(*)::int, min(t.delivery_year), max(t.delivery_year)
         FROM arms_transfer t
         WHERE 'ARMS_TRADE' = ANY($4::text[]) AND t.supplier_id <> t.recipient_id AND ($5::date IS NULL OR t.delivery_year <= extract(year FROM $5::date))
         GROUP BY t.supplier_id, t.recipient_id
         UNION ALL
         SELECT p.actor_id, q.actor_id, 'SOURCE', s.id, NULL, COALESCE(s.published_at, s.created_at::date), NULL, NULL, NULL, NULL
         FROM source s JOIN mention p ON p.source_id = s.id JOIN mention q ON q.source_id = s.id AND q.actor_id <> p.actor_id
         WHERE 'SOURCE' = ANY($4::text[]) AND p.status <> 'REJECTED' AND q.status <> 'REJECTED'
           AND ($5::date IS NULL OR COALESCE(s.published_at, s.created_at::date) <= $5::date)
           AND ($6::boolean OR (SELECT count(DISTINCT x.actor_id) FROM mention x WHERE x.source_id = s.id AND x.status <> 'REJECTED') <= ${HUB_PARTICIPANTS})
       ), directed AS (
         -- Each relation both ways: a path may go up an affiliation or against a trade.
         SELECT a, b, relation, record_id, forward, evidence, tiv, deliveries, first_year, last_year FROM candidates
         UNION ALL
         SELECT b, a, relation, record_id, NOT forward, evidence, tiv, deliveries, first_year, last_year FROM candidates WHERE relation NOT IN ('EVENT', 'SOURCE')
       ), edges AS MATERIALIZED (
         -- One edge per ordered pair: its most recent evidence (then the relations' order, then the record).
         SELECT DISTINCT ON (a, b) * FROM directed
         ORDER BY a, b, evidence DESC, array_position(ARRAY['AFFILIATION', 'EVENT', 'CLAIM', 'ARMS_TRADE', 'SOURCE'], relation), record_id
       ), reach(node, depth) AS (
         SELECT $1::int, 0
         UNION
         SELECT e.b, r.depth + 1 FROM reach r JOIN edges e ON e.a = r.node WHERE r.depth < $3 AND r.node <> $2
       ), distance AS (
         SELECT node, min(depth) AS depth FROM reach GROUP BY node
       ), back(node, depth, steps, oldest) AS (
         SELECT $2::int, d.depth, '[]'::jsonb, NULL::date FROM distance d WHERE d.node = $2 AND d.depth > 0
         UNION ALL
         SELECT e.a, b.depth - 1,
           jsonb_build_array(jsonb_build_object('fromId', e.a, 'toId', e.b, 'relation', e.relation, 'recordId', e.record_id, 'forward', e.forward,
             'evidence', to_char(e.evidence, 'YYYY-MM-DD'), 'tiv', e.tiv, 'deliveries', e.deliveries, 'firstYear', e.first_year, 'lastYear', e.last_year)) || b.steps,
           LEAST(b.oldest, e.evidence)
         FROM back b JOIN edges e ON e.b = b.node JOIN distance d ON d.node = e.a AND d.depth = b.depth - 1
         WHERE b.depth > 0
       )
       SELECT jsonb_array_length(steps) AS hops, steps FROM back
       WHERE node = $1 AND depth = 0
       ORDER BY oldest DESC, steps::text
       LIMIT $7`,
      [query.fromId, query.toId, query.maxHops, query.relations, query.at, query.includeHubs, query.limit],
    );
  }
}
