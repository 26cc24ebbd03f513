/* actorByIdentifier */ SELECT a.id, a.kind, a.name, a.name_key AS "nameKey", a.iso_code AS "isoCode", a.wikidata_id AS "wikidataId", a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.created_by AS "createdBy", a.updated_by AS "updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = a.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "aliases" FROM actor a
WHERE a.name_key = $n OR a.iso_code = $n OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = $n)
ORDER BY a.id LIMIT 1;

/* affiliationsOf */ SELECT f.id, f.member_id AS "memberId", f.organisation_id AS "organisationId", f.role, f.start_date AS "startDate", f.end_date AS "endDate", f.rank, f.rank_reason AS "rankReason", f.created_at AS "createdAt", f.updated_at AS "updatedAt", f.created_by AS "createdBy", f.updated_by AS "updatedBy", m.id AS "m_id", m.kind AS "m_kind", m.name AS "m_name", m.name_key AS "m_nameKey", m.iso_code AS "m_isoCode", m.wikidata_id AS "m_wikidataId", m.description AS "m_description", m.created_at AS "m_createdAt", m.updated_at AS "m_updatedAt", m.created_by AS "m_createdBy", m.updated_by AS "m_updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = m.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "m_aliases", o.id AS "o_id", o.kind AS "o_kind", o.name AS "o_name", o.name_key AS "o_nameKey", o.iso_code AS "o_isoCode", o.wikidata_id AS "o_wikidataId", o.description AS "o_description", o.created_at AS "o_createdAt", o.updated_at AS "o_updatedAt", o.created_by AS "o_createdBy", o.updated_by AS "o_updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = o.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "o_aliases"
FROM affiliation f JOIN actor m ON m.id = f.member_id JOIN actor o ON o.id = f.organisation_id
WHERE f.member_id = ANY($n::int[])
AND ($n::date IS NULL OR ((f.start_date IS NULL OR f.start_date <= $n::date) AND (f.end_date IS NULL OR f.end_date >= $n::date)))
AND ($n OR f.rank <> 'DEPRECATED')
ORDER BY f.start_date DESC NULLS FIRST, f.id;

/* affiliationsOf */ SELECT f.id, f.member_id AS "memberId", f.organisation_id AS "organisationId", f.role, f.start_date AS "startDate", f.end_date AS "endDate", f.rank, f.rank_reason AS "rankReason", f.created_at AS "createdAt", f.updated_at AS "updatedAt", f.created_by AS "createdBy", f.updated_by AS "updatedBy", m.id AS "m_id", m.kind AS "m_kind", m.name AS "m_name", m.name_key AS "m_nameKey", m.iso_code AS "m_isoCode", m.wikidata_id AS "m_wikidataId", m.description AS "m_description", m.created_at AS "m_createdAt", m.updated_at AS "m_updatedAt", m.created_by AS "m_createdBy", m.updated_by AS "m_updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = m.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "m_aliases", o.id AS "o_id", o.kind AS "o_kind", o.name AS "o_name", o.name_key AS "o_nameKey", o.iso_code AS "o_isoCode", o.wikidata_id AS "o_wikidataId", o.description AS "o_description", o.created_at AS "o_createdAt", o.updated_at AS "o_updatedAt", o.created_by AS "o_createdBy", o.updated_by AS "o_updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = o.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "o_aliases"
FROM affiliation f JOIN actor m ON m.id = f.member_id JOIN actor o ON o.id = f.organisation_id
WHERE f.organisation_id = ANY($n::int[])
AND ($n::date IS NULL OR ((f.start_date IS NULL OR f.start_date <= $n::date) AND (f.end_date IS NULL OR f.end_date >= $n::date)))
AND ($n OR f.rank <> 'DEPRECATED')
ORDER BY f.start_date DESC NULLS FIRST, f.id;

/* eventsOfActors */ SELECT ranked.parent_id AS "parentId", ranked.role, e.id AS "e_id", e.cameo_code AS "e_cameoCode", e.title AS "e_title", e.start_date AS "e_startDate" FROM (
SELECT p.actor_id AS parent_id, p.id, p.event_id, p.role::text AS role,
row_number() OVER (PARTITION BY p.actor_id ORDER BY e.start_date DESC, e.id DESC, p.role) AS n
FROM event_participant p JOIN event e ON e.id = p.event_id
WHERE p.actor_id = ANY($n::int[])
AND ($n::text IS NULL OR e.cameo_code LIKE $n || '%')
AND ($n::date IS NULL OR COALESCE(e.end_date, e.start_date) >= $n::date)
AND ($n::date IS NULL OR e.start_date <= $n::date)
AND ($n::text IS NULL OR p.role::text = $n)
) ranked JOIN event e ON e.id = ranked.event_id WHERE n <= $n ORDER BY ranked.parent_id, n;

/* claimsAboutActors */ SELECT ranked.parent_id AS "parentId", c.id AS "c_id", c.statement AS "c_statement", c.asserter_id AS "c_asserterId",
(SELECT COALESCE(json_agg(json_build_object('id', ci.id, 'claimId', ci.claim_id, 'sourceId', ci.source_id, 'quote', ci.quote,
'startOffset', ci.start_offset, 'endOffset', ci.end_offset, 'stance', ci.stance) ORDER BY ci.id), '[]'::json)
FROM citation ci WHERE ci.claim_id = c.id) AS citations
FROM (SELECT actor_id AS parent_id, claim_id AS id, row_number() OVER (PARTITION BY actor_id ORDER BY claim_id DESC) AS n
FROM claim_actor ca WHERE actor_id = ANY($n::int[])
AND NOT EXISTS (SELECT 1 FROM claim d WHERE d.id = ca.claim_id AND d.rank = 'DEPRECATED')) ranked JOIN claim c ON c.id = ranked.id
WHERE n <= $n ORDER BY ranked.parent_id, n;

/* claimsByActors */ SELECT ranked.parent_id AS "parentId", c.id AS "c_id", c.statement AS "c_statement",
(SELECT COALESCE(json_agg(json_build_object('id', ci.id, 'claimId', ci.claim_id, 'sourceId', ci.source_id, 'quote', ci.quote,
'startOffset', ci.start_offset, 'endOffset', ci.end_offset, 'stance', ci.stance) ORDER BY ci.id), '[]'::json)
FROM citation ci WHERE ci.claim_id = c.id) AS citations
FROM (SELECT asserter_id AS parent_id, id, row_number() OVER (PARTITION BY asserter_id ORDER BY id DESC) AS n
FROM claim WHERE asserter_id = ANY($n::int[]) AND rank <> 'DEPRECATED') ranked JOIN claim c ON c.id = ranked.id
WHERE n <= $n ORDER BY ranked.parent_id, n;

/* sourcesOfActors */ WITH cited AS (
SELECT ca.actor_id, ci.source_id, count(*) AS citations
FROM (SELECT claim_id, actor_id FROM claim_actor
UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL) ca JOIN citation ci ON ci.claim_id = ca.claim_id
WHERE ca.actor_id = ANY($n::int[]) GROUP BY ca.actor_id, ci.source_id
), mentioned AS (
SELECT actor_id, source_id, count(*) AS mentions FROM mention
WHERE actor_id = ANY($n::int[]) AND status <> 'REJECTED' GROUP BY actor_id, source_id
), datasets AS (
SELECT actor_id, source_id, count(*) AS arms_transfers FROM (
SELECT supplier_id AS actor_id, source_id FROM arms_transfer WHERE supplier_id = ANY($n::int[])
UNION ALL SELECT recipient_id, source_id FROM arms_transfer WHERE recipient_id = ANY($n::int[])
) rows GROUP BY actor_id, source_id
)
SELECT parent_id AS "parentId", source_id AS "sourceId", citations, arms_transfers AS "armsTransfers", mentions FROM (
SELECT actor_id AS parent_id, source_id, sum(citations)::int AS citations, sum(arms_transfers)::int AS arms_transfers, sum(mentions)::int AS mentions,
row_number() OVER (PARTITION BY actor_id ORDER BY sum(citations) DESC, sum(arms_transfers) DESC, sum(mentions) DESC, source_id) AS n
FROM (
SELECT actor_id, source_id, citations, 0 AS arms_transfers, 0 AS mentions FROM cited
UNION ALL SELECT actor_id, source_id, 0, arms_transfers, 0 FROM datasets
UNION ALL SELECT actor_id, source_id, 0, 0, mentions FROM mentioned
) links GROUP BY actor_id, source_id
) ranked WHERE n <= $n ORDER BY parent_id, n;

/* counterpartsOfActors */ SELECT parent_id AS "parentId", shared_events AS "sharedEvents", shared_claims AS "sharedClaims", shared_arms_deals AS "sharedArmsDeals", links,
a.id AS "a_id", a.name AS "a_name" FROM (
WITH links AS (
SELECT a.actor_id, o.actor_id AS other_id, count(DISTINCT a.event_id) AS events, 0::bigint AS claims, 0::bigint AS deals
FROM event_participant a CROSS JOIN LATERAL (SELECT actor_id FROM event_participant WHERE event_id = a.event_id) o
WHERE a.actor_id = ANY($n::int[]) AND o.actor_id <> a.actor_id GROUP BY a.actor_id, o.actor_id
UNION ALL
SELECT mine.actor_id, o.actor_id, 0, count(DISTINCT mine.claim_id), 0
FROM (SELECT claim_id, actor_id FROM claim_actor WHERE actor_id = ANY($n::int[])
UNION SELECT id, asserter_id FROM claim WHERE asserter_id = ANY($n::int[])) mine
CROSS JOIN LATERAL (SELECT actor_id FROM claim_actor WHERE claim_id = mine.claim_id
UNION SELECT asserter_id FROM claim WHERE id = mine.claim_id AND asserter_id IS NOT NULL) o
WHERE o.actor_id <> mine.actor_id GROUP BY mine.actor_id, o.actor_id
UNION ALL
SELECT actor_id, other_id, 0, 0, count(DISTINCT deal_id) FROM (
SELECT supplier_id AS actor_id, recipient_id AS other_id, deal_id FROM arms_transfer WHERE supplier_id = ANY($n::int[])
UNION ALL SELECT recipient_id, supplier_id, deal_id FROM arms_transfer WHERE recipient_id = ANY($n::int[])
) trade WHERE actor_id <> other_id GROUP BY actor_id, other_id
)
SELECT actor_id AS parent_id, other_id AS actor_id, sum(events)::int AS shared_events, sum(claims)::int AS shared_claims,
sum(deals)::int AS shared_arms_deals, sum(events + claims + deals)::int AS links,
row_number() OVER (PARTITION BY actor_id ORDER BY sum(events + claims + deals) DESC, other_id) AS n
FROM links GROUP BY actor_id, other_id
) ranked JOIN actor a ON a.id = ranked.actor_id WHERE n <= $n ORDER BY parent_id, n;

/* participantsOf */ SELECT id, event_id AS "eventId", actor_id AS "actorId", role FROM event_participant
WHERE event_id = ANY($n::int[]) ORDER BY id;

/* claimActorsOf */ SELECT claim_id AS "claimId", actor_id AS "actorId", role FROM claim_actor
WHERE claim_id = ANY($n::int[]) ORDER BY claim_id, role, actor_id;

/* sourcesByIds */ SELECT source.id, source.kind, source.title, source.publisher, source.author, source.url, source.published_at AS "publishedAt", source.original_length AS "originalLength", source.repeated_paragraphs AS "repeatedParagraphs", source.page_starts AS "pageStarts", source.content_hash AS "contentHash", source.reliability, source.edition, source.imported_at AS "importedAt", source.created_at AS "createdAt", source.updated_at AS "updatedAt", source.created_by AS "createdBy", source.updated_by AS "updatedBy", left(source.text, 100000) AS text, char_length(source.text) AS "textLength" FROM source WHERE id = ANY($n::int[]);

SELECT "public"."cameo_code"."code", "public"."cameo_code"."label", "public"."cameo_code"."parent_code" FROM "public"."cameo_code" WHERE "public"."cameo_code"."code" IN ($ids) OFFSET $n;

/* actorsByIds */ SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt", actor.created_by AS "createdBy", actor.updated_by AS "updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id AND kind = 'ALIAS' AND rank <> 'DEPRECATED' ORDER BY id) AS "aliases" FROM actor WHERE id = ANY($n::int[]);
