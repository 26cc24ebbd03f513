/* armsSupplyTrend */ WITH supplier AS (SELECT a.id AS "s_id", a.kind AS "s_kind", a.name AS "s_name", a.name_key AS "s_nameKey", a.iso_code AS "s_isoCode", a.wikidata_id AS "s_wikidataId", a.description AS "s_description", a.created_at AS "s_createdAt", a.updated_at AS "s_updatedAt", a.created_by AS "s_createdBy", a.updated_by AS "s_updatedBy" FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1),
recipient AS (SELECT a.id AS "r_id", a.kind AS "r_kind", a.name AS "r_name", a.name_key AS "r_nameKey", a.iso_code AS "r_isoCode", a.wikidata_id AS "r_wikidataId", a.description AS "r_description", a.created_at AS "r_createdAt", a.updated_at AS "r_updatedAt", a.created_by AS "r_createdBy", a.updated_by AS "r_updatedBy" FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1),
pair AS (SELECT (SELECT s_id FROM supplier) AS supplier_id, (SELECT r_id FROM recipient) AS recipient_id),
span AS (SELECT $n::int AS from_year, $n::int AS to_year),
periods AS (
SELECT i, span.from_year + i * $n::int AS from_year, LEAST(span.from_year + i * $n::int + $n::int - 1, span.to_year) AS to_year
FROM span, pair, generate_series(0, (span.to_year - span.from_year) / $n::int) AS i
WHERE pair.supplier_id IS NOT NULL AND pair.recipient_id IS NOT NULL AND span.from_year <= span.to_year
), deliveries AS (
-- Each delivery with the index of its period, by arithmetic: no join of deliveries to periods. TIV as
-- numeric: its sums are exact, so a copy whose rows are stored in another order answers the same figures.
SELECT (t.delivery_year - span.from_year) / $n::int AS i, t.category, t.tiv_delivered::numeric AS tiv, t.supplier_id = pair.supplier_id AS from_supplier
FROM arms_transfer t, span, pair
WHERE t.recipient_id = pair.recipient_id AND t.delivery_year BETWEEN span.from_year AND span.to_year
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
FROM (SELECT 1) AS one LEFT JOIN supplier ON true LEFT JOIN recipient ON true;
