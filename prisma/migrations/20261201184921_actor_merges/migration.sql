-- CreateEnum
CREATE TYPE "merge_row_action" AS ENUM ('MOVED', 'COMBINED', 'ADDED');

-- CreateTable
CREATE TABLE "actor_merge" (
    "id" SERIAL NOT NULL,
    "duplicate_id" INTEGER NOT NULL,
    "canonical_id" INTEGER NOT NULL,
    "duplicate" JSONB NOT NULL,
    "reason" TEXT,
    "moved" JSONB NOT NULL,
    "combined" INTEGER NOT NULL,
    "merged_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "merged_by" TEXT,
    "undone_at" TIMESTAMP(3),
    "undone_by" TEXT,
    "undo_reason" TEXT,

    CONSTRAINT "actor_merge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_merge_row" (
    "id" SERIAL NOT NULL,
    "merge_id" INTEGER NOT NULL,
    "table_name" TEXT NOT NULL,
    "column" TEXT NOT NULL,
    "row_id" INTEGER NOT NULL,
    "action" "merge_row_action" NOT NULL,
    "row" JSONB,

    CONSTRAINT "actor_merge_row_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "actor_merge_duplicate_id_idx" ON "actor_merge"("duplicate_id");

-- CreateIndex
CREATE INDEX "actor_merge_canonical_id_idx" ON "actor_merge"("canonical_id");

-- CreateIndex
CREATE INDEX "actor_merge_row_merge_id_table_name_column_idx" ON "actor_merge_row"("merge_id", "table_name", "column");

-- AddForeignKey
ALTER TABLE "actor_merge_row" ADD CONSTRAINT "actor_merge_row_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "actor_merge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand. An undo of a merge puts rows back as they were, stamps included: with dossier.restoring set in
-- its transaction, the stamps it writes are kept rather than replaced by the undoer's name.
CREATE OR REPLACE FUNCTION dossier_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  author text := nullif(current_setting('dossier.author', true), '');
BEGIN
  IF current_setting('dossier.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := coalesce(author, NEW.created_by);
    NEW.updated_by := coalesce(author, NEW.updated_by);
  ELSE
    NEW.created_by := OLD.created_by;
    NEW.updated_by := author;
  END IF;
  RETURN NEW;
END $$;
