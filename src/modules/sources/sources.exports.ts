// Sources as bundle records (see exports/bundle-export.ts): createSource's fields, the text as stored.
import { day, exportReader, ftmEntity, ftmId, ftmTime, ftmValue, jsonObject, jsonDay } from '../exports/export-reader';

/** How a bundle names a stored source (alias `s`): by its URL, else by its text's hash. */
export const sourceRefSql = (s: string) => `CASE WHEN ${s}.url IS NOT NULL THEN ${jsonObject({ url: `${s}.url` })} ELSE ${jsonObject({ contentHash: `${s}.content_hash` })} END`;


export const sourceBundleExport = exportReader({
  entity: 'sources',
  line: 'source',
  table: 'source',
  alias: 's',
  record: jsonObject({
    kind: 's.kind',
    title: 's.title',
    publisher: 's.publisher',
    author: 's.author',
    url: 's.url',
    publishedAt: jsonDay('s.published_at'),
    text: 's.text',
    pageStarts: "NULLIF(s.page_starts, '{}')",
    reliability: 's.reliability',
    edition: jsonDay('s.edition'),
  }),
});

/** A news article is FtM's Article; a report, a statement, a dataset a Document. */
export const sourceFtmExport = exportReader({
  entity: 'sources',
  line: null,
  table: 'source',
  alias: 's',
  record: ftmEntity({
    id: ftmId('source', 's.id'),
    schema: `CASE WHEN s.kind = 'NEWS_ARTICLE' THEN 'Article' ELSE 'Document' END`,
    caption: 's.title',
    properties: {
      title: ftmValue('s.title'),
      author: ftmValue('s.author'),
      publisher: ftmValue('s.publisher'),
      sourceUrl: ftmValue('s.url'),
      publishedAt: ftmValue(day('s.published_at')),
      bodyText: ftmValue('s.text'),
    },
    firstSeen: ftmTime('s.created_at'),
    lastChange: ftmTime('s.updated_at'),
  }),
});
