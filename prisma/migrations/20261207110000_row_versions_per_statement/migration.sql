-- Written by hand: the change log and the versions of a bulk write at a fraction of their cost (an import of the
-- register writes 20,000 transfers in one statement). EXECUTE sees the statement's transition tables, and a
-- statement of its own is planned for the table at hand (one function serves every table).

-- The change log of a record's table: an INSERT or a DELETE logged straight from the transition table (it was
-- turned into JSON and back, row by row); an UPDATE as before, with the fields it changed.
CREATE OR REPLACE FUNCTION dossier_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb;
BEGIN
  IF TG_OP IN ('INSERT', 'DELETE') THEN
    EXECUTE format($sql$
      INSERT INTO change_log AS logged (entity, record_id, operation, changed_by)
      SELECT $1, r.id, $2, nullif(current_setting('dossier.author', true), '') FROM %I r ORDER BY r.id
      ON CONFLICT (xid, entity, record_id) DO UPDATE SET
        operation = dossier_change_operation(logged.operation, excluded.operation),
        fields = CASE WHEN dossier_change_operation(logged.operation, excluded.operation) = 'UPDATE' THEN logged.fields END,
        changed_by = excluded.changed_by,
        changed_at = excluded.changed_at
    $sql$, CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END)
    USING TG_ARGV[0], CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE 'DELETE' END;
    PERFORM pg_notify('dossier_changes', '');
    RETURN NULL;
  END IF;
  SELECT jsonb_agg(jsonb_build_object('entity', TG_ARGV[0], 'record_id', d.id, 'operation', 'UPDATE', 'fields', d.fields)) INTO changes
  FROM (SELECT (n.row ->> 'id')::integer AS id, dossier_changed_fields(o.row, n.row) AS fields
        FROM (SELECT to_jsonb(r) AS row FROM new_rows r) n JOIN (SELECT to_jsonb(r) AS row FROM old_rows r) o ON o.row -> 'id' = n.row -> 'id') d
  WHERE cardinality(d.fields) > 0;
  IF changes IS NOT NULL THEN PERFORM dossier_log_changes(changes); END IF;
  RETURN NULL;
END $$;

-- The versions of affiliations, sources and arms transfers: one jsonb_build_object of the table's columns, written
-- once per statement from the catalog, instead of a jsonb_each and a camelCase call per key of every row
-- (dossier_row_snapshot): the same snapshot, keys and values.
CREATE OR REPLACE FUNCTION dossier_rows_versioned() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  snapshot text;
  first_id integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT TG_ARGV[0], o.id, l.version + 1, 'DELETE', l.data, nullif(current_setting('dossier.author', true), '')
    FROM old_rows o
    JOIN LATERAL (SELECT v.version, v.data, v.operation FROM record_version v WHERE v.entity = TG_ARGV[0] AND v.record_id = o.id ORDER BY v.version DESC LIMIT 1) l ON l.operation <> 'DELETE';
    RETURN NULL;
  END IF;
  -- The versioned columns, keyed in camelCase, 40 to a jsonb_build_object (it takes at most 100 arguments).
  SELECT string_agg(part, ' || ') INTO snapshot FROM (
    SELECT 'jsonb_build_object(' || string_agg(format('%L, r.%I', dossier_camel_case(attname), attname), ', ' ORDER BY attnum) || ')' AS part
    FROM (SELECT attname, attnum, (row_number() OVER (ORDER BY attnum) - 1) / 40 AS chunk
          FROM pg_attribute
          WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped AND NOT (attname::text = ANY (dossier_unversioned_columns()))) c
    GROUP BY chunk
  ) parts;
  snapshot := coalesce(snapshot, '''{}''::jsonb');
  -- New rows whose ids no version has reached (an id comes back only through restoreRecord): version 1 of each, with
  -- no lookup of a last version per row.
  IF TG_OP = 'INSERT' THEN
    EXECUTE 'SELECT min(id) FROM new_rows' INTO first_id;
    IF first_id IS NULL THEN RETURN NULL; END IF;
    IF NOT EXISTS (SELECT 1 FROM record_version v WHERE v.entity = TG_ARGV[0] AND v.record_id >= first_id) THEN
      EXECUTE format($sql$
        INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
        SELECT $1, r.id, 1, 'CREATE', %s, nullif(current_setting('dossier.author', true), '') FROM new_rows r
      $sql$, snapshot) USING TG_ARGV[0];
      RETURN NULL;
    END IF;
  END IF;
  EXECUTE format($sql$
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT $1, n.id, coalesce(l.version, 0) + 1,
           (CASE WHEN l.version IS NOT NULL AND l.operation <> 'DELETE' THEN 'UPDATE' ELSE 'CREATE' END)::"VersionOperation",
           n.snapshot, nullif(current_setting('dossier.author', true), '')
    FROM (SELECT r.id, %s AS snapshot FROM new_rows r) n
    LEFT JOIN LATERAL (SELECT v.version, v.data, v.operation FROM record_version v WHERE v.entity = $1 AND v.record_id = n.id ORDER BY v.version DESC LIMIT 1) l ON true
    WHERE l.version IS NULL OR l.operation = 'DELETE' OR l.data IS DISTINCT FROM n.snapshot
  $sql$, snapshot) USING TG_ARGV[0];
  RETURN NULL;
END $$;
