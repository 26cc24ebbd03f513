// What the command-line tools share: the configured database, opened and migrated here, or, when the running
// service holds the embedded database, the service itself, which runs the command (handoff.ts); a terminal that
// shows output and progress; an exit code.
import { mkdirSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createServices } from '../services';
import { runCommand, type CommandIO, type CommandRequest } from './commands';
import { handOff, type HandOffIO } from './handoff';

/** stdout and stderr, a progress bar on a terminal, and Ctrl-C: once stops between transactions, twice quits. */
function terminal(verb: string): CommandIO & HandOffIO {
  let stop = false;
  let stopRemote: (() => void) | undefined;
  process.on('SIGINT', () => {
    if (stop) process.exit(130);
    stop = true;
    console.error('\nStopping after the current transaction (Ctrl-C again to quit at once)...');
    stopRemote?.();
  });
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: `${verb} {bar} {value}/{total} records | {speed} records/s | ETA {eta_formatted}`, hideCursor: true }, Presets.shades_classic)
    : null;
  const started = Date.now();
  const endBar = () => {
    if (bar?.isActive) bar.stop();
  };
  return {
    out: (line) => {
      endBar();
      console.log(line);
    },
    err: (line) => {
      endBar();
      console.error(line);
    },
    progress: ({ done, total }) => {
      if (!bar) return;
      if (!bar.isActive) bar.start(total, 0, { speed: 0 });
      bar.update(done, { speed: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
    },
    shouldStop: () => stop,
    onStopRequest: (send) => {
      stopRemote = send;
    },
  };
}

/**
 * Runs a command on the configured database (embedded or DATABASE_URL) as `owner` (how a second opener of the
 * embedded database is told who holds it). When the service holds the embedded database, it runs the command.
 */
export async function runCommandLine(request: CommandRequest, owner: string): Promise<number> {
  const config = loadConfig();
  const io = terminal(`${request.command}ing`.replace('eing', 'ing'));
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  let db;
  try {
    db = await openDatabase(config.database, { owner });
  } catch (error) {
    if (!(error instanceof DataDirLockedError && error.holder.socket)) throw error;
    io.err(`The embedded database is held by ${error.holder.owner} (pid ${error.holder.pid}); the command runs there.`);
    return handOff(error.holder.socket, request, io);
  }
  try {
    await migrate(db);
    const where = config.database.kind === 'pglite' ? `the embedded database at ${config.database.dataDir}` : 'PostgreSQL';
    return await runCommand(request, { db, services: createServices(db, config.pagination, undefined, { relinkInlineBytes: config.relinkInlineBytes, changeRetentionDays: config.changeRetentionDays }), where }, io);
  } finally {
    await db.close();
  }
}

/** Runs a command's main and exits with its code (1 on an unexpected error, printed without a stack when expected). */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof DataDirLockedError ? error.message : error);
      process.exit(1);
    },
  );
}
