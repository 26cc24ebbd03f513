// Bulk imports: validate every record, resolve natural keys in a few queries, then write set-based in
// transactions of bounded size. One implementation for the importBundle mutation, the CLI and the sample.
import type { Database, SqlSession } from '../../db/database';
import { lookupKey } from '../actors/actors.repository';
import { contentHashOf } from '../sources/sources.service';
import { ImportRepository, type ActorRow, type SourceRow, type TransferRow, type WriteCounts } from './imports.repository';
import { BundleActor, BundleArmsTransfer, BundleSource, type ImportMode, type SourceRef } from './imports.validation';

export type EntityName = 'actors' | 'sources' | 'armsTransfers';

export interface RecordError {
  entity: EntityName | 'file';
  /** Position of the record in its list in the bundle (0-based). */
  index: number;
  /** Line in the imported file, when the bundle came from one. */
  line?: number;
  field: string;
  message: string;
}

export interface EntityCounts extends WriteCounts {
  rejected: number;
}

export interface ImportResult {
  mode: ImportMode;
  dryRun: boolean;
  /** False when nothing was written (an atomic import with errors, a dry run, a stop before the first chunk). */
  written: boolean;
  /** True when the import was stopped (Ctrl-C) between transactions. */
  stopped: boolean;
  actors: EntityCounts;
  sources: EntityCounts;
  armsTransfers: EntityCounts;
  errors: RecordError[];
}

export interface Bundle {
  actors?: unknown[] | null;
  sources?: unknown[] | null;
  armsTransfers?: unknown[] | null;
}

export interface ImportOptions {
  mode?: ImportMode;
  dryRun?: boolean;
  /** Rows per transaction. */
  chunkSize?: number;
  /** Errors found before the bundle (malformed file lines); they count like record errors. */
  priorErrors?: RecordError[];
  /** Line of each record in its file, for error reports. */
  lineOf?: (entity: EntityName, index: number) => number | undefined;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Checked between transactions: true stops the import cleanly. */
  shouldStop?: () => boolean;
}

export const DEFAULT_CHUNK_SIZE = 5000;
const RETRYABLE = new Set(['40P01', '40001']); // deadlock detected, serialization failure

const emptyCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

class DryRunRollback extends Error {}

interface Indexed<T> {
  index: number;
  record: T;
}

export class ImportService {
  private readonly repository = new ImportRepository();

  constructor(private readonly db: Database) {}

  async importBundle(bundle: Bundle, options: ImportOptions = {}): Promise<ImportResult> {
    const mode = options.mode ?? 'ATOMIC';
    const dryRun = options.dryRun ?? false;
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const errors: RecordError[] = [...(options.priorErrors ?? [])];
    const fail = (entity: EntityName, index: number, field: string, message: string) =>
      errors.push({ entity, index, line: options.lineOf?.(entity, index), field, message });

    const actors = this.parseAll(BundleActor, bundle.actors, 'actors', fail);
    const sources = this.parseAll(BundleSource, bundle.sources, 'sources', fail);
    const transfers = this.parseAll(BundleArmsTransfer, bundle.armsTransfers, 'armsTransfers', fail);

    const actorRows = dedupe(actors, (a) => lookupKey(a.record.name), 'actors', 'name', fail).map(toActorRow);
    const sourceRows = dedupe(sources, (s) => s.record.url ?? contentHashOf(s.record.text, null), 'sources', 'url', fail).map(toSourceRow);
    const uniqueTransfers = dedupe(transfers, (t) => `${refKey(t.record.source)}|${t.record.dealId}|${t.record.deliveryYear}`, 'armsTransfers', 'dealId', fail);

    // References and codes are resolved against the database in a few set queries, before any write.
    const resolved = await this.db.transaction((session) => this.resolve(session, actorRows, sourceRows, uniqueTransfers, fail));
    const rejectedIndexes = (entity: EntityName) => new Set(errors.filter((e) => e.entity === entity).map((e) => e.index));
    const rejected = (entity: EntityName) => rejectedIndexes(entity).size;
    const result: ImportResult = {
      mode,
      dryRun,
      written: false,
      stopped: false,
      actors: { ...emptyCounts(), rejected: rejected('actors') },
      sources: { ...emptyCounts(), rejected: rejected('sources') },
      armsTransfers: { ...emptyCounts(), rejected: rejected('armsTransfers') },
      errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.index - b.index),
    };
    if (errors.length > 0 && mode === 'ATOMIC') return result;

    const validActors = actorRows.filter((row) => !resolved.badActors.has(row.key));
    const rejectedTransfers = rejectedIndexes('armsTransfers');
    const validTransfers = uniqueTransfers.filter((t) => !rejectedTransfers.has(t.index));
    const total = validActors.length + sourceRows.length + validTransfers.length;
    let done = 0;

    const writeAll = async (inTransaction: <T>(fn: (session: SqlSession) => Promise<T>) => Promise<T>) => {
      const actorIds = new Map(resolved.actorIds);
      for (const chunk of chunks(validActors, chunkSize)) {
        if (options.shouldStop?.()) return (result.stopped = true);
        const { counts, ids } = await inTransaction((session) => this.repository.upsertActors(session, chunk));
        for (const row of chunk) {
          const id = ids.get(row.key)!;
          for (const key of [row.key, ...row.aliases.map((alias) => alias.key)]) actorIds.set(key, id);
        }
        add(result.actors, counts);
        result.written = !dryRun;
        options.onProgress?.({ done: (done += chunk.length), total });
      }
      if (sourceRows.length > 0) {
        add(result.sources, await inTransaction((session) => this.repository.upsertSources(session, sourceRows)));
        result.written = !dryRun;
        options.onProgress?.({ done: (done += sourceRows.length), total });
      }
      const sourceIds = await inTransaction((session) => this.sourceIdsOf(session, validTransfers.map((t) => t.record.source)));
      for (const chunk of chunks(validTransfers, chunkSize)) {
        if (options.shouldStop?.()) return (result.stopped = true);
        const rows = chunk.map(({ record }) => toTransferRow(record, actorIds, sourceIds));
        add(result.armsTransfers, await inTransaction((session) => this.repository.upsertTransfers(session, rows)));
        result.written = !dryRun;
        options.onProgress?.({ done: (done += chunk.length), total });
      }
      return false;
    };

    if (dryRun) {
      // A dry run writes in one transaction and rolls it back: the counts are exactly what an import would do.
      await this.db
        .transaction(async (session) => {
          await writeAll((fn) => fn(session));
          throw new DryRunRollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof DryRunRollback)) throw error;
        });
    } else {
      await writeAll((fn) => this.withRetry(() => this.db.transaction(fn)));
    }
    return result;
  }

  private parseAll<T>(
    schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
    records: unknown[] | null | undefined,
    entity: EntityName,
    fail: (entity: EntityName, index: number, field: string, message: string) => void,
  ): Indexed<T>[] {
    const parsed: Indexed<T>[] = [];
    (records ?? []).forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) parsed.push({ index, record: result.data });
      else for (const issue of result.error.issues.slice(0, 1)) fail(entity, index, issue.path.map(String).join('.') || '(record)', issue.message);
    });
    return parsed;
  }

  private async resolve(
    session: SqlSession,
    actorRows: (ActorRow & { index: number })[],
    sourceRows: (SourceRow & { index: number })[],
    transfers: Indexed<BundleArmsTransfer>[],
    fail: (entity: EntityName, index: number, field: string, message: string) => void,
  ) {
    // A transfer may name a bundle actor by its canonical name or by one of its aliases in the bundle.
    const bundleActorKeys = new Set(actorRows.flatMap((row) => [row.key, ...row.aliases.map((alias) => alias.key)]));
    const referenced = transfers.flatMap((t) => [lookupKey(t.record.supplier), lookupKey(t.record.recipient)]);
    const aliasKeys = actorRows.flatMap((row) => row.aliases.map((a) => a.key));
    const actorIds = await this.repository.actorIdsByKey(session, [...new Set([...bundleActorKeys, ...referenced, ...aliasKeys])]);
    const badActors = new Set<string>();

    const codes = await this.repository.actorIdsByCodes(
      session,
      actorRows.flatMap((row) => (row.isoCode ? [row.isoCode] : [])),
      actorRows.flatMap((row) => (row.wikidataId ? [row.wikidataId] : [])),
    );
    for (const row of actorRows) {
      const own = actorIds.get(row.key);
      const isoOwner = row.isoCode ? codes.iso.get(row.isoCode) : undefined;
      const wikidataOwner = row.wikidataId ? codes.wikidata.get(row.wikidataId) : undefined;
      const aliasClash = row.aliases.find((a) => actorIds.has(a.key) && actorIds.get(a.key) !== own);
      const problem =
        isoOwner !== undefined && isoOwner !== own ? ['isoCode', `${row.isoCode} belongs to another actor`]
        : wikidataOwner !== undefined && wikidataOwner !== own ? ['wikidataId', `${row.wikidataId} belongs to another actor`]
        : aliasClash ? ['aliases', `"${aliasClash.alias}" is the name or alias of another actor`]
        : null;
      if (problem) {
        badActors.add(row.key);
        fail('actors', row.index, problem[0]!, problem[1]!);
      }
    }

    const knownSources = await this.sourceIdsOf(session, transfers.map((t) => t.record.source));
    const bundleSourceKeys = new Set(sourceRows.flatMap((row) => [row.url, row.contentHash].filter(Boolean) as string[]));
    for (const { index, record } of transfers) {
      for (const side of ['supplier', 'recipient'] as const) {
        const key = lookupKey(record[side]);
        if ((!bundleActorKeys.has(key) && !actorIds.has(key)) || badActors.has(key)) {
          fail('armsTransfers', index, side, `no actor is named "${record[side]}" (by name, alias or ISO code) in the bundle or the database`);
        }
      }
      const ref = refKey(record.source);
      if (!bundleSourceKeys.has(ref) && knownSources.get(ref) === undefined) fail('armsTransfers', index, 'source', `no source has ${record.source.url ? 'URL' : 'content hash'} ${ref}`);
    }
    return { actorIds, badActors };
  }

  private async sourceIdsOf(session: SqlSession, refs: SourceRef[]): Promise<Map<string, number>> {
    const urls = [...new Set(refs.flatMap((ref) => (ref.url ? [ref.url] : [])))];
    const hashes = [...new Set(refs.flatMap((ref) => (ref.contentHash ? [ref.contentHash] : [])))];
    const { byUrl, byHash } = await this.repository.sourceIds(session, urls, hashes);
    return new Map([...byUrl, ...byHash]);
  }

  /** Retries a chunk that lost a deadlock or serialization race to a concurrent import. */
  private async withRetry<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (attempt >= 5 || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      }
    }
  }
}

function add(total: EntityCounts, counts: WriteCounts): void {
  total.created += counts.created;
  total.updated += counts.updated;
  total.unchanged += counts.unchanged;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function refKey(ref: SourceRef): string {
  return ref.url ?? ref.contentHash!;
}

/** Keeps the first record of each key; later ones are rejected as duplicates, since one statement cannot write a row twice. */
function dedupe<T>(
  records: Indexed<T>[],
  keyOf: (record: Indexed<T>) => string,
  entity: EntityName,
  field: string,
  fail: (entity: EntityName, index: number, field: string, message: string) => void,
): Indexed<T>[] {
  const first = new Map<string, number>();
  return records.filter((record) => {
    const key = keyOf(record);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, record.index);
      return true;
    }
    fail(entity, record.index, field, `repeats record ${seen} of the bundle (same natural key)`);
    return false;
  });
}

function toActorRow({ index, record }: Indexed<BundleActor>): ActorRow & { index: number } {
  return {
    index,
    name: record.name,
    key: lookupKey(record.name),
    kind: record.kind,
    isoCode: record.isoCode ?? null,
    wikidataId: record.wikidataId ?? null,
    description: record.description ?? null,
    aliases: [...new Map((record.aliases ?? []).map((alias) => [lookupKey(alias), alias])).entries()].map(([key, alias]) => ({ key, alias })),
  };
}

function toSourceRow({ index, record }: Indexed<BundleSource>): SourceRow & { index: number } {
  return {
    index,
    kind: record.kind,
    title: record.title,
    publisher: record.publisher ?? null,
    author: record.author ?? null,
    url: record.url ?? null,
    publishedAt: record.publishedAt ? record.publishedAt.toISOString().slice(0, 10) : null,
    text: record.text ?? null,
    reliability: record.reliability ?? null,
    contentHash: contentHashOf(record.text, record.url),
  };
}

function toTransferRow(record: BundleArmsTransfer, actorIds: Map<string, number>, sourceIds: Map<string, number>): TransferRow {
  return {
    supplierId: actorIds.get(lookupKey(record.supplier))!,
    recipientId: actorIds.get(lookupKey(record.recipient))!,
    sourceId: sourceIds.get(refKey(record.source))!,
    dealId: record.dealId,
    designation: record.designation,
    description: record.description ?? null,
    category: record.category,
    orderYear: record.orderYear ?? null,
    orderYearEstimated: record.orderYearEstimated ?? false,
    deliveryYear: record.deliveryYear,
    deliveryYearEstimated: record.deliveryYearEstimated ?? false,
    numberDelivered: record.numberDelivered ?? null,
    numberDeliveredEstimated: record.numberDeliveredEstimated ?? false,
    tivPerUnit: record.tivPerUnit ?? null,
    tivDelivered: record.tivDelivered,
    status: record.status ?? 'NEW',
    localProduction: record.localProduction ?? false,
  };
}
