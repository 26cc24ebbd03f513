-- CreateTable
CREATE TABLE "change_log" (
    "seq" BIGSERIAL NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "entity" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "fields" TEXT[],
    "merged_into" INTEGER,
    "changed_by" TEXT,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "change_log_pruned" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "xid" xid8 NOT NULL,
    "seq" BIGINT NOT NULL,
    "pruned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_pruned_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "change_log_xid_seq_idx" ON "change_log"("xid", "seq");

-- CreateIndex
CREATE INDEX "change_log_changed_at_idx" ON "change_log"("changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "change_log_xid_entity_record_id_key" ON "change_log"("xid", "entity", "record_id");

-- Written by hand: the change log's triggers. Every write to a record or to one of its lists leaves one row per
-- record and transaction (the unique index above), whose operation is the strongest of the transaction's:
-- MERGE and UNMERGE over DELETE, DELETE over CREATE, CREATE over UPDATE; an UPDATE names the fields it changed.
-- Statement-level triggers with transition tables keep a bulk import one INSERT per statement.

-- The operation a record's change in one transaction ends as, given the one logged and a new one.
CREATE FUNCTION dossier_change_operation(logged text, incoming text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN 'MERGE' IN (logged, incoming) THEN 'MERGE'
    WHEN 'UNMERGE' IN (logged, incoming) THEN 'UNMERGE'
    WHEN 'DELETE' IN (logged, incoming) THEN 'DELETE'
    WHEN 'CREATE' IN (logged, incoming) THEN 'CREATE'
    ELSE 'UPDATE' END
$$;

-- Logs changes given as JSON rows (entity, record_id, operation, fields, merged_into), one per record, in one statement,
-- and wakes the instances' feeds at commit (NOTIFY sends one per transaction).
CREATE FUNCTION dossier_log_changes(changes jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO change_log AS logged (entity, record_id, operation, fields, merged_into, changed_by)
  SELECT DISTINCT ON (c.entity, c.record_id) c.entity, c.record_id, c.operation, c.fields, c.merged_into, nullif(current_setting('dossier.author', true), '')
  FROM jsonb_to_recordset(changes) AS c(entity text, record_id integer, operation text, fields text[], merged_into integer)
  ORDER BY c.entity, c.record_id
  ON CONFLICT (xid, entity, record_id) DO UPDATE SET
    operation = dossier_change_operation(logged.operation, excluded.operation),
    fields = CASE WHEN dossier_change_operation(logged.operation, excluded.operation) = 'UPDATE'
                  THEN ARRAY(SELECT DISTINCT f FROM unnest(logged.fields || excluded.fields) AS f ORDER BY f) END,
    merged_into = coalesce(excluded.merged_into, logged.merged_into),
    changed_by = excluded.changed_by,
    changed_at = excluded.changed_at;
  SELECT pg_notify('dossier_changes', '');
$$;

-- The fields of a row that an UPDATE changed, in camelCase, less stamps and keys kept by the database.
CREATE FUNCTION dossier_changed_fields(old_row jsonb, new_row jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(dossier_camel_case(n.key) ORDER BY n.key), '{}')
  FROM jsonb_each(new_row - dossier_unversioned_columns()) AS n
  WHERE n.value IS DISTINCT FROM old_row -> n.key
$$;

-- A record's own table (TG_ARGV[0]: its entity): CREATE, UPDATE with the fields that changed, or DELETE.
CREATE FUNCTION dossier_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('entity', TG_ARGV[0], 'record_id', n.id, 'operation', 'CREATE')) INTO changes
    FROM (SELECT (to_jsonb(r) ->> 'id')::integer AS id FROM new_rows r) n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('entity', TG_ARGV[0], 'record_id', o.id, 'operation', 'DELETE')) INTO changes
    FROM (SELECT (to_jsonb(r) ->> 'id')::integer AS id FROM old_rows r) o;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('entity', TG_ARGV[0], 'record_id', d.id, 'operation', 'UPDATE', 'fields', d.fields)) INTO changes
    FROM (SELECT (n.row ->> 'id')::integer AS id, dossier_changed_fields(o.row, n.row) AS fields
          FROM (SELECT to_jsonb(r) AS row FROM new_rows r) n JOIN (SELECT to_jsonb(r) AS row FROM old_rows r) o ON o.row -> 'id' = n.row -> 'id') d
    WHERE cardinality(d.fields) > 0;
  END IF;
  IF changes IS NOT NULL THEN PERFORM dossier_log_changes(changes); END IF;
  RETURN NULL;
END $$;

-- A list of a record (TG_ARGV: its field's name, then pairs of the entity and the column naming it; a column
-- alias_id names an actor through its alias): an UPDATE of each record named, with the list's field.
CREATE FUNCTION dossier_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  list_rows jsonb;
  changes jsonb := '[]'::jsonb;
  part jsonb;
  i integer := 1;
BEGIN
  -- A transition table exists only for the events that have it: read the rows once, as JSON.
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(to_jsonb(x)) INTO list_rows FROM new_rows x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(to_jsonb(x)) INTO list_rows FROM old_rows x;
  ELSE
    SELECT jsonb_agg(to_jsonb(x)) INTO list_rows FROM (SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows) x;
  END IF;
  IF list_rows IS NULL THEN RETURN NULL; END IF;
  WHILE i < TG_NARGS LOOP
    SELECT jsonb_agg(DISTINCT jsonb_build_object('entity', TG_ARGV[i], 'record_id', t.id, 'operation', 'UPDATE', 'fields', ARRAY[TG_ARGV[0]])) INTO part
    FROM (
      SELECT CASE WHEN TG_ARGV[i + 1] = 'alias_id' THEN (SELECT a.actor_id FROM actor_alias a WHERE a.id = (r ->> 'alias_id')::integer)
                  ELSE (r ->> TG_ARGV[i + 1])::integer END AS id
      FROM jsonb_array_elements(list_rows) AS r
    ) t WHERE t.id IS NOT NULL;
    IF part IS NOT NULL THEN changes := changes || part; END IF;
    i := i + 2;
  END LOOP;
  IF jsonb_array_length(changes) > 0 THEN PERFORM dossier_log_changes(changes); END IF;
  RETURN NULL;
END $$;

-- A merge and its undo: MERGE of the merged actor (its row's DELETE becomes it) redirecting to the canonical one,
-- and UNMERGE when the merge is undone (its row's CREATE becomes it).
CREATE FUNCTION dossier_merge_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('entity', 'actor', 'record_id', n.duplicate_id, 'operation', 'MERGE', 'merged_into', n.canonical_id)) INTO changes FROM new_rows n;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('entity', 'actor', 'record_id', n.duplicate_id, 'operation', 'UNMERGE', 'merged_into', n.canonical_id)) INTO changes
    FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.undone_at IS NULL AND n.undone_at IS NOT NULL;
  END IF;
  IF changes IS NOT NULL THEN PERFORM dossier_log_changes(changes); END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger: three triggers per table.
DO $$
DECLARE
  spec record;
  op text;
  refs text;
BEGIN
  FOR spec IN SELECT * FROM (VALUES
      ('actor', 'dossier_record_changed', '''actor'''),
      ('affiliation', 'dossier_record_changed', '''affiliation'''),
      ('event', 'dossier_record_changed', '''event'''),
      ('source', 'dossier_record_changed', '''source'''),
      ('claim', 'dossier_record_changed', '''claim'''),
      ('arms_transfer', 'dossier_record_changed', '''arms_transfer'''),
      ('actor_alias', 'dossier_list_changed', '''aliases'', ''actor'', ''actor_id'''),
      ('event_participant', 'dossier_list_changed', '''participants'', ''event'', ''event_id'''),
      ('claim_actor', 'dossier_list_changed', '''about'', ''claim'', ''claim_id'''),
      ('citation', 'dossier_list_changed', '''citations'', ''claim'', ''claim_id'''),
      ('mention', 'dossier_list_changed', '''mentions'', ''source'', ''source_id'''),
      ('value_source', 'dossier_list_changed', '''provenance'', ''affiliation'', ''affiliation_id'', ''event'', ''event_id'', ''actor'', ''actor_id'', ''actor'', ''alias_id'''),
      ('actor_merge', 'dossier_merge_changed', '')
    ) AS s(tbl, fn, args)
  LOOP
    FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      IF spec.tbl = 'actor_merge' AND op = 'DELETE' THEN CONTINUE; END IF;
      refs := CASE op WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END;
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)',
                     spec.tbl || '_changes_' || lower(op), op, spec.tbl, refs, spec.fn, spec.args);
    END LOOP;
  END LOOP;
END $$;

-- The records stored before the change log was kept start with a CREATE of their present state.
INSERT INTO change_log (entity, record_id, operation)
SELECT 'actor', id, 'CREATE' FROM actor
UNION ALL SELECT 'affiliation', id, 'CREATE' FROM affiliation
UNION ALL SELECT 'event', id, 'CREATE' FROM event
UNION ALL SELECT 'source', id, 'CREATE' FROM source
UNION ALL SELECT 'claim', id, 'CREATE' FROM claim
UNION ALL SELECT 'arms_transfer', id, 'CREATE' FROM arms_transfer
ORDER BY 1, 2;
