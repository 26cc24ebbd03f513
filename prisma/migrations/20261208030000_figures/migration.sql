-- Figures found in stored sources' texts (src/modules/figures): a sentence stating a figure a data series can
-- check, as a typed claim candidate for a person to accept as a claim or reject. Rewritten with the mentions when a
-- source is stored or relinked; accepted and rejected ones are kept as they are. Quotations and figures are
-- reviewed alike: their status type is one.
ALTER TYPE "QuotationStatus" RENAME TO "ReviewStatus";

CREATE TABLE "figure" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "predicate" TEXT NOT NULL,
    "subject_id" INTEGER NOT NULL,
    "object_id" INTEGER NOT NULL,
    "from_year" INTEGER,
    "to_year" INTEGER,
    "object_value" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PROPOSED',
    "claim_id" INTEGER,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "figure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "figure_offsets_check" CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset")
);
CREATE UNIQUE INDEX "figure_source_id_start_offset_end_offset_key" ON "figure"("source_id", "start_offset", "end_offset");
CREATE INDEX "figure_subject_id_idx" ON "figure"("subject_id");
CREATE INDEX "figure_object_id_idx" ON "figure"("object_id");
CREATE INDEX "figure_claim_id_idx" ON "figure"("claim_id");
ALTER TABLE "figure" ADD CONSTRAINT "figure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "figure" ADD CONSTRAINT "figure_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "figure" ADD CONSTRAINT "figure_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "figure" ADD CONSTRAINT "figure_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: a change of a source's figures is logged as an UPDATE of the source (its field figures), as its
-- quotations are, and advances the data version, as every table of the knowledge base does.
CREATE TRIGGER figure_changes_insert AFTER INSERT ON figure REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('figures', 'source', 'source_id');
CREATE TRIGGER figure_changes_update AFTER UPDATE ON figure REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('figures', 'source', 'source_id');
CREATE TRIGGER figure_changes_delete AFTER DELETE ON figure REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_list_changed('figures', 'source', 'source_id');
CREATE TRIGGER figure_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump_data_version();
