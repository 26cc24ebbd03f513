// Quotes located in source texts. Offsets count Unicode code points (as PostgreSQL's substr does), end exclusive.
import { createHash } from 'node:crypto';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The source text between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Code-point offsets of the first occurrence of `quote` in `text`, or null. */
export function locateQuote(text: string, quote: string): { startOffset: number; endOffset: number } | null {
  const unitIndex = text.indexOf(quote);
  if (unitIndex < 0) return null;
  const startOffset = Array.from(text.slice(0, unitIndex)).length;
  return { startOffset, endOffset: startOffset + Array.from(quote).length };
}
