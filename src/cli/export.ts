// npm run export -- <file.ndjson>: the whole knowledge base as the NDJSON bundle `npm run import` reads, from the
// configured database (DATABASE_URL, else embedded PGlite), or through the running service when it holds the
// embedded database. Streamed with a progress bar on a terminal; Ctrl-C stops and leaves no file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, runCommandLine } from './run';

const USAGE = 'usage: npm run export -- <file.ndjson>';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  return runCommandLine({ command: 'export', file: path.resolve(file) }, 'npm run export');
}

runCli(main);
