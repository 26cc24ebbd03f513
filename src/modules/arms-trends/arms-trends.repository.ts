// Arms-supply aggregates, computed by PostgreSQL in one statement each (GROUP BY, FILTER, window functions).
import type { SupplierTotal } from './arms-supply-verdicts';
import type { Database } from '../../db/database';
import type { Actor } from '../../generated/prisma/client';
import { ACTOR_COLUMNS } from '../actors/actors.columns';
import { actorNamedSql, actorNameParams } from '../actors/actors.columns';

export interface TrendQuery {
  /** Name, alias or ISO code. */
  supplier: string;
  recipient: string;
  fromYear: number | null;
  toYear: number | null;
  periodYears: number;
  /** FROM_YEAR lays periods from fromYear; TO_YEAR back from toYear (SIPRI's 2019-23 windows). */
  alignment: PeriodAlignment;
  category: string | null;
}

export type PeriodAlignment = 'FROM_YEAR' | 'TO_YEAR';

export interface TrendPeriodRow {
  from_year: number;
  to_year: number;
  years: number;
  tiv: number;
  tiv_per_year: number;
  recipient_total_tiv: number;
  share: number;
  change: number | null;
  change_ratio: number | null;
  slope: number | null;
  mean_tiv: number | null;
  by_category: { category: string; tiv: number }[];
}

export interface TrendResult {
  /** null when no actor has that name. */
  supplier: Actor | null;
  recipient: Actor | null;
  periods: TrendPeriodRow[];
}

export interface RankingQuery {
  actorId: number;
  /** SUPPLIERS ranks who delivered to the actor; RECIPIENTS whom it delivered to. */
  side: 'SUPPLIERS' | 'RECIPIENTS';
  fromYear: number | null;
  toYear: number | null;
  category: string | null;
  limit: number;
}

export interface RankingRow {
  partnerId: number;
  tiv: number;
  share: number;
  rank: number;
  deliveries: number;
  totalTiv: number;
  /** How many partners there are in all, whatever the limit. */
  partnerCount: number;
}

/** SIPRI's windows: five calendar years, counted back from the span's last year. */
export const WINDOW_YEARS = 5;

/** An arms-supply claim as its check reads it: the supplier, the recipient, the span. */
export interface CheckRequest {
  claimId: number;
  supplierId: number;
  recipientId: number;
  fromYear: number | null;
  toYear: number | null;
}

/** One window of one claim's span, with the claim-wide figures repeated on each (null window: the span is empty). */
export interface CheckWindowRow {
  claimId: number;
  /** The span read, clamped to the data's years; null when no arms data are stored. */
  spanFrom: number | null;
  spanTo: number | null;
  dataFirstYear: number | null;
  dataLastYear: number | null;
  supplierName: string;
  recipientName: string;
  fromYear: number | null;
  toYear: number | null;
  years: number | null;
  tiv: number;
  tivPerYear: number;
  recipientTotalTiv: number;
  share: number;
  byCategory: { category: string; tiv: number }[];
  /** The recipient's three largest suppliers over the span, largest first. */
  leaders: SupplierTotal[] | null;
  datasetId: number | null;
}

export class ArmsTrendRepository {
  constructor(private readonly db: Database) {}

  /**
   * The two actors and the periods of their trend, in one statement. Without fromYear/toYear the span is the
   * pair's deliveries'. Periods of periodYears are laid from fromYear (the last cut at toYear) or, aligned TO_YEAR,
   * back from toYear as SIPRI's five-year windows are (the first cut at fromYear); a period with no delivery has
   * tiv 0. TIV is added in float8 and rounded to the data's two decimals, which gives the exact decimal sums:
   * adding values of two decimals errs far below a hundredth at any size the register reaches, and numeric
   * addition cost a tenth of the trend's speed (npm run bench). The statement is shaped by the arguments (a
   * fixed span needs no scan; no category, no predicate), so that PostgreSQL plans each shape for what it is;
   * the values stay parameters.
   */
  async trend(query: TrendQuery): Promise<TrendResult> {
    const inCategory = (table: string) => (query.category === null ? '' : `AND lower(${table}.category) = lower($8::text)`);
    const span =
      query.fromYear !== null && query.toYear !== null
        ? `SELECT $5::int AS from_year, $6::int AS to_year`
        : `SELECT COALESCE($5::int, min(delivery_year)) AS from_year, COALESCE($6::int, max(delivery_year)) AS to_year
           FROM arms_transfer t, pair WHERE t.supplier_id = pair.supplier_id AND t.recipient_id = pair.recipient_id ${inCategory('t')}`;
    // A period's index counts from the aligned end of the span: from fromYear forwards, or from toYear backwards.
    const periodIndex = (year: string) => (query.alignment === 'TO_YEAR' ? `(span.to_year - ${year}) / $7::int` : `(${year} - span.from_year) / $7::int`);
    const periodBounds =
      query.alignment === 'TO_YEAR'
        ? `GREATEST(span.to_year - i * $7::int - $7::int + 1, span.from_year) AS from_year, span.to_year - i * $7::int AS to_year`
        : `span.from_year + i * $7::int AS from_year, LEAST(span.from_year + i * $7::int + $7::int - 1, span.to_year) AS to_year`;
    const rows = await this.db.query<{ periods: TrendPeriodRow[] } & Record<string, unknown>>(
      `/* armsSupplyTrend */ WITH supplier AS (${actorNamedSql('$1', '$2', ACTOR_COLUMNS('a', 's_'))}),
       recipient AS (${actorNamedSql('$3', '$4', ACTOR_COLUMNS('a', 'r_'))}),
       pair AS (SELECT (SELECT s_id FROM supplier) AS supplier_id, (SELECT r_id FROM recipient) AS recipient_id),
       span AS (${span}),
       periods AS (
         SELECT i, ${periodBounds}
         FROM span, pair, generate_series(0, (span.to_year - span.from_year) / $7::int) AS i
         WHERE pair.supplier_id IS NOT NULL AND pair.recipient_id IS NOT NULL AND span.from_year <= span.to_year
       ), deliveries AS (
         -- Each delivery with the index of its period, by arithmetic: no join of deliveries to periods. TIV as
         -- numeric: its sums are exact, so a copy whose rows are stored in another order answers the same figures.
         SELECT ${periodIndex('t.delivery_year')} AS i, t.category, t.tiv_delivered::numeric AS tiv, t.supplier_id = pair.supplier_id AS from_supplier
         FROM arms_transfer t, span, pair
         WHERE t.recipient_id = pair.recipient_id AND t.delivery_year BETWEEN span.from_year AND span.to_year ${inCategory('t')}
       ), sums AS (
         SELECT i, sum(tiv) FILTER (WHERE from_supplier) AS tiv, sum(tiv) AS recipient_total_tiv FROM deliveries GROUP BY i
       ), categories AS (
         SELECT i, json_agg(json_build_object('category', category, 'tiv', round(tiv::numeric, 2)::float8) ORDER BY tiv DESC, category) AS by_category
         FROM (SELECT i, category, sum(tiv) AS tiv FROM deliveries WHERE from_supplier GROUP BY i, category) c
         GROUP BY i
       ), per_period AS (
         SELECT p.from_year, p.to_year, p.to_year - p.from_year + 1 AS years, COALESCE(s.tiv, 0) AS tiv,
           COALESCE(s.recipient_total_tiv, 0) AS recipient_total_tiv, COALESCE(c.by_category, '[]'::json) AS by_category
         FROM periods p LEFT JOIN sums s ON s.i = p.i LEFT JOIN categories c ON c.i = p.i
       ), trend AS (
         -- Change and slope compare TIV per year, so that a period cut short does not read as a fall.
         SELECT pp.from_year, pp.to_year, pp.years, round(pp.tiv::numeric, 2)::float8 AS tiv, round(pp.recipient_total_tiv::numeric, 2)::float8 AS recipient_total_tiv,
           round(round(pp.tiv::numeric, 2) / pp.years, 4)::float8 AS tiv_per_year,
           CASE WHEN pp.recipient_total_tiv > 0 THEN (pp.tiv / pp.recipient_total_tiv)::float8 ELSE 0 END AS share,
           round((pp.tiv / pp.years - lag(pp.tiv / pp.years) OVER w)::numeric, 4)::float8 AS change,
           ((pp.tiv / pp.years - lag(pp.tiv / pp.years) OVER w) / NULLIF(lag(pp.tiv / pp.years) OVER w, 0))::float8 AS change_ratio,
           regr_slope((pp.tiv / pp.years)::float8, (pp.from_year + pp.to_year) / 2.0) OVER () AS slope,
           avg(pp.tiv / pp.years) OVER ()::float8 AS mean_tiv, pp.by_category
         FROM per_period pp
         WINDOW w AS (ORDER BY pp.from_year)
       )
       -- One row even when an actor is unknown: the actors once, the periods as one JSON array (float8 is written
       -- shortest-exact, so JSON.parse gives the same numbers); a row per period repeated both actors' columns,
       -- which the driver parsed again for each (npm run bench).
       SELECT supplier.*, recipient.*, (SELECT COALESCE(json_agg(trend ORDER BY trend.from_year), '[]'::json) FROM trend) AS periods
       FROM (SELECT 1) AS one LEFT JOIN supplier ON true LEFT JOIN recipient ON true`,
      [
        ...actorNameParams(query.supplier), ...actorNameParams(query.recipient),
        query.fromYear, query.toYear, query.periodYears, ...(query.category === null ? [] : [query.category]),
      ],
    );
    const row = rows[0]!;
    return {
      supplier: row.s_id === null ? null : ACTOR_COLUMNS.fromPrefixed(row, 's_'),
      recipient: row.r_id === null ? null : ACTOR_COLUMNS.fromPrefixed(row, 'r_'),
      periods: row.periods,
    };
  }

  /** An actor's partners on one side of the trade, ranked by TIV, with shares of the actor's total. */
  ranking(query: RankingQuery): Promise<RankingRow[]> {
    const [own, partner] = query.side === 'SUPPLIERS' ? ['recipient_id', 'supplier_id'] : ['supplier_id', 'recipient_id'];
    return this.db.query<RankingRow>(
      `/* armsTradeRanking */ SELECT partner_id AS "partnerId", tiv, deliveries, total_tiv AS "totalTiv", partner_count AS "partnerCount",
         CASE WHEN total_tiv > 0 THEN tiv / total_tiv ELSE 0 END AS share, rank::int AS rank
       FROM (
         SELECT ${partner} AS partner_id, round(sum(tiv_delivered)::numeric, 2)::float8 AS tiv, count(*)::int AS deliveries,
           round((sum(sum(tiv_delivered)) OVER ())::numeric, 2)::float8 AS total_tiv, count(*) OVER ()::int AS partner_count,
           rank() OVER (ORDER BY sum(tiv_delivered) DESC) AS rank
         FROM arms_transfer
         WHERE ${own} = $1 AND ($2::int IS NULL OR delivery_year >= $2) AND ($3::int IS NULL OR delivery_year <= $3)
           AND ($4::text IS NULL OR lower(category) = lower($4::text))
         GROUP BY ${partner}
       ) ranked
       ORDER BY rank, "partnerId"
       LIMIT $5`,
      [query.actorId, query.fromYear, query.toYear, query.category, query.limit],
    );
  }

  /** The stored category spelled like this one (case-insensitive), or null. */
  async findCategory(category: string): Promise<string | null> {
    const [row] = await this.db.query<{ category: string }>(
      `/* findCategory */ SELECT category FROM arms_transfer WHERE lower(category) = lower($1) LIMIT 1`,
      [category],
    );
    return row?.category ?? null;
  }
  /**
   * The windows of each claim's span with the supplier's and the recipient's TIV, added and rounded to the data's two
   * decimals (exact, see ArmsTrendRepository.trend), the recipient's largest suppliers over the span, and the
   * dataset read. A claim reads one dataset, the one holding most of the recipient's deliveries (SIPRI's register,
   * beside a bundle's rows of another dataset), and its span is cut at that dataset's first and last years: another
   * dataset's later rows neither add to its windows nor move them.
   */
  claimWindows(requests: readonly CheckRequest[]): Promise<CheckWindowRow[]> {
    return this.db.query<CheckWindowRow>(
      `/* claimCheckWindows */ WITH req AS (
         SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[]) AS r(claim_id, supplier_id, recipient_id, from_year, to_year)
       ), dataset AS (
         -- A recipient with no deliveries at all is read in the latest dataset imported.
         SELECT r.*, COALESCE(
           (SELECT t.source_id FROM arms_transfer t WHERE t.recipient_id = r.recipient_id GROUP BY t.source_id ORDER BY count(*) DESC, t.source_id DESC LIMIT 1),
           (SELECT t.source_id FROM arms_transfer t ORDER BY t.delivery_year DESC, t.id DESC LIMIT 1)) AS source_id
         FROM req r
       ), coverage AS (
         -- Each dataset's years, from the ends of the delivery-year index.
         SELECT d.source_id,
           (SELECT min(t.delivery_year) FROM arms_transfer t WHERE t.source_id = d.source_id) AS first_year,
           (SELECT max(t.delivery_year) FROM arms_transfer t WHERE t.source_id = d.source_id) AS last_year
         FROM (SELECT DISTINCT source_id FROM dataset WHERE source_id IS NOT NULL) d
       ), span AS (
         SELECT d.claim_id, d.supplier_id, d.recipient_id, d.source_id, c.first_year, c.last_year,
           GREATEST(COALESCE(d.from_year, c.first_year), c.first_year) AS from_year, LEAST(COALESCE(d.to_year, c.last_year), c.last_year) AS to_year
         FROM dataset d JOIN coverage c ON c.source_id = d.source_id
       ), windows AS (
         SELECT s.claim_id, w.i, GREATEST(s.to_year - $6 * w.i - $6 + 1, s.from_year) AS from_year, s.to_year - $6 * w.i AS to_year
         FROM span s, generate_series(0, (s.to_year - s.from_year) / $6) AS w(i)
         WHERE s.from_year <= s.to_year
       ), deliveries AS (
         SELECT s.claim_id, (s.to_year - t.delivery_year) / $6 AS i, t.supplier_id, t.supplier_id = s.supplier_id AS from_supplier,
           t.category, t.tiv_delivered::numeric AS tiv -- exact sums, as in the trend
         FROM span s JOIN arms_transfer t ON t.recipient_id = s.recipient_id AND t.delivery_year BETWEEN s.from_year AND s.to_year AND t.source_id = s.source_id
       ), sums AS (
         SELECT claim_id, i, COALESCE(sum(tiv) FILTER (WHERE from_supplier), 0) AS tiv, sum(tiv) AS total FROM deliveries GROUP BY claim_id, i
       ), categories AS (
         SELECT claim_id, i, json_agg(json_build_object('category', category, 'tiv', round(tiv::numeric, 2)::float8) ORDER BY tiv DESC, category) AS by_category
         FROM (SELECT claim_id, i, category, sum(tiv) AS tiv FROM deliveries WHERE from_supplier GROUP BY claim_id, i, category) c
         GROUP BY claim_id, i
       ), leaders AS (
         SELECT l.claim_id, json_agg(json_build_object('id', l.supplier_id, 'name', a.name, 'tiv', round(l.tiv::numeric, 2)::float8) ORDER BY l.tiv DESC, l.supplier_id) AS leaders
         FROM (SELECT claim_id, supplier_id, sum(tiv) AS tiv, row_number() OVER (PARTITION BY claim_id ORDER BY sum(tiv) DESC, supplier_id) AS place
               FROM deliveries GROUP BY claim_id, supplier_id) l
         JOIN actor a ON a.id = l.supplier_id
         WHERE l.place <= 3
         GROUP BY l.claim_id
       )
       SELECT s.claim_id AS "claimId", s.from_year AS "spanFrom", s.to_year AS "spanTo", s.first_year AS "dataFirstYear", s.last_year AS "dataLastYear",
         sp.name AS "supplierName", rp.name AS "recipientName",
         w.from_year AS "fromYear", w.to_year AS "toYear", w.to_year - w.from_year + 1 AS years,
         round(COALESCE(x.tiv, 0)::numeric, 2)::float8 AS tiv, round(COALESCE(x.total, 0)::numeric, 2)::float8 AS "recipientTotalTiv",
         round(round(COALESCE(x.tiv, 0)::numeric, 2) / NULLIF(w.to_year - w.from_year + 1, 0), 4)::float8 AS "tivPerYear",
         CASE WHEN x.total > 0 THEN (x.tiv / x.total)::float8 ELSE 0 END AS share,
         COALESCE(cat.by_category, '[]'::json) AS "byCategory", l.leaders, s.source_id AS "datasetId"
       FROM span s
       JOIN actor sp ON sp.id = s.supplier_id
       JOIN actor rp ON rp.id = s.recipient_id
       LEFT JOIN windows w ON w.claim_id = s.claim_id
       LEFT JOIN sums x ON x.claim_id = s.claim_id AND x.i = w.i
       LEFT JOIN categories cat ON cat.claim_id = s.claim_id AND cat.i = w.i
       LEFT JOIN leaders l ON l.claim_id = s.claim_id
       ORDER BY s.claim_id, w.from_year`,
      [
        requests.map((r) => r.claimId), requests.map((r) => r.supplierId), requests.map((r) => r.recipientId),
        requests.map((r) => r.fromYear), requests.map((r) => r.toYear), WINDOW_YEARS,
      ],
    );
  }

}
