SELECT "public"."claim"."id", "public"."claim"."statement", "public"."claim"."natural_key", "public"."claim"."asserter_id", "public"."claim"."asserter_source_id", "public"."claim"."event_id", "public"."claim"."subject_id", "public"."claim"."predicate", "public"."claim"."object_actor_id", "public"."claim"."object_value", "public"."claim"."valid_from", "public"."claim"."valid_to", "public"."claim"."confidence", "public"."claim"."created_at", "public"."claim"."updated_at", "public"."claim"."created_by", "public"."claim"."updated_by" FROM "public"."claim" WHERE EXISTS(SELECT "t0"."claim_id" FROM "public"."citation" AS "t0" WHERE ("t0"."source_id" = $n AND ("public"."claim"."id") = ("t0"."claim_id") AND "t0"."claim_id" IS NOT NULL)) ORDER BY "public"."claim"."id" DESC LIMIT $n OFFSET $n;

SELECT actor.id, actor.kind, actor.name, actor.name_key AS "nameKey", actor.iso_code AS "isoCode", actor.wikidata_id AS "wikidataId", actor.description, actor.created_at AS "createdAt", actor.updated_at AS "updatedAt", actor.created_by AS "createdBy", actor.updated_by AS "updatedBy", ARRAY(SELECT alias FROM actor_alias WHERE actor_id = actor.id ORDER BY id) AS "aliases" FROM actor WHERE id = ANY($n::int[]);

SELECT citation.id, citation.claim_id AS "claimId", citation.source_id AS "sourceId", citation.quote, citation.start_offset AS "startOffset", citation.end_offset AS "endOffset", citation.stance FROM citation WHERE claim_id = ANY($n::int[]) ORDER BY id;

SELECT claim_id AS "claimId", actor_id AS "actorId", role FROM claim_actor
WHERE claim_id = ANY($n::int[]) ORDER BY claim_id, role;

SELECT source.id, source.kind, source.title, source.publisher, source.author, source.url, source.published_at AS "publishedAt", source.text, source.content_hash AS "contentHash", source.reliability, source.created_at AS "createdAt", source.updated_at AS "updatedAt", source.created_by AS "createdBy", source.updated_by AS "updatedBy" FROM source WHERE id = ANY($n::int[]);
