// What an import takes and answers: a bundle of records per entity, its options, and a result that counts what
// was written and reports each record refused (data in the result, never a thrown error).
import type { ActorWithAliases } from '../actors/actors.columns';
import type { MatchFeature } from '../matching/match-evidence';
import type { WriteCounts } from '../../db/set-writes';
import type { ImportMode } from './imports.validation';
import type { SqlSession } from '../../db/database';

export type EntityName = 'actors' | 'sources' | 'events' | 'affiliations' | 'claims' | 'armsTransfers' | 'mentions';
/** The order in which an import writes: each kind refers only to kinds before it (see bundle-entities.ts). */
export const ENTITIES: readonly EntityName[] = ['actors', 'sources', 'events', 'affiliations', 'claims', 'armsTransfers', 'mentions'];

export type Bundle = Partial<Record<EntityName, unknown[] | null>>;

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

/** A new actor that resembles a stored one: written all the same, and reported (data in the result, as errors are). */
export interface ImportWarning {
  entity: 'actors';
  index: number;
  line?: number;
  code: 'LIKELY_DUPLICATE';
  message: string;
  candidate: ActorWithAliases;
  score: number;
  features: MatchFeature[];
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
  warnings: ImportWarning[];
} & Record<EntityName, EntityCounts>;

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
  /** Formats that hold labels in many languages (Wikidata): those read, the first giving the name. */
  languages?: readonly string[];
  /**
   * Check and write inside this transaction, which the caller commits or rolls back (a streamed file's chunks,
   * import-file.ts). Stored actors are then not matched for LIKELY_DUPLICATE warnings: the matcher reads outside it.
   */
  session?: SqlSession;
  /** With `session`: the writes recorded a relink of the stored sources, owed once the caller's transaction commits. */
  onRelinkOwed?: () => void;
  /** An NDJSON file larger than this is read and written a chunk at a time rather than whole (import-file.ts). */
  wholeFileBytes?: number;
}

export const DEFAULT_CHUNK_SIZE = 5000;

/** A record of the bundle with its position in its list. */
export interface Indexed<T> {
  index: number;
  record: T;
}

/** The errors of one import, as they are found; a record with an error is not written. */
export class ErrorReport {
  private readonly found: RecordError[] = [];
  private readonly rejectedIndexes = new Map<RecordError['entity'], Set<number>>();

  constructor(
    private readonly lineOf: ImportOptions['lineOf'],
    prior: RecordError[] = [],
  ) {
    for (const error of prior) this.add(error);
  }

  fail(entity: EntityName, index: number, field: string, message: string, code?: RecordError['code']): void {
    this.add({ entity, index, line: this.lineOf?.(entity, index), field, message, ...(code ? { code } : {}) });
  }

  get any(): boolean {
    return this.found.length > 0;
  }

  /** The indexes of the records of `entity` that have an error. */
  rejected(entity: EntityName): ReadonlySet<number> {
    return this.rejectedIndexes.get(entity) ?? new Set();
  }

  /** Without the records that have an error. */
  valid<T extends { index: number }>(entity: EntityName, records: T[]): T[] {
    const rejected = this.rejected(entity);
    return records.filter((record) => !rejected.has(record.index));
  }

  /** By line, then entity in write order, then index. */
  sorted(): RecordError[] {
    const order = (entity: RecordError['entity']) => ENTITIES.indexOf(entity as EntityName);
    return [...this.found].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || order(a.entity) - order(b.entity) || a.index - b.index);
  }

  private add(error: RecordError): void {
    this.found.push(error);
    let indexes = this.rejectedIndexes.get(error.entity);
    if (!indexes) this.rejectedIndexes.set(error.entity, (indexes = new Set()));
    indexes.add(error.index);
  }
}
