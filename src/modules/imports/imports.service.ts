// Bulk imports: check every record of a bundle (checkBundle), then write the entities in order through their
// writers (bundle-entities.ts), set-based, under a write strategy (write-strategy.ts). One implementation for the
// importBundle mutation, the CLI, the first start's register and the sample.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../db/database';
import { UserInputError } from '../../errors';
import { FileFormatError } from './file-format-error';
import { storedForm } from '../../shared/text-forms';
import { lookupKey } from '../../shared/lookup-key';
import { contentHashOf } from '../sources/sources.service';
import { FILE_FORMAT_NAMES, FILE_FORMATS, importFile, type FileFormatSpec, type SourceFile } from './import-file';
import { RequestBatches } from '../../shared/batches';
import type { ActorCandidate, MatchingService } from '../matching/matching.service';
import { DEFAULT_CHUNK_SIZE, ENTITIES, ErrorReport, type Bundle, type EntityCounts, type ImportOptions, type ImportResult, type ImportWarning, type Indexed } from './bundle';
import { actorNamesOf } from './bundle-references';
import { checkBundle, type CheckedBundle } from './bundle-check';
import type { MentionLinker } from '../mentions/mention-linker';
import type { WriteEffects } from './bundle-entities';
import type { BundleStores } from './bundle-stores';
import type { BundleActor } from './imports.validation';
import { Languages } from './imports.validation';
import { parseInput } from '../../shared/validation';
import { LostRace, withRetry, writeStrategyFor, writeWith, type InTransaction } from './write-strategy';

export type { Bundle, EntityName, ImportOptions, ImportResult, RecordError } from './bundle';

export class ImportService {
  constructor(
    private readonly db: Database,
    /** What bundles read and write, through the modules that own the tables. */
    private readonly stores: BundleStores,
    /** Sources written are linked to the actors they mention; new or changed actors relink the stored sources. */
    private readonly linker: MentionLinker,
    /** New actors are matched against the stored ones: likely duplicates are reported as warnings. */
    private readonly matching: MatchingService,
  ) {}

  async importBundle(bundle: Bundle, options: ImportOptions): Promise<ImportResult> {
    // A bundle written in one transaction (and a dry run) keeps nothing when it loses a race, so it is checked and
    // written again from the start: the checks then see what the concurrent import committed (an ISO code it took).
    return withRetry(
      () => this.importOnce(bundle, options),
      (error) => error instanceof LostRace,
    ).catch((error: unknown) => {
      throw error instanceof LostRace ? error.cause : error;
    });
  }

  private async importOnce(bundle: Bundle, options: ImportOptions): Promise<ImportResult> {
    const mode = options.mode ?? 'ATOMIC';
    const dryRun = options.dryRun ?? false;
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const report = new ErrorReport(options.lineOf, options.priorErrors);
    // References, codes and quotes are checked against the bundle and the database before any write.
    const { session } = options;
    const checked = session ? await checkBundle(session, this.stores, bundle, report) : await this.db.transaction((opened) => checkBundle(opened, this.stores, bundle, report));
    const result = {
      mode,
      dryRun,
      written: false,
      stopped: false,
      errors: report.sorted(),
      warnings: session ? [] : await this.duplicateWarnings(checked, options),
      ...Object.fromEntries(ENTITIES.map((entity) => [entity, { created: 0, updated: 0, unchanged: 0, rejected: report.rejected(entity).size }])),
    } as ImportResult;
    if (report.any && mode === 'ATOMIC') return result;

    const total = checked.entities.reduce((sum, { records }) => sum + records.length, 0);
    let wroteAny = false;
    let relinkAfterCommit = false;
    // Mentions follow in the writes' own transactions: the sources written, and every source when actors changed.
    const effects: WriteEffects = {
      sourcesWritten: async (session, sources) => {
        await this.linker.link(session, sources);
      },
      actorsWritten: async (session) => {
        if (await this.linker.afterFormsChanged(session)) relinkAfterCommit = true;
      },
    };
    if (session) {
      // The caller's transaction: its commit keeps the writes, and its caller kicks the relink they may owe.
      result.written = await this.writeAll(checked, (work) => work(session), result, effects, { ...options, chunkSize, total });
      if (relinkAfterCommit) options.onRelinkOwed?.();
      return result;
    }
    const kept = await writeWith(
      this.db,
      writeStrategyFor({ dryRun, rows: total, chunkSize }),
      options.author,
      async (inTransaction) => {
        wroteAny = await this.writeAll(checked, inTransaction, result, effects, { ...options, chunkSize, total });
      },
      () => !result.stopped,
    );
    result.written = kept && wroteAny;
    // A store too large to relink inside the import's transactions is relinked once they have committed (they
    // recorded the relink they owe: a crash before it is done loses nothing).
    if (result.written && relinkAfterCommit) this.linker.kick();
    return result;
  }



  /**
   * Runs `work` in one transaction recorded as `author`'s, for an import checked and written chunk by chunk into it
   * (importBundle with `session`); then relinks the stored sources if the actors written owe it.
   */
  async inOneTransaction<T>(author: string, work: (into: Required<Pick<ImportOptions, 'session' | 'onRelinkOwed'>>) => Promise<T>): Promise<T> {
    let owed = false;
    const result = await this.db.transaction((session) => work({ session, onRelinkOwed: () => (owed = true) }), { author });
    if (owed) this.linker.kick();
    return result;
  }

  /**
   * Imports the text of a file (importFile): written to a file of its own, then read as `npm run import` reads
   * that format, so that both give the same results, lines and errors. `format` is the GraphQL enum's name.
   */
  /**
   * The source a saved page or a PDF (base64) is, read as its import would store it, writing nothing: the
   * explorer's file drop fills its form with it. Other formats hold records, not one source: BAD_USER_INPUT.
   */
  async readSourceFile(format: string, text: string): Promise<SourceFile> {
    const name = FILE_FORMAT_NAMES.find((known) => known.toUpperCase() === format);
    const spec = name ? (FILE_FORMATS[name] as FileFormatSpec) : undefined;
    if (!spec?.readSource) {
      const readable = FILE_FORMAT_NAMES.filter((known) => (FILE_FORMATS[known] as FileFormatSpec).readSource).map((known) => known.toUpperCase());
      throw new UserInputError(`format must be one of ${readable.join(', ')}: the formats of a file that is one source`, 'format');
    }
    if (!text.trim()) throw new UserInputError('text must not be empty', 'text');
    // pdf.js reads a plain Uint8Array, not a Buffer.
    return spec.readSource(new Uint8Array(Buffer.from(text, spec.binary ? 'base64' : 'utf8'))).catch((error: unknown) => {
      throw error instanceof FileFormatError ? new UserInputError(error.message, 'text') : error;
    });
  }

  async importText(format: string, text: string, options: ImportOptions): Promise<ImportResult> {
    const name = FILE_FORMAT_NAMES.find((known) => known.toUpperCase() === format);
    if (!name) throw new UserInputError(`format must be one of ${FILE_FORMAT_NAMES.map((known) => known.toUpperCase()).join(', ')}`, 'format');
    if (!text.trim()) throw new UserInputError('text must not be empty', 'text');
    const languages = options.languages && parseInput(Languages, options.languages, 'languages');
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-import-'));
    try {
      const file = path.join(dir, 'import');
      // A binary format (a PDF) travels in base64.
      await writeFile(file, 'binary' in FILE_FORMATS[name] && FILE_FORMATS[name].binary ? Buffer.from(text, 'base64') : text);
      return await importFile(this, file, { ...options, languages, format: name }).catch((error: unknown) => {
        // A file the format cannot read at all (no header, not JSON) is the argument's fault.
        throw error instanceof FileFormatError ? new UserInputError(error.message, 'text') : error;
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The stored source whose text is this one (in its stored form), if any: a page saved twice under two URLs. */
  async storedSourceWithText(text: string): Promise<{ id: number; title: string; url: string | null } | null> {
    const stored = await this.stores.sources.findByContentHash(contentHashOf(storedForm(text).text, null));
    return stored ? { id: stored.id, title: stored.title, url: stored.url } : null;
  }

  /** Which of these names (a name, alias or ISO code) a stored actor holds: their lookup keys. */
  async storedActorKeys(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    return this.db.transaction(async (session) => new Set((await this.stores.actors.idsByKey(session, [...new Set(names.map(lookupKey))])).keys()));
  }

  /** Stored actors' names by the Wikidata ids they hold (how a Wikidata file's references reach actors it does not hold). */
  async storedNamesByWikidataId(qids: readonly string[]): Promise<Map<string, string>> {
    if (qids.length === 0) return new Map();
    return this.db.transaction(async (session) => {
      const { wikidata } = await this.stores.actors.idsByCodes(session, [], qids);
      const targets = await this.stores.actors.sameAsTargets(session, [...wikidata.values()].map(String));
      return new Map([...wikidata].flatMap(([qid, id]) => {
        const target = targets.get(String(id));
        return target ? [[qid, target.name] as const] : [];
      }));
    });
  }

  /** The stored actor each record most likely is (the matcher's best match above its threshold), or null. */
  async likelySameActors(records: readonly BundleActor[]): Promise<(ActorCandidate | null)[]> {
    if (records.length === 0) return [];
    const candidates = await this.matching.likelyDuplicatesOfMany(new RequestBatches(), records);
    return candidates.map((found) => found[0] ?? null);
  }

  /** The bundle's new actors (none of their names stored) that resemble stored actors, one warning per candidate. */
  private async duplicateWarnings(checked: CheckedBundle, options: ImportOptions): Promise<ImportWarning[]> {
    const records = (checked.entities.find(({ entity }) => entity.entity === 'actors')?.records ?? []) as Indexed<BundleActor>[];
    const stored = checked.references.stored.actors;
    const fresh = records.filter(({ record }) => !record.sameAs && !actorNamesOf(record).some((key) => stored.has(key)));
    if (fresh.length === 0) return [];
    const candidates = await this.matching.likelyDuplicatesOfMany(new RequestBatches(), fresh.map(({ record }) => record));
    return fresh.flatMap(({ index, record }, i) =>
      candidates[i]!.map((candidate) => ({
        entity: 'actors' as const,
        index,
        line: options.lineOf?.('actors', index),
        code: 'LIKELY_DUPLICATE' as const,
        message:
          `"${record.name}" resembles the stored actor "${candidate.actor.name}" (id ${candidate.actor.id}, score ${candidate.score}) and was written as a new actor; ` +
          `if it is the same, merge it with mergeActors(canonical: "${candidate.actor.id}", duplicates: [<its id>]) or import it with sameAs: "${candidate.actor.name}"`,
        candidate: candidate.actor,
        score: candidate.score,
        features: candidate.features,
      })),
    );
  }

  /** Writes each entity's rows in order, chunk by chunk; stops between chunks when asked. True when a chunk was written. */
  private async writeAll(
    checked: CheckedBundle,
    inTransaction: InTransaction,
    result: ImportResult,
    effects: WriteEffects,
    options: ImportOptions & { chunkSize: number; total: number },
  ): Promise<boolean> {
    const ids = checked.references.idsForWriting();
    let done = 0;
    for (const { entity, records, notes } of checked.entities) {
      for (const chunk of chunks(entity.rows(records, ids, notes), options.chunkSize)) {
        // PGlite answers within microtasks; a turn of the event loop lets a pending Ctrl-C handler run first.
        await new Promise((resolve) => setImmediate(resolve));
        if (options.shouldStop?.()) {
          result.stopped = true;
          return done > 0;
        }
        add(result[entity.entity], await inTransaction((session) => entity.write(session, this.stores, chunk, ids, effects)));
        done += chunk.length;
        options.onProgress?.({ done, total: options.total });
      }
    }
    return done > 0;
  }
}

function add(total: EntityCounts, counts: { created: number; updated: number; unchanged: number }): void {
  total.created += counts.created;
  total.updated += counts.updated;
  total.unchanged += counts.unchanged;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
