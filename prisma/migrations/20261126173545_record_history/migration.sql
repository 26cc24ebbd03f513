-- CreateEnum
CREATE TYPE "VersionOperation" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- AlterTable
ALTER TABLE "actor" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- AlterTable
ALTER TABLE "affiliation" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- AlterTable
ALTER TABLE "arms_transfer" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "updated_by" TEXT;

-- CreateTable
CREATE TABLE "record_version" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "operation" "VersionOperation" NOT NULL,
    "data" JSONB NOT NULL,
    "changed_by" TEXT,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "record_version_entity_record_id_version_key" ON "record_version"("entity", "record_id", "version");

-- Written by hand: who wrote what, and every committed state of claims and events.
-- The service names the author of each write transaction with set_config('dossier.author', <key name>, true)
-- (see Database.transaction and Database.writeAs); these triggers read it, so that no write path can forget it.

-- Stamps created_by / updated_by from the transaction's author; a write outside the service leaves updated_by null.
CREATE FUNCTION dossier_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  author text := nullif(current_setting('dossier.author', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := coalesce(author, NEW.created_by);
    NEW.updated_by := coalesce(author, NEW.updated_by);
  ELSE
    NEW.created_by := OLD.created_by;
    NEW.updated_by := author;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER actor_author BEFORE INSERT OR UPDATE ON actor FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();
CREATE TRIGGER affiliation_author BEFORE INSERT OR UPDATE ON affiliation FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();
CREATE TRIGGER event_author BEFORE INSERT OR UPDATE ON event FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();
CREATE TRIGGER source_author BEFORE INSERT OR UPDATE ON source FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();
CREATE TRIGGER claim_author BEFORE INSERT OR UPDATE ON claim FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();
CREATE TRIGGER arms_transfer_author BEFORE INSERT OR UPDATE ON arms_transfer FOR EACH ROW EXECUTE FUNCTION dossier_stamp_author();

-- A claim as it stands, with the actors it is about and its citations, in a stable order; null when it is gone.
CREATE FUNCTION dossier_claim_snapshot(claim_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'statement', c.statement, 'asserterId', c.asserter_id, 'asserterSourceId', c.asserter_source_id, 'eventId', c.event_id,
    'subjectId', c.subject_id, 'predicate', c.predicate, 'objectActorId', c.object_actor_id, 'objectValue', c.object_value,
    'validFrom', c.valid_from, 'validTo', c.valid_to, 'confidence', c.confidence,
    'about', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', a.actor_id, 'role', a.role) ORDER BY a.actor_id, a.role)
                       FROM claim_actor a WHERE a.claim_id = c.id), '[]'::jsonb),
    'citations', coalesce((SELECT jsonb_agg(jsonb_build_object('sourceId', t.source_id, 'quote', t.quote, 'startOffset', t.start_offset,
                                                             'endOffset', t.end_offset, 'stance', t.stance)
                                            ORDER BY t.source_id, t.start_offset, t.quote, t.stance)
                           FROM citation t WHERE t.claim_id = c.id), '[]'::jsonb))
  FROM claim c WHERE c.id = $1
$$;

-- An event as it stands, with its participants; null when it is gone.
CREATE FUNCTION dossier_event_snapshot(event_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'cameoCode', e.cameo_code, 'title', e.title, 'startDate', e.start_date, 'startPrecision', e.start_precision,
    'endDate', e.end_date, 'endPrecision', e.end_precision, 'location', e.location, 'description', e.description,
    'participants', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', p.actor_id, 'role', p.role) ORDER BY p.actor_id, p.role)
                              FROM event_participant p WHERE p.event_id = e.id), '[]'::jsonb))
  FROM event e WHERE e.id = $1
$$;

-- Appends a version when the record's state differs from its last version. The triggers that call it are deferred
-- to commit, so a transaction that touches a record and its lists many times leaves one version of its final state.
CREATE FUNCTION dossier_record_version(entity_name text, rec_id integer, snapshot jsonb, deleted boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  last record_version%ROWTYPE;
  has_last boolean;
BEGIN
  SELECT * INTO last FROM record_version v WHERE v.entity = entity_name AND v.record_id = rec_id ORDER BY v.version DESC LIMIT 1;
  has_last := FOUND;
  IF deleted THEN
    IF NOT has_last OR last.operation = 'DELETE' THEN RETURN; END IF;
    snapshot := last.data;
  ELSIF snapshot IS NULL OR (has_last AND last.operation <> 'DELETE' AND last.data = snapshot) THEN
    RETURN;
  END IF;
  INSERT INTO record_version (entity, record_id, version, operation, data, changed_by)
  VALUES (entity_name, rec_id, CASE WHEN has_last THEN last.version + 1 ELSE 1 END,
          (CASE WHEN deleted THEN 'DELETE' WHEN has_last AND last.operation <> 'DELETE' THEN 'UPDATE' ELSE 'CREATE' END)::"VersionOperation",
          snapshot, nullif(current_setting('dossier.author', true), ''));
END $$;

-- For the claim row itself or one of its lists: a deleted claim gets a DELETE version, anything else its new state.
CREATE FUNCTION dossier_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM dossier_record_version('claim', rec_id, dossier_claim_snapshot(rec_id), false);
  RETURN NULL;
END $$;

-- For the event row itself or one of its lists: a deleted event gets a DELETE version, anything else its new state.
CREATE FUNCTION dossier_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM dossier_record_version('event', rec_id, dossier_event_snapshot(rec_id), false);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER claim_history AFTER INSERT OR UPDATE OR DELETE ON claim
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER claim_actor_history AFTER INSERT OR UPDATE OR DELETE ON claim_actor
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER citation_history AFTER INSERT OR UPDATE OR DELETE ON citation
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_claim_changed();
CREATE CONSTRAINT TRIGGER event_history AFTER INSERT OR UPDATE OR DELETE ON event
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_event_changed();
CREATE CONSTRAINT TRIGGER event_participant_history AFTER INSERT OR UPDATE OR DELETE ON event_participant
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_event_changed();

-- The records stored before history was kept start with a CREATE version of their present state.
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'claim', id, 1, 'CREATE', dossier_claim_snapshot(id) FROM claim;
INSERT INTO record_version (entity, record_id, version, operation, data)
SELECT 'event', id, 1, 'CREATE', dossier_event_snapshot(id) FROM event;
