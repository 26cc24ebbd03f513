// Mentions: reading a text as Dossier would store it, without writing (its stored form and hash, the actors it
// mentions, the capitalised names no actor carries, the stored sources it repeats), and the mentions stored with
// each source, which people confirm, reject or add by hand.
import type { WriteCounts } from '../../db/set-writes';
import type { MentionWriteRow } from './mentions.writes';
import type { SqlSession } from '../../db/database';
import type { Database } from '../../db/database';
import { NotFoundError, ServiceUnavailableError, UserInputError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { fold } from '../../shared/text-forms';
import { sliceCodePoints } from '../../shared/text';
import { pageWindow, toPage, type Page, type PageWindow } from '../../shared/pagination';
import { Semaphore } from '../../shared/semaphore';
import { drainAsync } from '../../shared/slices';
import type { Caller } from '../api-keys/api-keys.service';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { SourceRow } from '../sources/sources.columns';
import { contentHashOf, type SourceService } from '../sources/sources.service';
import type { MentionLinker, RelinkProgress } from './mention-linker';
import { firstMentionFrom, mentionsOf, type FoundMention, type MatchResult } from './mention-matcher';
import { ACTOR_MENTION_ORDER, SOURCE_MENTION_ORDER, type MentionFormKind, type MentionRepository, type PagedMentionRow, type StoredMentionRow } from './mentions.repository';
import {
  ActorMentionsArgs, AddMentionInput, AnalysisMentionsArgs, AnalysisNamesArgs, AnalyzeSourceArgs, MAX_ANALYZED_TEXT, MAX_ANONYMOUS_ANALYZED_TEXT,
  MAX_UNKNOWN_NAMES, ReviewMentionArgs, SourceMentionsArgs, AnalysisWeaponsArgs, MAX_ANALYSIS_WEAPONS, WeaponTransfersArgs,
} from './mentions.validation';
import { unknownNameSlices, type UnknownName, type UnknownNames } from './unknown-names';
import { weaponSlices, type FoundWeapons, type WeaponMention } from '../arms-transfers/weapon-designations';
import { present } from '../../shared/must-get';
import type { ArmsTransferRow } from '../arms-transfers/arms-transfers.columns';

/** The weapon systems the arms-transfer data name, for the analysis (services.ts wires the arms-transfers module). */
export interface WeaponCatalog {
  families(): Promise<ReadonlyMap<string, string[]>>;
  transferCounts(batches: RequestBatches, designations: readonly string[]): Promise<number>;
  /** The latest `first` transfers carrying one of the designations (one statement for every weapon of a request). */
  latestTransfers(batches: RequestBatches, designations: readonly string[], first: number): Promise<ArmsTransferRow[]>;
}

export interface SourceAnalysis {
  text: string;
  contentHash: string;
  repeatedParagraphs: number;
  /** Every mention, compactly: mentionPage makes objects of the page a client asks for. */
  found: MatchResult;
  /** The first MAX_UNKNOWN_NAMES unknown names, and the count of all. */
  unknownNames: UnknownNames;
  /** The weapon systems named (the first MAX_ANALYSIS_WEAPONS), and the count of all. */
  weapons: FoundWeapons;
  duplicates: { source: SourceRow; similarity: number; exact: boolean }[];
}

const NOT_REJECTED = ['PROPOSED', 'CONFIRMED'];

/** Texts this long or longer are analysed a few at a time: each holds the event loop a turn at a time, and memory. */
const LARGE_TEXT = 50_000;

export class MentionService {
  /** Long texts analysed at once, and waiting: bounded memory and CPU whatever anonymous clients send. */
  private readonly largeTexts = new Semaphore(2, 8);

  constructor(
    private readonly db: Database,
    private readonly mentions: MentionRepository,
    private readonly linker: MentionLinker,
    private readonly actors: ActorService,
    private readonly sources: SourceService,
    private readonly weaponCatalog: WeaponCatalog | null = null,
  ) {}

  /**
   * Reads a text as Dossier would store it, writing nothing. Anonymous callers may send MAX_ANONYMOUS_ANALYZED_TEXT
   * characters, key holders MAX_ANALYZED_TEXT; the matching and the names run a slice at a time, so that other
   * requests go on meanwhile, and large texts a few at a time (SERVICE_UNAVAILABLE past a short queue).
   */
  async analyze(rawArgs: unknown, caller: Caller | null): Promise<SourceAnalysis> {
    const raw = rawArgs as { text?: unknown };
    if (caller === null && typeof raw.text === 'string' && raw.text.length > MAX_ANONYMOUS_ANALYZED_TEXT) {
      throw new UserInputError(
        `text: without an API key a text may hold at most ${MAX_ANONYMOUS_ANALYZED_TEXT.toLocaleString('en')} characters ` +
          `(this one holds ${raw.text.length.toLocaleString('en')}); with a key, up to ${MAX_ANALYZED_TEXT.toLocaleString('en')}`,
        'text',
        { extensions: { limit: MAX_ANONYMOUS_ANALYZED_TEXT } },
      );
    }
    const args = parseInput(AnalyzeSourceArgs, rawArgs, '');
    const { text, repeatedParagraphs } = args.text;
    const large = text.length >= LARGE_TEXT;
    if (large && !(await this.largeTexts.acquire())) {
      throw new ServiceUnavailableError('Too many long texts are being analysed; retry shortly', { retryAfterSeconds: 5 });
    }
    try {
      const contentHash = contentHashOf(text, args.url);
      const found = await (await this.linker.currentMatcher()).findAsync(text);
      const weapons: FoundWeapons = { count: 0, spans: [], mentions: [] };
      if (this.weaponCatalog) await drainAsync(weaponSlices(text, await this.weaponCatalog.families(), weapons, MAX_ANALYSIS_WEAPONS));
      // A weapon's designation ("Su-30MKI", "BrahMos") is no candidate for a new actor.
      const names: UnknownNames = { count: 0, names: [] };
      await drainAsync(unknownNameSlices(text, mergedSpans(found.spans, weapons.spans), MAX_UNKNOWN_NAMES, names));
      const duplicates = await this.sources.copiesOf(text, contentHash);
      return { text, contentHash, repeatedParagraphs, found, unknownNames: names, weapons, duplicates };
    } finally {
      if (large) this.largeTexts.release();
    }
  }

  /** The actors mentioned (not rejected) inside a span of a stored text, in id order. */
  actorsIn(span: { sourceId: number; startOffset: number; endOffset: number }): Promise<number[]> {
    return this.mentions.actorsIn(this.db, span);
  }

  /** A page of an analysis's mentions: `first` from the first starting at or after `fromOffset`. */
  mentionPage(analysis: SourceAnalysis, rawArgs: unknown): FoundMention[] {
    const { first, fromOffset } = parseInput(AnalysisMentionsArgs, rawArgs, '');
    return mentionsOf(analysis.text, analysis.found, firstMentionFrom(analysis.found, fromOffset), first);
  }

  /** The first `first` of an analysis's weapon mentions. */
  weaponPage(analysis: SourceAnalysis, rawArgs: unknown): WeaponMention[] {
    const { first } = parseInput(AnalysisWeaponsArgs, rawArgs, '');
    return analysis.weapons.mentions.slice(0, first);
  }

  /** How many transfers carry a weapon's designations (one statement for every weapon of a request). */
  weaponTransferCount(batches: RequestBatches, weapon: WeaponMention): Promise<number> {
    return this.weaponCatalog ? this.weaponCatalog.transferCounts(batches, weapon.designations) : Promise.resolve(0);
  }

  /** The latest transfers that carry a weapon's designations, newest delivery first (one statement for every weapon of a request). */
  weaponTransfers(batches: RequestBatches, weapon: WeaponMention, rawArgs: unknown): Promise<ArmsTransferRow[]> {
    const { first } = parseInput(WeaponTransfersArgs, rawArgs, '');
    return this.weaponCatalog ? this.weaponCatalog.latestTransfers(batches, weapon.designations, first) : Promise.resolve([]);
  }

  /**
   * The weapon systems a stored source's text names (the first MAX_ANALYSIS_WEAPONS, and the count of all): read
   * from its text with the designations the data hold now, not stored, so that they follow the data; once per
   * source and request, a slice at a time.
   */
  weaponsOfSource(batches: RequestBatches, sourceId: number): Promise<FoundWeapons> {
    return batches
      .loader<number, FoundWeapons>('sourceWeapons', async (ids) => {
        const texts = new Map((await this.sources.findManyByIds(ids)).map((source) => [source.id, source.text]));
        const families = this.weaponCatalog ? await this.weaponCatalog.families() : null;
        const all: FoundWeapons[] = [];
        for (const id of ids) {
          const weapons: FoundWeapons = { count: 0, spans: [], mentions: [] };
          const text = texts.get(id);
          if (text && families) await drainAsync(weaponSlices(text, families, weapons, MAX_ANALYSIS_WEAPONS));
          all.push(weapons);
        }
        return all;
      })
      .load(sourceId);
  }

  /** The first `first` weapon systems a stored source's text names. */
  async sourceWeaponPage(batches: RequestBatches, sourceId: number, rawArgs: unknown): Promise<WeaponMention[]> {
    const { first } = parseInput(AnalysisWeaponsArgs, rawArgs, '');
    return (await this.weaponsOfSource(batches, sourceId)).mentions.slice(0, first);
  }

  /** The first `first` of an analysis's unknown names. */
  unknownNamePage(analysis: SourceAnalysis, rawArgs: unknown): UnknownName[] {
    const { first } = parseInput(AnalysisNamesArgs, rawArgs, '');
    return analysis.unknownNames.names.slice(0, first);
  }

  /** The progress of the relink owed after a change of forms, or null when none is (shown on /ready). */
  relinkProgress(): Promise<RelinkProgress | null> {
    return this.linker.progress();
  }

  /** Resumes an owed relink now and looks for one from time to time (the service, at start). */
  startRelinking(): void {
    this.linker.start();
  }

  /** Stops looking, after the relink batch under way (what is left stays owed). */
  stopRelinking(): Promise<void> {
    return this.linker.stop();
  }

  /** Relinks every stored source to the actors its text mentions now (npm run relink). */
  relinkAll(onProgress?: (progress: RelinkProgress) => void): Promise<RelinkProgress> {
    return this.linker.relinkAll(onProgress);
  }

  /** A page of a source's stored mentions, in text order (one statement per request and argument set). */
  ofSource(batches: RequestBatches, sourceId: number, rawArgs: unknown): Promise<Page<StoredMentionRow>> {
    const { actor, status, first, after } = parseInput(SourceMentionsArgs, rawArgs, '');
    const filter = { actorId: actor ?? null, statuses: status ?? NOT_REJECTED };
    const window = pageWindow({ first, after }, { defaultPageSize: 100, maxPageSize: 500 }, SOURCE_MENTION_ORDER);
    return this.pageOf(batches, ['mentionsOfSources', filter, first, after], sourceId, window, (ids) => this.mentions.mentionsOfSources(this.db, ids, filter, window), (row) => row.sourceId);
  }

  /** A page of where stored texts mention an actor, newest source first (one statement per request). */
  ofActor(batches: RequestBatches, actorId: number, rawArgs: unknown): Promise<Page<StoredMentionRow>> {
    const { first, after } = parseInput(ActorMentionsArgs, rawArgs, '');
    const window = pageWindow({ first, after }, { defaultPageSize: 20, maxPageSize: 500 }, ACTOR_MENTION_ORDER);
    return this.pageOf(batches, ['mentionsOfActors', first, after], actorId, window, (ids) => this.mentions.mentionsOfActors(this.db, ids, window), (row) => row.actorId);
  }

  private async pageOf(
    batches: RequestBatches,
    question: readonly [string, ...unknown[]],
    parentId: number,
    window: PageWindow<StoredMentionRow>,
    fetch: (ids: readonly number[]) => Promise<PagedMentionRow[]>,
    parentOf: (row: PagedMentionRow) => number,
  ): Promise<Page<StoredMentionRow>> {
    const rows = await batches.rows(question, parentId, fetch, parentOf);
    // Every row carries its parent's total (counted before the cursor applies); a page past the end reports 0.
    return toPage(rows, window, async () => rows[0]?.total ?? 0);
  }

  /** Writes a bundle's reviewed and hand-made mentions, in the import's transaction (see imports/bundle-entities.ts). */
  importMentions(session: SqlSession, rows: readonly MentionWriteRow[]): Promise<WriteCounts> {
    return this.mentions.importMentions(session, rows);
  }

  async review(rawArgs: unknown, author: string): Promise<StoredMentionRow> {
    const { id, status } = parseInput(ReviewMentionArgs, rawArgs, '');
    const reviewed = await this.db.transaction((session) => this.mentions.review(session, id, status, author), { author });
    if (reviewed === null) throw new NotFoundError(`No mention has id ${id}`, 'id');
    return present(await this.mentions.findById(this.db, id), `the reviewed mention ${id}`);
  }

  /** A mention added by hand: the words at the offsets of the source's stored text, confirmed by whoever added it. */
  async add(rawInput: unknown, author: string): Promise<StoredMentionRow> {
    const input = parseInput(AddMentionInput, rawInput);
    const [source] = await this.sources.findManyByIds([input.sourceId]);
    if (!source) throw new NotFoundError(`input.sourceId: no source has id ${input.sourceId}`, 'input.sourceId');
    if (source.text === null) throw new UserInputError('input.sourceId: the source holds no text to mention anything in', 'input.sourceId');
    if (input.endOffset > (source.textLength ?? Array.from(source.text).length)) {
      throw new UserInputError(`input.endOffset: the text has ${source.textLength} code points`, 'input.endOffset');
    }
    const actor = await this.actors.getById(String(input.actorId));
    if (!actor) throw new NotFoundError(`input.actorId: no actor has id ${input.actorId}`, 'input.actorId');
    const text = sliceCodePoints(source.text, input.startOffset, input.endOffset);
    const form: MentionFormKind = fold(text).text === fold(actor.name).text ? 'NAME' : text === actor.isoCode ? 'ISO_CODE' : 'ALIAS';
    const id = await this.db.transaction((session) => this.mentions.addByHand(session, { ...input, text, form }, author), { author });
    return present(await this.mentions.findById(this.db, id), `the reviewed mention ${id}`);
  }
}


/** Two lists of spans (start, end, ... in text order) as one, in text order. */
function mergedSpans(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      merged.push(a[i]!, a[i + 1]!);
      i += 2;
    } else {
      merged.push(b[j]!, b[j + 1]!);
      j += 2;
    }
  }
  return merged;
}
