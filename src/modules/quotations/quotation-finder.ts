// Quotations in a text and who said them: the quote's span (inside its marks), the cue that attributes it, the
// speaker's span and the actor it is (the stored actor whose mention ends the speaker's words: "Russian President
// Vladimir Putin" is Putin, "the Kremlin" Russia, "Russia's foreign ministry" nobody stored), the rule that
// attributed it and a confidence. Straight and typographic quotes, guillemets and „German“ marks; a quote that
// runs over paragraphs (each reopening with a mark, as news writes it); quotes nested inside a quote are part of
// it. The cues, rules and naming words are data (quotation-cues.ts). Work is in UTF-16 indices; what is returned
// counts code points, as every offset of a stored text does.
import { codePointCursor } from '../../shared/text';
import type { MatchResult } from '../mentions/mention-matcher';
import {
  ACCORDING_TO, ATTRIBUTION_RULES, MAX_SPEAKER_WORDS, MIN_WORDS_IN_SENTENCE, MIN_WORDS_UNATTRIBUTED, NAMING_WORDS, QUOTATION_CUES,
  SPEAKER_FOR_WORDS, SPEAKER_PRONOUNS, UNKNOWN_SPEAKER_FACTOR, type AttributionRule,
} from './quotation-cues';

export interface QuotationSpeaker {
  /** The speaker's words as the text writes them ("Foreign Minister Sergei Lavrov", "he"). */
  text: string;
  startOffset: number;
  endOffset: number;
  /** The stored actor they are (for a pronoun, the one it points back to); null when none is stored. */
  actorId: number | null;
}

export interface FoundQuotation {
  /** The quote inside its marks, in code points of the text, end exclusive. */
  startOffset: number;
  endOffset: number;
  quote: string;
  /** The cue word ("said", "told", "according to"), or null (a colon alone, a continuation, none). */
  cue: string | null;
  speaker: QuotationSpeaker | null;
  rule: AttributionRule;
  confidence: number;
}

/** The actors a text mentions (the mention matcher's result) and, where known, whether each is a person. */
export interface QuotationContext {
  mentions: Pick<MatchResult, 'spans' | 'carriers'>;
  isPerson?: (actorId: number) => boolean | undefined;
}

/** A quote's marks in UTF-16 indices (the opening mark at `open`, the closing one at `close`) and where its paragraph and the one before start. */
interface Marks {
  open: number;
  close: number;
  paragraph: number;
  previousParagraph: number;
}

/** A speaker in UTF-16 indices while the text is read. */
interface Speaker {
  start: number;
  end: number;
  actorId: number | null;
}

interface Attribution {
  rule: AttributionRule;
  cue: string | null;
  speaker: Speaker | null;
  /** Where the attribution's words end after the quote (for a split quote that follows), else the closing mark. */
  until: number;
}

interface Working extends Attribution {
  marks: Marks;
  start: number;
  end: number;
  paragraph: number;
}

const CLOSERS: Record<string, string> = { '“': '”"', '„': '“”', '«': '»', '‹': '›', '"': '"”“', '‘': '’', "'": "'’" };
const MARK = /["“”„«»‹›‘’'\n]/g;
const LETTER = /[\p{L}\p{N}]/u;
/** Quotes read between two yields of quotationSlices. */
const QUOTES_PER_SLICE = 200;
/** How far before and after a quote its attribution is looked for (UTF-16 units, within its paragraph). */
const REACH = 240;

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (cues: readonly string[]) => [...cues].sort((a, b) => b.length - a.length).map(escaped).join('|');
const ALL_CUES = byLength(QUOTATION_CUES.map((entry) => entry.cue));
const INVERTING_CUES = byLength(QUOTATION_CUES.filter((entry) => entry.inverts).map((entry) => entry.cue));
/** A speaker's words: no sentence punctuation or quote marks (commas allowed: an appositive is cut later). */
const WORDS = String.raw`[^.;:!?"“”„«»‹›\n]`;
/** What ends the words a speaker may take: sentence punctuation, a quote mark, a paragraph. */
const BOUNDARY = /[.;:!?"“”„«»‹›\n]/;
/** The longest run of words taken for a speaker (UTF-16 units): a longer one is a clause, not a name. */
const SPEAKER_REACH = 120;
/** How many quotes (or mentions) back a pronoun looks for the speaker it stands for. */
const LOOK_BACK = 20;
/** Adverbs and auxiliaries between a speaker and the cue, left out of the speaker: "Lavrov later said", "he has repeatedly warned". */
const BETWEEN_WORDS = new Set('later also then again previously earlier once has had have was is separately publicly repeatedly recently reportedly simply quickly flatly angrily bluntly only further would will'.split(' '));

// Every pattern below is anchored, or runs over a short tail, or is a scan for cue words: linear in the window,
// whatever the text (a million characters of quote marks once took minutes with unanchored lazy patterns).
const CUE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${ALL_CUES})(?![\p{L}\p{N}'’-])`, 'gu');
const AFTER_ACCORDING = new RegExp(String.raw`^\s*,?\s*(${escaped(ACCORDING_TO)})\s+(${WORDS}{1,120})`, 'u');
const AFTER_INVERTED = new RegExp(String.raw`^\s*,?\s*(${INVERTING_CUES})\s+(${WORDS}{1,120})`, 'u');
const CLAUSE = new RegExp(String.raw`^${WORDS}{0,160}`, 'u');
const TAIL_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${ALL_CUES})(?:\s+that)?\s*,?\s*$`, 'u');
const TAIL_ACCORDING = new RegExp(String.raw`(?<![\p{L}])(${escaped(ACCORDING_TO)})\s+(${WORDS}{1,120}),\s*$`, 'iu');
const NAME_ALONE = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of|the|de|al|bin|von|van|\p{Lu}[\p{L}\p{M}'’.-]*)){0,4})\s*$/u;
/** Words that open a clause rather than a speaker's name ("In a statement, the ministry said"). */
const CLAUSE_OPENERS = new Set('and but yet so then however meanwhile later also while though although as when since after before in on at for with by'.split(' '));

/**
 * Finds the quotations of `text`, in text order, pushing them into `found`; yields every QUOTES_PER_SLICE
 * quotes, so that a long text lets other requests go on (drainAsync), or runs whole (drain).
 */
export function* quotationSlices(text: string, context: QuotationContext, found: FoundQuotation[]): Generator<void> {
  const reader = new SpeakerReader(text, context);
  const working: Working[] = [];
  let read = 0;
  for (const marks of quoteMarks(text)) {
    if (++read % QUOTES_PER_SLICE === 0) yield;
    const quote = attributed(text, marks, working, reader);
    if (quote) working.push(quote);
  }
  found.push(...inCodePoints(text, working));
}

/** The quotations of a text, at once (tests, scripts). */
export function findQuotations(text: string, context: QuotationContext): FoundQuotation[] {
  const found: FoundQuotation[] = [];
  for (const _slice of quotationSlices(text, context, found));
  return found;
}

/** Every pair of quote marks in text order (outermost only: a quote inside a quote is part of it), with its paragraph. */
function* quoteMarks(text: string): Generator<Marks> {
  MARK.lastIndex = 0;
  let open: { mark: string; at: number; paragraph: number; previousParagraph: number } | null = null;
  let paragraph = 0;
  let previousParagraph = 0;
  for (let match = MARK.exec(text); match; match = MARK.exec(text)) {
    const at = match.index;
    const mark = match[0];
    if (mark === '\n') {
      [previousParagraph, paragraph] = [paragraph, at + 1];
      if (open === null) continue;
      // A quote running on: the next paragraph reopens it with the same mark. Otherwise it was never closed.
      let next = at + 1;
      while (next < text.length && /[ \t]/.test(text[next]!)) next++;
      if (text[next] === open.mark) MARK.lastIndex = next + 1;
      else open = null;
      continue;
    }
    if (open === null) {
      if (opens(text, at, mark)) open = { mark, at, paragraph, previousParagraph };
      continue;
    }
    if (closes(text, at, open.mark, mark)) {
      yield { open: open.at, close: at, paragraph: open.paragraph, previousParagraph: open.previousParagraph };
      open = null;
    } else if (mark === open.mark && open.mark !== '"' && open.mark !== "'" && opens(text, at, mark)) {
      open = { mark, at, paragraph, previousParagraph }; // an unclosed quote followed by another: the first was a stray mark
    }
  }
}

function opens(text: string, at: number, mark: string): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + 1] ?? ' ';
  // French sets its guillemets apart with spaces: « C'est une marque de confiance ».
  if (mark === '«' || mark === '‹') return true;
  if (/\s/.test(after)) return false;
  switch (mark) {
    case '“': case '„':
      return true;
    case '"': case '‘':
      return /[\s([{—–\-/:]/.test(before);
    case "'":
      return /[\s([{—–]/.test(before) && /\p{L}/u.test(after);
    default:
      return false;
  }
}

function closes(text: string, at: number, openMark: string, mark: string): boolean {
  if (!(CLOSERS[openMark] ?? '').includes(mark)) return false;
  // An apostrophe inside a word ("Russia’s") does not close a single quote.
  if (openMark === '‘' || openMark === "'") return !LETTER.test(text[at + 1] ?? ' ') && !/\s/.test(text[at - 1] ?? ' ');
  return true;
}

/** A quote with its attribution, or null when it is not a quotation (a title, a term, a scare quote). */
function attributed(text: string, marks: Marks, previous: Working[], reader: SpeakerReader): Working | null {
  let start = marks.open + 1;
  let end = marks.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start || !LETTER.test(text.slice(start, end))) return null;
  const inner = text.slice(start, end);
  const words = inner.split(/\s+/).length;
  const before = text.slice(Math.max(marks.paragraph, marks.open - REACH), marks.open);
  const reach = text.slice(marks.close + 1, marks.close + 1 + REACH);
  const after = reach.includes('\n') ? reach.slice(0, reach.indexOf('\n')) : reach;
  const beforeAt = marks.open - before.length;
  if (isNamed(before)) return null;

  const last = previous[previous.length - 1];
  const attribution =
    splitQuote(text, marks, last) ??
    afterQuote(inner, after, marks.close + 1, reader) ??
    beforeQuote(before, beforeAt, reader) ??
    (words >= MIN_WORDS_IN_SENTENCE ? sameSentence(before, beforeAt, reader) : null) ??
    continuation(text, marks, before, after, last) ??
    (words >= MIN_WORDS_UNATTRIBUTED && !titleCased(inner) ? { rule: 'NONE' as const, cue: null, speaker: null, until: marks.close } : null);
  if (!attribution) return null;
  const pointed = pointedBack(text, attribution, previous, reader, marks.open);
  return { ...pointed, marks, start, end, paragraph: marks.paragraph };
}

/** Whether the words right before a quote make it a name or a term ("so-called", "dubbed", "the report"). */
function isNamed(before: string): boolean {
  const words = /([\p{L}-]+)(?:\s+([\p{L}-]+))?\s*$/u.exec(before.slice(-60));
  if (!words) return false;
  const lastWord = (words[2] ?? words[1]!).toLowerCase();
  const lastTwo = words[2] ? `${words[1]!.toLowerCase()} ${lastWord}` : '';
  return NAMING_WORDS.has(lastWord) || NAMING_WORDS.has(lastTwo);
}

/** The second half of a split quote: "…," Lavrov said, "…" (the previous quote's attribution ends in a comma before this one). */
function splitQuote(text: string, marks: Marks, last: Working | undefined): Attribution | null {
  if (!last || last.rule === 'NONE' || last.until <= last.marks.close) return null;
  if (!/^\s*,\s*$/.test(text.slice(last.until, marks.open))) return null;
  return { rule: 'SPLIT_QUOTE', cue: last.cue, speaker: last.speaker, until: marks.close };
}

function afterQuote(inner: string, after: string, afterAt: number, reader: SpeakerReader): Attribution | null {
  // The attribution follows a quote that ends in a comma, a question or an exclamation, or a comma after the mark.
  if (!/[,?!…—–-]$/.test(inner) && !/^\s*,/.test(after)) return null;
  const according = AFTER_ACCORDING.exec(after);
  if (according) {
    const speaker = reader.after(afterAt + according[0].length - according[2]!.length, according[2]!);
    if (speaker) return { rule: 'ADJACENT_CUE', cue: ACCORDING_TO, speaker, until: speaker.end };
  }
  const inverted = AFTER_INVERTED.exec(after);
  if (inverted) {
    const speaker = reader.after(afterAt + inverted[0].length - inverted[2]!.length, inverted[2]!);
    if (speaker) return { rule: 'ADJACENT_CUE', cue: inverted[1]!, speaker, until: speaker.end };
  }
  // "…," Lavrov said: the first cue of the clause after the quote, its speaker the words before it.
  const clause = CLAUSE.exec(after)![0];
  const cue = firstCue(clause);
  if (!cue) return null;
  const leading = /^\s*,?\s*/.exec(clause)![0].length;
  const speaker = speakerBefore(clause.slice(leading, cue.index), afterAt + leading, reader);
  // The attribution runs on to the end of its clause: a split quote may follow its comma.
  const rest = /^[^,]*/.exec(clause.slice(cue.index + cue[0].length))![0];
  return speaker ? { rule: 'ADJACENT_CUE', cue: cue[0], speaker, until: afterAt + cue.index + cue[0].length + rest.length } : null;
}

function beforeQuote(before: string, beforeAt: number, reader: SpeakerReader): Attribution | null {
  const until = beforeAt + before.length;
  const kept = before.trimEnd();
  if (kept.endsWith(':')) {
    // Lavrov told reporters: "…" (the cue at most 60 characters before the colon) / Lavrov: "…".
    const sentenceAt = lastBoundary(kept, kept.length - 1) + 1;
    const sentence = kept.slice(sentenceAt, kept.length - 1);
    let cue: RegExpExecArray | null = null;
    CUE_WORD.lastIndex = 0;
    for (let match = CUE_WORD.exec(sentence); match; match = CUE_WORD.exec(sentence)) if (sentence.length - match.index - match[0].length <= 60) cue ??= match;
    if (cue) {
      const speaker = speakerBefore(sentence.slice(0, cue.index), beforeAt + sentenceAt, reader);
      if (speaker) return { rule: 'LEADING_COLON', cue: cue[0], speaker, until };
    }
    const named = NAME_ALONE.exec(sentence);
    if (named) {
      const at = beforeAt + sentenceAt + sentence.indexOf(named[1]!);
      return { rule: 'LEADING_COLON', cue: null, speaker: reader.span(at, at + named[1]!.length), until };
    }
    return null;
  }
  // Putin said that "…" / According to Lavrov, "…".
  const tail = before.slice(-40);
  const cue = TAIL_CUE.exec(tail);
  if (cue) {
    const cueAt = before.length - tail.length + cue.index;
    const sentenceAt = lastBoundary(before, cueAt) + 1;
    const speaker = speakerBefore(before.slice(sentenceAt, cueAt), beforeAt + sentenceAt, reader);
    if (speaker) return { rule: 'ADJACENT_CUE', cue: cue[1]!, speaker, until };
  }
  const according = TAIL_ACCORDING.exec(before.slice(-(SPEAKER_REACH + 20)));
  if (according) {
    const at = beforeAt + before.length - according[0].length + according[0].lastIndexOf(according[2]!);
    const speaker = reader.after(at, according[2]!);
    if (speaker) return { rule: 'ADJACENT_CUE', cue: ACCORDING_TO, speaker, until };
  }
  return null;
}

/** A cue earlier in the quote's sentence, its speaker before it. */
function sameSentence(before: string, beforeAt: number, reader: SpeakerReader): Attribution | null {
  const sentenceAt = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), -1) + 1;
  const sentence = before.slice(sentenceAt);
  const cue = firstCue(sentence);
  if (!cue) return null;
  const wordsAt = lastBoundary(sentence, cue.index) + 1;
  const speaker = speakerBefore(sentence.slice(wordsAt, cue.index), beforeAt + sentenceAt + wordsAt, reader);
  return speaker ? { rule: 'SAME_SENTENCE', cue: cue[0], speaker, until: beforeAt + before.length } : null;
}

/** The first cue word of `words`, or null. */
function firstCue(words: string): RegExpExecArray | null {
  CUE_WORD.lastIndex = 0;
  return CUE_WORD.exec(words);
}

/** The index of the last boundary (sentence punctuation, a quote mark, a paragraph) before `end` in `words`, or -1. */
function lastBoundary(words: string, end: number): number {
  for (let index = end - 1; index >= 0; index--) if (BOUNDARY.test(words[index]!)) return index;
  return -1;
}

/** The speaker in the words before a cue (which start at `at`): adverbs next to the cue left out; none past SPEAKER_REACH. */
function speakerBefore(words: string, at: number, reader: SpeakerReader): Speaker | null {
  let kept = words.trimEnd();
  for (let last = /\S+$/.exec(kept); last && BETWEEN_WORDS.has(last[0].toLowerCase()); last = /\S+$/.exec(kept)) kept = kept.slice(0, last.index).trimEnd();
  if (!kept.trim() || kept.length > SPEAKER_REACH) return null;
  return reader.before(at, kept);
}

/**
 * A quote that is a sentence of its own (opening its sentence, nothing of the sentence after it) right after an
 * attributed one, in the same paragraph or the next: the same speaker goes on.
 */
function continuation(text: string, marks: Marks, before: string, after: string, last: Working | undefined): Attribution | null {
  if (!last || last.rule === 'NONE' || !last.speaker) return null;
  const opensSentence = before.trim() === '' || /[.!?]["”»’]?\s*$/.test(before);
  const endsSentence = /[.!?…]$/.test(text.slice(marks.open + 1, marks.close).trim()) && /^\s*(?:$|["“„«‘\p{Lu}])/u.test(after);
  if (!opensSentence || !endsSentence) return null;
  if (last.paragraph !== marks.paragraph && last.paragraph !== marks.previousParagraph) return null;
  return { rule: 'CONTINUATION', cue: null, speaker: last.speaker, until: marks.close };
}

/** A pronoun speaker ("he said") becomes the last speaker named that it can stand for. */
function pointedBack(text: string, attribution: Attribution, previous: Working[], reader: SpeakerReader, before: number): Attribution {
  const speaker = attribution.speaker;
  if (!speaker) return attribution;
  const pronoun = SPEAKER_PRONOUNS.get(text.slice(speaker.start, speaker.end).toLowerCase());
  if (!pronoun) return attribution;
  const fits = (actorId: number | null) => actorId !== null && (pronoun === 'any' || reader.personhood(actorId) !== (pronoun === 'person' ? false : true));
  // The last speaker named among the few quotes before: a pronoun points back a paragraph or two, not a book.
  let named: Working | undefined;
  for (let index = previous.length - 1; index >= Math.max(0, previous.length - LOOK_BACK) && !named; index--) {
    const quote = previous[index]!;
    if (quote.speaker && fits(quote.speaker.actorId) && !SPEAKER_PRONOUNS.has(text.slice(quote.speaker.start, quote.speaker.end).toLowerCase())) named = quote;
  }
  const actorId = named?.speaker?.actorId ?? reader.lastMentionBefore(before, fits);
  return { ...attribution, rule: 'PRONOUN', speaker: { ...speaker, actorId } };
}

/** Title Case words ("The Road Ahead"): a title, not something said. */
function titleCased(inner: string): boolean {
  const words = inner.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  return words.length > 0 && words.every((word) => /^\P{L}*\p{Lu}/u.test(word));
}

/** Reads speakers' spans and the actors they are, from the text's mentions (UTF-16 spans in text order). */
class SpeakerReader {
  constructor(
    private readonly text: string,
    private readonly context: QuotationContext,
  ) {}

  /** A speaker whose words follow its cue, from `at`: up to the end of the name run, cut before "on Monday", "in a statement". */
  after(at: number, words: string): Speaker | null {
    const cut = /^(.*?)(?=\s+(?:on|in|at|to|during|after|before|when|while|as|from|with|last|this|earlier|later|who|which|adding|saying)\b|\s*,|$)/u.exec(words);
    return this.trimmed(at, (cut?.[1] ?? words).trimEnd());
  }

  /**
   * A speaker whose words come before its cue (`words`, which start at `at`), split at commas: the first part that
   * is a stored actor ("Lavrov, Russia's foreign minister, said"), else the last that is no clause ("In a
   * statement, the ministry said"; "Zelensky, speaking by video link, told").
   */
  before(at: number, words: string): Speaker | null {
    const parts: { at: number; words: string }[] = [];
    let from = 0;
    for (const part of words.split(',')) {
      if (part.trim()) parts.push({ at: at + from, words: part });
      from += part.length + 1;
    }
    const speakers = parts.map((part) => this.trimmed(part.at, part.words)).filter((speaker): speaker is Speaker => speaker !== null);
    const isClause = (speaker: Speaker) => {
      const first = /^\S+/.exec(this.text.slice(speaker.start, speaker.end))![0].toLowerCase();
      return CLAUSE_OPENERS.has(first) || first.endsWith('ing');
    };
    return speakers.find((speaker) => speaker.actorId !== null) ?? [...speakers].reverse().find((speaker) => !isClause(speaker)) ?? speakers[speakers.length - 1] ?? null;
  }

  /** The speaker at exactly these indices. */
  span(start: number, end: number): Speaker {
    return { start, end, actorId: this.actorEnding(start, end) };
  }

  /** Whether an actor is a person, if known. */
  personhood(actorId: number): boolean | undefined {
    return this.context.isPerson?.(actorId);
  }

  /** The last actor mentioned before `before` that `fits`, or null. */
  lastMentionBefore(before: number, fits: (actorId: number) => boolean): number | null {
    const { spans, carriers } = this.context.mentions;
    const last = upperBound(spans, before) - 1;
    for (let index = last; index >= Math.max(0, last - LOOK_BACK); index--) {
      const carrier = carriers[index]![0];
      if (carrier && carrier.kind !== 'DEMONYM' && fits(carrier.actorId)) return carrier.actorId;
    }
    return null;
  }

  private trimmed(at: number, words: string): Speaker | null {
    const tokens = [...words.matchAll(/\S+/g)].map((match) => ({ start: at + match.index, end: at + match.index + match[0].length, word: match[0] }));
    while (tokens.length > 1 && /^(?:and|but|yet|so|then|however|meanwhile)$/i.test(tokens[0]!.word)) tokens.shift();
    if (tokens.length === 0 || tokens.length > MAX_SPEAKER_WORDS) return null;
    const start = tokens[0]!.start;
    let end = tokens[tokens.length - 1]!.end;
    while (end > start && /[,;:'’)\]]/.test(this.text[end - 1]!)) end--;
    if (!/\p{L}/u.test(this.text.slice(start, end))) return null;
    return this.span(start, end);
  }

  /**
   * The actor whose mention ends the speaker's words (its head): "Foreign Minister Sergei Lavrov" is Lavrov,
   * "a Kremlin spokesman" the Kremlin's actor; a demonym never is a speaker, and "Russia's foreign ministry" is
   * nobody stored.
   */
  private actorEnding(start: number, end: number): number | null {
    const { spans, carriers } = this.context.mentions;
    let head = end;
    const trailing = /\s+(\S+)$/u.exec(this.text.slice(start, end));
    if (trailing && SPEAKER_FOR_WORDS.has(trailing[1]!.toLowerCase())) head = end - trailing[0].length;
    for (let index = upperBound(spans, head) - 1; index >= 0; index--) {
      const [spanStart, spanEnd] = [spans[index * 2]!, spans[index * 2 + 1]!];
      if (spanStart < start) break;
      if (spanEnd > head) continue;
      const carrier = carriers[index]!.find((entry) => entry.kind !== 'DEMONYM');
      if (!carrier) return null;
      return /^[\s'’s]*$/.test(this.text.slice(spanEnd, head)) ? carrier.actorId : null;
    }
    return null;
  }
}

/** How many mentions start before `index` (spans are start, end pairs in text order). */
function upperBound(spans: readonly number[], index: number): number {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle * 2]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The quotations with their UTF-16 indices turned into code points, counted once along the text. */
function inCodePoints(text: string, working: Working[]): FoundQuotation[] {
  const indices = new Set<number>();
  for (const quote of working) {
    indices.add(quote.start).add(quote.end);
    if (quote.speaker) indices.add(quote.speaker.start).add(quote.speaker.end);
  }
  const points = new Map<number, number>();
  const pointAt = codePointCursor(text);
  for (const index of [...indices].sort((a, b) => a - b)) points.set(index, pointAt(index));
  const at = (index: number) => points.get(index) ?? 0;
  return working.map((quote) => {
    const known = quote.speaker?.actorId != null;
    const confidence = ATTRIBUTION_RULES[quote.rule] * (quote.speaker && !known ? UNKNOWN_SPEAKER_FACTOR : 1);
    return {
      startOffset: at(quote.start),
      endOffset: at(quote.end),
      quote: text.slice(quote.start, quote.end),
      cue: quote.cue,
      speaker: quote.speaker ? { text: text.slice(quote.speaker.start, quote.speaker.end), startOffset: at(quote.speaker.start), endOffset: at(quote.speaker.end), actorId: quote.speaker.actorId } : null,
      rule: quote.rule,
      confidence: Math.round(confidence * 100) / 100,
    };
  });
}
