// Files into the import service: a SIPRI trade-register CSV, a JSON bundle, or an NDJSON bundle (one record a
// line: {"actor": {...}}, {"source": {...}}, {"event": {...}}, {"affiliation": {...}}, {"claim": {...}} or {"armsTransfer": {...}}). Used by
// the CLI and the first start. A register is streamed: a file of any length takes memory for one chunk.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BundleArmsTransfer } from './imports.validation';
import { DEFAULT_CHUNK_SIZE, ENTITIES, type Bundle, type EntityCounts, type EntityName, type ImportOptions, type ImportResult, type RecordError } from './bundle';
import type { ImportService } from './imports.service';
import { isRetryable, withRetry } from './write-strategy';
import { FileFormatError } from './file-format-error';
import { importFtm } from './ftm-import';
import { importWikidata } from './wikidata-import';
import { importClaimReviews } from './claim-review-import';
import { importHtml, sourceOfHtml } from './html-source';
import { importPdf, sourceOfPdf } from './pdf-source';
import { fileLines, readRegisterFile, RegisterBundle, RegisterReader, registerSource } from './sipri-register';

/** A file that is one source, as its reader gives it: the fields of a bundle's source record, as written. */
export interface SourceFile {
  kind: 'NEWS_ARTICLE' | 'REPORT' | 'OTHER';
  title: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  text: string;
  pageStarts?: number[];
}

export interface FileFormatSpec {
  /** File extensions (lower case, with the dot) that choose the format when none is named. */
  extensions: readonly string[];
  importFile(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult>;
  /** The file is bytes, not text: importFile's text carries it in base64. */
  binary?: boolean;
  /** A file that is one source (a page, a report): the source it is, read without writing (readSourceFile). */
  readSource?: (content: Uint8Array) => Promise<SourceFile>;
}

/** Every file format an import reads, by the name `--format` takes; the first whose extension matches is chosen. */
export const FILE_FORMATS = {
  sipri: { extensions: ['.csv'], importFile: (imports, file, options) => importRegister(imports, file, options) },
  json: { extensions: ['.json'], importFile: (imports, file, options) => importJson(imports, file, options) },
  ndjson: { extensions: ['.ndjson', '.jsonl'], importFile: (imports, file, options) => importNdjson(imports, file, options) },
  // FollowTheMoney entities (OpenSanctions, Aleph): named with --format ftm; an .ndjson file is a bundle.
  ftm: { extensions: [], importFile: (imports, file, options) => importFtm(imports, file, options) },
  // Wikidata's entity JSON (the API's answer, one entity, or a dump), its labels in English: named with --format wikidata.
  wikidata: { extensions: [], importFile: (imports, file, options) => importWikidata(imports, file, options) },
  // schema.org's ClaimReview as fact-checkers publish it (JSON-LD, a DataFeed, or one review a line).
  claimreview: { extensions: ['.jsonld'], importFile: (imports, file, options) => importClaimReviews(imports, file, options) },
  // A saved web page: its article's text and metadata, as a source.
  html: { extensions: ['.html', '.htm'], importFile: (imports, file, options) => importHtml(imports, file, options), readSource: (content) => sourceOfHtml(Buffer.from(content).toString('utf8')) },
  // A PDF report: its text layer, page by page, as a source.
  pdf: { extensions: ['.pdf'], importFile: (imports, file, options) => importPdf(imports, file, options), binary: true, readSource: (content) => sourceOfPdf(content, 'upload.pdf') },
} satisfies Record<string, FileFormatSpec>;

export type FileFormat = keyof typeof FILE_FORMATS;
export const FILE_FORMAT_NAMES = Object.keys(FILE_FORMATS) as [FileFormat, ...FileFormat[]];

/** The format a file's extension names; JSON for any other. */
export function formatOf(file: string): FileFormat {
  const extension = path.extname(file).toLowerCase();
  return FILE_FORMAT_NAMES.find((name) => (FILE_FORMATS[name].extensions as readonly string[]).includes(extension)) ?? 'json';
}


const NDJSON_KINDS: Record<string, EntityName> = { actor: 'actors', source: 'sources', event: 'events', affiliation: 'affiliations', claim: 'claims', armsTransfer: 'armsTransfers', mention: 'mentions' };

/** Records of an NDJSON file, each list with the file line of each record. */
class NdjsonChunk {
  readonly bundle = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as unknown[]])) as Record<EntityName, unknown[]>;
  readonly lines = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as number[]])) as Record<EntityName, number[]>;
  size = 0;

  add(entity: EntityName, record: unknown, line: number): void {
    this.bundle[entity].push(record);
    this.lines[entity].push(line);
    this.size++;
  }

  readonly lineOf = (entity: EntityName, index: number) => this.lines[entity][index];
}

/** The records of an NDJSON bundle file, one a line, with a line that is no record as its error. */
async function* ndjsonRecords(file: string): AsyncGenerator<{ entity: EntityName; record: unknown; line: number } | { error: RecordError }> {
  let blank = true;
  for await (const { text, line } of fileLines(file)) {
    if (!text.trim()) continue;
    blank = false;
    try {
      const record = JSON.parse(text) as Record<string, unknown> | null;
      const [kind, value] = record && typeof record === 'object' ? (Object.entries(record)[0] ?? []) : [];
      const entity = kind ? NDJSON_KINDS[kind] : undefined;
      if (!entity || Object.keys(record!).length !== 1) throw new Error(`expected an object with one key: ${Object.keys(NDJSON_KINDS).join(', ')}`);
      yield { entity, record: value, line };
    } catch (error) {
      yield { error: { entity: 'file', index: -1, line, field: '(line)', message: (error as Error).message } };
    }
  }
  if (blank) throw new FileFormatError('ndjson', 'the file is empty');
}

async function readNdjson(file: string): Promise<{ chunk: NdjsonChunk; errors: RecordError[] }> {
  const chunk = new NdjsonChunk();
  const errors: RecordError[] = [];
  for await (const entry of ndjsonRecords(file)) {
    if ('error' in entry) errors.push(entry.error);
    else chunk.add(entry.entity, entry.record, entry.line);
  }
  return { chunk, errors };
}

/** A JSON bundle: an object whose keys are the bundle's lists; anything else is refused as a whole. */
function checkJsonBundle(value: unknown): Bundle {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FileFormatError('json', `the file must hold a JSON object with the lists ${ENTITIES.join(', ')}; it holds ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`);
  }
  for (const [key, list] of Object.entries(value)) {
    if (!(ENTITIES as readonly string[]).includes(key)) {
      throw new FileFormatError('json', `unknown key "${key}" at the top of the bundle; a bundle holds ${ENTITIES.join(', ')}`);
    }
    if (list !== null && !Array.isArray(list)) throw new FileFormatError('json', `"${key}" must be a list of records`);
  }
  return value as Bundle;
}

/** Reads, parses and imports one file in its format (by default the one its extension names); an unreadable file throws with its line. */
export function importFile(imports: ImportService, file: string, options: ImportOptions & { format?: FileFormat }): Promise<ImportResult> {
  return FILE_FORMATS[options.format ?? formatOf(file)].importFile(imports, file, options);
}

/** An NDJSON file up to this size is read whole (one bundle: every record may name any other); a larger one is streamed. */
export const WHOLE_FILE_BYTES = 32 * 1024 * 1024;

async function importNdjson(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  if ((await stat(file)).size > (options.wholeFileBytes ?? WHOLE_FILE_BYTES)) return importNdjsonStreamed(imports, file, options);
  const { chunk, errors } = await readNdjson(file);
  return imports.importBundle(chunk.bundle, { ...options, priorErrors: errors, lineOf: chunk.lineOf });
}

/**
 * A large NDJSON bundle (an export of a large knowledge base), a chunk of records at a time in the file's order,
 * so that memory holds one chunk whatever the file's size. Each chunk is checked and written as a bundle of its
 * own: a record may name those on earlier lines (or stored ones), as exports write them. All or nothing (and a dry
 * run) write every chunk into one transaction, committed only when no line was refused (rolled back for a dry
 * run), so every error of the file is reported at once; a partial import commits chunk by chunk.
 */
async function importNdjsonStreamed(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const mode = options.mode ?? 'ATOMIC';
  const dryRun = options.dryRun ?? false;
  let total = 0;
  for await (const { text } of fileLines(file)) if (text.trim()) total++;

  const run = async (into: Pick<ImportOptions, 'session' | 'onRelinkOwed'>) => {
    const result = emptyResult(mode, dryRun);
    let done = 0;
    let chunk = new NdjsonChunk();
    let lineErrors: RecordError[] = [];
    const writeChunk = async () => {
      // Within one transaction, every chunk is written as far as it is valid, so that later lines find what earlier
      // ones hold; the transaction is then kept only if nothing was refused.
      const written = await imports.importBundle(chunk.bundle, {
        ...options,
        ...into,
        mode: into.session ? 'PARTIAL' : mode,
        priorErrors: lineErrors,
        lineOf: chunk.lineOf,
        onProgress: undefined,
      });
      addResult(result, written);
      options.onProgress?.({ done: (done += chunk.size + lineErrors.length), total });
      chunk = new NdjsonChunk();
      lineErrors = [];
    };
    for await (const entry of ndjsonRecords(file)) {
      if (chunk.size === 0 && lineErrors.length === 0) {
        // A turn of the event loop lets a pending Ctrl-C handler run first.
        await new Promise((resolve) => setImmediate(resolve));
        if (options.shouldStop?.()) {
          result.stopped = true;
          break;
        }
      }
      if ('error' in entry) lineErrors.push(entry.error);
      else chunk.add(entry.entity, entry.record, entry.line);
      if (chunk.size + lineErrors.length >= chunkSize) await writeChunk();
    }
    if (!result.stopped && chunk.size + lineErrors.length > 0) await writeChunk();
    result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return result;
  };

  if (mode === 'PARTIAL' && !dryRun) return run({});
  // One transaction, rolled back by throwing: a dry run, an error, a stop. Lost races are tried again from the start.
  class Discard extends Error {
    constructor(readonly result: ImportResult) {
      super('discarded');
    }
  }
  try {
    return await withRetry(
      () =>
        imports.inOneTransaction(options.author, async (into) => {
          const result = await run(into);
          if (dryRun || result.stopped || result.errors.length > 0) throw new Discard(result);
          return result;
        }),
      isRetryable,
    );
  } catch (error) {
    if (!(error instanceof Discard)) throw error;
    const { result } = error;
    // Counted as a dry run counts; written only when kept. An import refused for its errors wrote nothing.
    if (!dryRun) for (const entity of ENTITIES) Object.assign(result[entity], { created: 0, updated: 0, unchanged: 0 });
    return { ...result, written: false };
  }
}

function emptyResult(mode: ImportResult['mode'], dryRun: boolean): ImportResult {
  const counts = Object.fromEntries(ENTITIES.map((entity) => [entity, { created: 0, updated: 0, unchanged: 0, rejected: 0 }])) as Record<EntityName, EntityCounts>;
  return { mode, dryRun, written: false, stopped: false, errors: [], warnings: [], ...counts };
}

function addResult(total: ImportResult, part: ImportResult): void {
  for (const entity of ENTITIES) for (const counter of ['created', 'updated', 'unchanged', 'rejected'] as const) total[entity][counter] += part[entity][counter];
  total.errors.push(...part.errors);
  total.warnings.push(...part.warnings);
  total.written ||= part.written;
}

async function importJson(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const text = readFileSync(file, 'utf8');
  if (!text.trim()) throw new FileFormatError('json', 'the file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new FileFormatError('json', `the file is not valid JSON: ${(error as Error).message}`);
  }
  return imports.importBundle(checkJsonBundle(parsed), options);
}

const transferKey = (transfer: Record<string, unknown>) => `${String(transfer.dealId)}|${String(transfer.deliveryYear)}`;

/**
 * A register in two passes over the file. The first reads and checks every line, keeping the parties, the errors
 * and each record's key (a repeated deal and year is an error, as in a bundle); a register of at most one chunk
 * is kept whole and imported as one bundle (all or nothing). A longer one is written in a second pass: the parties
 * and the dataset first, then the transfers chunk by chunk, each chunk a bundle of its own that carries the
 * parties it names (so that a dry run, rolled back each time, still finds them). Each line refused counts as a
 * rejected transfer, its error reported with its line.
 */
async function importRegister(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const whole = new RegisterBundle();
  const reader = new RegisterReader();
  const errors: RecordError[] = [];
  const firstLineOf = new Map<string, number>();
  const badLines = new Set<number>();
  let valid = 0;
  for await (const entry of readRegisterFile(file, reader)) {
    whole.edition = reader.edition;
    if ('errors' in entry) {
      errors.push(...entry.errors);
      badLines.add(entry.line);
      continue;
    }
    const checked = BundleArmsTransfer.safeParse(entry.transfer);
    const key = transferKey(entry.transfer);
    const first = firstLineOf.get(key);
    const problem = !checked.success
      ? { field: checked.error.issues[0]!.path.map(String).join('.') || '(record)', message: checked.error.issues[0]!.message }
      : first !== undefined ? { field: 'SIPRI AT Database ID', message: `repeats line ${first} (the same deal and delivery year)` } : null;
    if (problem) {
      errors.push({ entity: 'file', index: -1, line: entry.line, ...problem });
      badLines.add(entry.line);
      continue;
    }
    firstLineOf.set(key, entry.line);
    whole.addParties(entry);
    // Kept whole while it fits one chunk; past that, the second pass reads the records again.
    if (++valid <= chunkSize) whole.add(entry);
  }
  const priorErrors = [...(options.priorErrors ?? []), ...errors];
  const withRejectedLines = (result: ImportResult): ImportResult => ({ ...result, armsTransfers: { ...result.armsTransfers, rejected: result.armsTransfers.rejected + badLines.size } });
  if (valid <= chunkSize) {
    const parsed = whole.parsed();
    return withRejectedLines(
      await imports.importBundle(parsed.bundle, { ...options, priorErrors, lineOf: (entity, index) => (entity === 'armsTransfers' ? parsed.transferLines[index] : undefined) }),
    );
  }

  const result = withRejectedLines(await imports.importBundle({ actors: whole.parties, sources: [registerSource(reader.edition)] }, { ...options, priorErrors, onProgress: undefined }));
  if (options.mode !== 'PARTIAL' && result.errors.length > 0) return result;
  let done = 0;
  let chunk = new RegisterBundle(reader.edition);
  const writeChunk = async () => {
    const lines = chunk.transferLines;
    const written = await imports.importBundle(chunk.parsed().bundle, {
      ...options,
      priorErrors: [],
      onProgress: undefined,
      lineOf: (entity, index) => (entity === 'armsTransfers' ? lines[index] : undefined),
    });
    for (const counter of ['created', 'updated', 'unchanged', 'rejected'] as const) result.armsTransfers[counter] += written.armsTransfers[counter];
    result.errors.push(...written.errors);
    result.written ||= written.written;
    options.onProgress?.({ done: (done += lines.length), total: valid });
    chunk = new RegisterBundle(reader.edition);
  };
  for await (const entry of readRegisterFile(file)) {
    if ('errors' in entry || badLines.has(entry.line)) continue;
    if (chunk.transfers.length === 0) {
      // A turn of the event loop lets a pending Ctrl-C handler run first.
      await new Promise((resolve) => setImmediate(resolve));
      // An atomic import stops at a chunk that met an error (a race with another import); a partial one goes on.
      if (options.shouldStop?.() || (options.mode !== 'PARTIAL' && result.errors.length > 0)) {
        result.stopped = options.shouldStop?.() ?? false;
        break;
      }
    }
    chunk.add(entry);
    if (chunk.transfers.length >= chunkSize) await writeChunk();
  }
  if (chunk.transfers.length > 0 && !result.stopped && (options.mode === 'PARTIAL' || result.errors.length === 0)) await writeChunk();
  result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}
