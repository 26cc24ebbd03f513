// How much of a text another one repeats: the share of word shingles (runs of SHINGLE_WORDS words, folded) of the
// shorter text that the other holds too. 1 for the same words in the same order; an edited copy of an article
// keeps most of its shingles, an article on the same subject keeps almost none.
import { fold } from '../../shared/text-forms';

export const SHINGLE_WORDS = 5;
/** The similarity from which a stored source counts as a near duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

export function shinglesOf(text: string): Set<string> {
  const words = fold(text).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  if (shingles.size === 0 && words.length > 0) shingles.add(words.join(' '));
  return shingles;
}

/** Shared shingles over the shingles of the text that has fewer (0 when either has none). */
export function shingleSimilarity(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}

/** Words to find candidate copies by in the full-text index: the text's longest distinct words, at most `count`. */
export function distinctiveWords(text: string, count = 12): string[] {
  const words = [...new Set(fold(text).text.split(/[^\p{L}]+/u).filter((word) => word.length >= 6))];
  return words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, count);
}
