-- One change per record and transaction, led by the record: with xid leading, this index also answered the feed's
-- ranges of xid, and under a generic plan PostgreSQL read a whole bulk transaction through it and sorted it by seq
-- for every page (360 ms a page of /changes.ndjson after a write of a million changes). ON CONFLICT (xid, entity,
-- record_id) finds it whatever the order of its columns; it also serves the changes of one record.
-- DropIndex
DROP INDEX "change_log_xid_entity_record_id_key";

-- CreateIndex
CREATE UNIQUE INDEX "change_log_entity_record_id_xid_key" ON "change_log"("entity", "record_id", "xid");
