// Full-text search with PostgreSQL's own text search (to_tsvector documents kept by triggers, GIN indexes).
import type { Database } from '../../db/database';

export type SearchKind = 'SOURCE' | 'CLAIM';

export interface SearchHitRow {
  kind: SearchKind;
  id: number;
  rank: number;
  /** The matching passage, matched words between MATCH_START and MATCH_END. */
  passage: string;
}

// Private-use characters mark the matches: unlike <mark>, they cannot be confused with text that holds tags.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** ts_headline options: matches marked, up to two fragments of 8 to 30 words. */
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "`;

/** Characters of a source's text that search indexes and quotes (the search_text_prefix migration indexes as many). */
export const SEARCH_TEXT_PREFIX = 100_000;

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** The best hits over the kinds asked for, ranked by ts_rank; snippets only for the hits returned. */
  search(text: string, kinds: SearchKind[], limit: number): Promise<SearchHitRow[]> {
    return this.db.query<SearchHitRow>(
      `/* search */ WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
       hits AS (
         SELECT 'SOURCE' AS kind, s.id, ts_rank(s.search_vector, q.query) AS rank
         FROM source s, q WHERE 'SOURCE' = ANY($2::text[]) AND s.search_vector @@ q.query
         UNION ALL
         SELECT 'CLAIM', c.id, ts_rank(c.search_vector, q.query)
         FROM claim c, q WHERE 'CLAIM' = ANY($2::text[]) AND c.search_vector @@ q.query
         ORDER BY rank DESC, kind, id
         LIMIT $3
       )
       SELECT h.kind, h.id, h.rank::float8 AS rank,
         ts_headline('english', COALESCE(s.title || E'\\n' || left(COALESCE(s.text, ''), ${SEARCH_TEXT_PREFIX}), c.statement), q.query, '${HEADLINE}') AS passage
       FROM hits h CROSS JOIN q
       LEFT JOIN source s ON h.kind = 'SOURCE' AND s.id = h.id
       LEFT JOIN claim c ON h.kind = 'CLAIM' AND c.id = h.id
       ORDER BY h.rank DESC, h.kind, h.id`,
      [text, kinds, limit],
    );
  }
}
