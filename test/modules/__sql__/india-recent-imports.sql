SELECT t.id, t.supplier_id AS "supplierId", t.recipient_id AS "recipientId", t.source_id AS "sourceId", t.deal_id AS "dealId", t.designation, t.description, t.category, t.order_year AS "orderYear", t.order_year_estimated AS "orderYearEstimated", t.delivery_year AS "deliveryYear", t.delivery_year_estimated AS "deliveryYearEstimated", t.number_delivered AS "numberDelivered", t.number_delivered_estimated AS "numberDeliveredEstimated", t.tiv_per_unit AS "tivPerUnit", t.tiv_delivered AS "tivDelivered", t.status, t.local_production AS "localProduction", t.created_at AS "createdAt", t.updated_at AS "updatedAt", s.id AS "s_id", s.kind AS "s_kind", s.name AS "s_name", s.name_key AS "s_nameKey", s.iso_code AS "s_isoCode", s.wikidata_id AS "s_wikidataId", s.description AS "s_description", s.created_at AS "s_createdAt", s.updated_at AS "s_updatedAt", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = s.id ORDER BY id) AS "s_aliases", r.id AS "r_id", r.kind AS "r_kind", r.name AS "r_name", r.name_key AS "r_nameKey", r.iso_code AS "r_isoCode", r.wikidata_id AS "r_wikidataId", r.description AS "r_description", r.created_at AS "r_createdAt", r.updated_at AS "r_updatedAt", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = r.id ORDER BY id) AS "r_aliases"
FROM (
SELECT t.* FROM arms_transfer t
WHERE ($n::text IS NULL OR t.supplier_id = (SELECT a.id FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1))
AND ($n::text IS NULL OR t.recipient_id = (SELECT a.id FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1))
AND ($n::int IS NULL OR t.delivery_year >= $n) AND ($n::int IS NULL OR t.delivery_year <= $n)
AND ($n::text IS NULL OR lower(t.category) = lower($n::text))
AND ($n::int IS NULL OR (t.delivery_year, t.id) < (SELECT delivery_year, id FROM arms_transfer WHERE id = $n))
ORDER BY t.delivery_year DESC, t.id DESC
LIMIT $n
) t
JOIN actor s ON s.id = t.supplier_id JOIN actor r ON r.id = t.recipient_id
ORDER BY t.delivery_year DESC, t.id DESC;
