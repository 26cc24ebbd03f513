// Arms-supply aggregates, computed by PostgreSQL in one statement each (GROUP BY, FILTER, window functions).
import type { Database } from '../../db/database';

export interface TrendQuery {
  supplierId: number;
  recipientId: number;
  fromYear: number | null;
  toYear: number | null;
  periodYears: number;
  category: string | null;
}

export interface TrendPeriodRow {
  from_year: number;
  to_year: number;
  tiv: number;
  recipient_total_tiv: number;
  share: number;
  change: number | null;
  change_ratio: number | null;
  slope: number | null;
  mean_tiv: number | null;
  by_category: { category: string; tiv: number }[];
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
  partner_id: number;
  tiv: number;
  share: number;
  rank: number;
  deliveries: number;
  total_tiv: number;
}

export class ArmsTrendRepository {
  constructor(private readonly db: Database) {}

  /**
   * The periods of a supplier-recipient trend. Without fromYear/toYear the span is the pair's deliveries'.
   * Periods step by periodYears from fromYear, the last cut at toYear; a period with no delivery has tiv 0.
   */
  trend(query: TrendQuery): Promise<TrendPeriodRow[]> {
    // The statement is shaped by the arguments (a fixed span needs no scan; no category, no predicate), so that
    // PostgreSQL plans each shape for what it is; the values themselves stay parameters.
    const inCategory = (table: string) => (query.category === null ? '' : `AND lower(${table}.category) = lower($6::text)`);
    const span =
      query.fromYear !== null && query.toYear !== null
        ? `SELECT $3::int AS from_year, $4::int AS to_year`
        : `SELECT COALESCE($3::int, min(delivery_year)) AS from_year, COALESCE($4::int, max(delivery_year)) AS to_year
           FROM arms_transfer t WHERE supplier_id = $1 AND recipient_id = $2 ${inCategory('t')}`;
    return this.db.query<TrendPeriodRow>(
      /* armsSupplyTrend */ `WITH span AS (${span}), periods AS (
         SELECT p AS from_year, LEAST(p + $5::int - 1, span.to_year) AS to_year
         FROM span, generate_series(span.from_year, span.to_year, $5::int) AS p
       ), deliveries AS (
         SELECT t.delivery_year, t.category, t.tiv_delivered, t.supplier_id = $1 AS from_supplier
         FROM arms_transfer t, span
         WHERE t.recipient_id = $2 AND t.delivery_year BETWEEN span.from_year AND span.to_year ${inCategory('t')}
       ), per_period AS (
         SELECT p.from_year, p.to_year,
           COALESCE(sum(d.tiv_delivered) FILTER (WHERE d.from_supplier), 0) AS tiv,
           COALESCE(sum(d.tiv_delivered), 0) AS recipient_total_tiv
         FROM periods p LEFT JOIN deliveries d ON d.delivery_year BETWEEN p.from_year AND p.to_year
         GROUP BY p.from_year, p.to_year
       ), by_category AS (
         SELECT p.from_year, d.category, sum(d.tiv_delivered) AS tiv
         FROM periods p JOIN deliveries d ON d.from_supplier AND d.delivery_year BETWEEN p.from_year AND p.to_year
         GROUP BY p.from_year, d.category
       )
       SELECT pp.from_year, pp.to_year, pp.tiv, pp.recipient_total_tiv,
         CASE WHEN pp.recipient_total_tiv > 0 THEN pp.tiv / pp.recipient_total_tiv ELSE 0 END AS share,
         pp.tiv - lag(pp.tiv) OVER w AS change,
         (pp.tiv - lag(pp.tiv) OVER w) / NULLIF(lag(pp.tiv) OVER w, 0) AS change_ratio,
         regr_slope(pp.tiv, pp.from_year) OVER () AS slope,
         avg(pp.tiv) OVER () AS mean_tiv,
         COALESCE((SELECT json_agg(json_build_object('category', c.category, 'tiv', c.tiv) ORDER BY c.tiv DESC, c.category)
                   FROM by_category c WHERE c.from_year = pp.from_year), '[]'::json) AS by_category
       FROM per_period pp
       WINDOW w AS (ORDER BY pp.from_year)
       ORDER BY pp.from_year`,
      [query.supplierId, query.recipientId, query.fromYear, query.toYear, query.periodYears, ...(query.category === null ? [] : [query.category])],
    );
  }

  /** An actor's partners on one side of the trade, ranked by TIV, with shares of the actor's total. */
  ranking(query: RankingQuery): Promise<RankingRow[]> {
    const [own, partner] = query.side === 'SUPPLIERS' ? ['recipient_id', 'supplier_id'] : ['supplier_id', 'recipient_id'];
    return this.db.query<RankingRow>(
      /* armsTradeRanking */ `SELECT partner_id, tiv, deliveries, total_tiv,
         CASE WHEN total_tiv > 0 THEN tiv / total_tiv ELSE 0 END AS share, rank::int AS rank
       FROM (
         SELECT ${partner} AS partner_id, sum(tiv_delivered) AS tiv, count(*)::int AS deliveries,
           sum(sum(tiv_delivered)) OVER () AS total_tiv, rank() OVER (ORDER BY sum(tiv_delivered) DESC) AS rank
         FROM arms_transfer
         WHERE ${own} = $1 AND ($2::int IS NULL OR delivery_year >= $2) AND ($3::int IS NULL OR delivery_year <= $3)
           AND ($4::text IS NULL OR lower(category) = lower($4::text))
         GROUP BY ${partner}
       ) ranked
       ORDER BY rank, partner_id
       LIMIT $5`,
      [query.actorId, query.fromYear, query.toYear, query.category, query.limit],
    );
  }

  /** The stored category spelled like this one (case-insensitive), or null. */
  async findCategory(category: string): Promise<string | null> {
    const [row] = await this.db.query<{ category: string }>(
      /* findCategory */ `SELECT category FROM arms_transfer WHERE lower(category) = lower($1) LIMIT 1`,
      [category],
    );
    return row?.category ?? null;
  }
}
