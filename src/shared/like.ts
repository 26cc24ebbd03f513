// "Contains" filters on LIKE: the user's text matched literally, so that % and _ are characters, not wildcards.

/** `%text%` with LIKE's wildcards and its escape character in `text` escaped (LIKE's default escape is a backslash). */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text` with \, % and _ escaped for LIKE; Prisma's `contains` does not escape them itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
