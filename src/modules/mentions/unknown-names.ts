// Capitalised names in a text that no actor carries: candidates for new actors. A run of capitalised words
// (with "of", "the", "de", "al" ... between them), less a leading function word ("The", "In", ...), a trailing
// possessive and any part a known mention covers; a lone word that opens a sentence is left out (it is
// capitalised for that reason alone).
import { codePointOffset } from '../../shared/text-forms';

export interface TextSpan {
  text: string;
  startOffset: number;
  endOffset: number;
}

// A capitalised word ("U.S." keeps its dots, "Côte d'Ivoire" its apostrophe), and runs of them joined by the
// particles of names.
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}'’-]|\.(?=\p{L}))*`;
const NAME_RUN = new RegExp(`${WORD}(?:[ \\t]+(?:(?:of|the|de|del|da|di|du|al|el|bin|ibn|von|van|der)[ \\t]+)*${WORD})*`, 'gu');
const PARTICLES = /^(?:of|the|de|del|da|di|du|al|el|bin|ibn|von|van|der)$/;
const LEADING = new Set(
  'A An And As At But By During For From He Her His However If In It Its Meanwhile Moreover Of On Or She Since So That The Their Then There These They This Those Though To Under Unlike Until We What When Where While With Without Yet'.split(' '),
);

// Capitalised because of what they are, not who: days and months.
const CALENDAR = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));

/** The names in `text` (code-point offsets) outside `covered` (UTF-16 spans of mentions). */
export function unknownNames(text: string, covered: { start: number; end: number }[]): TextSpan[] {
  const names: TextSpan[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    for (const piece of outside(match.index, match.index + match[0].length, covered)) {
      const name = trimmed(text, piece.start, piece.end);
      if (!name) continue;
      const words = text.slice(name.start, name.end);
      if (CALENDAR.has(words)) continue;
      const opensSentence = /(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, name.start - 3), name.start)) || name.start === 0;
      if (!/\s/.test(words) && opensSentence) continue;
      const startOffset = codePointOffset(text, name.start);
      names.push({ text: words, startOffset, endOffset: startOffset + Array.from(words).length });
    }
  }
  return names;
}

/** The parts of [start, end) that no covered span overlaps. */
function outside(start: number, end: number, covered: { start: number; end: number }[]): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (const span of covered.filter((c) => c.start < end && start < c.end).sort((a, b) => a.start - b.start)) {
    if (span.start > from) pieces.push({ start: from, end: span.start });
    from = Math.max(from, span.end);
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

/** A piece less leading function words ("The", "In"), particles and spaces at either end, and a trailing possessive. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, word: m[0] }));
  while (words.length > 0 && (LEADING.has(words[0]!.word) || PARTICLES.test(words[0]!.word))) words.shift();
  while (words.length > 0 && PARTICLES.test(words[words.length - 1]!.word)) words.pop();
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const tail = /(?:['’]s|['’])$/u.exec(last.word);
  const stop = last.end - (tail ? tail[0].length : 0);
  if (!/\p{L}{2}/u.test(text.slice(first.start, stop))) return null;
  return { start: first.start, end: stop };
}
