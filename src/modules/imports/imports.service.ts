// Bulk imports: validate every record, resolve natural keys in a few queries, then write set-based in
// transactions of bounded size. One implementation for the importBundle mutation, the CLI and the sample.
import type { Database, SqlSession } from '../../db/database';
import { lookupKey } from '../actors/actors.repository';
import { contentHashOf } from '../sources/sources.service';
import { claimNaturalKey, locateCitation, withStructuredActors } from '../claims/claims.service';
import {
  eventKey,
  ImportRepository,
  type ActorRow,
  type ClaimRow,
  type EventRow,
  type SourceRow,
  type TransferRow,
  type WriteCounts,
} from './imports.repository';
import { BundleActor, BundleArmsTransfer, BundleClaim, BundleEvent, BundleSource, type EventRef, type ImportMode, type SourceRef } from './imports.validation';

export type EntityName = 'actors' | 'sources' | 'events' | 'claims' | 'armsTransfers';
/** The order in which an import writes: each kind refers only to kinds before it. */
export const ENTITIES: readonly EntityName[] = ['actors', 'sources', 'events', 'claims', 'armsTransfers'];

export interface RecordError {
  entity: EntityName | 'file';
  /** Position of the record in its list in the bundle (0-based). */
  index: number;
  /** Line in the imported file, when the bundle came from one. */
  line?: number;
  field: string;
  message: string;
  /** BAD_USER_INPUT when absent; CONFLICT for a record that clashes with a stored one or another of the bundle. */
  code?: 'BAD_USER_INPUT' | 'CONFLICT';
}

export interface EntityCounts extends WriteCounts {
  rejected: number;
}

export type ImportResult = {
  mode: ImportMode;
  dryRun: boolean;
  /** False when nothing was written (an atomic import with errors, a dry run, a stop before the first chunk). */
  written: boolean;
  /** True when the import was stopped (Ctrl-C) between transactions. */
  stopped: boolean;
  errors: RecordError[];
} & Record<EntityName, EntityCounts>;

export type Bundle = Partial<Record<EntityName, unknown[] | null>>;

export interface ImportOptions {
  /** Who the rows and versions written are recorded as: an API key's name, or the CLI's user. */
  author: string;
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
// Deadlock, serialization failure, and a unique key that a concurrent import committed first (the retry reads it).
const RETRYABLE = new Set(['40P01', '40001', '23505']);
const isRetryable = (error: unknown): boolean => RETRYABLE.has((error as { code?: string }).code ?? '');

/** Thrown out of an import written in one transaction that lost a race, to run the whole import again. */
class WholeBundleRetry extends Error {
  constructor(cause: unknown) {
    super('retry the bundle', { cause });
  }
}

const emptyCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

class DryRunRollback extends Error {}
class StoppedRollback extends Error {}

interface Indexed<T> {
  index: number;
  record: T;
}

type Fail = (entity: EntityName, index: number, field: string, message: string, code?: RecordError['code']) => void;
type InTransaction = <T>(fn: (session: SqlSession) => Promise<T>) => Promise<T>;

/** Valid records, with what the resolution found out about them, ready to write. */
interface Resolved {
  actorIds: Map<string, number>;
  badActors: Set<string>;
  eventIds: Map<string, number>;
  /** Cited quotes located in their sources' texts, per claim index and citation. */
  offsets: Map<number, { startOffset: number | null; endOffset: number | null }[]>;
}

export class ImportService {
  private readonly repository = new ImportRepository();

  constructor(private readonly db: Database) {}

  async importBundle(bundle: Bundle, options: ImportOptions): Promise<ImportResult> {
    // A bundle written in one transaction (and a dry run) keeps nothing when it loses a race, so it is checked and
    // written again from the start: the checks then see what the concurrent import committed (an ISO code it took).
    return withRetry(
      () => this.importOnce(bundle, options),
      (error) => error instanceof WholeBundleRetry,
    ).catch((error: unknown) => {
      throw error instanceof WholeBundleRetry ? error.cause : error;
    });
  }

  private async importOnce(bundle: Bundle, options: ImportOptions): Promise<ImportResult> {
    const mode = options.mode ?? 'ATOMIC';
    const dryRun = options.dryRun ?? false;
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const errors: RecordError[] = [...(options.priorErrors ?? [])];
    const fail: Fail = (entity, index, field, message, code) => errors.push({ entity, index, line: options.lineOf?.(entity, index), field, message, ...(code ? { code } : {}) });

    const actors = this.parseAll(BundleActor, bundle.actors, 'actors', fail);
    const sources = this.parseAll(BundleSource, bundle.sources, 'sources', fail);
    const events = this.parseAll(BundleEvent, bundle.events, 'events', fail);
    const claims = this.parseAll(BundleClaim, bundle.claims, 'claims', fail);
    const transfers = this.parseAll(BundleArmsTransfer, bundle.armsTransfers, 'armsTransfers', fail);

    const actorRows = dedupe(actors, (a) => lookupKey(a.record.name), 'actors', 'name', fail).map(toActorRow);
    const sourceRows = dedupe(sources, (s) => s.record.url ?? contentHashOf(s.record.text, null), 'sources', 'url', fail).map(toSourceRow);
    const uniqueEvents = dedupe(events, (e) => eventRefKey(e.record), 'events', 'title', fail);
    const uniqueTransfers = dedupe(transfers, (t) => `${refKey(t.record.source)}|${t.record.dealId}|${t.record.deliveryYear}`, 'armsTransfers', 'dealId', fail);

    // References, codes and quotes are checked against the bundle and the database in a few set queries, before any write.
    const resolved = await this.db.transaction((session) =>
      this.resolve(session, { actorRows, sourceRows, events: uniqueEvents, claims, transfers: uniqueTransfers }, fail),
    );
    const rejectedIndexes = (entity: EntityName) => new Set(errors.filter((e) => e.entity === entity).map((e) => e.index));
    const result = {
      mode,
      dryRun,
      written: false,
      stopped: false,
      errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || ENTITIES.indexOf(a.entity as EntityName) - ENTITIES.indexOf(b.entity as EntityName) || a.index - b.index),
      ...Object.fromEntries(ENTITIES.map((entity) => [entity, { ...emptyCounts(), rejected: rejectedIndexes(entity).size }])),
    } as ImportResult;
    if (errors.length > 0 && mode === 'ATOMIC') return result;

    const valid = <T extends { index: number }>(entity: EntityName, records: T[]) => {
      const rejected = rejectedIndexes(entity);
      return records.filter((record) => !rejected.has(record.index));
    };
    const validActors = actorRows.filter((row) => !resolved.badActors.has(row.key));
    const validEvents = valid('events', uniqueEvents);
    const validClaims = valid('claims', claims);
    const validTransfers = valid('armsTransfers', uniqueTransfers);
    const total = validActors.length + sourceRows.length + validEvents.length + validClaims.length + validTransfers.length;
    let done = 0;

    /** Writes one chunk in its own transaction and counts it; false when asked to stop first. */
    const writeChunks = async <T>(inTransaction: InTransaction, entity: EntityName, rows: T[], write: (session: SqlSession, chunk: T[]) => Promise<WriteCounts>) => {
      for (const chunk of chunks(rows, chunkSize)) {
        // PGlite answers within microtasks; a turn of the event loop lets a pending Ctrl-C handler run first.
        await new Promise((resolve) => setImmediate(resolve));
        if (options.shouldStop?.()) return !(result.stopped = true);
        add(result[entity], await inTransaction((session) => write(session, chunk)));
        result.written = !dryRun;
        options.onProgress?.({ done: (done += chunk.length), total });
      }
      return true;
    };

    const writeAll = async (inTransaction: InTransaction) => {
      const actorIds = new Map(resolved.actorIds);
      const wroteActors = await writeChunks(inTransaction, 'actors', validActors, async (session, chunk) => {
        const { counts, ids } = await this.repository.upsertActors(session, chunk);
        for (const row of chunk) {
          const id = ids.get(row.key)!;
          for (const key of namesOf(row)) actorIds.set(key, id);
        }
        return counts;
      });
      if (!wroteActors || !(await writeChunks(inTransaction, 'sources', sourceRows, (session, chunk) => this.repository.upsertSources(session, chunk)))) return;

      const sourceRefs = [
        ...validClaims.flatMap(({ record }) => [...(record.asserterSource ? [record.asserterSource] : []), ...(record.citations ?? []).map((c) => c.source)]),
        ...validTransfers.map((t) => t.record.source),
      ];
      const sourceIds = await inTransaction((session) => this.sourceIdsOf(session, [...sourceRefs, ...sourceRows.map((row) => ({ contentHash: row.contentHash }))]));
      // A bundle source whose text was stored already under another URL is that stored source: its URL names it too.
      for (const row of sourceRows) if (row.url && !sourceIds.has(row.url)) sourceIds.set(row.url, sourceIds.get(row.contentHash)!);
      const actorId = (ref: string | null | undefined) => (ref ? actorIds.get(lookupKey(ref))! : null);

      const eventIds = new Map(resolved.eventIds);
      const eventRows = validEvents.map(({ record }) => toEventRow(record, actorId));
      const wroteEvents = await writeChunks(inTransaction, 'events', eventRows, async (session, chunk) => {
        const { counts, ids } = await this.repository.upsertEvents(session, chunk);
        for (const [key, id] of ids) eventIds.set(key, id);
        return counts;
      });
      if (!wroteEvents) return;

      const claimRows = validClaims.map(({ index, record }) =>
        toClaimRow(record, resolved.offsets.get(index) ?? [], actorId, (ref) => sourceIds.get(refKey(ref))!, (ref) => eventIds.get(eventRefKey(ref))!),
      );
      if (!(await writeChunks(inTransaction, 'claims', claimRows, (session, chunk) => this.repository.upsertClaims(session, chunk)))) return;

      const transferRows = validTransfers.map(({ record }) => toTransferRow(record, actorIds, sourceIds));
      await writeChunks(inTransaction, 'armsTransfers', transferRows, (session, chunk) => this.repository.upsertTransfers(session, chunk));
    };

    const author = { author: options.author };
    if (dryRun) {
      // A dry run writes in one transaction and rolls it back: the counts are exactly what an import would do.
      await this.db
        .transaction(async (session) => {
          await writeAll((fn) => fn(session));
          throw new DryRunRollback();
        }, author)
        .catch((error: unknown) => {
          if (isRetryable(error)) throw new WholeBundleRetry(error);
          if (!(error instanceof DryRunRollback)) throw error;
        });
    } else if (total <= chunkSize) {
      // A bundle that fits one chunk is all or nothing: a crash or a lost connection never leaves half of it.
      await this.db
        .transaction(async (session) => {
          await writeAll((fn) => fn(session));
          // Stopped (Ctrl-C) part way: nothing of the bundle is kept.
          if (result.stopped) throw new StoppedRollback();
        }, author)
        .catch((error: unknown) => {
          if (isRetryable(error)) throw new WholeBundleRetry(error);
          if (!(error instanceof StoppedRollback)) throw error;
          result.written = false;
        });
    } else {
      // A larger one is written chunk by chunk, each chunk a whole transaction (bounded locks and memory).
      await writeAll((fn) => withRetry(() => this.db.transaction(fn, author), isRetryable));
    }
    return result;
  }

  private parseAll<T>(
    schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
    records: unknown[] | null | undefined,
    entity: EntityName,
    fail: Fail,
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
    bundle: {
      actorRows: (ActorRow & { index: number })[];
      sourceRows: (SourceRow & { index: number })[];
      events: Indexed<BundleEvent>[];
      claims: Indexed<BundleClaim>[];
      transfers: Indexed<BundleArmsTransfer>[];
    },
    fail: Fail,
  ): Promise<Resolved> {
    const { actorRows, sourceRows, events, claims, transfers } = bundle;
    // A record may name a bundle actor by its canonical name, one of its aliases or its ISO code in the bundle.
    const bundleActorOf = new Map(actorRows.flatMap((row) => namesOf(row).map((key) => [key, row] as const)));
    const referenced = [
      ...events.flatMap(({ record }) => (record.participants ?? []).map((p) => p.actor)),
      ...claims.flatMap(({ record }) => [record.asserter, record.subject, record.object, ...(record.about ?? []).map((a) => a.actor)]),
      ...transfers.flatMap(({ record }) => [record.supplier, record.recipient]),
    ].flatMap((ref) => (ref ? [lookupKey(ref)] : []));
    const actorIds = await this.repository.actorIdsByKey(session, [...new Set([...bundleActorOf.keys(), ...referenced])]);
    const badActors = this.checkActors(actorRows, actorIds, await this.repository.actorIdsByCodes(
      session,
      actorRows.flatMap((row) => (row.isoCode ? [row.isoCode] : [])),
      actorRows.flatMap((row) => (row.wikidataId ? [row.wikidataId] : [])),
    ), fail);
    /** One name per actor, whatever name, alias or code the record used; null for an unknown actor. */
    const actorIdentity = (ref: string): string | null => {
      const key = lookupKey(ref);
      const row = bundleActorOf.get(key);
      if (row && badActors.has(row.key)) return null;
      const stored = actorIds.get(key) ?? (row ? actorIds.get(row.key) : undefined);
      return stored !== undefined ? `db:${stored}` : row ? `bundle:${row.key}` : null;
    };
    const checkActor = (entity: EntityName, index: number, field: string, ref: string | null | undefined) => {
      if (ref && actorIdentity(ref) === null) fail(entity, index, field, `no actor is named "${ref}" (by name, alias or ISO code) in the bundle or the database`);
    };

    const sourceRefs = [
      ...claims.flatMap(({ record }) => [...(record.asserterSource ? [record.asserterSource] : []), ...(record.citations ?? []).map((c) => c.source)]),
      ...transfers.map((t) => t.record.source),
    ];
    const storedSources = await this.sourceIdsOf(session, sourceRefs);
    const bundleSourceOf = new Map(sourceRows.flatMap((row) => [row.url, row.contentHash].filter(Boolean).map((key) => [key!, row] as const)));
    /** One name per source, by URL or content hash; null for an unknown source. */
    const sourceIdentity = (ref: SourceRef): string | null => {
      const stored = storedSources.get(refKey(ref));
      const row = bundleSourceOf.get(refKey(ref));
      return stored !== undefined ? `db:${stored}` : row ? `bundle:${row.contentHash}` : null;
    };
    const checkSource = (entity: EntityName, index: number, field: string, ref: SourceRef) => {
      const known = sourceIdentity(ref) !== null;
      if (!known) fail(entity, index, field, `no source has ${ref.url ? 'URL' : 'content hash'} ${refKey(ref)} in the bundle or the database`);
      return known;
    };

    const cameoCodes = await this.repository.knownCameoCodes(session, [...new Set(events.map((e) => e.record.cameoCode))]);
    for (const { index, record } of events) {
      if (!cameoCodes.has(record.cameoCode)) fail('events', index, 'cameoCode', `${record.cameoCode} is not a code of the CAMEO codebook`);
      (record.participants ?? []).forEach((p, i) => checkActor('events', index, `participants.${i}.actor`, p.actor));
    }

    const bundleEventKeys = new Set(events.map(({ record }) => eventRefKey(record)));
    const eventRefs = claims.flatMap(({ record }) => (record.event ? [record.event] : []));
    const eventIds = await this.repository.eventIdsByKey(session, eventRefs.map((ref) => ({ title: ref.title, startDate: isoDate(ref.startDate) })));
    const texts = await this.citedTexts(session, claims, storedSources, bundleSourceOf);
    const offsets = new Map<number, { startOffset: number | null; endOffset: number | null }[]>();
    const claimIdentities = new Map<string, number>();
    for (const { index, record } of claims) {
      for (const field of ['asserter', 'subject', 'object'] as const) checkActor('claims', index, field, record[field]);
      (record.about ?? []).forEach((a, i) => checkActor('claims', index, `about.${i}.actor`, a.actor));
      if (record.asserterSource) checkSource('claims', index, 'asserterSource', record.asserterSource);
      if (record.event && !bundleEventKeys.has(eventRefKey(record.event)) && !eventIds.has(eventRefKey(record.event))) {
        fail('claims', index, 'event', `no event is titled "${record.event.title}" on ${isoDate(record.event.startDate)} in the bundle or the database`);
      }
      offsets.set(index, (record.citations ?? []).map((citation, i) => {
        if (!checkSource('claims', index, `citations.${i}.source`, citation.source)) return { startOffset: null, endOffset: null };
        const located = locateCitation(texts.get(refKey(citation.source)) ?? null, citation);
        if (!('problem' in located)) return located;
        fail('claims', index, `citations.${i}.${located.field}`, located.problem);
        return { startOffset: null, endOffset: null };
      }));
      // Two records naming the same asserter differently are still one claim.
      const asserter = record.asserter ? actorIdentity(record.asserter) : record.asserterSource ? sourceIdentity(record.asserterSource) : '';
      const identity = `${record.asserter ? 'actor' : 'source'}|${asserter}|${record.statement}`;
      const first = claimIdentities.get(identity);
      if (first !== undefined) fail('claims', index, 'statement', `repeats record ${first} of the bundle (same asserter and statement)`);
      else claimIdentities.set(identity, index);
    }

    for (const { index, record } of transfers) {
      checkActor('armsTransfers', index, 'supplier', record.supplier);
      checkActor('armsTransfers', index, 'recipient', record.recipient);
      checkSource('armsTransfers', index, 'source', record.source);
    }
    return { actorIds, badActors, eventIds, offsets };
  }

  /**
   * Refuses bundle actors that would take a name, alias, ISO code or Wikidata id of another actor, stored or
   * earlier in the bundle (CONFLICT, as createActor answers): one statement cannot write both, and the second
   * would silently merge into the first or fail on a unique key.
   */
  private checkActors(
    actorRows: (ActorRow & { index: number })[],
    actorIds: Map<string, number>,
    codes: { iso: Map<string, number>; wikidata: Map<string, number> },
    fail: Fail,
  ): Set<string> {
    const badActors = new Set<string>();
    /** Which earlier bundle record holds each name or alias key, ISO code and Wikidata id. */
    const heldBy = { name: new Map<string, number>(), iso: new Map<string, number>(), wikidata: new Map<string, number>() };
    for (const row of actorRows) {
      const own = actorIds.get(row.key);
      const isoOwner = row.isoCode ? codes.iso.get(row.isoCode) : undefined;
      const wikidataOwner = row.wikidataId ? codes.wikidata.get(row.wikidataId) : undefined;
      const aliasClash = row.aliases.find((a) => actorIds.has(a.key) && actorIds.get(a.key) !== own);
      const ownName = row.aliases.find((a) => a.key === row.key);
      const keys = [row.key, ...row.aliases.map((a) => a.key)];
      const earlierName = keys.map((key) => [key, heldBy.name.get(key)] as const).find(([, index]) => index !== undefined);
      const earlierIso = row.isoCode ? heldBy.iso.get(row.isoCode) : undefined;
      const earlierWikidata = row.wikidataId ? heldBy.wikidata.get(row.wikidataId) : undefined;
      const problem: [string, string, RecordError['code']] | null =
        ownName ? ['aliases', `"${ownName.alias}" repeats the actor's name`, 'BAD_USER_INPUT']
        : isoOwner !== undefined && isoOwner !== own ? ['isoCode', `${row.isoCode} belongs to another actor`, 'CONFLICT']
        : wikidataOwner !== undefined && wikidataOwner !== own ? ['wikidataId', `${row.wikidataId} belongs to another actor`, 'CONFLICT']
        : aliasClash ? ['aliases', `"${aliasClash.alias}" is the name or alias of another actor`, 'CONFLICT']
        : earlierName ? [earlierName[0] === row.key ? 'name' : 'aliases', `"${earlierName[0]}" is also the name or an alias of record ${earlierName[1]} of the bundle`, 'CONFLICT']
        : earlierIso !== undefined ? ['isoCode', `${row.isoCode} is also the ISO code of record ${earlierIso} of the bundle`, 'CONFLICT']
        : earlierWikidata !== undefined ? ['wikidataId', `${row.wikidataId} is also the Wikidata id of record ${earlierWikidata} of the bundle`, 'CONFLICT']
        : null;
      if (problem) {
        badActors.add(row.key);
        fail('actors', row.index, ...problem);
        continue;
      }
      for (const key of keys) heldBy.name.set(key, row.index);
      if (row.isoCode) heldBy.iso.set(row.isoCode, row.index);
      if (row.wikidataId) heldBy.wikidata.set(row.wikidataId, row.index);
    }
    return badActors;
  }

  /** The text each cited source holds, by source ref key: the stored text, or the bundle's for a new source. */
  private async citedTexts(
    session: SqlSession,
    claims: Indexed<BundleClaim>[],
    storedSources: Map<string, number>,
    bundleSourceOf: Map<string, SourceRow>,
  ): Promise<Map<string, string | null>> {
    const refs = [...new Set(claims.flatMap(({ record }) => (record.citations ?? []).map((c) => refKey(c.source))))];
    const storedTexts = await this.repository.sourceTexts(session, refs.flatMap((ref) => (storedSources.has(ref) ? [storedSources.get(ref)!] : [])));
    return new Map(refs.map((ref) => [ref, storedSources.has(ref) ? (storedTexts.get(storedSources.get(ref)!) ?? null) : (bundleSourceOf.get(ref)?.text ?? null)]));
  }

  private async sourceIdsOf(session: SqlSession, refs: SourceRef[]): Promise<Map<string, number>> {
    const urls = [...new Set(refs.flatMap((ref) => (ref.url ? [ref.url] : [])))];
    const hashes = [...new Set(refs.flatMap((ref) => (ref.contentHash ? [ref.contentHash] : [])))];
    const { byUrl, byHash } = await this.repository.sourceIds(session, urls, hashes);
    return new Map([...byUrl, ...byHash]);
  }
}

/** Runs fn again, up to 5 times with a short pause, while it fails with an error that retryable says a retry can cure. */
async function withRetry<T>(fn: () => Promise<T>, retryable: (error: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 5 || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
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

/** The lookup keys by which other records of a bundle may name a bundle actor. */
function namesOf(row: ActorRow): string[] {
  return [row.key, ...row.aliases.map((alias) => alias.key), ...(row.isoCode ? [lookupKey(row.isoCode)] : [])];
}

function refKey(ref: SourceRef): string {
  return ref.url ?? ref.contentHash!;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function eventRefKey(ref: EventRef): string {
  return eventKey(ref.title, isoDate(ref.startDate));
}

/** Keeps the first record of each key; later ones are rejected as duplicates, since one statement cannot write a row twice. */
function dedupe<T>(
  records: Indexed<T>[],
  keyOf: (record: Indexed<T>) => string,
  entity: EntityName,
  field: string,
  fail: Fail,
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

function toEventRow(record: BundleEvent, actorId: (ref: string) => number | null): EventRow {
  return {
    key: eventRefKey(record),
    cameoCode: record.cameoCode,
    title: record.title,
    startDate: isoDate(record.startDate),
    startPrecision: record.startPrecision ?? null,
    endDate: record.endDate ? isoDate(record.endDate) : null,
    endPrecision: record.endPrecision ?? null,
    location: record.location ?? null,
    description: record.description ?? null,
    participants: record.participants
      ? [...new Map(record.participants.map((p) => [`${actorId(p.actor)}|${p.role}`, { actorId: actorId(p.actor)!, role: p.role }])).values()]
      : null,
  };
}

function toClaimRow(
  record: BundleClaim,
  offsets: { startOffset: number | null; endOffset: number | null }[],
  actorId: (ref: string | null | undefined) => number | null,
  sourceId: (ref: SourceRef) => number,
  eventId: (ref: EventRef) => number,
): ClaimRow {
  const asserterId = actorId(record.asserter);
  const asserterSourceId = record.asserterSource ? sourceId(record.asserterSource) : null;
  const subjectId = actorId(record.subject);
  const objectActorId = actorId(record.object);
  const about = record.about
    ? [...new Map(record.about.map((a) => [actorId(a.actor)!, { actorId: actorId(a.actor)!, role: a.role ?? 'MENTIONED' }])).values()]
    : null;
  return {
    naturalKey: claimNaturalKey(record.statement, asserterId, asserterSourceId),
    statement: record.statement,
    asserterId,
    asserterSourceId,
    eventId: record.event ? eventId(record.event) : null,
    subjectId,
    predicate: record.predicate ?? null,
    objectActorId,
    objectValue: record.objectValue ?? null,
    validFrom: record.validFrom ? isoDate(record.validFrom) : null,
    validTo: record.validTo ? isoDate(record.validTo) : null,
    confidence: record.confidence ?? null,
    actors: about || subjectId || objectActorId ? withStructuredActors(about ?? [], subjectId, objectActorId) : null,
    citations: record.citations
      ? record.citations.map((citation, i) => ({ sourceId: sourceId(citation.source), quote: citation.quote, ...offsets[i]!, stance: citation.stance }))
      : null,
  };
}
