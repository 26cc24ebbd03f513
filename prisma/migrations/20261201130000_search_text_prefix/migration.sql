-- Full-text search reads the first 100,000 characters of a source's text (SEARCH_TEXT_PREFIX in
-- src/modules/search/search.repository.ts), so that a source of millions of characters costs no more to index
-- and to quote in a snippet than that: four such sources made every search time out, and a long text could pass
-- tsvector's 1 MB limit.
CREATE OR REPLACE FUNCTION "source_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A')
    || setweight(to_tsvector('english', left(coalesce(NEW."text", ''), 100000)), 'B');
  RETURN NEW;
END
$$;

-- The documents of the long texts stored before (the trigger fires on this update).
UPDATE "source" SET "title" = "title" WHERE char_length("text") > 100000;
