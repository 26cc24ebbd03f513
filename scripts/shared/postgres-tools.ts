// Debian's PostgreSQL programs (initdb, pg_ctl, pg_basebackup) run on a directory of the caller's own, for servers
// that the scripts and tests start beside the machine's cluster. initdb refuses to run as root: as root, the
// programs run as the postgres user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PostgresTools {
  /** A new directory, owned by the user the servers run as. */
  dir: string;
  run(program: string, args: string[]): void;
  /** `pg_ctl start` that waits for connections; when the server exits instead, the error holds its log's last lines. */
  start(data: string, log: string, options?: string): void;
  /** `pg_ctl stop`: `fast` closes the sessions and shuts down cleanly; `immediate` is a crash that recovers from the WAL. */
  stop(data: string, mode: 'fast' | 'immediate'): void;
}

export function postgresTools(prefix: string): PostgresTools {
  const bin = path.join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().at(-1)!, 'bin');
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString()) : undefined;
  const gid = asRoot ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : undefined;
  if (asRoot) chownSync(dir, uid!, gid!);
  const run = (program: string, args: string[]) => {
    execFileSync(path.join(bin, program), args, { stdio: 'pipe', timeout: 120_000, ...(asRoot ? { uid, gid, env: { ...process.env, HOME: dir } } : {}) });
  };
  return {
    dir,
    run,
    start(data, log, options) {
      try {
        run('pg_ctl', ['-D', data, ...(options ? ['-o', options] : []), '-l', log, '-w', '-t', '60', 'start']);
      } catch (error) {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n') : '(no log)';
        throw new Error(`${(error as Error).message.trim()}\n${log}:\n${tail}`, { cause: error });
      }
    },
    stop: (data, mode) => run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']),
  };
}
