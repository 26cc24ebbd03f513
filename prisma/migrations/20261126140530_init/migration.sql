-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STATE', 'PERSON', 'ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'VISITOR', 'INITIATOR', 'TARGET', 'PARTICIPANT', 'MEDIATOR', 'OBSERVER', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'REPORT', 'DATASET', 'OFFICIAL_STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ReliabilityGrade" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "ClaimActorRole" AS ENUM ('SUBJECT', 'OBJECT', 'MENTIONED');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'REFUTES', 'MENTIONS');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('NEW', 'SECOND_HAND', 'SECOND_HAND_MODERNISED');

-- CreateTable
CREATE TABLE "actor" (
    "id" SERIAL NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "iso_code" VARCHAR(3),
    "wikidata_id" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_alias" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "alias_key" TEXT NOT NULL,

    CONSTRAINT "actor_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliation" (
    "id" SERIAL NOT NULL,
    "member_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cameo_code" (
    "code" VARCHAR(4) NOT NULL,
    "label" TEXT NOT NULL,
    "parent_code" VARCHAR(4),

    CONSTRAINT "cameo_code_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "cameo_code" VARCHAR(4) NOT NULL,
    "title" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "start_precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "end_date" DATE,
    "end_precision" "DatePrecision",
    "location" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "url" TEXT,
    "published_at" DATE,
    "text" TEXT,
    "content_hash" CHAR(64) NOT NULL,
    "reliability" "ReliabilityGrade",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" SERIAL NOT NULL,
    "statement" TEXT NOT NULL,
    "asserter_id" INTEGER,
    "asserter_source_id" INTEGER,
    "event_id" INTEGER,
    "subject_id" INTEGER,
    "predicate" TEXT,
    "object_actor_id" INTEGER,
    "object_value" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,
    "confidence" DOUBLE PRECISION,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_actor" (
    "claim_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "role" "ClaimActorRole" NOT NULL DEFAULT 'MENTIONED',

    CONSTRAINT "claim_actor_pkey" PRIMARY KEY ("claim_id","actor_id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "start_offset" INTEGER,
    "end_offset" INTEGER,
    "stance" "Stance" NOT NULL,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "arms_transfer" (
    "id" SERIAL NOT NULL,
    "supplier_id" INTEGER NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "deal_id" TEXT NOT NULL,
    "designation" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "order_year" INTEGER,
    "order_year_estimated" BOOLEAN NOT NULL DEFAULT false,
    "delivery_year" INTEGER NOT NULL,
    "delivery_year_estimated" BOOLEAN NOT NULL DEFAULT false,
    "number_delivered" INTEGER,
    "number_delivered_estimated" BOOLEAN NOT NULL DEFAULT false,
    "tiv_per_unit" DOUBLE PRECISION,
    "tiv_delivered" DOUBLE PRECISION NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'NEW',
    "local_production" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "arms_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "actor_name_key" ON "actor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "actor_name_key_key" ON "actor"("name_key");

-- CreateIndex
CREATE UNIQUE INDEX "actor_iso_code_key" ON "actor"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "actor_wikidata_id_key" ON "actor"("wikidata_id");

-- CreateIndex
CREATE INDEX "actor_kind_idx" ON "actor"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "actor_alias_alias_key_key" ON "actor_alias"("alias_key");

-- CreateIndex
CREATE INDEX "actor_alias_actor_id_idx" ON "actor_alias"("actor_id");

-- CreateIndex
CREATE INDEX "affiliation_member_id_idx" ON "affiliation"("member_id");

-- CreateIndex
CREATE INDEX "affiliation_organisation_id_idx" ON "affiliation"("organisation_id");

-- CreateIndex
CREATE INDEX "cameo_code_parent_code_idx" ON "cameo_code"("parent_code");

-- CreateIndex
CREATE INDEX "event_cameo_code_idx" ON "event"("cameo_code");

-- CreateIndex
CREATE INDEX "event_start_date_idx" ON "event"("start_date");

-- CreateIndex
CREATE INDEX "event_participant_actor_id_idx" ON "event_participant"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_event_id_actor_id_role_key" ON "event_participant"("event_id", "actor_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "source_url_key" ON "source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "source_content_hash_key" ON "source"("content_hash");

-- CreateIndex
CREATE INDEX "source_kind_idx" ON "source"("kind");

-- CreateIndex
CREATE INDEX "source_publisher_idx" ON "source"("publisher");

-- CreateIndex
CREATE INDEX "source_published_at_idx" ON "source"("published_at");

-- CreateIndex
CREATE INDEX "claim_asserter_id_idx" ON "claim"("asserter_id");

-- CreateIndex
CREATE INDEX "claim_event_id_idx" ON "claim"("event_id");

-- CreateIndex
CREATE INDEX "claim_actor_actor_id_idx" ON "claim_actor"("actor_id");

-- CreateIndex
CREATE INDEX "citation_claim_id_idx" ON "citation"("claim_id");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE INDEX "arms_transfer_supplier_id_recipient_id_delivery_year_idx" ON "arms_transfer"("supplier_id", "recipient_id", "delivery_year");

-- CreateIndex
CREATE INDEX "arms_transfer_recipient_id_delivery_year_idx" ON "arms_transfer"("recipient_id", "delivery_year");

-- CreateIndex
CREATE INDEX "arms_transfer_delivery_year_idx" ON "arms_transfer"("delivery_year");

-- CreateIndex
CREATE INDEX "arms_transfer_category_idx" ON "arms_transfer"("category");

-- CreateIndex
CREATE UNIQUE INDEX "arms_transfer_deal_id_delivery_year_source_id_key" ON "arms_transfer"("deal_id", "delivery_year", "source_id");

-- AddForeignKey
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cameo_code" ADD CONSTRAINT "cameo_code_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "cameo_code"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_cameo_code_fkey" FOREIGN KEY ("cameo_code") REFERENCES "cameo_code"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_asserter_id_fkey" FOREIGN KEY ("asserter_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_asserter_source_id_fkey" FOREIGN KEY ("asserter_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_object_actor_id_fkey" FOREIGN KEY ("object_actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_actor" ADD CONSTRAINT "claim_actor_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_actor" ADD CONSTRAINT "claim_actor_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "arms_transfer" ADD CONSTRAINT "arms_transfer_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "arms_transfer" ADD CONSTRAINT "arms_transfer_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "arms_transfer" ADD CONSTRAINT "arms_transfer_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
