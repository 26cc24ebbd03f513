// npm run import -- <file> [--mode atomic|partial] [--dry-run] [--format sipri|json|ndjson] [--chunk-size N] [--as NAME]
// Imports into the configured database (DATABASE_URL, else embedded PGlite) through the same import service as
// the importBundle mutation. A progress bar on a terminal, a plain summary otherwise; Ctrl-C stops between transactions.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { FileFormat } from '../modules/imports/import-file';
import { importFile } from '../modules/imports/import-file';
import { runCli, withDatabase } from './run';
import { ENTITIES, ImportService, type EntityName, type ImportResult } from '../modules/imports/imports.service';

const ENTITY_LABELS: Record<EntityName, string> = {
  actors: 'actors',
  sources: 'sources',
  events: 'events',
  claims: 'claims',
  armsTransfers: 'arms transfers',
};

const USAGE = 'usage: npm run import -- <file.csv|file.json|file.ndjson> [--mode atomic|partial] [--dry-run] [--format sipri|json|ndjson] [--chunk-size N] [--as NAME]';

export function summarise(result: ImportResult): string {
  const row = (name: string, c: ImportResult['actors']) =>
    `${name.padEnd(15)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
  const lines = [
    `${result.dryRun ? 'Dry run' : 'Import'} (${result.mode.toLowerCase()})${result.stopped ? ' stopped by request' : ''}: ${result.written ? 'written' : 'nothing written'}`,
    ...ENTITIES.map((entity) => row(ENTITY_LABELS[entity], result[entity])),
  ];
  for (const error of result.errors.slice(0, 50)) {
    lines.push(`  ${error.line ? `line ${error.line}` : `${error.entity}[${error.index}]`}: ${error.field}: ${error.message}`);
  }
  if (result.errors.length > 50) lines.push(`  ... and ${result.errors.length - 50} more errors`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mode: { type: 'string', default: 'atomic' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string' }, 'chunk-size': { type: 'string' }, as: { type: 'string' } },
  });
  const file = positionals[0];
  const mode = values.mode.toUpperCase();
  if (!file || (mode !== 'ATOMIC' && mode !== 'PARTIAL') || (values.format && !['sipri', 'json', 'ndjson'].includes(values.format))) {
    console.error(USAGE);
    return 2;
  }
  let stop = false;
  process.on('SIGINT', () => {
    if (stop) process.exit(130);
    stop = true;
    console.error('\nStopping after the current transaction (Ctrl-C again to quit at once)...');
  });
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: 'importing {bar} {value}/{total} rows | {speed} rows/s | ETA {eta_formatted}', hideCursor: true }, Presets.shades_classic)
    : null;
  const started = Date.now();
  try {
    return await withDatabase(async (db, config) => {
      console.error(`Importing ${file} into ${config.database.kind === 'pglite' ? `the embedded database at ${config.database.dataDir}` : 'PostgreSQL'}...`);
      const result = await importFile(new ImportService(db), file, {
        // Who the rows and versions are recorded as; the database has no API key to name here.
        author: values.as ?? `cli:${userInfo().username}`,
        mode,
        dryRun: values['dry-run'],
        format: values.format as FileFormat | undefined,
        chunkSize: values['chunk-size'] ? Number(values['chunk-size']) : undefined,
        shouldStop: () => stop,
        onProgress: ({ done, total }) => {
          if (!bar) return;
          if (!bar.isActive) bar.start(total, 0, { speed: 0 });
          bar.update(done, { speed: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
        },
      });
      bar?.stop();
      console.log(summarise(result));
      console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (result.stopped) return 130;
      return result.errors.length > 0 ? 1 : 0;
    });
  } catch (error) {
    bar?.stop();
    console.error(`${file}: ${(error as Error).message}`);
    return 1;
  }
}

runCli(main);
