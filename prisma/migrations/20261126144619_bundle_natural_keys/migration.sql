-- Natural keys, so that bundles can refer to events and claims without database ids.

-- A claim is keyed by who asserts it and what it says; the same formula as claimNaturalKey() in the claims module.
ALTER TABLE "claim" ADD COLUMN     "natural_key" CHAR(64);
UPDATE "claim" SET "natural_key" = encode(sha256(convert_to(
  coalesce("asserter_id"::text, '') || E'\n' || coalesce("asserter_source_id"::text, '') || E'\n' || "statement", 'UTF8')), 'hex');
ALTER TABLE "claim" ALTER COLUMN "natural_key" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "claim_natural_key_key" ON "claim"("natural_key");

-- CreateIndex
CREATE UNIQUE INDEX "event_title_start_date_key" ON "event"("title", "start_date");
