// What the command-line tools do once their arguments are parsed. The same code runs whether the CLI opened the
// database itself or handed the command to the running service that holds the embedded database (handoff.ts).
import { z } from 'zod';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { FILE_FORMAT_NAMES, importFile } from '../modules/imports/import-file';
import { EXPORT_FORMAT_NAMES } from '../modules/exports/bundle-export';
import { ENTITIES, type ImportResult } from '../modules/imports/bundle';
import { Languages } from '../modules/imports/imports.validation';
import { ROLES } from '../modules/api-keys/api-keys.service';
import type { Services } from '../services';

/** A command as the CLIs send it; checked again where it runs (it may have come over the hand-off socket). */
export const CommandRequest = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('import'),
    /** Absolute: the service that runs a handed-off import has a working directory of its own. Imported in turn, each on its own. */
    files: z.array(z.string().min(1)).min(1).max(100_000),
    mode: z.enum(['ATOMIC', 'PARTIAL']),
    dryRun: z.boolean(),
    format: z.enum(FILE_FORMAT_NAMES).optional(),
    chunkSize: z.number().int().min(1).max(1_000_000).optional(),
    languages: Languages.optional(),
    author: z.string().min(1).max(200),
  }),
  z.object({
    command: z.literal('export'),
    /** Absolute, as for an import: the service that runs a handed-off export writes the file. */
    file: z.string().min(1),
    format: z.enum(EXPORT_FORMAT_NAMES),
    /** A part only (kinds, actors, from, to, source); checked where the export runs (ExportService.resolveFilter). */
    filter: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ command: z.literal('keys'), action: z.enum(['create', 'revoke', 'list']), name: z.string().optional(), role: z.enum(ROLES) }),
  z.object({ command: z.literal('migrate') }),
  z.object({ command: z.literal('relink') }),
]);
export type CommandRequest = z.output<typeof CommandRequest>;

/** Where a command reports: lines for stdout and stderr, import progress, and whether the user asked to stop. */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  progress(progress: { done: number; total: number }): void;
  shouldStop(): boolean;
}

/** The database a command works on, with its services, and how to name it to the user. */
export interface CommandTarget {
  db: Database;
  services: Services;
  where: string;
}

const ENTITY_LABELS: Record<(typeof ENTITIES)[number], string> = {
  actors: 'actors',
  sources: 'sources',
  events: 'events',
  affiliations: 'affiliations',
  claims: 'claims',
  armsTransfers: 'arms transfers',
  mentions: 'mentions',
};

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

/** Runs a command; returns its exit code (0 done, 1 failed or records rejected, 130 stopped). */
export async function runCommand(request: CommandRequest, target: CommandTarget, io: CommandIO): Promise<number> {
  try {
    switch (request.command) {
      case 'import': {
        // Each file on its own (its mode applies to it): one that cannot be read is its error, and the others go on.
        let failed = 0;
        for (const [i, file] of request.files.entries()) {
          const started = Date.now();
          io.err(`Importing ${file}${request.files.length > 1 ? ` (${i + 1} of ${request.files.length})` : ''} into ${target.where}...`);
          try {
            const result = await importFile(target.services.imports, file, {
              author: request.author,
              mode: request.mode,
              dryRun: request.dryRun,
              format: request.format,
              chunkSize: request.chunkSize,
              languages: request.languages,
              shouldStop: () => io.shouldStop(),
              onProgress: (progress) => io.progress(progress),
            });
            io.out(request.files.length > 1 ? `${file}:\n${summarise(result)}` : summarise(result));
            io.out(`${((Date.now() - started) / 1000).toFixed(1)} s`);
            if (result.stopped) return 130;
            if (result.errors.length > 0) failed++;
          } catch (error) {
            if (request.files.length === 1) throw error;
            io.err(`${file}: ${(error as Error).message}`);
            failed++;
          }
        }
        if (request.files.length > 1) io.out(`${request.files.length - failed} of ${request.files.length} files imported without error.`);
        return failed > 0 ? 1 : 0;
      }
      case 'export': {
        const started = Date.now();
        const filter = await target.services.exports.resolveFilter(request.filter);
        const edition = await target.services.exports.edition();
        io.err(`Exporting ${filter ? 'part of ' : ''}${target.where} as ${request.format} (data version ${edition.dataVersion ?? 'being written'}) to ${request.file}...`);
        const { records, stopped } = await target.services.exports.toFile(request.file, {
          format: request.format,
          filter,
          onProgress: (progress) => io.progress(progress),
          shouldStop: () => io.shouldStop(),
        });
        if (stopped) {
          io.out('Export stopped by request: nothing written.');
          return 130;
        }
        io.out(`Exported ${records} records to ${request.file} in ${((Date.now() - started) / 1000).toFixed(1)} s (data version ${edition.dataVersion ?? 'being written'}, ${edition.exportedAt}).`);
        return 0;
      }
      case 'keys': {
        const keys = target.services.apiKeys;
        if (request.action === 'create') {
          const { key } = await keys.create(request.name ?? '', request.role);
          io.out(`Created key "${request.name}" with role ${request.role}. Shown this once:\n${key}`);
        } else if (request.action === 'revoke') {
          await keys.revoke(request.name ?? '');
          io.out(`Revoked key "${request.name}".`);
        } else {
          for (const key of await keys.list()) {
            io.out(`${key.name.padEnd(24)} ${key.role.padEnd(7)} created ${key.createdAt.toISOString()}${key.revokedAt ? ` revoked ${key.revokedAt.toISOString()}` : ''}`);
          }
        }
        return 0;
      }
      case 'relink': {
        io.err(`Relinking the stored sources of ${target.where} to the actors they mention...`);
        const { done } = await target.services.mentions.relinkAll((progress) => io.progress(progress));
        io.out(`Relinked ${done} sources (reviewed and hand-made mentions kept).`);
        return 0;
      }
      case 'migrate': {
        const applied = await migrate(target.db);
        io.out(applied.length > 0 ? `Applied ${applied.length} migrations: ${applied.join(', ')}` : 'No pending migrations.');
        return 0;
      }
    }
  } catch (error) {
    const file = request.command === 'import' ? request.files[0] : request.command === 'export' ? request.file : null;
    io.err(file ? `${file}: ${(error as Error).message}` : (error as Error).message);
    return 1;
  }
}
