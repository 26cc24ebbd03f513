// Mentions: reading a text as Dossier would store it, without writing (its stored form and hash, the actors it
// mentions, the capitalised names no actor carries, the stored sources it repeats), and the mentions stored with
// each source, which people confirm, reject or add by hand.
import type { Database } from '../../db/database';
import { NotFoundError, UserInputError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { fold } from '../../shared/text-forms';
import { sliceCodePoints } from '../../shared/text';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { SourceRow } from '../sources/sources.repository';
import { contentHashOf, type SourceService } from '../sources/sources.service';
import type { MentionLinker, RelinkProgress } from './mention-linker';
import type { FoundMention } from './mention-matcher';
import type { MentionFormKind, MentionRepository, StoredMentionRow } from './mentions.repository';
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
    const [matcher, duplicates] = [await this.linker.currentMatcher(), await this.sources.copiesOf(text, contentHash)];
    const mentions = matcher.find(text);
    return { text, contentHash, repeatedParagraphs, mentions, unknownNames: unknownNames(text, utf16Spans(text, mentions)), duplicates };
  }

  /** Relinks every stored source to the actors its text mentions now (npm run relink). */
  relinkAll(onProgress?: (progress: RelinkProgress) => void): Promise<RelinkProgress> {
    return this.linker.relinkAll(onProgress);
  }

  /** A source's stored mentions, in text order (one statement per request and argument set). */
  ofSource(batches: RequestBatches, sourceId: number, rawArgs: unknown): Promise<StoredMentionRow[]> {
    const args = parseInput(SourceMentionsArgs, rawArgs, '');
    const filter = { actorId: args.actor ?? null, statuses: args.status ?? NOT_REJECTED };
    const limit = args.first ?? 100;
    return batches.rows(['mentionsOfSources', filter, limit], sourceId, (ids) => this.mentions.mentionsOfSources(this.db, ids, filter, limit), (row) => row.sourceId);
  }

  /** Where stored texts mention an actor, newest source first (one statement per request). */
  ofActor(batches: RequestBatches, actorId: number, rawArgs: unknown): Promise<StoredMentionRow[]> {
    const limit = parseInput(ActorMentionsArgs, rawArgs, '').first ?? 20;
    return batches.rows(['mentionsOfActors', limit], actorId, (ids) => this.mentions.mentionsOfActors(this.db, ids, limit), (row) => row.actorId);
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
