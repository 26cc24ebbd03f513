-- Full-text search over sources (title and text) and claims (statement), in PostgreSQL's English configuration.
-- The documents are kept by triggers written here by hand; schema.prisma models the columns and GIN indexes.

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "search_vector" tsvector;

CREATE FUNCTION "source_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A')
    || setweight(to_tsvector('english', coalesce(NEW."text", '')), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER "source_search_vector" BEFORE INSERT OR UPDATE OF "title", "text" ON "source"
  FOR EACH ROW EXECUTE FUNCTION "source_search_vector_update"();

CREATE FUNCTION "claim_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := to_tsvector('english', NEW."statement");
  RETURN NEW;
END
$$;

CREATE TRIGGER "claim_search_vector" BEFORE INSERT OR UPDATE OF "statement" ON "claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_vector_update"();

-- Documents for the rows stored before this migration (the triggers fire on these updates).
UPDATE "source" SET "title" = "title";
UPDATE "claim" SET "statement" = "statement";

-- CreateIndex
CREATE INDEX "claim_search_vector_idx" ON "claim" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "source_search_vector_idx" ON "source" USING GIN ("search_vector");
