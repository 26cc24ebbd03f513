// Weapon systems named in a text, recognised by the designations the arms-transfer data hold: "Su-30MKI" and
// "Su-30 MKI" are the register's "Su-30MK" (one family, "Su-30"), "S-400 Triumf" its "S-400", "BrahMos" its
// "BrahMos LAND" and "BrahMos NAVAL". A designation with a number is known by its family (the letters and numbers
// before a variant's letters); one without is known as written, case and all (so "MILAN" is a missile and "Milan" a
// city). Descriptions such as "vehicle engine 201-300" name no system and are left out.
import { codePointCursor } from '../../shared/text';

/** A weapon named in a text: UTF-16 span while read, code points once returned. */
export interface WeaponMention {
  text: string;
  startOffset: number;
  endOffset: number;
  /** The family the words name ("Su-30"). */
  family: string;
  /** The data's designations of that family ("Su-30MK", "Su-30MKI"). */
  designations: string[];
}

/** A designation's family: its first word less a parenthesis, and less a variant's letters after its last number. */
export function familyOf(designation: string): string | null {
  const first = designation.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/)[0] ?? '';
  if (!/\p{L}/u.test(first) || first.length < 3) return null;
  if (/\d/.test(first)) return first.replace(/(\d)[\p{L}]+$/u, '$1');
  // A name without a number: a proper name of a system (BrahMos, Konkurs, MILAN), never a common lower-case word.
  return /^\p{Lu}/u.test(first) && first.length >= 4 ? first : null;
}

/** The families of the data's designations, each with its designations; descriptions ("ship engine 8001-11000") left out. */
export function designationFamilies(designations: readonly string[]): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const designation of designations) {
    if (/\s\p{Ll}{3,}/u.test(` ${designation}`) && !/^\p{Lu}/u.test(designation)) continue;
    const family = familyOf(designation);
    if (!family) continue;
    const list = families.get(family) ?? [];
    list.push(designation);
    families.set(family, list);
  }
  return families;
}

/** A word of a text as a designation may be written: letters, digits and hyphens. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** A variant written apart after the family ("Su-30 MKI", "S-400 Triumf"): kept in the mention's words. */
const VARIANT = /^ (?:[\p{Lu}\d]{1,4}\b|\p{Lu}\p{Ll}+(?= (?:system|missile|missiles|systems|air|jets?|fighters?|tanks?|rifles?|regiments?|squadrons?)\b))/u;

/** Nouns after a system's name that say it is one: "Kuznetsov" alone is a surname, "Kuznetsov class" a carrier. */
const WEAPON_NOUN = /^(?: [\p{Lu}\d]{1,4})? (?:missiles?|systems?|class|helicopters?|tanks?|fighters?|jets?|aircraft|frigates?|submarines?|corvettes?|destroyers?|carriers?|rifles?|drones?|launchers?|radars?|rockets?|guns?|howitzers?|vehicles?)\b/u;

/**
 * Whether a word without a number names a system: written as no ordinary word is (two capitals: "BrahMos",
 * "MILAN", "IRIS-T"), or followed by what it is ("Kuznetsov class", "Smerch rockets"); "King", "David" and "Storm"
 * alone are not.
 */
function namesSystem(word: string, after: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || WEAPON_NOUN.test(after);
}

/** What weaponSlices finds: every weapon mention's UTF-16 span (start, end, ...) and the first `limit` as objects. */
export interface FoundWeapons {
  count: number;
  spans: number[];
  mentions: WeaponMention[];
}

/** Words read between two yields of weaponSlices. */
const TOKENS_PER_SLICE = 20_000;

/** The weapons a text names, in text order, with their code-point offsets; yields every TOKENS_PER_SLICE words. */
export function* weaponSlices(text: string, families: ReadonlyMap<string, string[]>, found: FoundWeapons, limit = 1000): Generator<void> {
  const pointAt = codePointCursor(text);
  let read = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (++read % TOKENS_PER_SLICE === 0) yield;
    const word = match[0];
    const family = /\d/.test(word) ? word.replace(/(\d)[\p{L}]+$/u, '$1') : word;
    const designations = families.get(family);
    if (!designations) continue;
    if (!/\d/.test(word) && !namesSystem(word, text.slice(match.index + word.length, match.index + word.length + 30))) continue;
    const variant = VARIANT.exec(text.slice(match.index + word.length, match.index + word.length + 40));
    const words = word + (variant ? variant[0] : '');
    found.count++;
    found.spans.push(match.index, match.index + words.length);
    if (found.mentions.length >= limit) continue;
    const point = pointAt(match.index);
    const length = [...words].length;
    found.mentions.push({ text: words, startOffset: point, endOffset: point + length, family, designations: [...designations].sort() });
  }
}
