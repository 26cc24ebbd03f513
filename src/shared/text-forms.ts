// The forms of a text that Dossier compares: the stored form of a source (what is kept and hashed), and a folded
// form for finding quotes and names whatever their typography, case and diacritics, mapped back to the original.
import { codePointLength } from './text';

export interface StoredForm {
  text: string;
  /** Paragraphs left out because they repeat an earlier one. */
  repeatedParagraphs: number;
  /** The given text's length in code points, before its stored form was made. */
  originalLength: number;
}

/**
 * A text as Dossier stores it: line endings normalised, each paragraph (a line) trimmed, blank lines left out and a
 * paragraph that repeats an earlier one kept once (pasted articles repeat their teasers and pull quotes).
 */
export function storedForm(text: string): StoredForm {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  let repeatedParagraphs = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const paragraph = line.trim();
    if (!paragraph) continue;
    if (seen.has(paragraph)) repeatedParagraphs++;
    else {
      seen.add(paragraph);
      paragraphs.push(paragraph);
    }
  }
  return { text: paragraphs.join('\n'), repeatedParagraphs, originalLength: codePointLength(text) };
}

/**
 * The stored form of a paged document's text (its pages one after another) and where each page starts in it, in
 * code points: the pages' paragraphs kept by storedForm's rules, so that storedForm of the joined pages is the same
 * text. A page whose paragraphs all repeat earlier ones (a running header) starts where the next one does.
 */
export function storedPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const pageStarts: number[] = [];
  let length = 0;
  for (const page of pages) {
    pageStarts.push(length);
    for (const line of page.replace(/\r\n?/g, '\n').split('\n')) {
      const paragraph = line.trim();
      if (!paragraph || seen.has(paragraph)) continue;
      seen.add(paragraph);
      length += (paragraphs.length > 0 ? 1 : 0) + codePointLength(paragraph);
      paragraphs.push(paragraph);
    }
  }
  // A page's start is where its first paragraph begins: past the line break that ends the page before.
  const text = paragraphs.join('\n');
  return { text, pageStarts: pageStarts.map((start, index) => (index === 0 || start === 0 ? start : Math.min(start + 1, length))) };
}

/** A folded text and, for each of its UTF-16 units, the index of the original unit it came from. */
export interface Folded {
  text: string;
  origin: number[];
}

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const COMBINING = /\p{M}/gu;

/** One character folded: typographic quotes and dashes to ASCII, diacritics dropped, and (unless keepCase) lower case. */
function foldChar(char: string, keepCase: boolean): string {
  const plain = char.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-').normalize('NFD').replace(COMBINING, '');
  return keepCase ? plain : plain.toLowerCase();
}

/**
 * The folded form of a text, runs of whitespace made one space, with the map back to the original: for comparing
 * a quote typed with straight apostrophes, other dashes, other spacing or other case with the text it quotes.
 */
export function fold(text: string, options: { keepCase?: boolean } = {}): Folded {
  const keepCase = options.keepCase ?? false;
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // ASCII, the bulk of most texts, without the regular expressions of foldChar.
    const ascii = code < 0x80;
    if (ascii ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[i]!)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      inSpace = false;
      const plain = !ascii ? foldChar(text.slice(i, i + width), keepCase) : !keepCase && code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : text[i]!;
      folded += plain;
      for (let unit = 0; unit < plain.length; unit++) origin.push(i);
    }
    i += width;
  }
  return { text: folded, origin };
}

/** The UTF-16 span of the original text that folded units [start, end) came from. */
export function originalSpan(folded: Folded, original: string, start: number, end: number): { start: number; end: number } {
  const last = folded.origin[end - 1]!;
  const code = original.charCodeAt(last);
  return { start: folded.origin[start]!, end: last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1) };
}

/** Code-point offset of UTF-16 index `index` of `text`. */
export function codePointOffset(text: string, index: number): number {
  return codePointLength(text.slice(0, index));
}

/** Where a quote stands in a text, folded alike: the text's own words and their code-point offsets; null when absent. */
export function findQuote(text: string, quote: string): { startOffset: number; endOffset: number; quote: string } | null {
  const haystack = fold(text);
  const needle = fold(quote.trim()).text.trim();
  if (!needle) return null;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const span = originalSpan(haystack, text, at, at + needle.length);
  const startOffset = codePointOffset(text, span.start);
  const own = text.slice(span.start, span.end);
  return { startOffset, endOffset: startOffset + codePointLength(own), quote: own };
}

/** Whether two passages are the same once folded (typography, whitespace, case). */
export function sameFolded(a: string, b: string): boolean {
  return fold(a).text.trim() === fold(b).text.trim();
}

/**
 * The passage of a text most like a quote that is not in it: the run of as many words as the quote has whose
 * character bigrams share the most with the quote's (Sørensen–Dice), with its code-point offsets and that score.
 */
export function closestPassage(text: string, quote: string): { passage: string; startOffset: number; endOffset: number; similarity: number } | null {
  const haystack = fold(text);
  const wanted = fold(quote.trim()).text.trim();
  const words = [...haystack.text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const size = Math.max(1, wanted.split(' ').length);
  if (words.length === 0) return null;
  const target = bigrams(wanted);
  let best: { start: number; end: number; similarity: number } | null = null;
  for (let first = 0; first + Math.min(size, words.length) <= words.length; first++) {
    const start = words[first]!.start;
    const end = words[Math.min(first + size, words.length) - 1]!.end;
    const similarity = dice(target, bigrams(haystack.text.slice(start, end)));
    if (!best || similarity > best.similarity) best = { start, end, similarity };
  }
  const span = originalSpan(haystack, text, best!.start, best!.end);
  const startOffset = codePointOffset(text, span.start);
  const passage = text.slice(span.start, span.end);
  return { passage, startOffset, endOffset: startOffset + codePointLength(passage), similarity: Math.round(best!.similarity * 100) / 100 };
}

function bigrams(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < value.length; i++) {
    const pair = value.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  for (const [pair, count] of a) shared += Math.min(count, b.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}
