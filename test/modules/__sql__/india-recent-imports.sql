SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt", actor.created_by AS "createdBy", actor.updated_by AS "updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id ORDER BY id) AS "aliases" FROM actor WHERE id = ANY($n::int[]);

SELECT t.id, t.supplier_id AS "supplierId", t.recipient_id AS "recipientId", t.source_id AS "sourceId", t.deal_id AS "dealId", t.designation, t.description, t.category, t.order_year AS "orderYear", t.order_year_estimated AS "orderYearEstimated", t.delivery_year AS "deliveryYear", t.delivery_year_estimated AS "deliveryYearEstimated", t.number_delivered AS "numberDelivered", t.number_delivered_estimated AS "numberDeliveredEstimated", t.tiv_per_unit AS "tivPerUnit", t.tiv_delivered AS "tivDelivered", t.status, t.local_production AS "localProduction", t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.created_by AS "createdBy", t.updated_by AS "updatedBy" FROM arms_transfer t
WHERE t.recipient_id = (SELECT a.id FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1)
ORDER BY t.delivery_year DESC, t.id DESC
LIMIT $n;
