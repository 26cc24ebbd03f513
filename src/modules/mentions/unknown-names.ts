// Capitalised names in a text that no actor carries: candidates for new actors. A run of capitalised words
// (with "of", "the", "de", "al" ... between them), less a leading function word ("The", "In", ...), a trailing
// possessive and any part a known mention covers; a lone word that opens a sentence is left out (it is
// capitalised for that reason alone). Names and mentions are both in text order, so one sweep over each finds
// what the mentions leave uncovered, and code points are counted once along the text.
import { codePointLength } from '../../shared/text';

export interface TextSpan {
  text: string;
  startOffset: number;
  endOffset: number;
}

/** An unknown name as found, with the name a new actor would take, its kind where the words tell, and a person's title. */
export interface UnknownName extends TextSpan {
  /** The words less a person's title ("Sergei Lavrov" of "Foreign Minister Sergei Lavrov"). */
  name: string;
  /** PERSON for a titled name, ORGANISATION for an institution's ("... Institute", "... Ministry"); null when the words do not tell. */
  kind: 'PERSON' | 'ORGANISATION' | null;
  /** The title before a person's name ("Foreign Minister"): a hint for an affiliation. */
  role: string | null;
}

export interface UnknownNames {
  /** Every unknown name in the text. */
  count: number;
  /** The first `limit` of them, in text order. */
  names: UnknownName[];
}

// A capitalised word ("U.S." keeps its dots, "Côte d'Ivoire" its apostrophe), and runs of them joined by the
// particles of names.
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}'’-]|\.(?=\p{L}))*`;
const NAME_RUN = new RegExp(`${WORD}(?:[ \\t]+(?:(?:of|the|for|on|de|del|da|di|du|al|el|bin|ibn|von|van|der)[ \\t]+)*${WORD})*`, 'gu');
const PARTICLES = /^(?:of|the|for|on|de|del|da|di|du|al|el|bin|ibn|von|van|der)$/;
const LEADING = new Set(
  'A An And As At But By During For From He Her His However If In It Its Meanwhile Moreover Of On Or She Since So That The Their Then There These They This Those Though To Under Unlike Until We What When Where While With Without Yet'.split(' '),
);

// Capitalised because of what they are, not who: days and months, and their abbreviations in datelines ("Mar 11").
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
);

/**
 * Titles before a person's name, longest first: left off the name a new actor takes, kept as its role hint, and
 * the mark of a person. A run that is a title only ("Prime Minister") is no name.
 */
export const PERSON_TITLES: readonly string[] = [
  'Deputy Prime Minister', 'Prime Minister', 'Vice President', 'President', 'External Affairs Minister', 'Deputy Foreign Minister', 'Foreign Minister',
  'Deputy Defence Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Interior Minister', 'Trade Minister', 'Energy Minister', 'Minister',
  'Secretary of State', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Secretary-General', 'Secretary General', 'Secretary',
  'Crown Prince', 'Prince', 'King', 'Queen', 'Emir', 'Sheikh', 'Sultan', 'Supreme Leader', 'Chancellor', 'Pope',
  'Lieutenant General', 'Major General', 'General', 'Admiral', 'Colonel', 'Commander', 'Ambassador', 'Envoy', 'Senator', 'Governor', 'Mayor',
  'Director General', 'Director', 'Chairman', 'Chairwoman', 'Chief Executive', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms',
].sort((a, b) => b.length - a.length);

/** The last word of an institution's name. */
const ORGANISATION_WORDS = new Set(
  'Institute Institution Service Ministry Agency Corporation Company Bank University Council Committee Organisation Organization Party Army Navy Forces Group Association Foundation Federation Union Commission Department Office Authority Fund Bureau Directorate Cooperation Industries Systems Aviation Aerospace Limited Ltd Inc Corp Agency Court Parliament Assembly Centre Center Academy Times Post News Press Agency'.split(' '),
);

/** The name a new actor would take, its kind where the words tell, and a title before it; null for a title alone. */
export function cleanedName(words: string): Pick<UnknownName, 'name' | 'kind' | 'role'> | null {
  const title = PERSON_TITLES.find((candidate) => words === candidate || words.startsWith(`${candidate} `));
  if (title) {
    const name = words.slice(title.length).trim();
    return /\p{Lu}/u.test(name) ? { name, kind: 'PERSON', role: title.replace(/\.$/, '') } : null;
  }
  const last = words.split(/\s+/).pop() ?? '';
  return { name: words, kind: ORGANISATION_WORDS.has(last) ? 'ORGANISATION' : null, role: null };
}

/** Name runs matched between two yields of unknownNameSlices. */
const RUNS_PER_SLICE = 2000;

/**
 * The names in `text` (code-point offsets) outside `covered` (the mentions' UTF-16 spans as start, end, start,
 * end, ... in text order), the first `limit` of them with the count of all; yields every RUNS_PER_SLICE runs.
 */
export function* unknownNameSlices(text: string, covered: readonly number[], limit: number, result: UnknownNames): Generator<void> {
  let next = 0; // the first covered span that may still overlap a run
  let unit = 0;
  let point = 0;
  let runs = 0;
  for (const match of text.matchAll(NAME_RUN)) {
    if (++runs % RUNS_PER_SLICE === 0) yield;
    const runStart = match.index;
    const runEnd = runStart + match[0].length;
    while (next < covered.length && covered[next + 1]! <= runStart) next += 2;
    for (const piece of outside(runStart, runEnd, covered, next)) {
      const name = trimmed(text, piece.start, piece.end);
      if (!name) continue;
      const words = text.slice(name.start, name.end);
      // What a mention leaves of a compound ("-based" of "Stockholm-based") or a dateline's month is no name.
      if (CALENDAR.has(words) || !/^\p{Lu}/u.test(words) || /^\S+-based$/i.test(words)) continue;
      const cleaned = cleanedName(words);
      if (!cleaned) continue;
      const opensSentence = /(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, name.start - 3), name.start)) || name.start === 0;
      if (!/\s/.test(words) && opensSentence) continue;
      result.count++;
      if (result.names.length >= limit) continue;
      point += codePointLength(text.slice(unit, name.start));
      unit = name.start;
      result.names.push({ text: words, startOffset: point, endOffset: point + codePointLength(words), ...cleaned });
    }
  }
}

/** The parts of [start, end) that no covered span overlaps, looking from covered span `from` on. */
function outside(start: number, end: number, covered: readonly number[], from: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let at = start;
  for (let index = from; index < covered.length && covered[index]! < end; index += 2) {
    const [spanStart, spanEnd] = [covered[index]!, covered[index + 1]!];
    if (spanEnd <= start) continue;
    if (spanStart > at) pieces.push({ start: at, end: spanStart });
    at = Math.max(at, spanEnd);
  }
  if (at < end) pieces.push({ start: at, end });
  return pieces;
}

/** A piece less leading function words ("The", "In"), particles and spaces at either end, and a trailing possessive. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, word: m[0] }));
  // A possessive's rest after a mention ("’s Federal Service" of "Russia’s Federal Service") goes too.
  while (words.length > 0 && (LEADING.has(words[0]!.word) || PARTICLES.test(words[0]!.word) || /^['’]s$/.test(words[0]!.word))) words.shift();
  while (words.length > 0 && PARTICLES.test(words[words.length - 1]!.word)) words.pop();
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const tail = /(?:['’]s|['’])$/u.exec(last.word);
  const stop = last.end - (tail ? tail[0].length : 0);
  if (!/\p{L}{2}/u.test(text.slice(first.start, stop))) return null;
  return { start: first.start, end: stop };
}
