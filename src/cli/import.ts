// npm run import -- <file or folder>... [--mode atomic|partial] [--dry-run] [--format sipri|json|ndjson|ftm|wikidata] [--chunk-size N] [--as NAME]
// [--languages en,ru] (Wikidata: the labels read, the first the name)
// Imports into the configured database (DATABASE_URL, else embedded PGlite) through the same import service as
// the importBundle mutation, or through the running service when it holds the embedded database. A progress bar
// on a terminal, a plain summary otherwise; Ctrl-C stops between transactions.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FILE_FORMAT_NAMES, FILE_FORMATS } from '../modules/imports/import-file';
import { Languages } from '../modules/imports/imports.validation';
import { runCli, runCommandLine } from './run';

const files = FILE_FORMAT_NAMES.flatMap((name) => FILE_FORMATS[name].extensions.map((extension) => `file${extension}`)).join('|');
const USAGE = `usage: npm run import -- <${files}|folder>... [--mode atomic|partial] [--dry-run] [--format ${FILE_FORMAT_NAMES.join('|')}] [--chunk-size N] [--as NAME] [--languages en,ru]`;

const KNOWN_EXTENSIONS = FILE_FORMAT_NAMES.flatMap((name) => FILE_FORMATS[name].extensions);

/** A file, or a folder's files (and its folders'), in name order: those a format reads by their extension, or all with --format. */
function filesOf(given: string, formatNamed: boolean): string[] {
  if (!existsSync(given) || !statSync(given).isDirectory()) return [given];
  return readdirSync(given, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (formatNamed || (KNOWN_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mode: { type: 'string', default: 'atomic' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string' }, 'chunk-size': { type: 'string' }, as: { type: 'string' }, languages: { type: 'string' } },
  });
  const mode = values.mode.toUpperCase();
  const chunkSize = values['chunk-size'] === undefined ? undefined : Number(values['chunk-size']);
  const format = FILE_FORMAT_NAMES.find((known) => known === values.format);
  const languages = values.languages === undefined ? undefined : Languages.safeParse(values.languages.split(',').map((language) => language.trim()));
  if (languages && !languages.success) {
    console.error(`--languages ${languages.error.issues[0]!.message}\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0 || (mode !== 'ATOMIC' && mode !== 'PARTIAL') || (values.format && !format) || (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize >= 1))) {
    console.error(USAGE);
    return 2;
  }
  const files = positionals.flatMap((given) => filesOf(path.resolve(given), format !== undefined));
  if (files.length === 0) {
    console.error(`no file to import in ${positionals.join(', ')}: a folder's files are taken by their extensions (${KNOWN_EXTENSIONS.join(', ')}) unless --format names one`);
    return 2;
  }
  return runCommandLine(
    {
      command: 'import',
      files,
      mode,
      dryRun: values['dry-run'],
      format,
      chunkSize,
      languages: languages?.data,
      // Who the rows and versions are recorded as; the database has no API key to name here.
      author: values.as ?? `cli:${userInfo().username}`,
    },
    'npm run import',
  );
}

runCli(main);
