-- CreateEnum
CREATE TYPE "MentionForm" AS ENUM ('NAME', 'ALIAS', 'ISO_CODE', 'DEMONYM');

-- CreateEnum
CREATE TYPE "MentionOrigin" AS ENUM ('AUTOMATIC', 'MANUAL');

-- CreateEnum
CREATE TYPE "MentionStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "mention" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" "MentionForm" NOT NULL,
    "origin" "MentionOrigin" NOT NULL DEFAULT 'AUTOMATIC',
    "status" "MentionStatus" NOT NULL DEFAULT 'PROPOSED',
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mention_actor_id_idx" ON "mention"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "mention_source_id_actor_id_start_offset_end_offset_key" ON "mention"("source_id", "actor_id", "start_offset", "end_offset");

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
