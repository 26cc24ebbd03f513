-- Written by hand: a row of a statement-versioned table (affiliation, source, arms_transfer) is its own first
-- version until it changes. An insert writes no version: the history reads the live row as its CREATE (with its
-- created_at and created_by: see history.repository.ts). The first update or delete writes that CREATE from the
-- row's old state before its own version, as does the first change of a restored row (its last version a DELETE).
-- Every committed state is still kept, and an import of the register writes no history at all (it wrote 20,000
-- versions, a third more time than the import itself).
CREATE OR REPLACE FUNCTION dossier_rows_versioned() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  snapshot text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    RETURN NULL;
  END IF;
  -- The versioned columns, keyed in camelCase, 40 to a jsonb_build_object (it takes at most 100 arguments): the
  -- same snapshot as dossier_row_snapshot's, built once per statement from the catalog.
  SELECT coalesce(string_agg(part, ' || '), '''{}''::jsonb') INTO snapshot FROM (
    SELECT 'jsonb_build_object(' || string_agg(format('%L, r.%I', dossier_camel_case(attname), attname), ', ' ORDER BY attnum) || ')' AS part
    FROM (SELECT attname, attnum, (row_number() OVER (ORDER BY attnum) - 1) / 40 AS chunk
          FROM pg_attribute
          WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped AND NOT (attname::text = ANY (dossier_unversioned_columns()))) c
    GROUP BY chunk
  ) parts;
  -- The CREATE of the rows no version holds yet, or whose last version is a deletion (restored since): their old
  -- state is the one they were created with.
  EXECUTE format($sql$
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by, changed_at)
    SELECT $1, r.id, coalesce(l.version, 0) + 1, 'CREATE', %s, r.created_by, r.created_at
    FROM old_rows r
    LEFT JOIN LATERAL (SELECT v.version, v.operation FROM record_version v WHERE v.entity = $1 AND v.record_id = r.id ORDER BY v.version DESC LIMIT 1) l ON true
    WHERE l.version IS NULL OR l.operation = 'DELETE'
  $sql$, snapshot) USING TG_ARGV[0];
  IF TG_OP = 'DELETE' THEN
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT TG_ARGV[0], o.id, l.version + 1, 'DELETE', l.data, nullif(current_setting('dossier.author', true), '')
    FROM old_rows o
    JOIN LATERAL (SELECT v.version, v.data, v.operation FROM record_version v WHERE v.entity = TG_ARGV[0] AND v.record_id = o.id ORDER BY v.version DESC LIMIT 1) l ON l.operation <> 'DELETE';
    RETURN NULL;
  END IF;
  -- An UPDATE: a version of each row whose state differs from its last version.
  EXECUTE format($sql$
    INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
    SELECT $1, n.id, l.version + 1, 'UPDATE', n.snapshot, nullif(current_setting('dossier.author', true), '')
    FROM (SELECT r.id, %s AS snapshot FROM new_rows r) n
    JOIN LATERAL (SELECT v.version, v.data FROM record_version v WHERE v.entity = $1 AND v.record_id = n.id ORDER BY v.version DESC LIMIT 1) l ON true
    WHERE l.data IS DISTINCT FROM n.snapshot
  $sql$, snapshot) USING TG_ARGV[0];
  RETURN NULL;
END $$;
