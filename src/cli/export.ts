// npm run export -- <file.ndjson> [--format bundle|ftm] [--kind K]... [--actor NAME]... [--from DAY] [--to DAY]
// [--source ID|URL]: the whole knowledge base, or the part a filter picks with what it refers to (see
// exports/export-selection.ts), as the NDJSON bundle `npm run import` reads, or as FollowTheMoney entities, from the configured database (DATABASE_URL, else embedded PGlite), or through the running service when it holds the
// embedded database. Streamed with a progress bar on a terminal; Ctrl-C stops and leaves no file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMAT_NAMES } from '../modules/exports/bundle-export';
import { runCli, runCommandLine } from './run';

const USAGE = `usage: npm run export -- <file.ndjson> [--format ${EXPORT_FORMAT_NAMES.join('|')}] [--kind KIND]... [--actor NAME]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source ID|URL]`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'bundle' },
        kind: { type: 'string', multiple: true },
        actor: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        source: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const format = EXPORT_FORMAT_NAMES.find((name) => name === values.format);
  if (!file || positionals.length > 1 || !format) {
    console.error(USAGE);
    return 2;
  }
  const filter = { kinds: values.kind?.map((kind) => kind.toUpperCase()), actors: values.actor, from: values.from, to: values.to, source: values.source };
  return runCommandLine({ command: 'export', file: path.resolve(file), format, filter }, 'npm run export');
}

runCli(main);
