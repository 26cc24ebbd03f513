// Sources in the database.
import { sessionOf, type Database, type SqlSession } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { Prisma, Source } from '../../generated/prisma/client';
import { isoDate } from '../../shared/dates';
import { likePattern } from '../../shared/like';
import { sqlAfter, sqlOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import type { SourceFilter } from './sources.validation';
import { SOURCE_COLUMNS, TEXT_PREFIX, type SourceRow } from './sources.columns';

export { TEXT_PREFIX, type SourceRow };
import { SOURCE_WRITES, type SourceWriteRow } from './sources.writes';
import type { WriteCounts } from '../../db/set-writes';
import { oneRow } from '../../shared/must-get';


/** The source list's order: latest published first, undated last. */
export const SOURCE_ORDER: SortOrder<Source> = [
  { field: 'publishedAt', column: 's.published_at', direction: 'desc', type: 'date', nullable: true },
  { field: 'id', column: 's.id', direction: 'desc', type: 'int' },
];

const WITHOUT_TEXT = SOURCE_COLUMNS.fields.filter((field) => field !== 'text');
/** The columns of a source as the API reads it (see SourceRow). */
const readColumns = (table: string) =>
  `${SOURCE_COLUMNS.only(WITHOUT_TEXT, table)}, left(${table}.text, ${TEXT_PREFIX}) AS text, char_length(${table}.text) AS "textLength"`;

export type SourceData = Omit<Prisma.SourceUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt'>;

export interface SourceReferences {
  citations: number;
  claims: number;
  armsTransfers: number;
  valueSources: number;
}

export class SourceRepository {
  constructor(private readonly db: Database) {}

  /** The whole source, its whole text included: for the rules that check a text (citations, duplicates). */
  findById(id: number): Promise<Source | null> {
    return this.db.prisma.source.findUnique({ where: { id } });
  }

  findManyByIds(ids: readonly number[]): Promise<SourceRow[]> {
    return this.db.query<SourceRow>(`/* sourcesByIds */ SELECT ${readColumns('source')} FROM source WHERE id = ANY($1::int[])`, [ids]);
  }

  /** The id of the source with this id (as text) or URL, or null. */
  async idOf(reference: string): Promise<number | null> {
    const [row] = await this.db.query<{ id: number }>(
      `/* sourceIdOf */ SELECT id FROM source WHERE url = $1 OR ($1 ~ '^[1-9][0-9]{0,8}$' AND id = $1::int) ORDER BY url = $1 DESC LIMIT 1`,
      [reference],
    );
    return row?.id ?? null;
  }

  /** Windows of the texts of many sources, offsets in code points, for the per-request loader. */
  async textWindows(windows: readonly { id: number; offset: number; length: number }[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ i: number; text: string | null }>(
      `/* sourceTextWindows */ SELECT w.i, substr(s.text, w.offset_ + 1, w.length_) AS text
       FROM unnest($1::int[], $2::int[], $3::int[]) WITH ORDINALITY AS w(id, offset_, length_, i) JOIN source s ON s.id = w.id`,
      [windows.map((w) => w.id), windows.map((w) => w.offset), windows.map((w) => w.length)],
    );
    const byIndex = new Map(rows.map((row) => [Number(row.i), row.text]));
    return windows.map((_window, index) => byIndex.get(index + 1) ?? null);
  }

  /** A stored source with this content hash or URL, other than `exceptId`. */
  async findDuplicate(contentHash: string, url: string | null | undefined, exceptId?: number): Promise<Source | null> {
    // Raw SQL: every start asks this (is the sample loaded?), and it need not wake Prisma's query compiler.
    const [source] = await this.db.query<Source>(
      `/* findDuplicateSource */ SELECT ${SOURCE_COLUMNS()} FROM source
       WHERE (content_hash = $1 OR ($2::text IS NOT NULL AND url = $2)) AND ($3::int IS NULL OR id <> $3)
       ORDER BY id LIMIT 1`,
      [contentHash, url ?? null, exceptId ?? null],
    );
    return source ?? null;
  }

  /**
   * Sources that may repeat a text: the same content hash, or (full-text index) the most of its distinctive
   * words, at most `limit`; each with its text's prefix for comparing shingles.
   */
  copyCandidates(contentHash: string, words: string[], limit: number): Promise<SourceRow[]> {
    return this.db.query<SourceRow>(
      `/* sourceCopyCandidates */ SELECT ${readColumns('s')} FROM source s
       WHERE s.content_hash = $1 OR s.id IN (
         SELECT id FROM source WHERE cardinality($2::text[]) > 0 AND search_vector @@ to_tsquery('english', array_to_string($2::text[], ' | '))
         ORDER BY ts_rank(search_vector, to_tsquery('english', array_to_string($2::text[], ' | '))) DESC, id LIMIT $3)
       ORDER BY s.id`,
      [contentHash, words, limit],
    );
  }

  /** A page of sources in one raw statement, each text cut to its prefix (see SourceRow). */
  async list(filter: SourceFilter, mentioningId: number | null, window: PageWindow<Source>): Promise<Page<SourceRow>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    if (filter?.kind?.length) conditions.push(`s.kind::text = ANY(${param(filter.kind)}::text[])`);
    if (filter?.publisher) conditions.push(`s.publisher ILIKE ${param(likePattern(filter.publisher))}`);
    if (filter?.title) conditions.push(`s.title ILIKE ${param(likePattern(filter.title))}`);
    if (mentioningId !== null) conditions.push(`s.id IN (SELECT source_id FROM mention WHERE actor_id = ${param(mentioningId)} AND status <> 'REJECTED')`);
    if (filter?.publishedFrom) conditions.push(`s.published_at >= ${param(isoDate(filter.publishedFrom))}`);
    if (filter?.publishedTo) conditions.push(`s.published_at <= ${param(isoDate(filter.publishedTo))}`);
    const matches = conditions.length > 0 ? conditions.join(' AND ') : 'true';
    const filterParams = [...params];
    const rows = await this.db.query<SourceRow>(
      `/* listSources */ SELECT ${readColumns('s')} FROM source s
       WHERE ${matches} AND ${sqlAfter(window, param)}
       ORDER BY ${sqlOrderBy(window.order)}
       LIMIT ${param(window.take + 1)}`,
      params,
    );
    return toPage(rows, window, async () => {
      const row = oneRow(await this.db.query<{ count: number }>(`/* countSources */ SELECT count(*)::int AS count FROM source s WHERE ${matches}`, filterParams), 'countSources');
      return row.count;
    });
  }

  /** Stores a source; `alongside` runs in the same transaction once it is written (linking its mentions). */
  create(data: SourceData, author: string, alongside?: (session: SqlSession, source: Source) => Promise<void>): Promise<Source> {
    return this.db.writeAs(author, async (tx) => {
      const source = await tx.source.create({ data });
      await alongside?.(sessionOf(tx), source);
      return source;
    }).catch(translated('A source'));
  }

  /** Changes a source; `alongside` runs in the same transaction once it is written (relinking a changed text). */
  update(id: number, data: Partial<SourceData>, author: string, alongside?: (session: SqlSession, source: Source) => Promise<void>): Promise<Source> {
    return this.db.writeAs(author, async (tx) => {
      const source = await tx.source.update({ where: { id }, data });
      await alongside?.(sessionOf(tx), source);
      return source;
    }).catch(translated('A source'));
  }

  citationsOf(sourceId: number) {
    return this.db.prisma.citation.findMany({ where: { sourceId }, select: { id: true, quote: true, startOffset: true, endOffset: true } });
  }

  async references(id: number): Promise<SourceReferences> {
    const [citations, claims, armsTransfers, valueSources] = await Promise.all([
      this.db.prisma.citation.count({ where: { sourceId: id } }),
      this.db.prisma.claim.count({ where: { asserterSourceId: id } }),
      this.db.prisma.armsTransfer.count({ where: { sourceId: id } }),
      this.db.prisma.valueSource.count({ where: { sourceId: id } }),
    ]);
    return { citations, claims, armsTransfers, valueSources };
  }

  delete(id: number, author: string): Promise<Source> {
    return this.db.writeAs(author, (tx) => tx.source.delete({ where: { id } }));
  }

  /** Source ids by URL and by content hash (a bundle's references, in its transaction). */
  async idsOf(session: SqlSession, urls: readonly string[], hashes: readonly string[]): Promise<{ byUrl: Map<string, number>; byHash: Map<string, number> }> {
    const rows = await session.query<{ id: number; url: string | null; content_hash: string }>(
      `/* sourceIds */ SELECT id, url, content_hash FROM source WHERE url = ANY($1::text[]) OR content_hash = ANY($2::text[])`,
      [urls, hashes],
    );
    return {
      byUrl: new Map(rows.filter((r) => r.url).map((r) => [r.url!, r.id])),
      byHash: new Map(rows.map((r) => [r.content_hash, r.id])),
    };
  }

  /** The stored texts of sources, to locate the quotes a bundle cites. */
  async storedTexts(session: SqlSession, ids: readonly number[]): Promise<Map<number, string | null>> {
    const rows = await session.query<{ id: number; text: string | null }>(`/* sourceTexts */ SELECT id, text FROM source WHERE id = ANY($1::int[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  /** Writes a chunk of a bundle's sources: creates the new ones, and updates stored ones (by hash or URL) as SOURCE_WRITES says. */
  async importSources(session: SqlSession, rows: readonly SourceWriteRow[]): Promise<WriteCounts> {
    const inserted = await session.query<{ content_hash: string }>(SOURCE_WRITES.insert('insertSources', 'ON CONFLICT DO NOTHING', 'content_hash'), SOURCE_WRITES.params(rows));
    const created = new Set(inserted.map((row) => row.content_hash));
    const rest = rows.filter((row) => !created.has(row.contentHash));
    if (rest.length === 0) return { created: created.size, updated: 0, unchanged: 0 };
    const changed = await session.query<{ id: number }>(
      SOURCE_WRITES.update('updateSources', '(t.content_hash = u.content_hash OR t.url = u.url)', 't.id'),
      SOURCE_WRITES.params(rest),
    );
    return { created: created.size, updated: changed.length, unchanged: rest.length - changed.length };
  }
}
