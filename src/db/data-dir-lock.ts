// The embedded database has exactly one opener: PGlite is PostgreSQL in one process, and two processes writing
// one data directory corrupt it (ids handed out twice, indexes broken). The opener holds `dossier.lock` in the
// directory, written whole and linked into place (link fails where a lock exists) with its pid; a lock whose
// process is gone (a crash) is taken over by one process at a time (takeOver).
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
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
  const lock = readLock(file);
  return lock.state === 'held' ? lock.holder : null;
}

/** A lock file's state: absent, unreadable (a lock written by hand or cut short), or naming its holder. */
function readLock(file: string): { state: 'absent' } | { state: 'unreadable' } | { state: 'held'; holder: LockHolder } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? { state: 'held', holder } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}

/**
 * Writes `holder` to a temporary file beside `file` and hands it to `place` (link: only where no file is; rename:
 * over what is there), so that a reader never sees a lock half written. Returns what `place` returned.
 */
function placeWhole(file: string, holder: LockHolder, place: (temporary: string) => boolean): boolean {
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(holder), { mode: 0o600 });
  try {
    return place(temporary);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Creates the lock naming `holder` where there is none; false when one exists. */
function createLock(file: string, holder: LockHolder): boolean {
  return placeWhole(file, holder, (temporary) => {
    try {
      linkSync(temporary, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  });
}

const TAKEOVER = `${LOCK_FILE}.takeover-`;

/** The takeover announcements in the directory other than `mine` whose process lives; those of dead processes are removed. */
function liveRivals(dataDir: string, mine: string): string[] {
  const rivals: string[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(TAKEOVER) || name.includes('.tmp-') || path.join(dataDir, name) === mine) continue;
    const announcement = path.join(dataDir, name);
    const rival = readHolder(announcement);
    if (rival && isAlive(rival)) rivals.push(announcement);
    else rmSync(announcement, { force: true }); // its process died inside its takeover; a dead process never comes back
  }
  return rivals;
}

/**
 * Replaces a stale lock with one naming `holder`, or throws DataDirLockedError when a live process holds the
 * directory by then. Takers exclude one another by announcing themselves and then looking for rivals (each
 * announcement is written whole before its writer looks, so of two takers at least one sees the other, and
 * neither goes on while it does); a taker that crashed leaves an announcement naming a dead process, which is
 * ignored. Inside its turn a taker reads the lock again: only a lock still stale is replaced, by an atomic rename.
 */
function takeOver(dataDir: string, file: string, holder: LockHolder, pause: () => void): void {
  for (let attempt = 0; attempt < 200; attempt++) {
    const mine = `${path.join(dataDir, TAKEOVER)}${process.pid}-${randomBytes(4).toString('hex')}`;
    placeWhole(mine, holder, (temporary) => {
      renameSync(temporary, mine);
      return true;
    });
    try {
      pause();
      if (liveRivals(dataDir, mine).length === 0) {
        pause();
        const current = readLock(file);
        if (current.state === 'held' && isAlive(current.holder)) throw new DataDirLockedError(dataDir, current.holder);
        pause();
        if (current.state === 'absent') {
          if (createLock(file, holder)) return;
        } else {
          // Still the stale lock (or an unreadable one): nobody else may change it during our turn (its holder is
          // dead, a creator needs the file gone, other takers wait), and ours replaces it in one step.
          placeWhole(file, holder, (temporary) => {
            renameSync(temporary, file);
            return true;
          });
          return;
        }
      }
    } finally {
      rmSync(mine, { force: true });
    }
    // Another taker's turn: wait a random moment (two that keep meeting would otherwise meet again).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.floor(Math.random() * 40));
  }
  throw new Error(`Could not take over the stale lock of ${dataDir}: other processes kept taking it over too`);
}

/**
 * Takes the lock of a data directory for `owner`, or throws DataDirLockedError naming its holder. `socket` is where
 * the holder will take commands, written with the lock (the holder listens on it right after). `pause` runs between
 * the steps of taking it: tests widen the windows between steps with it, where a race would show.
 */
export function lockDataDir(dataDir: string, owner: string, socket?: string, pause: () => void = () => {}): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, owner, startedAt: new Date().toISOString(), processStart: processStartOf(process.pid), ...(socket ? { socket } : {}) };
  if (!createLock(file, holder)) {
    pause();
    const other = readHolder(file);
    if (other && isAlive(other)) throw new DataDirLockedError(dataDir, other);
    pause();
    takeOver(dataDir, file, holder, pause);
  }
  return {
    holder,
    release() {
      const onDisk = readHolder(file);
      if (onDisk?.pid === holder.pid && onDisk.startedAt === holder.startedAt) unlinkSync(file);
    },
  };
}
