-- Written by hand: every committed state of actors (with their aliases), affiliations, sources and arms transfers,
-- as claims and events already have (record_history migration), so that `history` and `restoreRecord` answer for
-- every entity of the change feed.
-- Actors fold their aliases into one version at commit (deferred row triggers, as claims). Affiliations, sources
-- and transfers have no lists: a statement-level trigger versions all rows of a statement in one INSERT, so that an
-- import of the register costs one statement, not 20,000 trigger calls.

-- The same camelCase as before (asserter_id -> asserterId), without a subquery per key: a snapshot of every row of
-- a 20,000-row import calls it half a million times.
CREATE OR REPLACE FUNCTION dossier_camel_case(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(left(name, 1)) || substr(replace(initcap(name), '_', ''), 2)
$$;

CREATE FUNCTION dossier_actor_snapshot(actor_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT dossier_row_snapshot(to_jsonb(a)) || jsonb_build_object(
    'aliases', coalesce((SELECT jsonb_agg(jsonb_build_object('alias', x.alias, 'kind', x.kind, 'rank', x.rank, 'rankReason', x.rank_reason) ORDER BY x.id)
                         FROM actor_alias x WHERE x.actor_id = a.id), '[]'::jsonb))
  FROM actor a WHERE a.id = $1
$$;

CREATE FUNCTION dossier_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec_id integer;
BEGIN
  IF TG_TABLE_NAME = 'actor' THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM dossier_record_version('actor', OLD.id, NULL, true);
      RETURN NULL;
    END IF;
    rec_id := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    rec_id := OLD.actor_id;
  ELSE
    rec_id := NEW.actor_id;
  END IF;
  PERFORM dossier_record_version('actor', rec_id, dossier_actor_snapshot(rec_id), false);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER actor_history AFTER INSERT OR UPDATE OR DELETE ON actor
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_actor_changed();
CREATE CONSTRAINT TRIGGER actor_alias_history AFTER INSERT OR UPDATE OR DELETE ON actor_alias
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_actor_changed();

-- A table without lists (TG_ARGV[0]: its entity): a version for each row a statement wrote whose state differs
-- from its last version, or a DELETE version holding the last state.
CREATE FUNCTION dossier_rows_versioned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT TG_ARGV[0], o.id, l.version + 1, 'DELETE', l.data, nullif(current_setting('dossier.author', true), '')
    FROM old_rows o
    JOIN LATERAL (SELECT v.version, v.data, v.operation FROM record_version v WHERE v.entity = TG_ARGV[0] AND v.record_id = o.id ORDER BY v.version DESC LIMIT 1) l ON l.operation <> 'DELETE';
  ELSE
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT TG_ARGV[0], n.id, coalesce(l.version, 0) + 1,
           (CASE WHEN l.version IS NOT NULL AND l.operation <> 'DELETE' THEN 'UPDATE' ELSE 'CREATE' END)::"VersionOperation",
           n.snapshot, nullif(current_setting('dossier.author', true), '')
    FROM (SELECT r.id, dossier_row_snapshot(to_jsonb(r)) AS snapshot FROM new_rows r) n
    LEFT JOIN LATERAL (SELECT v.version, v.data, v.operation FROM record_version v WHERE v.entity = TG_ARGV[0] AND v.record_id = n.id ORDER BY v.version DESC LIMIT 1) l ON true
    WHERE l.version IS NULL OR l.operation = 'DELETE' OR l.data IS DISTINCT FROM n.snapshot;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  tbl text;
  op text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['affiliation', 'source', 'arms_transfer'] LOOP
    FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION dossier_rows_versioned(%L)',
                     tbl || '_history_' || lower(op), op, tbl,
                     CASE op WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
                     tbl);
    END LOOP;
  END LOOP;
END $$;

-- The records stored before their history was kept start with a CREATE version of their present state.
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'actor', id, 1, 'CREATE', dossier_actor_snapshot(id) FROM actor;
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'affiliation', id, 1, 'CREATE', dossier_row_snapshot(to_jsonb(r)) FROM affiliation r;
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'source', id, 1, 'CREATE', dossier_row_snapshot(to_jsonb(r)) FROM source r;
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'arms_transfer', id, 1, 'CREATE', dossier_row_snapshot(to_jsonb(r)) FROM arms_transfer r;

-- restoreRecord: inserts a row given as JSON with snake_case keys, naming only the columns it has (the others
-- take their defaults; keys kept by the database, such as search vectors, are filled by their triggers).
CREATE FUNCTION dossier_restore_row(tbl text, row_data jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cols text;
BEGIN
  SELECT string_agg(quote_ident(c.column_name::text), ', ' ORDER BY c.ordinal_position) INTO cols
  FROM information_schema.columns c
  WHERE c.table_schema = current_schema() AND c.table_name = tbl AND row_data ? c.column_name::text;
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1)', tbl, cols, cols, tbl) USING row_data;
END $$;
