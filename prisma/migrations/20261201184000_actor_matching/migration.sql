-- Matching actors by name: a normalised key on every name and alias, compared exactly, by trigrams (pg_trgm, GIN
-- indexes) and by sound (fuzzystrmatch's double metaphone), with diacritics folded (unaccent). All three are
-- trusted extensions: a database owner may create them. schema.prisma models the columns and indexes; the
-- functions and triggers are written here by hand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- A name as matching compares it: lower case, diacritics folded, dots and apostrophes dropped ("U.S." is "us",
-- "d'Ivoire" is "divoire"), other punctuation a space, and the words that say a form rather than a name left out:
-- articles, "republic", "of", and company forms (SA, Ltd, Inc, GmbH, JSC, ...). A name made only of such words
-- keeps them. unaccent is STABLE only because its dictionary could change; named explicitly, it is fixed here.
CREATE FUNCTION dossier_match_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    nullif(btrim(regexp_replace(regexp_replace(
      ' ' || regexp_replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[.''’`]', '', 'g'), '[^[:alnum:]]+', ' ', 'g') || ' ',
      ' (?:the|of|and|republic|sa|ltd|limited|inc|incorporated|plc|gmbh|ag|llc|corp|corporation|co|company|spa|nv|bv|jsc|pjsc|ojsc|oao|zao|sas|srl|pty|llp|lp)(?= )', ' ', 'g'),
      ' +', ' ', 'g')), ''),
    btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^[:alnum:]]+', ' ', 'g')))
$$;

-- How a normalised name sounds: the double-metaphone code of each word, in order ("gaddafi" and "qadhafi" agree),
-- "-" for a word with no sound code (digits), so that the codes line up with the words.
CREATE FUNCTION dossier_sound_key(match_key text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(coalesce(nullif(public.dmetaphone(word), ''), '-'), ' ' ORDER BY n), '')
  FROM regexp_split_to_table(match_key, ' ') WITH ORDINALITY AS w(word, n) WHERE word <> ''
$$;

ALTER TABLE "actor" ADD COLUMN "match_key" TEXT, ADD COLUMN "sound_key" TEXT;
ALTER TABLE "actor_alias" ADD COLUMN "match_key" TEXT, ADD COLUMN "sound_key" TEXT;

CREATE FUNCTION dossier_actor_match_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.match_key := dossier_match_key(NEW.name);
  NEW.sound_key := dossier_sound_key(NEW.match_key);
  RETURN NEW;
END $$;

CREATE FUNCTION dossier_alias_match_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.match_key := dossier_match_key(NEW.alias);
  NEW.sound_key := dossier_sound_key(NEW.match_key);
  RETURN NEW;
END $$;

CREATE TRIGGER actor_match_key BEFORE INSERT OR UPDATE OF "name" ON "actor" FOR EACH ROW EXECUTE FUNCTION dossier_actor_match_key();
CREATE TRIGGER alias_match_key BEFORE INSERT OR UPDATE OF "alias" ON "actor_alias" FOR EACH ROW EXECUTE FUNCTION dossier_alias_match_key();

UPDATE "actor" SET "match_key" = dossier_match_key("name");
UPDATE "actor_alias" SET "match_key" = dossier_match_key("alias");
UPDATE "actor" SET "sound_key" = dossier_sound_key("match_key");
UPDATE "actor_alias" SET "sound_key" = dossier_sound_key("match_key");

-- CreateIndex. fastupdate off: new names go straight into the index rather than a pending list that every
-- lookup scans in full until a vacuum merges it (PGlite never vacuums by itself; 10,000 fresh names made each
-- lookup 30 times slower). Actors are written seldom and read by matching often.
CREATE INDEX "actor_match_key_idx" ON "actor" USING GIN ("match_key" gin_trgm_ops) WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "actor_alias_match_key_idx" ON "actor_alias" USING GIN ("match_key" gin_trgm_ops) WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "actor_sound_key_idx" ON "actor"("sound_key");

-- CreateIndex
CREATE INDEX "actor_alias_sound_key_idx" ON "actor_alias"("sound_key");

-- CreateIndex: equality of normalised names, which a trigram index answers slowly (every trigram's list).
CREATE INDEX "actor_match_key_equal_idx" ON "actor"("match_key");

-- CreateIndex
CREATE INDEX "actor_alias_match_key_equal_idx" ON "actor_alias"("match_key");
