// The bench's growing knowledge base: copies of the whole base world (every actor with its aliases, arms transfers
// between the copies, sources, events with their participants, claims with their actors and citations, mentions,
// affiliations), set-based, one bounded transaction per copy. The copies are new actors ("Russia 7"), so that the
// questions about Russia and India keep their answers while the data around them grows. Used by bench:scale and
// bench:export.

/** Sends one statement (on PostgreSQL's client, or in PGlite's transaction). */
export type Exec = (sql: string) => Promise<unknown>;

/** Copies `copy` of the base world (ids up to `base`), inside the caller's transaction. */
export async function addCopy(exec: Exec, copy: number, base: Record<string, number>): Promise<void> {
  const mapped = (table: string, sequence: string) => `CREATE TEMP TABLE ${table}_map ON COMMIT DROP AS
    SELECT id AS old_id, nextval('${sequence}') AS new_id FROM ${table} WHERE id <= ${base[table]}`;
  const actor = (column: string) => `(SELECT new_id FROM actor_map WHERE old_id = ${column})`;
  await exec(`SET LOCAL dossier.author = 'bench-scale'`);
  for (const table of ['actor', 'source', 'event', 'claim']) await exec(mapped(table, `${table}_id_seq`));
  await exec(`INSERT INTO actor (id, kind, name, name_key, description, updated_at)
    SELECT m.new_id, a.kind, a.name || ' ${copy}', a.name_key || ' ${copy}', a.description, now() FROM actor_map m JOIN actor a ON a.id = m.old_id`);
  await exec(`INSERT INTO actor_alias (actor_id, alias, alias_key, kind, rank, rank_reason)
    SELECT m.new_id, al.alias || ' ${copy}', al.alias_key || ' ${copy}', al.kind, al.rank, al.rank_reason
    FROM actor_alias al JOIN actor_map m ON m.old_id = al.actor_id WHERE al.id <= ${base.actor_alias}`);
  await exec(`INSERT INTO arms_transfer (supplier_id, recipient_id, source_id, deal_id, designation, description, category,
      order_year, order_year_estimated, delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated,
      tiv_per_unit, tiv_delivered, status, local_production, updated_at, first_seen, last_seen)
    SELECT s.new_id, r.new_id, t.source_id, t.deal_id || '#${copy}', t.designation, t.description, t.category,
      t.order_year, t.order_year_estimated, t.delivery_year, t.delivery_year_estimated, t.number_delivered, t.number_delivered_estimated,
      t.tiv_per_unit, t.tiv_delivered, t.status, t.local_production, now(), t.first_seen, t.last_seen
    FROM arms_transfer t JOIN actor_map s ON s.old_id = t.supplier_id JOIN actor_map r ON r.old_id = t.recipient_id
    WHERE t.id <= ${base.arms_transfer}`);
  await exec(`INSERT INTO source (id, kind, title, publisher, author, url, published_at, text, content_hash, reliability,
      updated_at, original_length, repeated_paragraphs, edition, imported_at)
    SELECT m.new_id, s.kind, s.title || ' ${copy}', s.publisher, s.author, s.url || '#${copy}', s.published_at, c.text,
      -- A copy's text is its own (a paragraph more), hashed as the service hashes a stored text: an export of the
      -- grown base imports whole, each copy a document of its own.
      CASE WHEN c.text IS NULL THEN encode(sha256(convert_to(s.content_hash || '${copy}', 'UTF8')), 'hex') ELSE encode(sha256(convert_to(c.text, 'UTF8')), 'hex') END,
      s.reliability, now(), s.original_length,
      s.repeated_paragraphs, s.edition, s.imported_at
    FROM source_map m JOIN source s ON s.id = m.old_id CROSS JOIN LATERAL (SELECT s.text || E'\\n(Copy ${copy}.)' AS text) c`);
  await exec(`INSERT INTO event (id, cameo_code, title, start_date, start_precision, end_date, end_precision, location, description, updated_at)
    SELECT m.new_id, e.cameo_code, e.title || ' ${copy}', e.start_date, e.start_precision, e.end_date, e.end_precision, e.location, e.description, now()
    FROM event_map m JOIN event e ON e.id = m.old_id`);
  await exec(`INSERT INTO event_participant (event_id, actor_id, role)
    SELECT em.new_id, am.new_id, p.role FROM event_participant p JOIN event_map em ON em.old_id = p.event_id JOIN actor_map am ON am.old_id = p.actor_id`);
  await exec(`INSERT INTO claim (id, statement, asserter_id, asserter_source_id, event_id, subject_id, predicate, object_actor_id,
      object_value, valid_from, valid_to, confidence, updated_at, natural_key, rank, rank_reason)
    SELECT m.new_id, c.statement, ${actor('c.asserter_id')}, (SELECT new_id FROM source_map WHERE old_id = c.asserter_source_id),
      (SELECT new_id FROM event_map WHERE old_id = c.event_id), ${actor('c.subject_id')}, c.predicate, ${actor('c.object_actor_id')},
      c.object_value, c.valid_from, c.valid_to, c.confidence, now(), encode(sha256(convert_to(c.natural_key || '${copy}', 'UTF8')), 'hex'), c.rank, c.rank_reason
    FROM claim_map m JOIN claim c ON c.id = m.old_id`);
  await exec(`INSERT INTO claim_actor (claim_id, actor_id, role)
    SELECT cm.new_id, am.new_id, ca.role FROM claim_actor ca JOIN claim_map cm ON cm.old_id = ca.claim_id JOIN actor_map am ON am.old_id = ca.actor_id`);
  await exec(`INSERT INTO citation (claim_id, source_id, quote, start_offset, end_offset, stance)
    SELECT cm.new_id, sm.new_id, ci.quote, ci.start_offset, ci.end_offset, ci.stance
    FROM citation ci JOIN claim_map cm ON cm.old_id = ci.claim_id JOIN source_map sm ON sm.old_id = ci.source_id WHERE ci.id <= ${base.citation}`);
  await exec(`INSERT INTO mention (source_id, actor_id, start_offset, end_offset, text, form, origin, status)
    SELECT sm.new_id, am.new_id, me.start_offset, me.end_offset, me.text, me.form, me.origin, me.status
    FROM mention me JOIN source_map sm ON sm.old_id = me.source_id JOIN actor_map am ON am.old_id = me.actor_id WHERE me.id <= ${base.mention}`);
  await exec(`INSERT INTO affiliation (member_id, organisation_id, role, start_date, end_date, updated_at, rank, rank_reason)
    SELECT mm.new_id, om.new_id, f.role, f.start_date, f.end_date, now(), f.rank, f.rank_reason
    FROM affiliation f JOIN actor_map mm ON mm.old_id = f.member_id JOIN actor_map om ON om.old_id = f.organisation_id WHERE f.id <= ${base.affiliation}`);
}

export const TABLES = ['actor', 'actor_alias', 'arms_transfer', 'source', 'event', 'claim', 'citation', 'mention', 'affiliation'];

