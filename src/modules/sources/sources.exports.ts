// Sources as bundle records (see exports/bundle-export.ts): createSource's fields, the text as stored.
import { day, exportReader } from '../exports/export-reader';

/** How a bundle names a stored source (alias `s`): by its URL, else by its text's hash. */
export const sourceRefSql = (s: string) => `CASE WHEN ${s}.url IS NOT NULL THEN jsonb_build_object('url', ${s}.url) ELSE jsonb_build_object('contentHash', ${s}.content_hash) END`;

/** A value's or a quote's source, located (alias `v`: a value_source or citation row joined to its source `vs`). */
export const sourceQuoteSql = (v: string, vs: string) => `jsonb_build_object('source', ${sourceRefSql(vs)}, 'quote', ${v}.quote, 'startOffset', ${v}.start_offset, 'endOffset', ${v}.end_offset)`;

export const sourceBundleExport = exportReader({
  entity: 'sources',
  line: 'source',
  table: 'source',
  alias: 's',
  record: `jsonb_build_object('kind', s.kind, 'title', s.title, 'publisher', s.publisher, 'author', s.author, 'url', s.url,
    'publishedAt', ${day('s.published_at')}, 'text', s.text, 'reliability', s.reliability, 'edition', ${day('s.edition')})`,
});
