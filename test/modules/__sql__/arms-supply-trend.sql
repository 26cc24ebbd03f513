SELECT DISTINCT ON (k.position) k.position::int AS position, a.id, a.kind, a.name, a.name_key AS "nameKey", a.iso_code AS "isoCode", a.wikidata_id AS "wikidataId", a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
FROM unnest($n::text[], $n::text[]) WITH ORDINALITY AS k(key, iso, position)
JOIN actor a ON a.name_key = k.key OR a.iso_code = k.iso OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = k.key)
ORDER BY k.position, a.id;

WITH span AS (SELECT $n::int AS from_year, $n::int AS to_year), periods AS (
SELECT p AS from_year, LEAST(p + $n::int - 1, span.to_year) AS to_year
FROM span, generate_series(span.from_year, span.to_year, $n::int) AS p
), deliveries AS (
SELECT t.delivery_year, t.category, t.tiv_delivered, t.supplier_id = $n AS from_supplier
FROM arms_transfer t, span
WHERE t.recipient_id = $n AND t.delivery_year BETWEEN span.from_year AND span.to_year
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
ORDER BY pp.from_year;
