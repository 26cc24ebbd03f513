// Finding actors in a text: every form of every actor compiled once into Aho-Corasick automata
// (modern-ahocorasick), matched over the text's folded form on word boundaries, longest match first.
import AhoCorasick from 'modern-ahocorasick';
import { codePointOffset, fold, originalSpan, type Folded } from '../../shared/text-forms';
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
  carriers: { actorId: number; kind: MentionFormKind }[][];
}

export class MentionMatcher {
  private readonly anyCase: Dictionary | null;
  private readonly asWritten: Dictionary | null;

  constructor(forms: ActorFormRow[]) {
    const anyCase = new Map<string, { actorId: number; kind: MentionFormKind }[]>();
    const asWritten = new Map<string, { actorId: number; kind: MentionFormKind }[]>();
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

  /** Every mention in `text`, in text order; where matches overlap, the longest (then the first) wins. */
  find(text: string): FoundMention[] {
    const candidates = [
      ...candidatesIn(this.anyCase, fold(text), text),
      ...candidatesIn(this.asWritten, fold(text, { keepCase: true }), text),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: typeof candidates = [];
    let reached = 0;
    for (const candidate of candidates) {
      if (candidate.start < reached) continue;
      chosen.push(candidate);
      reached = candidate.end;
    }
    return chosen.map(({ start, end, carriers }) => {
      const ranked = [...carriers].sort((a, b) => FORM_STRENGTH[a.kind] - FORM_STRENGTH[b.kind] || a.actorId - b.actorId);
      const startOffset = codePointOffset(text, start);
      const words = text.slice(start, end);
      return {
        actorId: ranked[0]!.actorId,
        alternativeIds: ranked.slice(1).map((carrier) => carrier.actorId),
        form: ranked[0]!.kind,
        startOffset,
        endOffset: startOffset + Array.from(words).length,
        text: words,
      };
    });
  }
}

function dictionary(patterns: Map<string, { actorId: number; kind: MentionFormKind }[]>): Dictionary | null {
  if (patterns.size === 0) return null;
  return { automaton: new AhoCorasick([...patterns.keys()]), carriers: [...patterns.values()] };
}

/** The matches on word boundaries, as UTF-16 spans of the original text. */
function candidatesIn(dictionary: Dictionary | null, folded: Folded, original: string) {
  if (!dictionary) return [];
  return dictionary.automaton
    .search(folded.text)
    .filter(({ start, end }) => !WORD_CHAR.test(folded.text[start - 1] ?? '') && !WORD_CHAR.test(folded.text[end] ?? ''))
    .map(({ start, end, patternIndex }) => ({ ...originalSpan(folded, original, start, end), carriers: dictionary.carriers[patternIndex]! }));
}
