// Finding actors in a text: every form of every actor compiled once into Aho-Corasick automata
// (modern-ahocorasick), matched over the text's folded form on word boundaries, longest match first.
import AhoCorasick from 'modern-ahocorasick';
import { drain, drainAsync } from '../../shared/slices';
import { codePointLength } from '../../shared/text';
import { fold, originalSpan, type Folded } from '../../shared/text-forms';
import type { ActorFormRow, MentionFormKind } from './mentions.repository';

export interface FoundMention {
  /** The actor the words most likely mean: by the strongest form (name, alias, ISO code, demonym), then the lowest id. */
  actorId: number;
  /** Other actors that carry the same form. */
  alternativeIds: number[];
  form: MentionFormKind;
  /** Code-point offsets in the text, end exclusive. */
  startOffset: number;
  endOffset: number;
  text: string;
}

/** Characters folded and searched at once: bounded memory for a text of any length. */
const WINDOW = 20_000;
/** Room past a window's end for a match that starts inside it (forms are at most 200 characters). */
const LONGEST_FORM = 256;
/** Characters matched between two yields to the event loop in findAsync: a few milliseconds of work. */
const SLICE = 20_000;

type Carriers = { actorId: number; kind: MentionFormKind }[];

/**
 * Every mention of a text, compactly: a text repeating a name 140,000 times once made as many objects (and their
 * GraphQL answers) and ran the process out of memory. mentionsOf makes objects for the ones asked for.
 */
export interface MatchResult {
  /** How many mentions the text holds. */
  count: number;
  /** Each mention's UTF-16 span as start, end, start, end, ... in text order. */
  spans: number[];
  /** Each mention's start in code points. */
  offsets: number[];
  /** The actors (and form kinds) each mention's words are a form of. */
  carriers: Carriers[];
}

interface Candidate {
  start: number;
  end: number;
  carriers: Carriers;
}

const FORM_STRENGTH: Record<MentionFormKind, number> = { NAME: 0, ALIAS: 1, ISO_CODE: 2, DEMONYM: 3 };
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * ISO codes and short all-capital forms ("US", "EU", "PRC", "CAN") match only as written, so that the words "us"
 * or "can" are never mentions; every other form matches whatever its case and diacritics.
 */
export function matchesAsWritten(form: string, kind: MentionFormKind): boolean {
  return kind === 'ISO_CODE' || (form.length <= 5 && /^[\p{Lu}\p{N}.]+$/u.test(form) && /\p{Lu}/u.test(form));
}

interface Dictionary {
  automaton: AhoCorasick;
  /** The actors and form kinds of each pattern, by pattern index. */
  carriers: Carriers[];
}

export class MentionMatcher {
  private readonly anyCase: Dictionary | null;
  private readonly asWritten: Dictionary | null;

  constructor(forms: ActorFormRow[]) {
    const anyCase = new Map<string, Carriers>();
    const asWritten = new Map<string, Carriers>();
    for (const { actorId, form, kind } of forms) {
      const exact = matchesAsWritten(form, kind);
      const pattern = fold(form.trim(), { keepCase: exact }).text.trim();
      if (!pattern) continue;
      const table = exact ? asWritten : anyCase;
      const carriers = table.get(pattern) ?? [];
      if (!carriers.some((carrier) => carrier.actorId === actorId)) carriers.push({ actorId, kind });
      table.set(pattern, carriers);
    }
    this.anyCase = dictionary(anyCase);
    this.asWritten = dictionary(asWritten);
  }

  /** The mentions in `text`, in text order; where matches overlap, the longest (then the first) wins. */
  find(text: string): MatchResult {
    const result: MatchResult = { count: 0, spans: [], offsets: [], carriers: [] };
    drain(this.slices(text, result));
    return result;
  }

  /** As find, giving the event loop a turn after every SLICE characters: other requests go on during a long text. */
  async findAsync(text: string): Promise<MatchResult> {
    const result: MatchResult = { count: 0, spans: [], offsets: [], carriers: [] };
    await drainAsync(this.slices(text, result));
    return result;
  }

  /**
   * Matches the text a window at a time (a line, or WINDOW characters of a longer one, with room for the longest
   * form past its end), so that the folded copies and offset maps stay small; yields after every SLICE characters.
   * A match belongs to the window it starts in, and windows come in text order, so overlaps resolve window by
   * window exactly as over the whole text.
   */
  private *slices(text: string, result: MatchResult): Generator<void> {
    let reached = 0;
    // Code points are counted once along the text, not from its start for every mention.
    let unit = 0;
    let point = 0;
    const pointAt = (target: number) => {
      point += codePointLength(text.slice(unit, target));
      unit = target;
      return point;
    };
    let sinceYield = 0;
    for (let lineStart = 0; lineStart <= text.length; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      for (let start = lineStart; start < lineEnd; start += WINDOW) {
        // One character before the window, for the word boundary of a match at its start.
        const from = Math.max(lineStart, start - 1);
        const piece = text.slice(from, Math.min(lineEnd, start + WINDOW + LONGEST_FORM));
        const candidates: Candidate[] = [];
        for (const candidate of [...candidatesIn(this.anyCase, fold(piece), piece), ...candidatesIn(this.asWritten, fold(piece, { keepCase: true }), piece)]) {
          const absolute = { carriers: candidate.carriers, start: from + candidate.start, end: from + candidate.end };
          if (absolute.start >= start && absolute.start < start + WINDOW) candidates.push(absolute);
        }
        candidates.sort((a, b) => a.start - b.start || b.end - a.end);
        for (const { start: at, end, carriers } of candidates) {
          if (at < reached) continue;
          reached = end;
          // Shorter forms inside it are no mentions either: "Delhi" in "New Delhi Television".
          if (insideLongerName(text, end, carriers)) continue;
          result.count++;
          result.spans.push(at, end);
          result.offsets.push(pointAt(at));
          result.carriers.push(carriers);
        }
        sinceYield += Math.min(lineEnd, start + WINDOW) - start;
        if (sinceYield >= SLICE) {
          sinceYield = 0;
          yield;
        }
      }
      sinceYield += 1;
      lineStart = lineEnd + 1;
    }
  }
}

/** A capitalised word after an alias continues a longer name ("Stockholm International Peace Research Institute"). */
const NEXT_NAME_WORD = /^ \p{Lu}[\p{Ll}\p{M}]/u;
/** Capitalised words after a place that do not make it part of a longer name: days, months, titles of people. */
const NOT_NAME_WORDS = /^ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^ (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|^ (?:On|In|At|But|And|The|President|Prime|Minister|Foreign|Defence|Defense)\b/u;

/**
 * Whether an alias (a capital, a seat of government) is part of a longer proper name or a "-based" compound, which
 * does not mention the actor: "Stockholm International Peace Research Institute" and "Stockholm-based" name no
 * state. Names, codes and demonyms always mention their actor.
 */
function insideLongerName(text: string, end: number, carriers: Carriers): boolean {
  if (!carriers.every((carrier) => carrier.kind === 'ALIAS')) return false;
  const after = text.slice(end, end + 24);
  if (/^-based\b/i.test(after)) return true;
  return NEXT_NAME_WORD.test(after) && !NOT_NAME_WORDS.test(after);
}

/** The mentions `from` (an index) on, at most `limit` of them, as objects. */
export function mentionsOf(text: string, result: MatchResult, from: number, limit: number): FoundMention[] {
  const mentions: FoundMention[] = [];
  for (let index = from; index < Math.min(result.count, from + limit); index++) {
    const ranked = [...result.carriers[index]!].sort((a, b) => FORM_STRENGTH[a.kind] - FORM_STRENGTH[b.kind] || a.actorId - b.actorId);
    const words = text.slice(result.spans[2 * index], result.spans[2 * index + 1]);
    const startOffset = result.offsets[index]!;
    mentions.push({
      actorId: ranked[0]!.actorId,
      alternativeIds: ranked.slice(1).map((carrier) => carrier.actorId),
      form: ranked[0]!.kind,
      startOffset,
      endOffset: startOffset + codePointLength(words),
      text: words,
    });
  }
  return mentions;
}

/** The index of the first mention starting at or after a code point (count when none does). */
export function firstMentionFrom(result: MatchResult, offset: number): number {
  let [low, high] = [0, result.count];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (result.offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function dictionary(patterns: Map<string, Carriers>): Dictionary | null {
  if (patterns.size === 0) return null;
  return { automaton: new AhoCorasick([...patterns.keys()]), carriers: [...patterns.values()] };
}

/** The matches on word boundaries, as UTF-16 spans of the original text. */
function candidatesIn(dictionary: Dictionary | null, folded: Folded, original: string): Candidate[] {
  if (!dictionary) return [];
  return dictionary.automaton
    .search(folded.text)
    .filter(({ start, end }) => !WORD_CHAR.test(folded.text[start - 1] ?? '') && !WORD_CHAR.test(folded.text[end] ?? ''))
    .map(({ start, end, patternIndex }) => ({ ...originalSpan(folded, original, start, end), carriers: dictionary.carriers[patternIndex]! }));
}
