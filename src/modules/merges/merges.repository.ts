// Merging actors in the database: each reference to the duplicate moves to the canonical actor in one statement
// per table and column, journaled row by row (actor_merge_row) with the row as it was, so that the undo puts
// every row back exactly. Run inside one transaction (see MergeService).
import type { Database, SqlSession } from '../../db/database';
import type { ActorMerge } from '../../generated/prisma/client';
import { oneRow } from '../../shared/must-get';

/** A table and column that refer to an actor, and what makes a moved row a duplicate of one the canonical actor has. */
interface Reference {
  /** Its name in ActorMerge.moved and MergedActor.moved. */
  name: string;
  table: string;
  column: string;
  /** The column that identifies a row (claim_actor is keyed by claim and actor: its claim). */
  key: string;
  /** SQL true when the duplicate's row `t` would repeat a row of the canonical actor ($2) once moved. */
  collides?: string;
  /** The table stamps updated_by, which the undo restores. */
  audited: boolean;
  /**
   * SQL true when the row `t` is the journaled row `j` moved back by an undo; by default the same key. Aliases are
   * matched by their value: an edit of the actor's aliases writes them anew, under other ids.
   */
  sameRow?: string;
}

export const REFERENCES: readonly Reference[] = [
  { name: 'eventParticipants', table: 'event_participant', column: 'actor_id', key: 'id', audited: false,
    collides: 'EXISTS (SELECT 1 FROM event_participant o WHERE o.event_id = t.event_id AND o.role = t.role AND o.actor_id = $2)' },
  { name: 'claimAsserters', table: 'claim', column: 'asserter_id', key: 'id', audited: true },
  { name: 'claimSubjects', table: 'claim', column: 'subject_id', key: 'id', audited: true },
  { name: 'claimObjects', table: 'claim', column: 'object_actor_id', key: 'id', audited: true },
  { name: 'claimActors', table: 'claim_actor', column: 'actor_id', key: 'claim_id', audited: false,
    collides: 'EXISTS (SELECT 1 FROM claim_actor o WHERE o.claim_id = t.claim_id AND o.actor_id = $2)' },
  // An affiliation between the two actors would become one of the canonical actor with itself.
  { name: 'affiliationMembers', table: 'affiliation', column: 'member_id', key: 'id', audited: true, collides: 't.organisation_id = $2' },
  { name: 'affiliationOrganisations', table: 'affiliation', column: 'organisation_id', key: 'id', audited: true, collides: 't.member_id = $2' },
  { name: 'armsSuppliers', table: 'arms_transfer', column: 'supplier_id', key: 'id', audited: true },
  { name: 'armsRecipients', table: 'arms_transfer', column: 'recipient_id', key: 'id', audited: true },
  { name: 'mentions', table: 'mention', column: 'actor_id', key: 'id', audited: false,
    collides: 'EXISTS (SELECT 1 FROM mention o WHERE o.source_id = t.source_id AND o.actor_id = $2 AND o.start_offset = t.start_offset AND o.end_offset = t.end_offset)' },
  { name: 'quotationSpeakers', table: 'quotation', column: 'speaker_actor_id', key: 'id', audited: false },
  // A figure between the two actors would become one of the canonical actor with itself.
  { name: 'figureSubjects', table: 'figure', column: 'subject_id', key: 'id', audited: false, collides: 't.object_id = $2' },
  { name: 'figureObjects', table: 'figure', column: 'object_id', key: 'id', audited: false, collides: 't.subject_id = $2' },
  { name: 'aliases', table: 'actor_alias', column: 'actor_id', key: 'id', audited: false, sameRow: "t.alias_key = j.row->>'alias_key'" },
  { name: 'valueSources', table: 'value_source', column: 'actor_id', key: 'id', audited: false,
    collides: `EXISTS (SELECT 1 FROM value_source o WHERE o.actor_id = $2 AND o.source_id = t.source_id
      AND COALESCE(o.field, '') = COALESCE(t.field, '') AND COALESCE(o.quote, '') = COALESCE(t.quote, ''))` },
];

/** The identifiers a canonical actor without one takes over from the duplicate. */
const IDENTIFIERS = [
  { name: 'isoCode', column: 'iso_code' },
  { name: 'wikidataId', column: 'wikidata_id' },
] as const;

export type MergeRow = ActorMerge;

const MERGE_COLUMNS = `id, duplicate_id AS "duplicateId", canonical_id AS "canonicalId", duplicate, reason, moved, combined,
  merged_at AS "mergedAt", merged_by AS "mergedBy", undone_at AS "undoneAt", undone_by AS "undoneBy", undo_reason AS "undoReason"`;

export class MergeRepository {
  constructor(private readonly db: Database) {}

  /** Locks the actors (canonical and duplicates) until the transaction ends; returns the ids that exist. */
  async lockActors(session: SqlSession, ids: readonly number[]): Promise<number[]> {
    const rows = await session.query<{ id: number }>(`/* lockActorsForMerge */ SELECT id FROM actor WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [ids]);
    return rows.map((row) => row.id);
  }

  /** The merges in force that these ids were merged by (an id merged is no actor any more). */
  activeMergesOf(session: SqlSession | Database, duplicateIds: readonly number[]): Promise<MergeRow[]> {
    return session.query<MergeRow>(`/* activeMergesOf */ SELECT ${MERGE_COLUMNS} FROM actor_merge WHERE duplicate_id = ANY($1::int[]) AND undone_at IS NULL ORDER BY id`, [duplicateIds]);
  }

  /**
   * The merge in force of this id, locked until the transaction ends: of two undos at once, the second waits and
   * then finds it undone (null).
   */
  async lockActiveMerge(session: SqlSession, duplicateId: number): Promise<MergeRow | null> {
    const [row] = await session.query<MergeRow>(`/* lockActiveMerge */ SELECT ${MERGE_COLUMNS} FROM actor_merge WHERE duplicate_id = $1 AND undone_at IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE`, [duplicateId]);
    return row ?? null;
  }

  /** The latest undone merge of this id, if any. */
  async lastUndoneMerge(session: SqlSession, duplicateId: number): Promise<MergeRow | null> {
    const [row] = await session.query<MergeRow>(`/* lastUndoneMerge */ SELECT ${MERGE_COLUMNS} FROM actor_merge WHERE duplicate_id = $1 AND undone_at IS NOT NULL ORDER BY id DESC LIMIT 1`, [duplicateId]);
    return row ?? null;
  }

  /**
   * What another actor now holds of the merged actor's identity (its name as a name or an alias, its ISO code,
   * its Wikidata id): an undo cannot bring it back while so. The alias the merge itself added is not counted.
   */
  restoreClashes(session: SqlSession, merge: MergeRow): Promise<{ field: 'name' | 'isoCode' | 'wikidataId'; actorId: number; actorName: string }[]> {
    return session.query(
      `/* mergeRestoreClashes */ WITH d AS (SELECT duplicate FROM actor_merge WHERE id = $1)
       SELECT 'name' AS field, a.id AS "actorId", a.name AS "actorName" FROM actor a, d WHERE a.name_key = d.duplicate->>'name_key'
       UNION ALL
       SELECT 'name', a.id, a.name FROM actor_alias x JOIN actor a ON a.id = x.actor_id, d
         WHERE x.alias_key = d.duplicate->>'name_key'
           AND NOT (x.actor_id = $2 AND EXISTS (SELECT 1 FROM actor_merge_row j WHERE j.merge_id = $1 AND j.table_name = 'actor_alias' AND j.action = 'ADDED'))
       UNION ALL
       SELECT 'isoCode', a.id, a.name FROM actor a, d WHERE a.iso_code = d.duplicate->>'iso_code'
         AND NOT (a.id = $2 AND EXISTS (SELECT 1 FROM actor_merge_row j WHERE j.merge_id = $1 AND j.table_name = 'actor' AND j."column" = 'iso_code'))
       UNION ALL
       SELECT 'wikidataId', a.id, a.name FROM actor a, d WHERE a.wikidata_id = d.duplicate->>'wikidata_id'
         AND NOT (a.id = $2 AND EXISTS (SELECT 1 FROM actor_merge_row j WHERE j.merge_id = $1 AND j.table_name = 'actor' AND j."column" = 'wikidata_id'))`,
      [merge.id, merge.canonicalId],
    );
  }

  /**
   * Merges one duplicate into the canonical actor: journals and moves every reference, combines rows that would
   * repeat one of the canonical actor's, hands over identifiers the canonical actor lacks, adds the duplicate's
   * name as an alias and removes the duplicate's row. A fixed number of statements, whatever the references.
   */
  async merge(session: SqlSession, duplicateId: number, canonicalId: number, reason: string | null, author: string): Promise<MergeRow> {
    const merge = oneRow(await session.query<{ id: number }>(
      `/* createActorMerge */ INSERT INTO actor_merge (duplicate_id, canonical_id, duplicate, reason, moved, combined, merged_by)
       SELECT a.id, $2, to_jsonb(a), $3, '{}'::jsonb, 0, $4 FROM actor a WHERE a.id = $1 RETURNING id`,
      [duplicateId, canonicalId, reason, author],
    ), 'createActorMerge');
    const mergeId = merge.id;
    const moved: Record<string, number> = {};
    let combined = 0;
    for (const reference of REFERENCES) {
      const counts = oneRow(await session.query<{ moved: number; combined: number }>(moveStatement(reference), [duplicateId, canonicalId, mergeId]), `move ${reference.name}`);
      if (counts.moved > 0) moved[reference.name] = counts.moved;
      combined += counts.combined;
    }
    for (const identifier of IDENTIFIERS) {
      const rows = await session.query(
        `/* mergeIdentifier */ WITH taken AS (
           INSERT INTO actor_merge_row (merge_id, table_name, "column", row_id, action, row)
           SELECT $3, 'actor', '${identifier.column}', c.id, 'MOVED', to_jsonb(c) FROM actor c, actor d
           WHERE c.id = $2 AND d.id = $1 AND c.${identifier.column} IS NULL AND d.${identifier.column} IS NOT NULL
           RETURNING row_id
         ), cleared AS (UPDATE actor SET ${identifier.column} = NULL WHERE id = $1 AND EXISTS (SELECT 1 FROM taken) RETURNING ${identifier.column})
         SELECT 1 FROM taken`,
        [duplicateId, canonicalId, mergeId],
      );
      if (rows.length > 0) {
        await session.query(
          `/* takeIdentifier */ UPDATE actor SET ${identifier.column} = (SELECT duplicate->>'${identifier.column}' FROM actor_merge WHERE id = $2) WHERE id = $1`,
          [canonicalId, mergeId],
        );
        moved[identifier.name] = 1;
      }
    }
    await session.query(
      `/* addMergedName */ WITH added AS (
         INSERT INTO actor_alias (actor_id, alias, alias_key, kind)
         SELECT $2, d.name, d.name_key, 'ALIAS' FROM actor d WHERE d.id = $1
         ON CONFLICT (alias_key) DO NOTHING RETURNING id
       )
       INSERT INTO actor_merge_row (merge_id, table_name, "column", row_id, action) SELECT $3, 'actor_alias', 'actor_id', id, 'ADDED' FROM added`,
      [duplicateId, canonicalId, mergeId],
    );
    await session.query(`/* deleteMergedActor */ DELETE FROM actor WHERE id = $1`, [duplicateId]);
    const row = oneRow(await session.query<MergeRow>(
      `/* finishActorMerge */ UPDATE actor_merge SET moved = $2::jsonb, combined = $3 WHERE id = $1 RETURNING ${MERGE_COLUMNS}`,
      [mergeId, JSON.stringify(moved), combined],
    ), 'finishActorMerge');
    return row;
  }

  /**
   * Undoes one merge: the canonical actor gives back the identifiers it took (unless changed since: an editor's
   * later value is kept) and the alias it gained, the merged actor's row comes back as it was, moved references
   * move back (unless moved since; with the stamps they had, unless changed since) and combined rows come back.
   * Stamps are written as they were (dossier.restoring).
   */
  async unmerge(session: SqlSession, merge: MergeRow, author: string, reason: string | null): Promise<void> {
    await session.query(`/* restoreStamps */ SELECT set_config('dossier.restoring', 'on', true)`);
    for (const identifier of IDENTIFIERS) {
      await session.query(
        `/* giveBackIdentifier */ UPDATE actor c SET ${identifier.column} = j.row->>'${identifier.column}'
         FROM actor_merge_row j, actor_merge m
         WHERE j.merge_id = $1 AND j.table_name = 'actor' AND j."column" = '${identifier.column}' AND c.id = j.row_id
           AND m.id = j.merge_id AND c.${identifier.column} IS NOT DISTINCT FROM m.duplicate->>'${identifier.column}'`,
        [merge.id],
      );
    }
    // By its value: an edit of the canonical actor's aliases since the merge wrote them under new ids.
    await session.query(
      `/* removeMergedName */ DELETE FROM actor_alias t USING actor_merge m
       WHERE m.id = $1 AND t.actor_id = m.canonical_id AND t.alias_key = m.duplicate->>'name_key'
         AND EXISTS (SELECT 1 FROM actor_merge_row j WHERE j.merge_id = $1 AND j.table_name = 'actor_alias' AND j.action = 'ADDED')`,
      [merge.id],
    );
    await session.query(
      `/* restoreMergedActor */ INSERT INTO actor SELECT (jsonb_populate_record(NULL::actor, m.duplicate)).* FROM actor_merge m WHERE m.id = $1`,
      [merge.id],
    );
    for (const reference of REFERENCES) {
      await session.query(moveBackStatement(reference), [merge.duplicateId, merge.canonicalId, merge.id]);
      if (reference.collides) {
        await session.query(
          `/* restoreCombined */ INSERT INTO ${reference.table} SELECT (jsonb_populate_record(NULL::${reference.table}, j.row)).*
           FROM actor_merge_row j WHERE j.merge_id = $1 AND j.table_name = '${reference.table}' AND j."column" = '${reference.column}' AND j.action = 'COMBINED'`,
          [merge.id],
        );
      }
    }
    await session.query(`/* restoreStampsDone */ SELECT set_config('dossier.restoring', 'off', true)`);
    await session.query(`/* undoActorMerge */ UPDATE actor_merge SET undone_at = now(), undone_by = $2, undo_reason = $3 WHERE id = $1`, [merge.id, author, reason]);
  }

  /** The actor an id of a merged actor redirects to, following merges of merges; null when it redirects nowhere. */
  async redirectOf(id: number): Promise<number | null> {
    const [row] = await this.db.query<{ id: number }>(
      `/* actorRedirect */ WITH RECURSIVE chain(id, depth) AS (
         SELECT canonical_id, 1 FROM actor_merge WHERE duplicate_id = $1 AND undone_at IS NULL
         UNION ALL
         SELECT m.canonical_id, c.depth + 1 FROM chain c JOIN actor_merge m ON m.duplicate_id = c.id AND m.undone_at IS NULL WHERE c.depth < 50
       )
       SELECT id FROM chain ORDER BY depth DESC LIMIT 1`,
      [id],
    );
    return row?.id ?? null;
  }

  /** The merges into these actors, newest first, undone ones included (one statement for a request's actors). */
  mergesInto(canonicalIds: readonly number[]): Promise<MergeRow[]> {
    return this.db.query<MergeRow>(
      `/* mergesInto */ SELECT ${MERGE_COLUMNS} FROM actor_merge WHERE canonical_id = ANY($1::int[]) ORDER BY merged_at DESC, id DESC`,
      [canonicalIds],
    );
  }

  /** A merge by its id. */
  async byId(session: SqlSession | Database, id: number): Promise<MergeRow | null> {
    const [row] = await session.query<MergeRow>(`/* actorMergeById */ SELECT ${MERGE_COLUMNS} FROM actor_merge WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Later merges in force whose journal holds rows this merge moved or combined: they must be undone first. */
  laterMergesTouching(session: SqlSession, merge: MergeRow): Promise<MergeRow[]> {
    return session.query<MergeRow>(
      `/* laterMergesTouching */ SELECT ${MERGE_COLUMNS} FROM actor_merge m
       WHERE m.id > $1 AND m.undone_at IS NULL AND (m.duplicate_id = $2 OR EXISTS (
         SELECT 1 FROM actor_merge_row l JOIN actor_merge_row e ON e.table_name = l.table_name AND e.row_id = l.row_id
         WHERE l.merge_id = m.id AND e.merge_id = $1))
       ORDER BY m.id`,
      [merge.id, merge.canonicalId],
    );
  }
}

/** One statement: journal the duplicate's rows, delete those that would repeat a canonical row, move the rest. */
function moveStatement(reference: Reference): string {
  const { table, column, key } = reference;
  return `/* mergeMove */ WITH old AS (
      SELECT t.${key} AS row_id, to_jsonb(t) AS row, ${reference.collides ?? 'false'} AS collides FROM ${table} t WHERE t.${column} = $1 FOR UPDATE
    ), journal AS (
      INSERT INTO actor_merge_row (merge_id, table_name, "column", row_id, action, row)
      SELECT $3, '${table}', '${column}', row_id, (CASE WHEN collides THEN 'COMBINED' ELSE 'MOVED' END)::merge_row_action, row FROM old
    ), combined AS (
      DELETE FROM ${table} t USING old WHERE old.collides AND t.${key} = old.row_id AND t.${column} = $1
    ), moved AS (
      UPDATE ${table} t SET ${column} = $2 FROM old WHERE NOT old.collides AND t.${key} = old.row_id AND t.${column} = $1
    )
    SELECT (count(*) FILTER (WHERE NOT collides))::int AS moved, (count(*) FILTER (WHERE collides))::int AS combined FROM old`;
}

/** One statement: the rows a merge moved name the merged actor again, with their stamps unless changed since. */
function moveBackStatement(reference: Reference): string {
  const { table, column, key } = reference;
  const sameRow = reference.sameRow ?? `t.${key} = j.row_id`;
  const stamps = reference.audited
    ? `, updated_by = CASE WHEN t.updated_at = (j.row->>'updated_at')::timestamp THEN j.row->>'updated_by' ELSE t.updated_by END`
    : '';
  return `/* unmergeMove */ UPDATE ${table} t SET ${column} = $1${stamps}
    FROM actor_merge_row j
    WHERE j.merge_id = $3 AND j.table_name = '${table}' AND j."column" = '${column}' AND j.action = 'MOVED' AND ${sameRow} AND t.${column} = $2`;
}
