// Keeping stored sources linked to the actors they mention: one matcher for all actors' forms (rebuilt when a form
// changes), mentions written when a source is stored, and a relink of every source when the forms change. A small
// store is relinked in the transaction that changed the forms (both commit or neither does); past RELINK_INLINE_BYTES
// of stored text, that transaction records the relink it owes (mention_relink) and a worker does it once it has
// committed, a batch per transaction, resuming after a crash or a restart.
import type { Database, SqlSession } from '../../db/database';
import { MentionMatcher, mentionsOf, type FoundMention, type MatchResult } from './mention-matcher';
import type { MentionRepository, RelinkJob, TextSourceRow } from './mentions.repository';

/** Sources relinked per transaction at most: bounded locks and memory, whatever the store's size. */
export const RELINK_BATCH = 200;
/** Stored text read per batch at most (bytes): four of the largest sources allowed, or many articles. */
export const RELINK_BATCH_BYTES = 20_000_000;
/** Up to this much stored text (bytes), a change of forms relinks it before the write that changed them answers. */
export const RELINK_INLINE_BYTES = 2_000_000;
/**
 * The mentions a source stores at most, the first in text order: a text that names actors more often is a
 * dataset or a list, and 130,000 mention rows for one pasted text once made every write that followed time out.
 */
export const MAX_STORED_MENTIONS = 10_000;
/** What one pass of `find` read in a batch of texts: the mentions, and each follower's findings by source. */
interface Found {
  mentions: (FoundMention & { sourceId: number })[];
  followers: { sourceId: number; found: unknown }[][];
}

/** How often a service looks for a relink owed but not under way (another instance crashed during it). */
const POLL_MS = 30_000;

/**
 * Another reading of a linked text that follows its mentions (the quotations and their speakers): `read` runs
 * where the matching does (outside the write's transaction for a relink batch), `write` in the transaction that
 * stores the mentions, for the sources whose text is still the one read.
 */
export interface LinkFollower<Found> {
  /** What it finds in each text of a batch (one entry per text, in order): a batch at a time, so its statements do not grow with the texts. */
  read(db: Pick<SqlSession, 'query'>, texts: { text: string; mentions: MatchResult }[]): Promise<Found[]>;
  write(session: SqlSession, found: { sourceId: number; found: Found }[]): Promise<void>;
}

export interface RelinkProgress {
  done: number;
  total: number;
}

export interface MentionLinkerOptions {
  /** Stored text (bytes) relinked inline at most (RELINK_INLINE_BYTES; DOSSIER_RELINK_INLINE_BYTES; tests lower it). */
  inlineBytes?: number;
  /** Stored mentions per source at most (MAX_STORED_MENTIONS; tests lower it). */
  maxStoredMentions?: number;
}

export class MentionLinker {
  private matcher: { version: string; built: Promise<MentionMatcher> } | null = null;
  private worker: Promise<void> | null = null;
  private again = false;
  private poll: NodeJS.Timeout | null = null;
  private stopping = false;
  private readonly inlineBytes: number;
  private readonly maxStoredMentions: number;
  private readonly followers: LinkFollower<unknown>[] = [];

  constructor(
    private readonly db: Database,
    private readonly mentions: MentionRepository,
    options: MentionLinkerOptions = {},
  ) {
    this.inlineBytes = options.inlineBytes ?? RELINK_INLINE_BYTES;
    this.maxStoredMentions = options.maxStoredMentions ?? MAX_STORED_MENTIONS;
  }

  /** Adds a reading that follows every link and relink of a source's text (services.ts wires the quotations). */
  follow<Found>(follower: LinkFollower<Found>): void {
    this.followers.push(follower as LinkFollower<unknown>);
  }

  /** The matcher for the actors' forms as `db` sees them now: one cheap statement tells whether the last one still is. */
  async currentMatcher(db: Pick<SqlSession, 'query'> = this.db): Promise<MentionMatcher> {
    const version = await this.mentions.formsVersion(db);
    if (this.matcher?.version !== version) {
      const built = this.mentions.forms(db).then((forms) => new MentionMatcher(forms));
      this.matcher = { version, built };
      built.catch(() => {
        if (this.matcher?.built === built) this.matcher = null;
      });
    }
    return this.matcher.built;
  }

  /**
   * Finds and stores the mentions of these sources (their stored texts), in `session`'s transaction, with the
   * matcher of the forms that transaction sees. A source whose text changed since it was read (its content hash
   * is no longer the one given) is left alone: its own write linked it. Returns the ids of those left alone.
   */
  async link(session: SqlSession, sources: TextSourceRow[]): Promise<number[]> {
    const withText = sources.filter((source): source is TextSourceRow & { text: string } => Boolean(source.text));
    if (withText.length === 0) return [];
    const matcher = await this.currentMatcher(session);
    const found = await this.find(matcher, withText, session);
    return this.write(session, withText, found);
  }

  /** Stores what `find` found for the sources whose text is still the one read; returns the ids of the others. */
  private async write(session: SqlSession, sources: TextSourceRow[], found: Found): Promise<number[]> {
    const changed = await this.mentions.replaceAutomatic(session, sources, found.mentions);
    const left = new Set(changed);
    for (const [index, follower] of this.followers.entries()) {
      await follower.write(session, found.followers[index]!.filter((entry) => !left.has(entry.sourceId)));
    }
    return changed;
  }

  /**
   * Each source's mentions (the first maxStoredMentions), matched a slice at a time so that other requests go on,
   * and what each follower reads in it.
   */
  private async find(matcher: MentionMatcher, sources: (TextSourceRow & { text: string })[], db: Pick<SqlSession, 'query'> = this.db): Promise<Found> {
    const found: Found = { mentions: [], followers: [] };
    const texts: { text: string; mentions: MatchResult }[] = [];
    for (const source of sources) {
      const result = await matcher.findAsync(source.text);
      for (const mention of mentionsOf(source.text, result, 0, this.maxStoredMentions)) found.mentions.push({ ...mention, sourceId: source.id });
      texts.push({ text: source.text, mentions: result });
    }
    for (const follower of this.followers) {
      const read = texts.length === 0 ? [] : await follower.read(db, texts);
      found.followers.push(read.map((entry, index) => ({ sourceId: sources[index]!.id, found: entry })));
    }
    return found;
  }

  /**
   * After actors' forms changed in `session`'s transaction: a small store, with no relink owed already, is relinked
   * in that same transaction; otherwise the transaction records the relink it owes, for the worker (`kick` it once
   * committed). Returns true when a relink was recorded.
   */
  async afterFormsChanged(session: SqlSession): Promise<boolean> {
    const job = await this.mentions.relinkJob(session);
    if (!job.pending && (await this.mentions.textVolume(session)) <= this.inlineBytes) {
      const skipped: number[] = [];
      for (let after = 0; ; ) {
        const batch = await this.mentions.sourcesAfter(session, after, RELINK_BATCH);
        if (batch.length === 0) break;
        skipped.push(...(await this.link(session, batch)));
        after = batch[batch.length - 1]!.id;
      }
      // A text changed meanwhile was linked by its own write, with the forms before this change: owed again.
      if (skipped.length === 0) return false;
    }
    await this.mentions.requestRelink(session);
    return true;
  }

  /** Starts the worker on an owed relink, if one is owed and none runs here (after a commit that recorded one, and at start). */
  kick(): void {
    if (this.worker) {
      this.again = true;
      return;
    }
    this.worker = (async () => {
      do {
        this.again = false;
        // A failed batch leaves the relink owed: the next kick (a poll, a change of forms, a restart) takes it up again.
        await this.runPending().catch(() => {});
      } while (this.again);
      this.worker = null;
    })();
  }

  /** Looks for an owed relink now and every POLL_MS (one written before a crash, or left by another instance). */
  start(): void {
    this.kick();
    this.poll ??= setInterval(() => this.kick(), POLL_MS);
    this.poll.unref();
  }

  /** Stops polling and waits for the batch under way; what is left stays owed for the next start. */
  async stop(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.stopping = true;
    await this.idle();
  }

  /** Resolves when no relink runs here (at once when none does). */
  async idle(): Promise<void> {
    while (this.worker) await this.worker;
  }

  /** The owed relink's progress, or null when none is owed (/ready shows it, whichever instance does it). */
  async progress(): Promise<RelinkProgress | null> {
    const job = await this.mentions.relinkJob(this.db);
    return job.pending ? { done: job.done, total: Math.max(job.total, job.done) } : null;
  }

  /** Records a relink of every source and does it (npm run relink). */
  async relinkAll(onProgress?: (progress: RelinkProgress) => void): Promise<RelinkProgress> {
    await this.db.transaction((session) => this.mentions.requestRelink(session));
    await this.idle();
    return this.runPending(onProgress);
  }

  /**
   * Does the owed relink, a batch at a time: the batch's texts are read and matched outside any transaction, then
   * written in one that first advances the job, but only if it is still at the same generation and place (a change
   * of forms meanwhile restarted it; another instance did the batch). Stored mentions of a text changed meanwhile
   * are left alone (see link).
   */
  async runPending(onProgress?: (progress: RelinkProgress) => void): Promise<RelinkProgress> {
    let job: RelinkJob = await this.mentions.relinkJob(this.db);
    while (job.pending && !this.stopping) {
      const batch = await this.mentions.sourcesToRelink(this.db, job.afterSourceId, RELINK_BATCH, RELINK_BATCH_BYTES);
      if (batch.length === 0) {
        await this.mentions.finishRelink(this.db, job);
      } else {
        const matcher = await this.currentMatcher();
        const found = await this.find(matcher, batch.filter((source): source is TextSourceRow & { text: string } => source.text !== null));
        const last = batch[batch.length - 1]!.id;
        await this.db.transaction(async (session) => {
          if (await this.mentions.advanceRelink(session, job, last, batch.length)) await this.write(session, batch, found);
        });
      }
      job = await this.mentions.relinkJob(this.db);
      onProgress?.({ done: job.done, total: Math.max(job.total, job.done) });
    }
    return { done: job.done, total: Math.max(job.total, job.done) };
  }
}
