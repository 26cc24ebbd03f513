SELECT "public"."actor"."id", "public"."actor"."kind"::text, "public"."actor"."name", "public"."actor"."name_key", "public"."actor"."iso_code", "public"."actor"."wikidata_id", "public"."actor"."description", "public"."actor"."created_at", "public"."actor"."updated_at" FROM "public"."actor" WHERE "public"."actor"."id" IN ($ids) OFFSET $n;

SELECT "public"."actor"."id", "public"."actor"."kind"::text, "public"."actor"."name", "public"."actor"."name_key", "public"."actor"."iso_code", "public"."actor"."wikidata_id", "public"."actor"."description", "public"."actor"."created_at", "public"."actor"."updated_at" FROM "public"."actor" WHERE ("public"."actor"."name_key" = $n OR EXISTS(SELECT "t0"."actor_id" FROM "public"."actor_alias" AS "t0" WHERE ("t0"."alias_key" = $n AND ("public"."actor"."id") = ("t0"."actor_id") AND "t0"."actor_id" IS NOT NULL)) OR "public"."actor"."iso_code" = $n) ORDER BY "public"."actor"."id" ASC LIMIT $n OFFSET $n;

SELECT "public"."actor_alias"."id", "public"."actor_alias"."actor_id", "public"."actor_alias"."alias" FROM "public"."actor_alias" WHERE "public"."actor_alias"."actor_id" IN ($ids) ORDER BY "public"."actor_alias"."id" ASC OFFSET $n;

SELECT "public"."affiliation"."id", "public"."affiliation"."member_id", "public"."affiliation"."organisation_id", "public"."affiliation"."role", "public"."affiliation"."start_date", "public"."affiliation"."end_date", "public"."affiliation"."created_at", "public"."affiliation"."updated_at" FROM "public"."affiliation" WHERE ("public"."affiliation"."member_id" IN ($ids) AND ("public"."affiliation"."start_date" IS NULL OR "public"."affiliation"."start_date" <= $n) AND ("public"."affiliation"."end_date" IS NULL OR "public"."affiliation"."end_date" >= $n)) ORDER BY "public"."affiliation"."start_date" DESC, "public"."affiliation"."id" ASC OFFSET $n;

SELECT "public"."affiliation"."id", "public"."affiliation"."member_id", "public"."affiliation"."organisation_id", "public"."affiliation"."role", "public"."affiliation"."start_date", "public"."affiliation"."end_date", "public"."affiliation"."created_at", "public"."affiliation"."updated_at" FROM "public"."affiliation" WHERE ("public"."affiliation"."organisation_id" IN ($ids) AND ("public"."affiliation"."start_date" IS NULL OR "public"."affiliation"."start_date" <= $n) AND ("public"."affiliation"."end_date" IS NULL OR "public"."affiliation"."end_date" >= $n)) ORDER BY "public"."affiliation"."start_date" DESC, "public"."affiliation"."id" ASC OFFSET $n;

SELECT "public"."cameo_code"."code", "public"."cameo_code"."label", "public"."cameo_code"."parent_code" FROM "public"."cameo_code" WHERE "public"."cameo_code"."code" IN ($ids) OFFSET $n;

SELECT "public"."citation"."id", "public"."citation"."claim_id", "public"."citation"."source_id", "public"."citation"."quote", "public"."citation"."start_offset", "public"."citation"."end_offset", "public"."citation"."stance"::text FROM "public"."citation" WHERE "public"."citation"."claim_id" IN ($ids) ORDER BY "public"."citation"."id" ASC OFFSET $n;

SELECT "public"."claim"."id", "public"."claim"."statement", "public"."claim"."natural_key", "public"."claim"."asserter_id", "public"."claim"."asserter_source_id", "public"."claim"."event_id", "public"."claim"."subject_id", "public"."claim"."predicate", "public"."claim"."object_actor_id", "public"."claim"."object_value", "public"."claim"."valid_from", "public"."claim"."valid_to", "public"."claim"."confidence", "public"."claim"."created_at", "public"."claim"."updated_at" FROM "public"."claim" WHERE "public"."claim"."id" IN ($ids) OFFSET $n;

SELECT "public"."claim_actor"."claim_id", "public"."claim_actor"."actor_id", "public"."claim_actor"."role"::text FROM "public"."claim_actor" WHERE "public"."claim_actor"."claim_id" IN ($ids) ORDER BY "public"."claim_actor"."claim_id" ASC, "public"."claim_actor"."role" ASC OFFSET $n;

SELECT "public"."event"."id", "public"."event"."cameo_code", "public"."event"."title", "public"."event"."start_date", "public"."event"."start_precision"::text, "public"."event"."end_date", "public"."event"."end_precision"::text, "public"."event"."location", "public"."event"."description", "public"."event"."created_at", "public"."event"."updated_at" FROM "public"."event" WHERE "public"."event"."id" IN ($ids) OFFSET $n;

SELECT "public"."event_participant"."id", "public"."event_participant"."event_id", "public"."event_participant"."actor_id", "public"."event_participant"."role"::text FROM "public"."event_participant" WHERE "public"."event_participant"."event_id" IN ($ids) ORDER BY "public"."event_participant"."id" ASC OFFSET $n;

SELECT "public"."source"."id", "public"."source"."kind"::text, "public"."source"."title", "public"."source"."publisher", "public"."source"."author", "public"."source"."url", "public"."source"."published_at", "public"."source"."text", "public"."source"."content_hash", "public"."source"."reliability"::text, "public"."source"."created_at", "public"."source"."updated_at" FROM "public"."source" WHERE "public"."source"."id" IN ($ids) OFFSET $n;

SELECT parent_id, event_id, role FROM (
SELECT p.actor_id AS parent_id, p.event_id, p.role::text AS role,
row_number() OVER (PARTITION BY p.actor_id ORDER BY e.start_date DESC, e.id DESC, p.role) AS n
FROM event_participant p JOIN event e ON e.id = p.event_id
WHERE p.actor_id = ANY($n::int[])
AND ($n::text IS NULL OR e.cameo_code LIKE $n || '%')
AND ($n::date IS NULL OR COALESCE(e.end_date, e.start_date) >= $n::date)
AND ($n::date IS NULL OR e.start_date <= $n::date)
AND ($n::text IS NULL OR p.role::text = $n)
) ranked WHERE n <= $n ORDER BY parent_id, n;

SELECT parent_id, id FROM (
SELECT actor_id AS parent_id, claim_id AS id, row_number() OVER (PARTITION BY actor_id ORDER BY claim_id DESC) AS n
FROM claim_actor WHERE actor_id = ANY($n::int[])
) ranked WHERE n <= $n ORDER BY parent_id, n;

SELECT parent_id, id FROM (
SELECT asserter_id AS parent_id, id, row_number() OVER (PARTITION BY asserter_id ORDER BY id DESC) AS n
FROM claim WHERE asserter_id = ANY($n::int[])
) ranked WHERE n <= $n ORDER BY parent_id, n;

WITH cited AS (
SELECT ca.actor_id, ci.source_id, count(*) AS citations
FROM (SELECT claim_id, actor_id FROM claim_actor
UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL) ca JOIN citation ci ON ci.claim_id = ca.claim_id
WHERE ca.actor_id = ANY($n::int[]) GROUP BY ca.actor_id, ci.source_id
), datasets AS (
SELECT actor_id, source_id, count(*) AS arms_transfers FROM (
SELECT supplier_id AS actor_id, source_id FROM arms_transfer WHERE supplier_id = ANY($n::int[])
UNION ALL SELECT recipient_id, source_id FROM arms_transfer WHERE recipient_id = ANY($n::int[])
) rows GROUP BY actor_id, source_id
)
SELECT parent_id, source_id, citations, arms_transfers FROM (
SELECT COALESCE(c.actor_id, d.actor_id) AS parent_id, COALESCE(c.source_id, d.source_id) AS source_id,
COALESCE(c.citations, 0)::int AS citations, COALESCE(d.arms_transfers, 0)::int AS arms_transfers,
row_number() OVER (PARTITION BY COALESCE(c.actor_id, d.actor_id)
ORDER BY COALESCE(c.citations, 0) DESC, COALESCE(d.arms_transfers, 0) DESC, COALESCE(c.source_id, d.source_id)) AS n
FROM cited c FULL JOIN datasets d ON d.actor_id = c.actor_id AND d.source_id = c.source_id
) ranked WHERE n <= $n ORDER BY parent_id, n;

WITH links AS (
SELECT a.actor_id, o.actor_id AS other_id, count(DISTINCT a.event_id) AS events, 0::bigint AS claims, 0::bigint AS deals
FROM event_participant a JOIN event_participant o ON o.event_id = a.event_id AND o.actor_id <> a.actor_id
WHERE a.actor_id = ANY($n::int[]) GROUP BY a.actor_id, o.actor_id
UNION ALL
SELECT a.actor_id, o.actor_id, 0, count(DISTINCT a.claim_id), 0
FROM (SELECT claim_id, actor_id FROM claim_actor
UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL) a JOIN (SELECT claim_id, actor_id FROM claim_actor
UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL) o ON o.claim_id = a.claim_id AND o.actor_id <> a.actor_id
WHERE a.actor_id = ANY($n::int[]) GROUP BY a.actor_id, o.actor_id
UNION ALL
SELECT actor_id, other_id, 0, 0, count(DISTINCT deal_id) FROM (
SELECT supplier_id AS actor_id, recipient_id AS other_id, deal_id FROM arms_transfer WHERE supplier_id = ANY($n::int[])
UNION ALL SELECT recipient_id, supplier_id, deal_id FROM arms_transfer WHERE recipient_id = ANY($n::int[])
) trade WHERE actor_id <> other_id GROUP BY actor_id, other_id
)
SELECT parent_id, actor_id, shared_events, shared_claims, shared_arms_deals, links FROM (
SELECT actor_id AS parent_id, other_id AS actor_id, sum(events)::int AS shared_events, sum(claims)::int AS shared_claims,
sum(deals)::int AS shared_arms_deals, sum(events + claims + deals)::int AS links,
row_number() OVER (PARTITION BY actor_id ORDER BY sum(events + claims + deals) DESC, other_id) AS n
FROM links GROUP BY actor_id, other_id
) ranked WHERE n <= $n ORDER BY parent_id, n;
