// The figures claims are checked against, and the claims that contradict each other, each in one statement per
// request whatever the number of claims.
import type { Database } from '../../db/database';
import type { Claim } from '../../generated/prisma/client';
import { CLAIM_COLUMNS } from '../claims/claims.columns';

/** SIPRI's windows: five calendar years, counted back from the span's last year. */
export const WINDOW_YEARS = 5;

/** A claim's structured form as a check reads it. */
export interface CheckRequest {
  claimId: number;
  supplierId: number;
  recipientId: number;
  fromYear: number | null;
  toYear: number | null;
}

export interface SupplierTotal {
  id: number;
  name: string;
  tiv: number;
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

/** A claim that contradicts `claimId`. */
export type ConflictRow = Claim & { conflictOf: number };

export class ClaimCheckRepository {
  constructor(private readonly db: Database) {}

  /**
   * The windows of each claim's span with the supplier's and the recipient's TIV, added and rounded to the data's two
   * decimals (exact, see ArmsTrendRepository.trend), the recipient's largest suppliers over the span, and the
   * dataset the rows come from.
   */
  windows(requests: readonly CheckRequest[]): Promise<CheckWindowRow[]> {
    return this.db.query<CheckWindowRow>(
      `/* claimCheckWindows */ WITH req AS (
         SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[]) AS r(claim_id, supplier_id, recipient_id, from_year, to_year)
       ), coverage AS (
         SELECT min(delivery_year) AS first_year, max(delivery_year) AS last_year FROM arms_transfer
       ), span AS (
         SELECT r.claim_id, r.supplier_id, r.recipient_id,
           GREATEST(COALESCE(r.from_year, c.first_year), c.first_year) AS from_year, LEAST(COALESCE(r.to_year, c.last_year), c.last_year) AS to_year
         FROM req r, coverage c
       ), windows AS (
         SELECT s.claim_id, w.i, GREATEST(s.to_year - $6 * w.i - $6 + 1, s.from_year) AS from_year, s.to_year - $6 * w.i AS to_year
         FROM span s, generate_series(0, (s.to_year - s.from_year) / $6) AS w(i)
         WHERE s.from_year <= s.to_year
       ), deliveries AS (
         SELECT s.claim_id, (s.to_year - t.delivery_year) / $6 AS i, t.supplier_id, t.supplier_id = s.supplier_id AS from_supplier,
           t.category, t.tiv_delivered AS tiv, t.source_id
         FROM span s JOIN arms_transfer t ON t.recipient_id = s.recipient_id AND t.delivery_year BETWEEN s.from_year AND s.to_year
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
       ), datasets AS (
         SELECT DISTINCT ON (claim_id) claim_id, source_id FROM deliveries GROUP BY claim_id, source_id ORDER BY claim_id, count(*) DESC, source_id DESC
       )
       SELECT s.claim_id AS "claimId", s.from_year AS "spanFrom", s.to_year AS "spanTo", c.first_year AS "dataFirstYear", c.last_year AS "dataLastYear",
         sp.name AS "supplierName", rp.name AS "recipientName",
         w.from_year AS "fromYear", w.to_year AS "toYear", w.to_year - w.from_year + 1 AS years,
         round(COALESCE(x.tiv, 0)::numeric, 2)::float8 AS tiv, round(COALESCE(x.total, 0)::numeric, 2)::float8 AS "recipientTotalTiv",
         round(round(COALESCE(x.tiv, 0)::numeric, 2) / NULLIF(w.to_year - w.from_year + 1, 0), 4)::float8 AS "tivPerYear",
         CASE WHEN x.total > 0 THEN (x.tiv / x.total)::float8 ELSE 0 END AS share,
         COALESCE(cat.by_category, '[]'::json) AS "byCategory", l.leaders,
         COALESCE(d.source_id, (SELECT t.source_id FROM arms_transfer t ORDER BY t.delivery_year DESC, t.id DESC LIMIT 1)) AS "datasetId"
       FROM span s CROSS JOIN coverage c
       JOIN actor sp ON sp.id = s.supplier_id
       JOIN actor rp ON rp.id = s.recipient_id
       LEFT JOIN windows w ON w.claim_id = s.claim_id
       LEFT JOIN sums x ON x.claim_id = s.claim_id AND x.i = w.i
       LEFT JOIN categories cat ON cat.claim_id = s.claim_id AND cat.i = w.i
       LEFT JOIN leaders l ON l.claim_id = s.claim_id
       LEFT JOIN datasets d ON d.claim_id = s.claim_id
       ORDER BY s.claim_id, w.from_year`,
      [
        requests.map((r) => r.claimId), requests.map((r) => r.supplierId), requests.map((r) => r.recipientId),
        requests.map((r) => r.fromYear), requests.map((r) => r.toYear), WINDOW_YEARS,
      ],
    );
  }

  /** The claims a check could apply to (a series predicate, a subject and an object), for the verdict filter. */
  checkable(seriesCodes: readonly string[], includeDeprecated: boolean): Promise<Claim[]> {
    return this.db.query<Claim>(
      `/* checkableClaims */ SELECT ${CLAIM_COLUMNS()} FROM claim
       WHERE predicate = ANY($1::text[]) AND subject_id IS NOT NULL AND object_actor_id IS NOT NULL AND ($2 OR rank <> 'DEPRECATED')`,
      [seriesCodes, includeDeprecated],
    );
  }

  /**
   * The claims that say the opposite of each given claim (a predicate among its predicate's opposites) about the
   * same subject and object over an overlapping span (an open end overlaps everything on that side).
   */
  conflictsOf(claimIds: readonly number[]): Promise<ConflictRow[]> {
    return this.db.query<ConflictRow>(
      `/* claimConflicts */ SELECT ${CLAIM_COLUMNS('o')}, c.id AS "conflictOf"
       FROM claim c
       JOIN predicate p ON p.code = c.predicate
       JOIN claim o ON o.predicate = ANY(p.opposites) AND o.subject_id = c.subject_id AND o.object_actor_id IS NOT DISTINCT FROM c.object_actor_id
       WHERE c.id = ANY($1::int[]) AND o.id <> c.id AND o.rank <> 'DEPRECATED'
         AND daterange(c.valid_from, c.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
       ORDER BY c.id, o.id`,
      [claimIds],
    );
  }
}
