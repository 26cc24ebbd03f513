// The embedded database has exactly one opener: PGlite is PostgreSQL in one process, and two processes writing
// one data directory corrupt it (ids handed out twice, indexes broken). The opener holds `dossier.lock` in the
// directory, created atomically (O_EXCL) with its pid; a lock whose process is gone (a crash) is taken over.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const LOCK_FILE = 'dossier.lock';

/** Who holds a data directory, as its lock file says. */
export interface LockHolder {
  pid: number;
  /** What the holder is: "the service", "npm run import", ... */
  owner: string;
  startedAt: string;
  /** The holder process's start time in clock ticks since boot (Linux): a pid reused later is not the holder. */
  processStart?: number;
  /** A socket where the holder takes commands from the CLIs (the running service hands them its database). */
  socket?: string;
}

/** A second opener of a held data directory; the message says who holds it and what to do. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder.owner} (pid ${holder.pid}, since ${holder.startedAt}). ` +
        'Only one process may open it at a time: wait for that one to finish or stop it, ' +
        'or set DATABASE_URL to use PostgreSQL, which any number of processes can share.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly holder: LockHolder;
  release(): void;
}

/** The start time of a process (field 22 of /proc/<pid>/stat), or undefined where there is no /proc. */
function processStartOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartOf(holder.pid);
  return holder.processStart === undefined || start === undefined || start === holder.processStart;
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

function writeExclusive(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside and removes it, unless another process replaced it meanwhile (then its fresh lock is
 * put back: link() fails rather than overwrite a lock created in between).
 */
function takeOver(file: string, stale: LockHolder | null): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it first
    throw error;
  }
  const moved = readHolder(aside);
  const sameStaleLock = moved === null ? stale === null : stale !== null && moved.pid === stale.pid && moved.startedAt === stale.startedAt;
  if (!sameStaleLock) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process created a lock in between; it holds the directory now.
    }
  }
  unlinkSync(aside);
}

/**
 * Takes the lock of a data directory for `owner`, or throws DataDirLockedError naming its holder. `socket` is where
 * the holder will take commands, written with the lock (the holder listens on it right after).
 */
export function lockDataDir(dataDir: string, owner: string, socket?: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, owner, startedAt: new Date().toISOString(), processStart: processStartOf(process.pid), ...(socket ? { socket } : {}) };
  for (let attempt = 0; attempt < 10; attempt++) {
    if (writeExclusive(file, holder)) {
      return {
        holder,
        release() {
          const onDisk = readHolder(file);
          if (onDisk?.pid === holder.pid && onDisk.startedAt === holder.startedAt) unlinkSync(file);
        },
      };
    }
    const other = readHolder(file);
    if (other && isAlive(other)) throw new DataDirLockedError(dataDir, other);
    // A lock being written this instant reads as empty: give its writer a moment before calling it stale.
    if (!other && attempt < 3) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      continue;
    }
    takeOver(file, other);
  }
  throw new Error(`Could not take the lock of ${dataDir}: it changed hands too often`);
}
