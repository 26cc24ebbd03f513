-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('PREFERRED', 'NORMAL', 'DEPRECATED');

-- CreateEnum
CREATE TYPE "PredicateValueType" AS ENUM ('ACTOR', 'ACTOR_AND_SHARE', 'TEXT');

-- AlterTable
ALTER TABLE "actor_alias" ADD COLUMN     "rank" "Rank" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "rank_reason" TEXT;

-- AlterTable
ALTER TABLE "affiliation" ADD COLUMN     "rank" "Rank" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "rank_reason" TEXT;

-- AlterTable
ALTER TABLE "arms_transfer" ADD COLUMN     "first_seen" DATE,
ADD COLUMN     "last_seen" DATE;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "rank" "Rank" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "rank_reason" TEXT;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "edition" DATE,
ADD COLUMN     "imported_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "predicate" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "subject_role" TEXT NOT NULL,
    "object_role" TEXT NOT NULL,
    "value_type" "PredicateValueType" NOT NULL,
    "series" TEXT,
    "opposites" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "predicate_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "value_source" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "affiliation_id" INTEGER,
    "event_id" INTEGER,
    "actor_id" INTEGER,
    "alias_id" INTEGER,
    "field" TEXT,
    "quote" TEXT,
    "start_offset" INTEGER,
    "end_offset" INTEGER,
    "first_seen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT,

    CONSTRAINT "value_source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "value_source_source_id_idx" ON "value_source"("source_id");

-- CreateIndex
CREATE INDEX "value_source_affiliation_id_idx" ON "value_source"("affiliation_id");

-- CreateIndex
CREATE INDEX "value_source_event_id_idx" ON "value_source"("event_id");

-- CreateIndex
CREATE INDEX "value_source_actor_id_idx" ON "value_source"("actor_id");

-- CreateIndex
CREATE INDEX "value_source_alias_id_idx" ON "value_source"("alias_id");

-- CreateIndex
CREATE INDEX "claim_predicate_subject_id_object_actor_id_idx" ON "claim"("predicate", "subject_id", "object_actor_id");

-- AddForeignKey
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_affiliation_id_fkey" FOREIGN KEY ("affiliation_id") REFERENCES "affiliation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "actor_alias"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A value source speaks to exactly one record; its offsets come in pairs.
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_one_target" CHECK (num_nonnulls(affiliation_id, event_id, actor_id, alias_id) = 1);
ALTER TABLE "value_source" ADD CONSTRAINT "value_source_offsets" CHECK ((start_offset IS NULL) = (end_offset IS NULL) AND (start_offset IS NULL OR end_offset > start_offset));
-- The same source confirming the same value again moves lastSeen instead of adding a row.
CREATE UNIQUE INDEX "value_source_natural_key" ON "value_source" (
  COALESCE(affiliation_id, 0), COALESCE(event_id, 0), COALESCE(actor_id, 0), COALESCE(alias_id, 0),
  COALESCE(field, ''), source_id, COALESCE(quote, ''));

-- A deprecated value says why.
ALTER TABLE "claim" ADD CONSTRAINT "claim_deprecated_reason" CHECK (rank <> 'DEPRECATED' OR rank_reason IS NOT NULL);
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_deprecated_reason" CHECK (rank <> 'DEPRECATED' OR rank_reason IS NOT NULL);
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_deprecated_reason" CHECK (rank <> 'DEPRECATED' OR rank_reason IS NOT NULL);

-- Rows imported before editions were recorded were seen on the day they were written.
UPDATE arms_transfer SET first_seen = created_at::date, last_seen = updated_at::date;

-- The predicate vocabulary. Codes are the contract (claims store them); labels and descriptions may be reworded.
INSERT INTO predicate (code, label, description, subject_role, object_role, value_type, series, opposites) VALUES
  ('ARMS_SUPPLY_RISING', 'arms supply rising', 'The supplier''s deliveries of major arms to the recipient grew over the span, as a share of the recipient''s imports and in TIV per year.', 'the supplier', 'the recipient', 'ACTOR', 'ARMS_SUPPLY', '{ARMS_SUPPLY_FALLING,ARMS_SUPPLY_FLAT}'),
  ('ARMS_SUPPLY_FALLING', 'arms supply falling', 'The supplier''s deliveries of major arms to the recipient shrank over the span, as a share of the recipient''s imports and in TIV per year.', 'the supplier', 'the recipient', 'ACTOR', 'ARMS_SUPPLY', '{ARMS_SUPPLY_RISING,ARMS_SUPPLY_FLAT}'),
  ('ARMS_SUPPLY_FLAT', 'arms supply steady', 'The supplier''s deliveries of major arms to the recipient stayed about the same over the span.', 'the supplier', 'the recipient', 'ACTOR', 'ARMS_SUPPLY', '{ARMS_SUPPLY_RISING,ARMS_SUPPLY_FALLING}'),
  ('LARGEST_ARMS_SUPPLIER', 'largest arms supplier', 'The supplier delivered more major arms (TIV) to the recipient over the span than any other supplier.', 'the supplier', 'the recipient', 'ACTOR', 'ARMS_SUPPLY', '{}'),
  ('ARMS_SUPPLY_SHARE', 'share of arms imports', 'The supplier''s share of the recipient''s imports of major arms over the span is about the value (a percentage, e.g. "36.5%").', 'the supplier', 'the recipient (the share in objectValue)', 'ACTOR_AND_SHARE', 'ARMS_SUPPLY', '{}'),
  ('SUPPLIES_ARMS_TO', 'supplies arms to', 'The supplier delivers major arms to the recipient.', 'the supplier', 'the recipient', 'ACTOR', NULL, '{}'),
  ('DEPENDS_ON', 'depends on', 'The subject relies on the object (for arms, energy, trade or security).', 'the dependent actor', 'the actor depended on', 'ACTOR', NULL, '{DIVERSIFIES_AWAY_FROM}'),
  ('DIVERSIFIES_AWAY_FROM', 'diversifies away from', 'The subject reduces its reliance on the object by turning to others.', 'the diversifying actor', 'the actor relied on until now', 'ACTOR', NULL, '{DEPENDS_ON}'),
  ('HOLDS_OFFICE', 'holds office in', 'The person holds an office (named in the statement or objectValue) of the object.', 'the office holder', 'the state or organisation', 'ACTOR', NULL, '{}'),
  ('THREATENS', 'threatens', 'The subject poses a threat to the object''s security.', 'the threatening actor', 'the threatened actor', 'ACTOR', NULL, '{PARTNERS_WITH}'),
  ('BALANCES_AGAINST', 'balances against', 'The subject acts, or is used, as a counterweight to the object.', 'the balancing actor', 'the actor balanced against', 'ACTOR', NULL, '{}'),
  ('PARTNERS_WITH', 'partners with', 'The subject strengthens or keeps a strategic partnership with the object.', 'one partner', 'the other partner', 'ACTOR', NULL, '{THREATENS,TENSIONS_WITH}'),
  ('TENSIONS_WITH', 'has strained ties with', 'The subject''s relations with the object are strained.', 'one side', 'the other side', 'ACTOR', NULL, '{PARTNERS_WITH}'),
  ('SANCTIONS', 'sanctions', 'The subject imposes sanctions on the object.', 'the sanctioning actor', 'the sanctioned actor', 'ACTOR', NULL, '{}'),
  ('TRADES_WITH', 'expands trade with', 'The subject seeks wider economic cooperation and trade with the object.', 'one side', 'the other side', 'ACTOR', NULL, '{}'),
  ('SEEKS', 'seeks', 'The subject pursues the aim stated in objectValue.', 'the actor', 'the aim (text)', 'TEXT', NULL, '{}'),
  ('AVOIDS', 'avoids', 'The subject avoids the course stated in objectValue.', 'the actor', 'what it avoids (text)', 'TEXT', NULL, '{}'),
  ('HAS_LIMITED_INFLUENCE_ON', 'has limited influence on', 'The subject can do little to shape the matter in objectValue.', 'the actor', 'the matter (text)', 'TEXT', NULL, '{}');
