// Files into the import service: a SIPRI trade-register CSV, a JSON bundle, or an NDJSON bundle (one record a
// line: {"actor": {...}}, {"source": {...}}, {"event": {...}}, {"affiliation": {...}}, {"claim": {...}} or {"armsTransfer": {...}}). Used by
// the CLI and the first start. A register is streamed: a file of any length takes memory for one chunk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BundleArmsTransfer } from './imports.validation';
import { DEFAULT_CHUNK_SIZE, ENTITIES, type Bundle, type EntityName, type ImportOptions, type ImportResult, type RecordError } from './bundle';
import type { ImportService } from './imports.service';
import { FileFormatError } from './file-format-error';
import { importFtm } from './ftm-import';
import { importWikidata } from './wikidata-import';
import { fileLines, readRegisterFile, RegisterBundle, RegisterReader, registerSource } from './sipri-register';

interface FileFormatSpec {
  /** File extensions (lower case, with the dot) that choose the format when none is named. */
  extensions: readonly string[];
  importFile(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult>;
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
} satisfies Record<string, FileFormatSpec>;

export type FileFormat = keyof typeof FILE_FORMATS;
export const FILE_FORMAT_NAMES = Object.keys(FILE_FORMATS) as [FileFormat, ...FileFormat[]];

/** The format a file's extension names; JSON for any other. */
export function formatOf(file: string): FileFormat {
  const extension = path.extname(file).toLowerCase();
  return FILE_FORMAT_NAMES.find((name) => (FILE_FORMATS[name].extensions as readonly string[]).includes(extension)) ?? 'json';
}


const NDJSON_KINDS: Record<string, EntityName> = { actor: 'actors', source: 'sources', event: 'events', affiliation: 'affiliations', claim: 'claims', armsTransfer: 'armsTransfers' };

async function readNdjson(file: string): Promise<{ bundle: Bundle; lines: Record<EntityName, number[]>; errors: RecordError[] }> {
  const bundle = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as unknown[]])) as Record<EntityName, unknown[]>;
  const lines = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as number[]])) as Record<EntityName, number[]>;
  const errors: RecordError[] = [];
  let blank = true;
  for await (const { text, line } of fileLines(file)) {
    if (!text.trim()) continue;
    blank = false;
    try {
      const record = JSON.parse(text) as Record<string, unknown> | null;
      const [kind, value] = record && typeof record === 'object' ? (Object.entries(record)[0] ?? []) : [];
      const entity = kind ? NDJSON_KINDS[kind] : undefined;
      if (!entity || Object.keys(record!).length !== 1) throw new Error(`expected an object with one key: ${Object.keys(NDJSON_KINDS).join(', ')}`);
      bundle[entity].push(value);
      lines[entity].push(line);
    } catch (error) {
      errors.push({ entity: 'file', index: -1, line, field: '(line)', message: (error as Error).message });
    }
  }
  if (blank) throw new FileFormatError('ndjson', 'the file is empty');
  return { bundle, lines, errors };
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

async function importNdjson(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const { bundle, lines, errors } = await readNdjson(file);
  return imports.importBundle(bundle, { ...options, priorErrors: errors, lineOf: (entity, index) => lines[entity][index] });
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
