// One reader of the change log per instance, shared by every live subscriber: woken by NOTIFY at each writing
// commit (db.listen) and by a poll (replicas and PgBouncer do not pass NOTIFY, a lost connection misses some), it
// reads what is new once and keeps the latest changes in a bounded buffer. A subscriber whose cursor the buffer
// covers is served from it; one behind it (resuming an old cursor) reads the log itself, page by page, until it
// is. A subscriber only reads when its client has taken what it sent: nothing queues up for a slow client.
import { compareCursors, type ChangeCursor, type ChangeEntityName, type ChangeRepository, type ChangeRow } from './changes.repository';

export interface ChangeFeedOptions {
  /** How often the log is read when no NOTIFY comes. */
  pollMs: number;
  /** The latest changes kept for live subscribers. */
  bufferSize: number;
  /** Calls onNotify at each commit that logged changes (db.listen on dossier_changes); returns the stop. */
  listen: (onNotify: () => void) => Promise<() => Promise<void>>;
}

export const DEFAULT_CHANGE_FEED: Omit<ChangeFeedOptions, 'listen'> = { pollMs: 1000, bufferSize: 10_000 };

/** A page a subscriber reads from the log when the buffer does not cover its cursor. */
const CATCH_UP_PAGE = 500;

/** Subscribers resumed per turn of the event loop (see turn()). */
const TURN_SLICE = 25;

export class ChangeFeed {
  private started: Promise<void> | null = null;
  private stopped = false;
  /** The cursor the feed has read through; null while the log is empty. */
  private end: ChangeCursor | null = null;
  private buffer: ChangeRow[] = [];
  /** The buffer holds every change after this cursor (null: from the log's start). */
  private bufferFrom: ChangeCursor | null = null;
  private readonly waiters = new Set<() => void>();
  private reading = false;
  private readAgain = false;
  /** Subscribers streaming now: with none, a wake-up only moves the end (nobody needs the changes buffered). */
  private subscribers = 0;
  /** Subscribers waiting for their turn, and whether a turn is scheduled. */
  private readonly turns: (() => void)[] = [];
  private turning = false;
  private poll: NodeJS.Timeout | undefined;
  private stopListening: (() => Promise<void>) | undefined;

  constructor(private readonly log: ChangeRepository, private readonly options: ChangeFeedOptions) {}

  /** Changes after `after` (null: from now on), of some entities (null: all), until `signal` aborts. */
  stream(after: ChangeCursor | null, entities: ReadonlySet<ChangeEntityName> | null): AsyncIterableIterator<ChangeRow> {
    const abort = new AbortController();
    const changes = this.changes(after, entities, abort.signal);
    // A client gone while its subscriber waits for news ends it now, not at the next change.
    return {
      next: () => changes.next(),
      return: (value?: unknown) => {
        abort.abort();
        return changes.return(value as undefined);
      },
      throw: (error?: unknown) => {
        abort.abort();
        return changes.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.stopListening?.();
    for (const wake of [...this.waiters]) wake();
  }

  private async *changes(after: ChangeCursor | null, entities: ReadonlySet<ChangeEntityName> | null, signal: AbortSignal): AsyncGenerator<ChangeRow> {
    await this.start();
    const cursor = after ?? this.end;
    this.subscribers++;
    try {
      yield* this.follow(cursor, entities, signal);
    } finally {
      this.subscribers--;
    }
  }

  private async *follow(from: ChangeCursor | null, entities: ReadonlySet<ChangeEntityName> | null, signal: AbortSignal): AsyncGenerator<ChangeRow> {
    let cursor = from;
    while (!signal.aborted && !this.stopped) {
      await this.turn();
      const start = cursor;
      if (this.covers(cursor)) {
        // The buffer itself, not a copy of its tail for each subscriber: a wake appends to it and a trim replaces it,
        // so whatever this loop sees up to its length is in order and complete.
        const buffer = this.buffer;
        for (let index = cursor === null ? 0 : firstAfter(buffer, cursor); index < buffer.length; index++) {
          const change = buffer[index]!;
          cursor = change.cursor;
          if (entities && !entities.has(change.entity)) continue;
          yield change;
          if (signal.aborted) return;
          await this.turn();
        }
        // Read to the end of the feed's buffer: read through the feed's end (the visible log may end past its last change).
        if (buffer === this.buffer && this.end !== null && (cursor === null || compareCursors(this.end, cursor) > 0)) cursor = this.end;
      } else {
        const read = await this.log.read(cursor, entities ? [...entities] : null, null, CATCH_UP_PAGE);
        for (const change of read.changes) {
          cursor = change.cursor;
          yield change;
          if (signal.aborted) return;
          await this.turn();
        }
        if (read.through !== null && (cursor === null || compareCursors(read.through, cursor) > 0)) cursor = read.through;
      }
      const advanced = cursor !== null && (start === null || compareCursors(cursor, start) > 0);
      if (!advanced) await this.news(signal);
    }
  }

  /**
   * Resolves at this subscriber's turn. A wake-up resumes every waiting subscriber at once, and a socket's send
   * completes without a turn of the event loop: unchecked, a thousand subscribers would run in one stretch of promise
   * jobs and hold the loop for a fifth of a second (bench:changes). So they queue, and each turn of the loop resumes
   * TURN_SLICE of them, round-robin; timers and sockets run in between.
   */
  private turn(): Promise<void> {
    return new Promise((resolve) => {
      this.turns.push(resolve);
      if (this.turning) return;
      this.turning = true;
      setImmediate(() => this.nextTurn());
    });
  }

  private nextTurn(): void {
    for (const resume of this.turns.splice(0, TURN_SLICE)) resume();
    if (this.turns.length > 0) setImmediate(() => this.nextTurn());
    else this.turning = false;
  }

  /** Whether the buffer holds every change after `cursor`; if not, the subscriber reads the log itself. */
  private covers(cursor: ChangeCursor | null): boolean {
    return this.bufferFrom === null || (cursor !== null && compareCursors(cursor, this.bufferFrom) >= 0);
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      this.end = await this.log.visibleEnd();
      this.bufferFrom = this.end;
      this.stopListening = await this.options.listen(() => this.wake());
      this.poll = setInterval(() => this.wake(), this.options.pollMs);
      this.poll.unref();
    })();
    return this.started;
  }

  /** Resolves at the feed's next read (or when `signal` aborts). */
  private news(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Reads what is new (one reader at a time; a wake during a read reads again after it). */
  private wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    void (async () => {
      try {
        do {
          this.readAgain = false;
          if (this.subscribers === 0) {
            // Nobody to serve: the end moves, and the first subscriber from now on starts there. (A bulk write of a
            // million changes is not read a page at a time by every instance for nobody.)
            this.end = (await this.log.visibleEnd()) ?? this.end;
            this.buffer = [];
            this.bufferFrom = this.end;
            continue;
          }
          for (;;) {
            const read = await this.log.read(this.end, null, null, CATCH_UP_PAGE);
            this.buffer.push(...read.changes);
            if (read.through) this.end = read.through;
            // Page by page: the buffer stays bounded and the subscribers start on a bulk write's first page.
            this.trim();
            for (const wake of [...this.waiters]) wake();
            if (!read.full || this.stopped) break;
          }
        } while (this.readAgain && !this.stopped);
      } catch {
        // The database is away: the next poll tries again, and the subscribers wait for it.
      } finally {
        this.reading = false;
      }
    })();
  }

  private trim(): void {
    const excess = this.buffer.length - this.options.bufferSize;
    if (excess <= 0) return;
    this.bufferFrom = this.buffer[excess - 1]!.cursor;
    this.buffer = this.buffer.slice(excess);
  }
}

/** The index of the first change after `cursor` in changes in cursor order: a binary search. */
function firstAfter(changes: readonly ChangeRow[], cursor: ChangeCursor): number {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareCursors(changes[middle]!.cursor, cursor) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}
