// Dossier's own bundles out: the whole knowledge base as the NDJSON bundle that `npm run import` and importBundle
// read (one record a line, {"actor": {...}}, {"source": {...}}, ...), each entity in the bundle's order (a record
// refers only to those before it) and by natural keys, never ids. Each module owns the statement that builds its
// records' JSON (<module>.exports.ts); this table lists them. Pages are read by id with a keyset, inside one
// read-only snapshot, so that the file is consistent and memory stays that of one page whatever the size.
import type { Database } from '../../db/database';
import { actorBundleExport, actorFtmExport, affiliationBundleExport, affiliationExportScope, affiliationFtmExport } from '../actors/actors.exports';
import { armsTransferBundleExport, armsTransferExportScope, armsTransferFtmExport } from '../arms-transfers/arms-transfers.exports';
import { claimBundleExport, claimExportScope } from '../claims/claims.exports';
import { eventBundleExport, eventExportScope, eventFtmExport } from '../events/events.exports';
import { mentionBundleExport, mentionFtmExport } from '../mentions/mentions.exports';
import { sourceBundleExport, sourceFtmExport } from '../sources/sources.exports';
import type { BundleExportReader } from './export-reader';
import { pickForExport, type ExportScope, type ResolvedExportFilter } from './export-selection';

/** Every entity a bundle export writes, in the bundle's order (a catalog test holds it to BUNDLE_ENTITIES'). */
export const BUNDLE_EXPORTS: readonly BundleExportReader[] = [
  actorBundleExport,
  sourceBundleExport,
  eventBundleExport,
  affiliationBundleExport,
  claimBundleExport,
  armsTransferBundleExport,
  mentionBundleExport,
];

/**
 * Every FollowTheMoney entity an FtM export writes, each after those it refers to: the actors, the documents, the
 * events, then the memberships, trades and mentions that point at them.
 */
export const FTM_EXPORTS: readonly BundleExportReader[] = [
  actorFtmExport,
  sourceFtmExport,
  eventFtmExport,
  affiliationFtmExport,
  armsTransferFtmExport,
  mentionFtmExport,
];

/**
 * The records a filter picks by what they are about, their dates and their sources, each scope after those that
 * refer to it (claims name events): actors, sources and mentions follow from them (export-selection.ts).
 */
export const EXPORT_SCOPES: readonly ExportScope[] = [affiliationExportScope, claimExportScope, armsTransferExportScope, eventExportScope];

/** Every whole-knowledge-base export, by the name `npm run export -- --format` takes: the route is /export/<name>.ndjson. */
export const EXPORT_FORMATS = {
  // Dossier's bundle, as `npm run import` reads it; FollowTheMoney entities, as OpenSanctions and Aleph write them.
  bundle: { readers: BUNDLE_EXPORTS },
  ftm: { readers: FTM_EXPORTS },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** Records per statement: a page's JSON stays in the hundreds of kilobytes. */
export const EXPORT_PAGE = 2_000;

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Only a part: the records the filter picks and what they refer to. */
  filter?: ResolvedExportFilter | null;
  /** Hears the records written so far against the total. */
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * An export's lines (of `readers`, in order), a page of them at a time (each a string of whole lines), read in one snapshot
 * (REPEATABLE READ on PostgreSQL, read-only unless a filter's picks are kept in temporary tables; PGlite's one
 * connection is held for the export).
 */
export async function* exportLines(db: Database, readers: readonly BundleExportReader[], options: ExportOptions = {}): AsyncGenerator<string> {
  const { filter, onProgress } = options;
  const picked = Boolean(filter);
  // The snapshot's transaction runs beside the consumer: it reads a page, hands it over, and waits until the
  // consumer has taken it, so that at most two pages are held; a consumer that stops early ends it.
  const pages: string[] = [];
  let wakeConsumer: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  let stopped = false;
  let finished = false;
  let failure: unknown = null;
  const reading = db
    .transaction(async (session) => {
      await session.query(`/* exportSnapshot */ SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, ${filter ? 'READ WRITE' : 'READ ONLY'}`);
      if (filter) await pickForExport(session, EXPORT_SCOPES, filter);
      // One statement at a time: a session is one connection.
      let total = 0;
      for (const reader of readers) total += await reader.count(session, picked);
      let done = 0;
      onProgress?.({ done, total });
      for (const reader of readers) {
        for (let after = 0; !stopped; ) {
          const rows = await reader.page(session, after, EXPORT_PAGE, picked);
          if (rows.length === 0) break;
          after = rows.at(-1)!.id;
          done += rows.length;
          pages.push(rows.map((row) => (reader.line ? `{"${reader.line}":${row.record}}\n` : `${row.record}\n`)).join(''));
          onProgress?.({ done, total });
          wakeConsumer?.();
          if (pages.length > 1) await new Promise<void>((resolve) => (wakeReader = resolve));
        }
      }
    })
    .then(
      () => (finished = true),
      (error: unknown) => (failure = error ?? new Error('the export failed')),
    )
    .finally(() => wakeConsumer?.());
  const resumeReader = () => {
    const wake = wakeReader as (() => void) | null;
    wakeReader = null;
    wake?.();
  };
  try {
    for (;;) {
      const page = pages.shift();
      if (page !== undefined) {
        resumeReader();
        yield page;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
      wakeConsumer = null;
    }
  } finally {
    stopped = true;
    resumeReader();
    await reading;
  }
}
