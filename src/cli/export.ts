// npm run export -- <file.ndjson> [--format bundle|ftm]: the whole knowledge base as the NDJSON bundle
// `npm run import` reads, or as FollowTheMoney entities, from the configured database (DATABASE_URL, else embedded PGlite), or through the running service when it holds the
// embedded database. Streamed with a progress bar on a terminal; Ctrl-C stops and leaves no file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMAT_NAMES } from '../modules/exports/bundle-export';
import { runCli, runCommandLine } from './run';

const USAGE = `usage: npm run export -- <file.ndjson> [--format ${EXPORT_FORMAT_NAMES.join('|')}]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'bundle' } } });
  const file = positionals[0];
  const format = EXPORT_FORMAT_NAMES.find((name) => name === values.format);
  if (!file || positionals.length > 1 || !format) {
    console.error(USAGE);
    return 2;
  }
  return runCommandLine({ command: 'export', file: path.resolve(file), format }, 'npm run export');
}

runCli(main);
