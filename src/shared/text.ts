// Quotes located in source texts. Offsets count Unicode code points (as PostgreSQL's substr does), end exclusive.
import { createHash } from 'node:crypto';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The source text between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  // Without surrogate pairs a code point is a code unit: no array of characters is needed.
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

/** The length of a text in code points. */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}

/**
 * The code-point offset of each UTF-16 index of `text`, asked for in increasing order: counted once along the
 * text, however many offsets a reading asks for.
 */
export function codePointCursor(text: string): (index: number) => number {
  let unit = 0;
  let point = 0;
  return (index) => {
    for (; unit < index; unit++) {
      const code = text.charCodeAt(unit);
      if (!(code >= 0xdc00 && code <= 0xdfff)) point++;
    }
    return point;
  };
}
