// Mentions: reading a text as Dossier would store it, without writing (its stored form and hash, the actors it
// mentions, the capitalised names no actor carries, the stored sources it repeats), and the mentions stored with
// each source, which people confirm, reject or add by hand.
import type { Database } from '../../db/database';
import { NotFoundError, UserInputError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { fold } from '../../shared/text-forms';
import { sliceCodePoints } from '../../shared/text';
import { pageWindow, toPage, type Page, type PageWindow } from '../../shared/pagination';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { SourceRow } from '../sources/sources.repository';
import { contentHashOf, type SourceService } from '../sources/sources.service';
import type { MentionLinker, RelinkProgress } from './mention-linker';
import type { FoundMention } from './mention-matcher';
import { ACTOR_MENTION_ORDER, SOURCE_MENTION_ORDER, type MentionFormKind, type MentionRepository, type PagedMentionRow, type StoredMentionRow } from './mentions.repository';
import { ActorMentionsArgs, AddMentionInput, AnalyzeSourceArgs, ReviewMentionArgs, SourceMentionsArgs } from './mentions.validation';
import { unknownNames, type TextSpan } from './unknown-names';

export interface SourceAnalysis {
  text: string;
  contentHash: string;
  repeatedParagraphs: number;
  mentions: FoundMention[];
  unknownNames: TextSpan[];
  duplicates: { source: SourceRow; similarity: number; exact: boolean }[];
}

const NOT_REJECTED = ['PROPOSED', 'CONFIRMED'];

export class MentionService {
  constructor(
    private readonly db: Database,
    private readonly mentions: MentionRepository,
    private readonly linker: MentionLinker,
    private readonly actors: ActorService,
    private readonly sources: SourceService,
  ) {}

  async analyze(rawArgs: unknown): Promise<SourceAnalysis> {
    const args = parseInput(AnalyzeSourceArgs, rawArgs, '');
    const { text, repeatedParagraphs } = args.text;
    const contentHash = contentHashOf(text, args.url);
    const mentions = (await this.linker.currentMatcher()).find(text);
    const duplicates = await this.sources.copiesOf(text, contentHash);
    return { text, contentHash, repeatedParagraphs, mentions, unknownNames: unknownNames(text, utf16Spans(text, mentions)), duplicates };
  }

  /** The progress of a relink running in the background after a change of forms, or null (shown on /ready). */
  get relinkProgress(): RelinkProgress | null {
    return this.linker.progress;
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

  async review(rawArgs: unknown, author: string): Promise<StoredMentionRow> {
    const { id, status } = parseInput(ReviewMentionArgs, rawArgs, '');
    const reviewed = await this.db.transaction((session) => this.mentions.review(session, id, status, author), { author });
    if (reviewed === null) throw new NotFoundError(`No mention has id ${id}`, 'id');
    return (await this.mentions.findById(this.db, id))!;
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
    return (await this.mentions.findById(this.db, id))!;
  }
}

/** The UTF-16 spans of mentions given in code points (unknownNames works on the string). */
function utf16Spans(text: string, mentions: FoundMention[]): { start: number; end: number }[] {
  if (!/[\uD800-\uDFFF]/.test(text)) return mentions.map((m) => ({ start: m.startOffset, end: m.endOffset }));
  const unitAt: number[] = [];
  let unit = 0;
  for (const char of text) {
    unitAt.push(unit);
    unit += char.length;
  }
  unitAt.push(unit);
  return mentions.map((m) => ({ start: unitAt[m.startOffset]!, end: unitAt[m.endOffset]! }));
}
