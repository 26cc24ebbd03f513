-- Written by hand: what the change log and the history cost a write, made smaller (the register's import cost 1.23x
-- the import without them).

-- A claim, an event or an actor is versioned once per writing transaction, not once per row its transaction wrote.
-- Their deferred row triggers (the record's and its lists') all fire at commit, when the record's state is final:
-- the first writes the version, the others find a version this transaction wrote and stop before taking a snapshot.
-- Importing the register's 210 states with their 772 names took 982 snapshots; it takes 210.

-- Whether the record's last version was written by this transaction (at commit, its final state).
CREATE FUNCTION dossier_versioned_in_this_transaction(entity_name text, rec_id integer) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN coalesce((SELECT v.xmin = pg_current_xact_id()::xid FROM record_version v
                   WHERE v.entity = entity_name AND v.record_id = rec_id ORDER BY v.version DESC LIMIT 1), false);
END $$;

-- A record's row or one of its lists changed: a deleted record gets a DELETE version, anything else its state at
-- commit, once.
CREATE OR REPLACE FUNCTION dossier_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec_id integer;
BEGIN
  IF TG_TABLE_NAME = 'claim' THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM dossier_record_version('claim', OLD.id, NULL, true);
      RETURN NULL;
    END IF;
    rec_id := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    rec_id := OLD.claim_id;
  ELSE
    rec_id := NEW.claim_id;
  END IF;
  IF NOT dossier_versioned_in_this_transaction('claim', rec_id) THEN
    PERFORM dossier_record_version('claim', rec_id, dossier_claim_snapshot(rec_id), false);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dossier_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec_id integer;
BEGIN
  IF TG_TABLE_NAME = 'event' THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM dossier_record_version('event', OLD.id, NULL, true);
      RETURN NULL;
    END IF;
    rec_id := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    rec_id := OLD.event_id;
  ELSE
    rec_id := NEW.event_id;
  END IF;
  IF NOT dossier_versioned_in_this_transaction('event', rec_id) THEN
    PERFORM dossier_record_version('event', rec_id, dossier_event_snapshot(rec_id), false);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dossier_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF NOT dossier_versioned_in_this_transaction('actor', rec_id) THEN
    PERFORM dossier_record_version('actor', rec_id, dossier_actor_snapshot(rec_id), false);
  END IF;
  RETURN NULL;
END $$;

-- The change log of new rows: a plain INSERT when this transaction has logged none of the ids they fall between
-- (always, for new ids of a sequence), where the upsert's speculative insertion cost a third more per row.
CREATE OR REPLACE FUNCTION dossier_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb;
  first_id integer;
  last_id integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT min(id), max(id) INTO first_id, last_id FROM new_rows;
    IF first_id IS NULL THEN RETURN NULL; END IF;
    IF NOT EXISTS (SELECT 1 FROM change_log c WHERE c.entity = TG_ARGV[0] AND c.record_id BETWEEN first_id AND last_id AND c.xid = pg_current_xact_id()) THEN
      INSERT INTO change_log (entity, record_id, operation, changed_by)
      SELECT TG_ARGV[0], r.id, 'CREATE', nullif(current_setting('dossier.author', true), '') FROM new_rows r ORDER BY r.id;
      PERFORM pg_notify('dossier_changes', '');
      RETURN NULL;
    END IF;
  END IF;
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

-- A list row (an alias, a participant, a claim's actor or citation) whose record's own row this transaction wrote is
-- not queued at all: the record's own event, at commit, versions the record with its lists. Creating an actor with
-- ten names queues one event, not eleven.
CREATE FUNCTION dossier_row_written_in_this_transaction(entity_name text, rec_id integer) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE entity_name
    WHEN 'actor' THEN EXISTS (SELECT 1 FROM actor r WHERE r.id = rec_id AND r.xmin = pg_current_xact_id()::xid)
    WHEN 'claim' THEN EXISTS (SELECT 1 FROM claim r WHERE r.id = rec_id AND r.xmin = pg_current_xact_id()::xid)
    WHEN 'event' THEN EXISTS (SELECT 1 FROM event r WHERE r.id = rec_id AND r.xmin = pg_current_xact_id()::xid)
  END;
END $$;

-- A trigger's WHEN may name NEW only for inserts and updates, OLD only for deletes: two triggers per list.
DROP TRIGGER actor_alias_history ON actor_alias;
CREATE CONSTRAINT TRIGGER actor_alias_history AFTER INSERT OR UPDATE ON actor_alias DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('actor', NEW.actor_id)) EXECUTE FUNCTION dossier_actor_changed();
CREATE CONSTRAINT TRIGGER actor_alias_history_delete AFTER DELETE ON actor_alias DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('actor', OLD.actor_id)) EXECUTE FUNCTION dossier_actor_changed();
DROP TRIGGER event_participant_history ON event_participant;
CREATE CONSTRAINT TRIGGER event_participant_history AFTER INSERT OR UPDATE ON event_participant DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('event', NEW.event_id)) EXECUTE FUNCTION dossier_event_changed();
CREATE CONSTRAINT TRIGGER event_participant_history_delete AFTER DELETE ON event_participant DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('event', OLD.event_id)) EXECUTE FUNCTION dossier_event_changed();
DROP TRIGGER claim_actor_history ON claim_actor;
CREATE CONSTRAINT TRIGGER claim_actor_history AFTER INSERT OR UPDATE ON claim_actor DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', NEW.claim_id)) EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER claim_actor_history_delete AFTER DELETE ON claim_actor DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', OLD.claim_id)) EXECUTE FUNCTION dossier_claim_changed();
DROP TRIGGER citation_history ON citation;
CREATE CONSTRAINT TRIGGER citation_history AFTER INSERT OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', NEW.claim_id)) EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER citation_history_delete AFTER DELETE ON citation DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT dossier_row_written_in_this_transaction('claim', OLD.claim_id)) EXECUTE FUNCTION dossier_claim_changed();

-- Two changes of a record in one transaction, in order: a record deleted and inserted again under its id (restored)
-- was there before and is there after, an UPDATE (of any field: fields stays null), not the DELETE a copy would apply.
CREATE OR REPLACE FUNCTION dossier_change_operation(logged text, incoming text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN 'MERGE' IN (logged, incoming) THEN 'MERGE'
    WHEN 'UNMERGE' IN (logged, incoming) THEN 'UNMERGE'
    WHEN logged = 'DELETE' AND incoming = 'CREATE' THEN 'UPDATE'
    WHEN 'DELETE' IN (logged, incoming) THEN 'DELETE'
    WHEN 'CREATE' IN (logged, incoming) THEN 'CREATE'
    ELSE 'UPDATE' END
$$;

-- The log's time index as a BRIN: the log is written in time order, and a btree entry per change cost an import of
-- the register a tenth of the change log's price.
DROP INDEX "change_log_changed_at_idx";
CREATE INDEX "change_log_changed_at_idx" ON "change_log" USING BRIN ("changed_at");

-- The functions the triggers call for every write, in PL/pgSQL: a SQL function that is not inlined is parsed and
-- planned again in each statement that calls it, which is each write (a claim's snapshot was planned at every
-- commit); PL/pgSQL keeps its plans for the session. Same statements, same results.
CREATE OR REPLACE FUNCTION dossier_claim_snapshot(claim_id integer) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT dossier_row_snapshot(to_jsonb(c)) || jsonb_build_object(
    'about', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', a.actor_id, 'role', a.role) ORDER BY a.actor_id, a.role)
                       FROM claim_actor a WHERE a.claim_id = c.id), '[]'::jsonb),
    'citations', coalesce((SELECT jsonb_agg(jsonb_build_object('sourceId', t.source_id, 'quote', t.quote, 'startOffset', t.start_offset,
                                                             'endOffset', t.end_offset, 'stance', t.stance)
                                            ORDER BY t.source_id, t.start_offset, t.quote, t.stance)
                           FROM citation t WHERE t.claim_id = c.id), '[]'::jsonb))
  FROM claim c WHERE c.id = $1);
END $$;
CREATE OR REPLACE FUNCTION dossier_event_snapshot(event_id integer) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT dossier_row_snapshot(to_jsonb(e)) || jsonb_build_object(
    'participants', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', p.actor_id, 'role', p.role) ORDER BY p.actor_id, p.role)
                              FROM event_participant p WHERE p.event_id = e.id), '[]'::jsonb))
  FROM event e WHERE e.id = $1);
END $$;
CREATE OR REPLACE FUNCTION dossier_actor_snapshot(actor_id integer) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT dossier_row_snapshot(to_jsonb(a)) || jsonb_build_object(
    'aliases', coalesce((SELECT jsonb_agg(jsonb_build_object('alias', x.alias, 'kind', x.kind, 'rank', x.rank, 'rankReason', x.rank_reason) ORDER BY x.id)
                         FROM actor_alias x WHERE x.actor_id = a.id), '[]'::jsonb))
  FROM actor a WHERE a.id = $1);
END $$;
CREATE OR REPLACE FUNCTION dossier_row_snapshot(row_data jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN (SELECT coalesce(jsonb_object_agg(dossier_camel_case(key), value), '{}'::jsonb) FROM jsonb_each(row_data - dossier_unversioned_columns()));
END $$;
CREATE OR REPLACE FUNCTION dossier_log_changes(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
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
  PERFORM pg_notify('dossier_changes', '');
END $$;
