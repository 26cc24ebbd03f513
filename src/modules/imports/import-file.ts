// Files into the import service: a SIPRI trade-register CSV, a JSON bundle, or an NDJSON bundle (one record a
// line: {"actor": {...}}, {"source": {...}}, {"event": {...}}, {"claim": {...}} or {"armsTransfer": {...}}). Used by the CLI and the first start.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITIES, type Bundle, type EntityName, type ImportOptions, type ImportResult, type ImportService, type RecordError } from './imports.service';
import { parseRegister, RegisterFormatError } from './sipri-register';

export type FileFormat = 'sipri' | 'json' | 'ndjson';

export function formatOf(file: string): FileFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'sipri';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  return 'json';
}

const NDJSON_KINDS: Record<string, EntityName> = { actor: 'actors', source: 'sources', event: 'events', claim: 'claims', armsTransfer: 'armsTransfers' };

function readNdjson(text: string): { bundle: Bundle; lines: Record<EntityName, number[]>; errors: RecordError[] } {
  const bundle = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as unknown[]])) as Record<EntityName, unknown[]>;
  const lines = Object.fromEntries(ENTITIES.map((entity) => [entity, [] as number[]])) as Record<EntityName, number[]>;
  const errors: RecordError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const record = JSON.parse(raw) as Record<string, unknown>;
      const [kind, value] = Object.entries(record)[0] ?? [];
      const entity = kind ? NDJSON_KINDS[kind] : undefined;
      if (!entity || Object.keys(record).length !== 1) throw new Error(`expected one key: ${Object.keys(NDJSON_KINDS).join(', ')}`);
      bundle[entity].push(value);
      lines[entity].push(i + 1);
    } catch (error) {
      errors.push({ entity: 'file', index: -1, line: i + 1, field: '(line)', message: (error as Error).message });
    }
  });
  return { bundle, lines, errors };
}

/** Reads, parses and imports one file; an unreadable file throws with its line. */
export async function importFile(
  imports: ImportService,
  file: string,
  options: ImportOptions & { format?: FileFormat },
): Promise<ImportResult> {
  const format = options.format ?? formatOf(file);
  const buffer = readFileSync(file);
  if (format === 'sipri') {
    const parsed = parseRegister(buffer);
    return imports.importBundle(parsed.bundle, {
      ...options,
      priorErrors: parsed.errors,
      lineOf: (entity, index) => (entity === 'armsTransfers' ? parsed.transferLines[index] : undefined),
    });
  }
  const text = buffer.toString('utf8');
  if (!text.trim()) throw new RegisterFormatError('the file is empty');
  if (format === 'ndjson') {
    const { bundle, lines, errors } = readNdjson(text);
    return imports.importBundle(bundle, { ...options, priorErrors: errors, lineOf: (entity, index) => lines[entity][index] });
  }
  let bundle: Bundle;
  try {
    bundle = JSON.parse(text) as Bundle;
  } catch (error) {
    throw new RegisterFormatError(`the file is not valid JSON: ${(error as Error).message}`);
  }
  return imports.importBundle(bundle, options);
}
