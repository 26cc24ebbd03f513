-- The data version (src/modules/data-version): a sequence that every statement writing to a table of the
-- knowledge base advances, from a statement-level trigger. nextval takes no lock and is not rolled back, so
-- writers never wait on it (a rolled-back write only costs readers a cache miss); per database, unlike the
-- transaction snapshot, which every database of the cluster moves.
CREATE SEQUENCE data_version_seq;
SELECT nextval('data_version_seq');

CREATE FUNCTION dossier_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('data_version_seq');
  RETURN NULL;
END $$;

DO $$
DECLARE
  data_table text;
BEGIN
  FOREACH data_table IN ARRAY ARRAY['actor', 'actor_alias', 'actor_merge', 'actor_merge_row', 'affiliation', 'arms_transfer',
    'cameo_code', 'citation', 'claim', 'claim_actor', 'event', 'event_participant', 'mention', 'predicate', 'record_version',
    'source', 'value_source']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump_data_version()',
      data_table || '_data_version', data_table);
  END LOOP;
END $$;
