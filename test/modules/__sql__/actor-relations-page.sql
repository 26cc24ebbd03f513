SELECT "public"."cameo_code"."code", "public"."cameo_code"."label", "public"."cameo_code"."parent_code" FROM "public"."cameo_code" WHERE "public"."cameo_code"."code" IN ($ids) OFFSET $n;

SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt" FROM actor
WHERE name_key = $n OR iso_code = $n OR id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY id LIMIT 1;

SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt",
ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id ORDER BY id) AS aliases
FROM actor WHERE id = ANY($n::int[]);

SELECT actor_id AS "actorId", alias FROM actor_alias WHERE actor_id = ANY($n::int[]) ORDER BY id;

SELECT affiliation.id, affiliation.member_id AS "memberId", affiliation.organisation_id AS "organisationId", affiliation.role, affiliation.start_date AS "startDate", affiliation.end_date AS "endDate", affiliation.created_at AS "createdAt", affiliation.updated_at AS "updatedAt" FROM affiliation
WHERE member_id = ANY($n::int[])
AND ($n::date IS NULL OR ((start_date IS NULL OR start_date <= $n::date) AND (end_date IS NULL OR end_date >= $n::date)))
ORDER BY start_date DESC NULLS FIRST, id;

SELECT affiliation.id, affiliation.member_id AS "memberId", affiliation.organisation_id AS "organisationId", affiliation.role, affiliation.start_date AS "startDate", affiliation.end_date AS "endDate", affiliation.created_at AS "createdAt", affiliation.updated_at AS "updatedAt" FROM affiliation
WHERE organisation_id = ANY($n::int[])
AND ($n::date IS NULL OR ((start_date IS NULL OR start_date <= $n::date) AND (end_date IS NULL OR end_date >= $n::date)))
ORDER BY start_date DESC NULLS FIRST, id;

SELECT citation.id, citation.claim_id AS "claimId", citation.source_id AS "sourceId", citation.quote, citation.start_offset AS "startOffset", citation.end_offset AS "endOffset", citation.stance FROM citation WHERE claim_id = ANY($n::int[]) ORDER BY id;

SELECT claim.id, claim.statement, claim.natural_key AS "naturalKey", claim.asserter_id AS "asserterId", claim.asserter_source_id AS "asserterSourceId", claim.event_id AS "eventId", claim.subject_id AS "subjectId", claim.predicate, claim.object_actor_id AS "objectActorId", claim.object_value AS "objectValue", claim.valid_from AS "validFrom", claim.valid_to AS "validTo", claim.confidence, claim.created_at AS "createdAt", claim.updated_at AS "updatedAt" FROM claim WHERE id = ANY($n::int[]);

SELECT claim_id AS "claimId", actor_id AS "actorId", role FROM claim_actor
WHERE claim_id = ANY($n::int[]) ORDER BY claim_id, role;

SELECT event.id, event.cameo_code AS "cameoCode", event.title, event.start_date AS "startDate", event.start_precision AS "startPrecision", event.end_date AS "endDate", event.end_precision AS "endPrecision", event.location, event.description, event.created_at AS "createdAt", event.updated_at AS "updatedAt" FROM event WHERE id = ANY($n::int[]);

SELECT id, event_id AS "eventId", actor_id AS "actorId", role FROM event_participant
WHERE event_id = ANY($n::int[]) ORDER BY id;

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

SELECT source.id, source.kind, source.title, source.publisher, source.author, source.url, source.published_at AS "publishedAt", source.text, source.content_hash AS "contentHash", source.reliability, source.created_at AS "createdAt", source.updated_at AS "updatedAt" FROM source WHERE id = ANY($n::int[]);

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
