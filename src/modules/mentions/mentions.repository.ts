// The forms actors are mentioned by (names, aliases, demonyms, ISO codes), read whole for the matcher.
import type { SqlSession } from '../../db/database';
import { sqlAfter, sqlOrderBy, type PageWindow, type SortOrder } from '../../shared/pagination';
import type { FoundMention } from './mention-matcher';
import { oneRow } from '../../shared/must-get';
import type { WriteCounts } from '../../db/set-writes';
import { MENTION_WRITES, type MentionWriteRow } from './mentions.writes';

export type MentionFormKind = 'NAME' | 'ALIAS' | 'ISO_CODE' | 'DEMONYM';

export interface ActorFormRow {
  actorId: number;
  form: string;
  kind: MentionFormKind;
}

/** Where a statement runs: the database outside a transaction, or a transaction's session. */
type Queryable = Pick<SqlSession, 'query'>;

/** A stored source's text as a relink reads it, with the content hash that tells whether it changed since. */
export interface TextSourceRow {
  id: number;
  text: string | null;
  contentHash: string;
}

/** The relink owed to every stored source (mention_relink's one row). */
export interface RelinkJob {
  generation: number;
  pending: boolean;
  afterSourceId: number;
  done: number;
  total: number;
}

export class MentionRepository {
  /** The actors whose mentions (not rejected) lie inside a span of a stored text: what a claim citing it is about. */
  async actorsIn(db: Queryable, span: { sourceId: number; startOffset: number; endOffset: number }): Promise<number[]> {
    const rows = await db.query<{ actorId: number }>(
      `/* actorsInSpan */ SELECT DISTINCT actor_id AS "actorId" FROM mention
       WHERE source_id = $1 AND start_offset >= $2 AND end_offset <= $3 AND status <> 'REJECTED' ORDER BY 1`,
      [span.sourceId, span.startOffset, span.endOffset],
    );
    return rows.map((row) => row.actorId);
  }

  /** Every actor's every form, in one statement. */
  forms(db: Queryable): Promise<ActorFormRow[]> {
    return db.query<ActorFormRow>(
      `/* actorForms */ SELECT id AS "actorId", name AS form, 'NAME' AS kind FROM actor
       UNION ALL SELECT id, iso_code, 'ISO_CODE' FROM actor WHERE iso_code IS NOT NULL
       UNION ALL SELECT actor_id, alias, kind::text FROM actor_alias`,
    );
  }

  /**
   * What changes whenever a form does (an actor created, renamed, deleted, an alias added or removed): the
   * matcher is rebuilt when it differs. Aliases are replaced, never edited in place, so their count and last id tell.
   */
  async formsVersion(db: Queryable): Promise<string> {
    const row = oneRow(await db.query<{ version: string }>(
      `/* actorFormsVersion */ SELECT concat_ws(':', (SELECT count(*) FROM actor), (SELECT max(id) FROM actor),
         (SELECT extract(epoch FROM max(updated_at)) FROM actor), (SELECT count(*) FROM actor_alias), (SELECT max(id) FROM actor_alias)) AS version`,
    ), 'actorFormsVersion');
    return row.version;
  }

  /**
   * Replaces the automatic, unreviewed mentions of these sources with `found`; confirmed, rejected and hand-made
   * ones stay, and a found mention that one of them already covers (same actor and span) is not added again.
   * Only sources whose text is still the one matched (the same content hash) are written, their rows locked until
   * the transaction ends, so that a text edit cannot slip in between: the others' ids are returned. At most four
   * statements, whatever the number of sources and mentions.
   */
  async replaceAutomatic(session: SqlSession, sources: readonly Pick<TextSourceRow, 'id' | 'contentHash'>[], allFound: (FoundMention & { sourceId: number })[]): Promise<number[]> {
    if (sources.length === 0) return [];
    const unchanged = await session.query<{ id: number }>(
      `/* lockUnchangedSources */ SELECT s.id FROM source s JOIN unnest($1::int[], $2::text[]) AS t(id, hash) ON s.id = t.id AND s.content_hash = t.hash
       ORDER BY s.id FOR SHARE OF s`,
      [sources.map((source) => source.id), sources.map((source) => source.contentHash)],
    );
    const kept = new Set(unchanged.map((row) => row.id));
    const sourceIds = [...kept];
    const found = allFound.filter((mention) => kept.has(mention.sourceId));
    const changed = sources.filter((source) => !kept.has(source.id)).map((source) => source.id);
    if (sourceIds.length === 0) return changed;
    // Compared here rather than in an anti-join, whose plan PostgreSQL misjudged while the table was growing.
    const stored = await session.query<{ id: number; sourceId: number; actorId: number; startOffset: number; endOffset: number; replaceable: boolean }>(
      `/* storedMentions */ SELECT id, source_id AS "sourceId", actor_id AS "actorId", start_offset AS "startOffset", end_offset AS "endOffset",
         origin = 'AUTOMATIC' AND status = 'PROPOSED' AS replaceable
       FROM mention WHERE source_id = ANY($1::int[])`,
      [sourceIds],
    );
    const keyOf = (m: { sourceId: number; actorId: number; startOffset: number; endOffset: number }) => `${m.sourceId}:${m.actorId}:${m.startOffset}:${m.endOffset}`;
    const foundKeys = new Set(found.map(keyOf));
    const storedKeys = new Set(stored.map(keyOf));
    // Those found again keep their ids (a client may hold them); the rest of the unreviewed automatic ones go.
    const stale = stored.filter((m) => m.replaceable && !foundKeys.has(keyOf(m))).map((m) => m.id);
    if (stale.length > 0) await session.query(`/* deleteStaleMentions */ DELETE FROM mention WHERE id = ANY($1::int[])`, [stale]);
    const fresh = found.filter((m) => !storedKeys.has(keyOf(m)));
    if (fresh.length === 0) return changed;
    await session.query(
      `/* insertMentions */ INSERT INTO mention (source_id, actor_id, start_offset, end_offset, text, form)
       SELECT source_id, actor_id, start_offset, end_offset, text, form::"MentionForm"
       FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) AS t(source_id, actor_id, start_offset, end_offset, text, form)
       ON CONFLICT (source_id, actor_id, start_offset, end_offset) DO NOTHING`,
      [fresh.map((m) => m.sourceId), fresh.map((m) => m.actorId), fresh.map((m) => m.startOffset), fresh.map((m) => m.endOffset), fresh.map((m) => m.text), fresh.map((m) => m.form)],
    );
    return changed;
  }

  /** The next `limit` sources with a text after id `afterId`, with their whole texts, for a relink in the transaction that changed forms. */
  sourcesAfter(session: SqlSession, afterId: number, limit: number): Promise<TextSourceRow[]> {
    return session.query(`/* sourcesToRelinkInline */ SELECT id, text, content_hash AS "contentHash" FROM source WHERE id > $1 AND text IS NOT NULL ORDER BY id LIMIT $2`, [afterId, limit]);
  }

  /**
   * The next sources with a text after id `afterId` for a batch of the relink worker: at most `limit`, and no more
   * text than `maxBytes` (one source at least, whatever its size). Two statements: the sizes, then the texts chosen.
   */
  async sourcesToRelink(db: Queryable, afterId: number, limit: number, maxBytes: number): Promise<TextSourceRow[]> {
    const sizes = await db.query<{ id: number; bytes: number }>(
      `/* relinkBatchSizes */ SELECT id, octet_length(text) AS bytes FROM source WHERE id > $1 AND text IS NOT NULL ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    const ids: number[] = [];
    let bytes = 0;
    for (const row of sizes) {
      if (ids.length > 0 && bytes + row.bytes > maxBytes) break;
      ids.push(row.id);
      bytes += row.bytes;
    }
    if (ids.length === 0) return [];
    return db.query(`/* sourcesToRelink */ SELECT id, text, content_hash AS "contentHash" FROM source WHERE id = ANY($1::int[]) ORDER BY id`, [ids]);
  }

  /** The bytes of text stored in all (from each value's header: no text is read). */
  async textVolume(db: Queryable): Promise<number> {
    const row = oneRow(await db.query<{ bytes: number }>(`/* storedTextVolume */ SELECT coalesce(sum(octet_length(text)), 0)::float8 AS bytes FROM source`), 'storedTextVolume');
    return row.bytes;
  }

  async relinkJob(db: Queryable): Promise<RelinkJob> {
    const row = oneRow(await db.query<RelinkJob>(
      `/* relinkJob */ SELECT generation, pending, after_source_id AS "afterSourceId", done, total FROM mention_relink WHERE id = 1`,
    ), 'relinkJob');
    return row;
  }

  /** Records, in the transaction that changed forms, a relink of every source from the first (a pass under way starts again). */
  async requestRelink(session: SqlSession): Promise<void> {
    await session.query(
      `/* requestRelink */ UPDATE mention_relink SET generation = generation + 1, pending = true, after_source_id = 0, done = 0,
         total = (SELECT count(*)::int FROM source WHERE text IS NOT NULL), requested_at = now(), updated_at = now() WHERE id = 1`,
    );
  }

  /**
   * Moves the relink past a batch, if it is still where the batch began (the same generation and place; the row
   * stays locked until the transaction ends, so no change of forms interleaves); false when it moved meanwhile.
   */
  async advanceRelink(session: SqlSession, job: RelinkJob, lastSourceId: number, count: number): Promise<boolean> {
    const rows = await session.query(
      `/* advanceRelink */ UPDATE mention_relink SET after_source_id = $3, done = done + $4, updated_at = now()
       WHERE id = 1 AND pending AND generation = $1 AND after_source_id = $2 RETURNING id`,
      [job.generation, job.afterSourceId, lastSourceId, count],
    );
    return rows.length > 0;
  }

  /** Ends the relink once past the last source, unless a change of forms asked for another pass meanwhile. */
  async finishRelink(db: Queryable, job: RelinkJob): Promise<void> {
    await db.query(
      `/* finishRelink */ UPDATE mention_relink SET pending = false, total = greatest(total, done), updated_at = now()
       WHERE id = 1 AND generation = $1 AND after_source_id = $2`,
      [job.generation, job.afterSourceId],
    );
  }

  /**
   * A page of the mentions of each source (of one actor, in some states), in text order: at most `window.take` + 1
   * per source after the window's cursor, each row with the number of the source's mentions on all pages.
   */
  mentionsOfSources(db: Queryable, sourceIds: readonly number[], filter: { actorId: number | null; statuses: string[] }, window: PageWindow<StoredMentionRow>): Promise<PagedMentionRow[]> {
    return this.pagesOf(db, 'mentionsOfSources', 'source_id', window, [sourceIds, filter.actorId, filter.statuses],
      'm.source_id = ANY($1::int[]) AND ($2::int IS NULL OR m.actor_id = $2) AND m.status::text = ANY($3::text[])');
  }

  /** A page of the mentions of each actor that are not rejected, newest source first (as mentionsOfSources). */
  mentionsOfActors(db: Queryable, actorIds: readonly number[], window: PageWindow<StoredMentionRow>): Promise<PagedMentionRow[]> {
    return this.pagesOf(db, 'mentionsOfActors', 'actor_id', window, [actorIds], "m.actor_id = ANY($1::int[]) AND m.status <> 'REJECTED'");
  }

  /** Pages per parent by keyset (see shared/pagination), in one statement. */
  private pagesOf(db: Queryable, name: string, parent: string, window: PageWindow<StoredMentionRow>, params: unknown[], where: string): Promise<PagedMentionRow[]> {
    const values = [...params];
    const param = (value: unknown) => `$${values.push(value)}`;
    const after = sqlAfter(window, param);
    return db.query<PagedMentionRow>(
      `/* ${name} */ SELECT ${MENTION_COLUMNS}, m.total::int AS total FROM (
         SELECT ranked.*, row_number() OVER (PARTITION BY ranked.${parent} ORDER BY ${sqlOrderBy(window.order)}) AS n FROM (
           SELECT m.*, count(*) OVER (PARTITION BY m.${parent}) AS total FROM mention m WHERE ${where}
         ) ranked WHERE ${after}
       ) m JOIN source s ON s.id = m.source_id WHERE n <= ${param(window.take + 1)} ORDER BY m.${parent}, n`,
      values,
    );
  }

  async findById(db: Queryable, id: number): Promise<StoredMentionRow | null> {
    const [row] = await db.query<StoredMentionRow>(`/* mentionById */ SELECT ${MENTION_COLUMNS} FROM mention m JOIN source s ON s.id = m.source_id WHERE m.id = $1`, [id]);
    return row ?? null;
  }

  /** Writes the mentions of a bundle (reviews a copy carries): new ones inserted, stored ones given the review. */
  async importMentions(session: SqlSession, rows: readonly MentionWriteRow[]): Promise<WriteCounts> {
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    const returned = await session.query<{ inserted: boolean }>(MENTION_WRITES.upsert('upsertMentions', '(source_id, actor_id, start_offset, end_offset)', 'mention.id'), MENTION_WRITES.params(rows));
    const created = returned.filter((row) => row.inserted).length;
    return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
  }

  /** Records a person's review; returns the mention's id, or null when there is none. */
  async review(session: SqlSession, id: number, status: 'CONFIRMED' | 'REJECTED', author: string): Promise<number | null> {
    const [row] = await session.query<{ id: number }>(
      `/* reviewMention */ UPDATE mention SET status = $2::"MentionStatus", reviewed_by = $3, reviewed_at = now() WHERE id = $1 RETURNING id`,
      [id, status, author],
    );
    return row?.id ?? null;
  }

  /** Adds (or confirms, if the matcher found it too) a mention by hand; returns its id. */
  async addByHand(session: SqlSession, mention: { sourceId: number; actorId: number; startOffset: number; endOffset: number; text: string; form: MentionFormKind }, author: string): Promise<number> {
    const row = oneRow(await session.query<{ id: number }>(
      `/* addMention */ INSERT INTO mention (source_id, actor_id, start_offset, end_offset, text, form, origin, status, reviewed_by, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6::"MentionForm", 'MANUAL', 'CONFIRMED', $7, now())
       ON CONFLICT (source_id, actor_id, start_offset, end_offset) DO UPDATE SET status = 'CONFIRMED', reviewed_by = $7, reviewed_at = now()
       RETURNING id`,
      [mention.sourceId, mention.actorId, mention.startOffset, mention.endOffset, mention.text, mention.form, author],
    ), 'addMention');
    return row.id;
  }
}

/** The orders of the two lists of mentions (columns of the ranked subquery above). */
export const SOURCE_MENTION_ORDER: SortOrder<StoredMentionRow> = [
  { field: 'startOffset', column: 'ranked.start_offset', direction: 'asc', type: 'int' },
  { field: 'id', column: 'ranked.id', direction: 'asc', type: 'int' },
];
export const ACTOR_MENTION_ORDER: SortOrder<StoredMentionRow> = [
  { field: 'sourceId', column: 'ranked.source_id', direction: 'desc', type: 'int' },
  { field: 'startOffset', column: 'ranked.start_offset', direction: 'asc', type: 'int' },
  { field: 'id', column: 'ranked.id', direction: 'asc', type: 'int' },
];

/** A row of a page of mentions, with the number of its parent's mentions on all pages. */
export type PagedMentionRow = StoredMentionRow & { total: number };

/** A stored mention as the API reads it, with a snippet of the text around it. */
export interface StoredMentionRow {
  id: number;
  sourceId: number;
  actorId: number;
  startOffset: number;
  endOffset: number;
  text: string;
  form: MentionFormKind;
  origin: 'AUTOMATIC' | 'MANUAL';
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  reviewedBy: string | null;
  reviewedAt: Date | null;
  snippet: string;
}

/** SNIPPET_CONTEXT characters of text either side of the words (substr counts code points, as the offsets do). */
const SNIPPET_CONTEXT = 60;
const MENTION_COLUMNS = `m.id, m.source_id AS "sourceId", m.actor_id AS "actorId", m.start_offset AS "startOffset", m.end_offset AS "endOffset",
  m.text, m.form::text AS form, m.origin::text AS origin, m.status::text AS status, m.reviewed_by AS "reviewedBy", m.reviewed_at AS "reviewedAt",
  substr(s.text, greatest(1, m.start_offset + 1 - ${SNIPPET_CONTEXT}), m.end_offset - greatest(0, m.start_offset - ${SNIPPET_CONTEXT}) + ${SNIPPET_CONTEXT}) AS snippet`;
