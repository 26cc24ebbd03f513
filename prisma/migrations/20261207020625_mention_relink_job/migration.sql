-- CreateTable
CREATE TABLE "mention_relink" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "after_source_id" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "requested_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3),

    CONSTRAINT "mention_relink_pkey" PRIMARY KEY ("id")
);

-- Written by hand: one row, there from the start, so that a change of forms only ever updates it (the update takes
-- the row's lock: a relink batch and a change of forms never interleave).
ALTER TABLE "mention_relink" ADD CONSTRAINT "mention_relink_one_row" CHECK (id = 1);
INSERT INTO "mention_relink" (id) VALUES (1);
