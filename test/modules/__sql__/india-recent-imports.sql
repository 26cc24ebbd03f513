SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt" FROM actor
WHERE name_key = $n OR iso_code = $n OR id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY id LIMIT 1;

SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt",
ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id ORDER BY id) AS aliases
FROM actor WHERE id = ANY($n::int[]);

SELECT arms_transfer.id, arms_transfer.supplier_id AS "supplierId", arms_transfer.recipient_id AS "recipientId", arms_transfer.source_id AS "sourceId", arms_transfer.deal_id AS "dealId", arms_transfer.designation, arms_transfer.description, arms_transfer.category, arms_transfer.order_year AS "orderYear", arms_transfer.order_year_estimated AS "orderYearEstimated", arms_transfer.delivery_year AS "deliveryYear", arms_transfer.delivery_year_estimated AS "deliveryYearEstimated", arms_transfer.number_delivered AS "numberDelivered", arms_transfer.number_delivered_estimated AS "numberDeliveredEstimated", arms_transfer.tiv_per_unit AS "tivPerUnit", arms_transfer.tiv_delivered AS "tivDelivered", arms_transfer.status, arms_transfer.local_production AS "localProduction", arms_transfer.created_at AS "createdAt", arms_transfer.updated_at AS "updatedAt" FROM arms_transfer
WHERE ($n::int IS NULL OR supplier_id = $n) AND ($n::int IS NULL OR recipient_id = $n)
AND ($n::int IS NULL OR delivery_year >= $n) AND ($n::int IS NULL OR delivery_year <= $n)
AND ($n::text IS NULL OR lower(category) = lower($n::text))
AND ($n::int IS NULL OR (delivery_year, id) < (SELECT delivery_year, id FROM arms_transfer WHERE id = $n))
ORDER BY delivery_year DESC, id DESC
LIMIT $n;
