// Keeping stored sources linked to the actors they mention: one matcher for all actors' forms (rebuilt when a form
// changes), mentions written when a source is stored, and a relink of every source when the forms change.
import type { Database, SqlSession } from '../../db/database';
import { MentionMatcher } from './mention-matcher';
import type { MentionRepository } from './mentions.repository';

/** Sources relinked per transaction: bounded locks and memory, whatever the store's size. */
export const RELINK_BATCH = 200;
/** Up to this many stored texts, a change of forms relinks them before the write that changed them answers. */
export const RELINK_INLINE_LIMIT = 1000;

export interface RelinkProgress {
  done: number;
  total: number;
}

export class MentionLinker {
  private matcher: { version: string; built: Promise<MentionMatcher> } | null = null;
  private background: Promise<void> | null = null;
  private pendingRelink = false;
  /** The progress of the relink running in the background, if any (shown on /ready). */
  progress: RelinkProgress | null = null;

  constructor(
    private readonly db: Database,
    private readonly mentions: MentionRepository,
    /** Up to this many stored texts a change of forms relinks inline (RELINK_INLINE_LIMIT; tests lower it). */
    private readonly inlineLimit = RELINK_INLINE_LIMIT,
  ) {}

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

  /** Finds and stores the mentions of these sources (their stored texts), in `session`'s transaction. */
  async link(session: SqlSession, sources: { id: number; text: string | null }[]): Promise<void> {
    const withText = sources.filter((source): source is { id: number; text: string } => Boolean(source.text));
    if (withText.length === 0) return;
    const matcher = await this.currentMatcher(session);
    const found = withText.flatMap((source) => matcher.find(source.text).map((mention) => ({ ...mention, sourceId: source.id })));
    await this.mentions.replaceAutomatic(session, withText.map((source) => source.id), found);
  }

  /** Relinks every stored source, RELINK_BATCH per transaction; reviewed and hand-made mentions stay as they are. */
  async relinkAll(onProgress?: (progress: RelinkProgress) => void): Promise<RelinkProgress> {
    const total = await this.mentions.textSourceCount(this.db);
    let done = 0;
    for (let after = 0; ; ) {
      const batch = await this.db.transaction(async (session) => {
        const sources = await this.mentions.sourcesAfter(session, after, RELINK_BATCH);
        await this.link(session, sources);
        return sources;
      });
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      done += batch.length;
      onProgress?.({ done, total: Math.max(total, done) });
    }
    return { done, total: Math.max(total, done) };
  }

  /** Resolves when no background relink is running (at once when none is). */
  async idle(): Promise<void> {
    while (this.background) await this.background;
  }

  /**
   * After actors' forms changed in `session`'s transaction: a small store is relinked in that same transaction
   * (true); a large one is left to relinkInBackground once it commits (false).
   */
  async relinkWithin(session: SqlSession): Promise<boolean> {
    if ((await this.mentions.textSourceCount(session)) > this.inlineLimit) return false;
    for (let after = 0; ; ) {
      const batch = await this.mentions.sourcesAfter(session, after, RELINK_BATCH);
      if (batch.length === 0) return true;
      await this.link(session, batch);
      after = batch[batch.length - 1]!.id;
    }
  }

  /** Relinks every source in the background, one pass at a time (a change during a pass queues one more), its progress in `progress`. */
  relinkInBackground(): void {
    this.pendingRelink = true;
    if (this.background) return;
    this.background = (async () => {
      while (this.pendingRelink) {
        this.pendingRelink = false;
        this.progress = { done: 0, total: this.progress?.total ?? 0 };
        // A failed pass leaves the mentions as they were; the next change of forms (or npm run relink) tries again.
        await this.relinkAll((progress) => (this.progress = progress)).catch(() => {});
      }
      this.progress = null;
      this.background = null;
    })();
  }
}
