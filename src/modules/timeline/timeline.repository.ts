// An actor's timeline in one statement: its events, affiliations starting and ending, claims by and about it, its
// arms deliveries by year and side, the sources mentioning it and the merges into it, in one date order with a
// keyset after the cursor. Dates of mixed precision sort by their first day, then the coarser first ("2014" before
// "2014-01-01"), then by kind and record, so that the order is total and a cursor never skips or repeats an item.
// With a second actor ($11), each kind keeps what concerns both: a pair's timeline.
import type { Database } from '../../db/database';

/** The kinds of item, in the order they sort on the same day (the cursor holds this rank). */
export const TIMELINE_KINDS = ['EVENT', 'AFFILIATION_START', 'AFFILIATION_END', 'CLAIM', 'ARMS_DELIVERIES', 'SOURCE', 'MERGE'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
/** Coarser first on the same first day. */
export const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** Where a page ends: the sort key of its last item. */
export interface TimelineKey {
  day: string;
  precisionRank: number;
  kindRank: number;
  recordId: number;
  part: number;
}

export interface TimelineQuery {
  actorId: number;
  /** A pair's timeline: only what concerns this actor too (events both took part in, affiliations and claims linking them, their arms trade, sources naming both). */
  withId: number | null;
  kinds: readonly TimelineKind[] | null;
  /** Items whose date (a whole year or month for a coarser one) reaches into from..to, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  after: TimelineKey | null;
  /** The order reversed, newest first (the cursor then reads on towards older items). */
  newestFirst: boolean;
  limit: number;
}

export interface TimelineRow {
  kind: TimelineKind;
  /** The item's first day, YYYY-MM-DD. */
  day: string;
  precision: DatePrecision;
  kindRank: number;
  /** The event, affiliation, claim, source or merge; for arms deliveries, the year. */
  recordId: number;
  /** Arms deliveries: 0 received, 1 supplied; 0 otherwise. */
  part: number;
  title: string;
  /** An event: the actor's roles in it. */
  role: string | null;
  tiv: number | null;
  deliveries: number | null;
  partners: number | null;
}

const KIND_RANK = (kind: TimelineKind) => TIMELINE_KINDS.indexOf(kind);

export class TimelineRepository {
  constructor(private readonly db: Database) {}

  /** One page of the actor's timeline after a key, in order (one row more than the limit tells a next page). */
  page(query: TimelineQuery): Promise<TimelineRow[]> {
    const after = query.after;
    // One order, either way: every key ascending, or every key descending.
    const [direction, beyond] = query.newestFirst ? ['DESC', '<'] : ['ASC', '>'];
    return this.db.query<TimelineRow>(
      `/* timelineOfActor${query.newestFirst ? 'NewestFirst' : ''} */ WITH items AS (
         SELECT 'EVENT' AS kind, ${KIND_RANK('EVENT')} AS kind_rank, e.start_date AS day, e.start_precision::text AS precision, e.id AS record_id, 0 AS part,
           e.title, string_agg(DISTINCT p.role::text, ', ' ORDER BY p.role::text) AS role, NULL::float8 AS tiv, NULL::int AS deliveries, NULL::int AS partners
         FROM event_participant p JOIN event e ON e.id = p.event_id
         WHERE p.actor_id = $1 AND ($11::int IS NULL OR EXISTS (SELECT 1 FROM event_participant q WHERE q.event_id = e.id AND q.actor_id = $11))
         GROUP BY e.id
         UNION ALL
         SELECT x.kind, x.kind_rank, x.day, 'DAY', f.id, 0, m.name || ', ' || f.role || ' of ' || o.name, NULL, NULL, NULL, NULL
         FROM affiliation f JOIN actor m ON m.id = f.member_id JOIN actor o ON o.id = f.organisation_id
         CROSS JOIN LATERAL (VALUES ('AFFILIATION_START', ${KIND_RANK('AFFILIATION_START')}, f.start_date), ('AFFILIATION_END', ${KIND_RANK('AFFILIATION_END')}, f.end_date)) AS x(kind, kind_rank, day)
         WHERE (f.member_id = $1 OR f.organisation_id = $1) AND ($11::int IS NULL OR $11 IN (f.member_id, f.organisation_id)) AND f.rank <> 'DEPRECATED' AND x.day IS NOT NULL
         UNION ALL
         -- A claim by its validity: from its start, or its end when only that is known; a claim valid whenever has no place.
         SELECT 'CLAIM', ${KIND_RANK('CLAIM')}, COALESCE(c.valid_from, c.valid_to), 'DAY', c.id, 0, c.statement, NULL, NULL, NULL, NULL
         FROM claim c
         WHERE c.id IN (SELECT id FROM claim WHERE asserter_id = $1 UNION SELECT id FROM claim WHERE subject_id = $1
                        UNION SELECT id FROM claim WHERE object_actor_id = $1 UNION SELECT claim_id FROM claim_actor WHERE actor_id = $1)
           AND ($11::int IS NULL OR c.id IN (SELECT id FROM claim WHERE asserter_id = $11 UNION SELECT id FROM claim WHERE subject_id = $11
                        UNION SELECT id FROM claim WHERE object_actor_id = $11 UNION SELECT claim_id FROM claim_actor WHERE actor_id = $11))
           AND c.rank <> 'DEPRECATED' AND COALESCE(c.valid_from, c.valid_to) IS NOT NULL
         UNION ALL
         SELECT 'ARMS_DELIVERIES', ${KIND_RANK('ARMS_DELIVERIES')}, make_date(t.delivery_year, 1, 1), 'YEAR', t.delivery_year, CASE WHEN t.recipient_id = $1 THEN 0 ELSE 1 END,
           '', NULL, round(sum(t.tiv_delivered)::numeric, 2)::float8, count(*)::int,
           count(DISTINCT CASE WHEN t.recipient_id = $1 THEN t.supplier_id ELSE t.recipient_id END)::int
         FROM arms_transfer t WHERE (t.recipient_id = $1 OR t.supplier_id = $1) AND ($11::int IS NULL OR t.recipient_id = $11 OR t.supplier_id = $11)
         GROUP BY t.delivery_year, CASE WHEN t.recipient_id = $1 THEN 0 ELSE 1 END
         UNION ALL
         SELECT 'SOURCE', ${KIND_RANK('SOURCE')}, s.published_at, 'DAY', s.id, 0, s.title, NULL, NULL, NULL, NULL
         FROM source s WHERE s.id IN (SELECT source_id FROM mention WHERE actor_id = $1 AND status <> 'REJECTED')
           AND ($11::int IS NULL OR s.id IN (SELECT source_id FROM mention WHERE actor_id = $11 AND status <> 'REJECTED')) AND s.published_at IS NOT NULL
         UNION ALL
         SELECT 'MERGE', ${KIND_RANK('MERGE')}, m.merged_at::date, 'DAY', m.id, 0, m.duplicate ->> 'name', NULL, NULL, NULL, NULL
         FROM actor_merge m WHERE m.canonical_id = $1 AND $11::int IS NULL
       ), keyed AS (
         SELECT items.*, CASE precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS precision_rank,
           -- The item's last day: a year or a month reaches to its end.
           CASE precision WHEN 'YEAR' THEN (day + interval '1 year' - interval '1 day')::date WHEN 'MONTH' THEN (day + interval '1 month' - interval '1 day')::date ELSE day END AS last_day
         FROM items
       )
       SELECT kind, to_char(day, 'YYYY-MM-DD') AS day, precision, kind_rank AS "kindRank", record_id AS "recordId", part, title, role, tiv, deliveries, partners
       FROM keyed
       WHERE ($2::text[] IS NULL OR kind = ANY($2::text[])) AND ($3::date IS NULL OR last_day >= $3::date) AND ($4::date IS NULL OR day <= $4::date)
         AND ($5::date IS NULL OR (day, precision_rank, kind_rank, record_id, part) ${beyond} ($5::date, $6::int, $7::int, $8::int, $9::int))
       ORDER BY day ${direction}, precision_rank ${direction}, kind_rank ${direction}, record_id ${direction}, part ${direction}
       LIMIT $10`,
      [query.actorId, query.kinds, query.from, query.to, after?.day ?? null, after?.precisionRank ?? 0, after?.kindRank ?? 0, after?.recordId ?? 0, after?.part ?? 0, query.limit + 1, query.withId],
    );
  }
}
