// Sentences that state a quantity a data series can check, as typed claim candidates: the predicate, the subject
// (the supplier) and object (the recipient), the period and a stated share. The actors are the sentence's mentions:
// each is replaced by a token (⟨12⟩, its actor's id) before the patterns below read the sentence, so that the
// patterns speak of roles ("⟨X⟩'s share of ⟨Y⟩'s arms imports fell") and a demonym ("Russian arms") counts as its
// state. The patterns are data (FIGURE_PATTERNS); a sentence no pattern reads gives no candidate.
import { codePointCursor } from '../../shared/text';
import type { MatchResult } from '../mentions/mention-matcher';

export type FigurePredicate = 'ARMS_SUPPLY_RISING' | 'ARMS_SUPPLY_FALLING' | 'ARMS_SUPPLY_SHARE' | 'LARGEST_ARMS_SUPPLIER';

export interface FoundFigure {
  /** The sentence, in code points of the text. */
  startOffset: number;
  endOffset: number;
  text: string;
  predicate: FigurePredicate;
  subjectId: number;
  objectId: number;
  /** The period the sentence names, if any (years). */
  fromYear: number | null;
  toYear: number | null;
  /**
   * The figure the sentence states, as the claim's objectValue (predicates.service: parseStatedShare and
   * parseStatedMovement read it): a share ("36%", "about 40%"); for a share rising or falling, where it ended or went
   * from and to ("46%", "69% to 46%"); for deliveries rising or falling, their change ("by 53%").
   */
  objectValue: string | null;
}

const FALL = String.raw`(?:fell|fallen|falls|declined|declines|dropped|drops|decreased|decreases|shrank|shrunk|slipped|slid|plunged|halved|was\s+cut|has\s+been\s+falling|have\s+been\s+falling|were\s+falling|was\s+falling)`;
const RISE = String.raw`(?:rose|risen|rises|increased|increases|grew|grown|grows|climbed|jumped|surged|soared|doubled|tripled|quadrupled|(?:more\s+than\s+|nearly\s+|almost\s+)?\w+fold|has\s+been\s+rising|have\s+been\s+rising|were\s+rising|was\s+rising)`;
const ARMS = String.raw`(?:arms\s+|weapons\s+|major\s+arms\s+|military\s+)?`;
const A = String.raw`(?:the\s+)?⟨(\d+)⟩`;
const POSS = String.raw`(?:['’]s)?`;
const LARGEST = String.raw`(?:largest|biggest|main|top|leading|principal|single\s+largest|largest\s+single)`;

/** One way news states an arms-supply figure: a pattern over the tokenised sentence, and what its groups are. */
interface FigurePattern {
  pattern: RegExp;
  /** The predicate; `direction` patterns read it from the verb (group `verb`). */
  predicate: FigurePredicate | 'direction';
  /** Which captured actor is the supplier and which the recipient (1-based groups). */
  supplier: number;
  recipient: number;
  /** What a rise or fall is of: the supplier's share (its stated shares are kept) or the deliveries (their change is). */
  of?: 'share' | 'deliveries';
}

export const FIGURE_PATTERNS: readonly FigurePattern[] = [
  // Russia remained India's largest arms supplier / Russia was the largest supplier of arms to India
  { pattern: new RegExp(String.raw`${A}\s+(?:\w+\s+){0,3}?(?:remained|remains|was|is|became|has\s+been|continued\s+to\s+be|stayed)\s+(?:by\s+far\s+)?${A}${POSS}\s+${LARGEST}\s+${ARMS}(?:supplier|source)`, 'u'), predicate: 'LARGEST_ARMS_SUPPLIER', supplier: 1, recipient: 2 },
  { pattern: new RegExp(String.raw`${A}\s+(?:\w+\s+){0,3}?(?:remained|remains|was|is|became|has\s+been|continued\s+to\s+be|stayed)\s+(?:by\s+far\s+)?the\s+${LARGEST}\s+${ARMS}supplier\s+(?:of\s+${ARMS}|of\s+weapons\s+)?to\s+${A}`, 'u'), predicate: 'LARGEST_ARMS_SUPPLIER', supplier: 1, recipient: 2 },
  // Russia's share of India's arms imports fell from 69 per cent to 46 per cent
  { pattern: new RegExp(String.raw`${A}${POSS}\s+share\s+of\s+${A}${POSS}\s+${ARMS}imports\s+(?:\w+\s+){0,3}?(?<verb>${FALL}|${RISE})`, 'u'), predicate: 'direction', supplier: 1, recipient: 2, of: 'share' },
  // Russia accounted for 36 per cent of India's arms imports / Russian arms made up 36% of India's imports
  { pattern: new RegExp(String.raw`${A}${POSS}\s+(?:${ARMS}(?:supplies|exports|deliveries)\s+)?(?:\w+\s+){0,2}?(?:accounted\s+for|made\s+up|represented|amounted\s+to|were|was)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+${A}${POSS}\s+${ARMS}imports`, 'u'), predicate: 'ARMS_SUPPLY_SHARE', supplier: 1, recipient: 2 },
  // India's arms imports from France increased more than tenfold
  { pattern: new RegExp(String.raw`${A}${POSS}\s+${ARMS}imports\s+from\s+${A}\s+(?:\w+\s+){0,3}?(?<verb>${FALL}|${RISE})`, 'u'), predicate: 'direction', supplier: 2, recipient: 1 , of: 'deliveries' },
  // Russia's arms exports to India fell / arms supplies from Russia to India dropped
  { pattern: new RegExp(String.raw`${A}${POSS}\s+${ARMS}(?:exports|supplies|deliveries|transfers|sales)\s+to\s+${A}\s+(?:\w+\s+){0,3}?(?<verb>${FALL}|${RISE})`, 'u'), predicate: 'direction', supplier: 1, recipient: 2 , of: 'deliveries' },
  { pattern: new RegExp(String.raw`${ARMS}(?:exports|supplies|deliveries|transfers|sales)\s+(?:of\s+arms\s+)?from\s+${A}\s+to\s+${A}\s+(?:\w+\s+){0,3}?(?<verb>${FALL}|${RISE})`, 'u'), predicate: 'direction', supplier: 1, recipient: 2 , of: 'deliveries' },
];

const HEDGE = String.raw`(?:(about|around|nearly|almost|some|roughly|approximately)\s+)?`;
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)`;
const SHARE = new RegExp(HEDGE + PERCENT, 'gu');
/** "from 69 per cent (in 2010-14) to 46 per cent": where a share went from and to. */
const SHARE_FROM_TO = new RegExp(String.raw`\bfrom\s+${HEDGE}${PERCENT}(?:\s+in\s+[\d–-]+)?\s+to\s+${HEDGE}${PERCENT}`, 'u');
const SHARE_TO = new RegExp(String.raw`\bto\s+${HEDGE}${PERCENT}`, 'u');
const CHANGE_BY = new RegExp(String.raw`\bby\s+${HEDGE}${PERCENT}`, 'u');

/** A share as objectValue writes it: "46%", "about 40%". */
const shareValue = (hedge: string | undefined, number: string) => `${hedge ? `${hedge} ` : ''}${number}%`;

/**
 * The period a sentence names, from its first year to its last: "between 2020 and 2024", "in 2019-23", "from 69 per
 * cent in 2010-14 to 46 per cent in 2015-19" (2010 to 2019), "since 2009" and "after 2022" (no end), "in 2023".
 */
export function periodOf(sentence: string): { fromYear: number | null; toYear: number | null } {
  const since = /(?:since|after)\s+((?:19|20)\d\d)\b/u.exec(sentence);
  if (since) return { fromYear: Number(since[1]), toYear: null };
  const years: number[] = [];
  for (const match of sentence.matchAll(/\b((?:19|20)\d\d)(?:\s*[-–]\s*(\d\d(?:\d\d)?))?\b/gu)) {
    years.push(Number(match[1]));
    if (match[2]) years.push(match[2].length === 2 ? Number(match[1]!.slice(0, 2) + match[2]) : Number(match[2]));
  }
  return years.length === 0 ? { fromYear: null, toYear: null } : { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

/** Sentences read between two yields of figureSlices: a few milliseconds' work. */
const SENTENCES_PER_SLICE = 2000;

/**
 * The first `limit` figures of a text into `found`, a sentence at a time (sentences end at . ! ? or a line), with its
 * mentions; a generator that yields between slices (shared/slices.ts).
 */
export function* figureSlices(text: string, mentions: Pick<MatchResult, 'spans' | 'carriers'>, limit: number, found: FoundFigure[]): Generator<void> {
  let mention = 0;
  let read = 0;
  const pointAt = codePointCursor(text);
  for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/gmu)) {
    if (found.length >= limit) break;
    if (++read % SENTENCES_PER_SLICE === 0) yield;
    const start = match.index;
    const end = start + match[0].length;
    // The sentence with each mention inside it as a token of its actor; sentences without two mentions are skipped.
    let tokenised = '';
    let at = start;
    let actors = 0;
    while (mention < mentions.spans.length / 2 && mentions.spans[mention * 2]! < end) {
      const [from, to] = [mentions.spans[mention * 2]!, mentions.spans[mention * 2 + 1]!];
      const carrier = mentions.carriers[mention]![0];
      mention++;
      if (from < start || !carrier) continue;
      tokenised += text.slice(at, from) + `⟨${carrier.actorId}⟩`;
      at = to;
      actors++;
    }
    if (actors < 2 || !/\d|largest|biggest|main|top|leading|principal|fold|doubled|tripled|halved|fell|rose|declin|increas|grew|drop|rising|falling/u.test(match[0])) continue;
    tokenised += text.slice(at, end);
    const figure = readFigure(tokenised);
    if (!figure) continue;
    const trimmedStart = start + (match[0].length - match[0].trimStart().length);
    const sentence = text.slice(trimmedStart, end).trim();
    const startOffset = pointAt(trimmedStart);
    found.push({ ...figure, ...periodOf(match[0]), startOffset, endOffset: startOffset + [...sentence].length, text: sentence });
  }
}

/** The first pattern that reads a tokenised sentence, as a figure's predicate, actors and stated share. */
function readFigure(sentence: string): Pick<FoundFigure, 'predicate' | 'subjectId' | 'objectId' | 'objectValue'> | null {
  for (const { pattern, predicate, supplier, recipient, of } of FIGURE_PATTERNS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const subjectId = Number(match[supplier]);
    const objectId = Number(match[recipient]);
    if (subjectId === objectId) continue;
    const verb = match.groups?.verb;
    const resolved: FigurePredicate = predicate === 'direction' ? (new RegExp(`^${FALL}$`, 'u').test(verb ?? '') ? 'ARMS_SUPPLY_FALLING' : 'ARMS_SUPPLY_RISING') : predicate;
    const objectValue = statedFigure(sentence.slice(match.index), resolved, of);
    if (resolved === 'ARMS_SUPPLY_SHARE' && !objectValue) continue;
    return { predicate: resolved, subjectId, objectId, objectValue };
  }
  return null;
}

/** The figure a sentence read by a pattern states, as objectValue (see FoundFigure.objectValue); null when none. */
function statedFigure(tail: string, predicate: FigurePredicate, of: FigurePattern['of']): string | null {
  if (predicate === 'LARGEST_ARMS_SUPPLIER') return null;
  if (predicate === 'ARMS_SUPPLY_SHARE') {
    const shares = [...tail.matchAll(SHARE)];
    const last = shares[shares.length - 1];
    return last ? shareValue(last[1], last[2]!) : null;
  }
  if (of === 'share') {
    const fromTo = SHARE_FROM_TO.exec(tail);
    if (fromTo) return `${shareValue(fromTo[1], fromTo[2]!)} to ${shareValue(fromTo[3], fromTo[4]!)}`;
    const to = SHARE_TO.exec(tail);
    return to ? shareValue(to[1], to[2]!) : null;
  }
  const by = CHANGE_BY.exec(tail);
  return by ? `by ${shareValue(by[1], by[2]!)}` : null;
}
