-- Written by hand: fact-checkers' reviews of claims (ClaimReview imports), kept as given, as a list of the claim
-- (like its citations): changes logged as the claim's, and versioned with it.
CREATE TABLE "fact_check" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "reviewer" TEXT NOT NULL,
    "reviewer_url" TEXT,
    "url" TEXT NOT NULL,
    "published_at" DATE,
    "rating_value" DOUBLE PRECISION,
    "best_rating" DOUBLE PRECISION,
    "worst_rating" DOUBLE PRECISION,
    "rating_name" TEXT,
    "rating_explanation" TEXT,
    CONSTRAINT "fact_check_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "fact_check_claim_id_url_key" ON "fact_check"("claim_id", "url");
ALTER TABLE "fact_check" ADD CONSTRAINT "fact_check_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The change log: a change of a claim's fact checks is an UPDATE of the claim, its field factChecks.
CREATE TRIGGER fact_check_changes_insert AFTER INSERT ON fact_check REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('factChecks', 'claim', 'claim_id');
CREATE TRIGGER fact_check_changes_update AFTER UPDATE ON fact_check REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('factChecks', 'claim', 'claim_id');
CREATE TRIGGER fact_check_changes_delete AFTER DELETE ON fact_check REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('factChecks', 'claim', 'claim_id');

-- The history: a claim's version holds its fact checks.
CREATE CONSTRAINT TRIGGER fact_check_history AFTER INSERT OR UPDATE ON fact_check DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', NEW.claim_id)) EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER fact_check_history_delete AFTER DELETE ON fact_check DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', OLD.claim_id)) EXECUTE FUNCTION dossier_claim_changed();

CREATE OR REPLACE FUNCTION dossier_claim_snapshot(claim_id integer) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT dossier_row_snapshot(to_jsonb(c)) || jsonb_build_object(
    'about', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', a.actor_id, 'role', a.role) ORDER BY a.actor_id, a.role)
                       FROM claim_actor a WHERE a.claim_id = c.id), '[]'::jsonb),
    'citations', coalesce((SELECT jsonb_agg(jsonb_build_object('sourceId', t.source_id, 'quote', t.quote, 'startOffset', t.start_offset,
                                                             'endOffset', t.end_offset, 'stance', t.stance)
                                            ORDER BY t.source_id, t.start_offset, t.quote, t.stance)
                           FROM citation t WHERE t.claim_id = c.id), '[]'::jsonb))
    -- Only when there are some: the versions of claims without fact checks stay as they were.
    || coalesce((SELECT jsonb_build_object('factChecks', jsonb_agg(jsonb_build_object('reviewer', f.reviewer, 'reviewerUrl', f.reviewer_url, 'url', f.url,
                                            'publishedAt', f.published_at, 'ratingValue', f.rating_value, 'bestRating', f.best_rating, 'worstRating', f.worst_rating,
                                            'ratingName', f.rating_name, 'ratingExplanation', f.rating_explanation) ORDER BY f.url))
                 FROM fact_check f WHERE f.claim_id = c.id HAVING count(*) > 0), '{}'::jsonb)
  FROM claim c WHERE c.id = $1);
END $$;
