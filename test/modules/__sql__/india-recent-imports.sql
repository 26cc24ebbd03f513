/* listArmsTransfers */ SELECT t.id, t.supplier_id AS "supplierId", t.designation, t.delivery_year AS "deliveryYear", t.tiv_delivered AS "tivDelivered" FROM arms_transfer t
WHERE t.recipient_id = (SELECT a.id FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1)
ORDER BY t.delivery_year DESC, t.id DESC
LIMIT $n;

/* actorsByIds */ SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt", actor.created_by AS "createdBy", actor.updated_by AS "updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "aliases" FROM actor WHERE id = ANY($n::int[]);
