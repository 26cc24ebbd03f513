-- Quotations found in stored sources' texts (src/modules/quotations): the quote, who said it and how that was
-- found, proposed for a person to accept as a claim or reject. Rewritten with the mentions when a source is stored
-- or relinked; accepted and rejected ones are kept as they are.
CREATE TYPE "QuotationStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

CREATE TABLE "quotation" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "cue" TEXT,
    "speaker_text" TEXT,
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,
    "speaker_actor_id" INTEGER,
    "rule" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "status" "QuotationStatus" NOT NULL DEFAULT 'PROPOSED',
    "claim_id" INTEGER,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "quotation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "quotation_offsets_check" CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset")
);
CREATE UNIQUE INDEX "quotation_source_id_start_offset_end_offset_key" ON "quotation"("source_id", "start_offset", "end_offset");
CREATE INDEX "quotation_speaker_actor_id_idx" ON "quotation"("speaker_actor_id");
CREATE INDEX "quotation_claim_id_idx" ON "quotation"("claim_id");
ALTER TABLE "quotation" ADD CONSTRAINT "quotation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quotation" ADD CONSTRAINT "quotation_speaker_actor_id_fkey" FOREIGN KEY ("speaker_actor_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "quotation" ADD CONSTRAINT "quotation_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: a change of a source's quotations is logged as an UPDATE of the source (its field quotations),
-- as its mentions are, and advances the data version, as every table of the knowledge base does.
CREATE TRIGGER quotation_changes_insert AFTER INSERT ON quotation REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('quotations', 'source', 'source_id');
CREATE TRIGGER quotation_changes_update AFTER UPDATE ON quotation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('quotations', 'source', 'source_id');
CREATE TRIGGER quotation_changes_delete AFTER DELETE ON quotation REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('quotations', 'source', 'source_id');
CREATE TRIGGER quotation_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotation
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump_data_version();
