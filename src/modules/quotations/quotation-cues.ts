// What attributes a quotation to its speaker, as data: the cue words (reporting verbs and "according to"), the
// rules that attribute a quote and how far each is trusted, and the words that mark a quote as a title or a
// scare-quoted term rather than something said. quotation-finder.ts reads only these tables.

/** A word that says who said a quote. `inverts`: it may come before its speaker ("…," said Lavrov). */
export interface QuotationCue {
  cue: string;
  inverts: boolean;
}

/** Reporting verbs in the forms news writes them; "told" takes its listener after it, so it never inverts. */
export const QUOTATION_CUES: readonly QuotationCue[] = [
  ...['said', 'says', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'noted', 'notes', 'explained', 'explains', 'insisted', 'insists',
    'stressed', 'stresses', 'asserted', 'asserts', 'claimed', 'claims', 'declared', 'declares', 'announced', 'announces', 'argued', 'argues',
    'remarked', 'wrote', 'writes', 'replied', 'replies', 'asked', 'asks', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'confirmed',
    'confirms', 'denied', 'denies', 'continued', 'recalled', 'recalls', 'observed', 'emphasised', 'emphasized', 'cautioned', 'predicted',
    'concluded', 'responded', 'tweeted', 'posted', 'quipped', 'pointed out', 'went on']
    .map((cue) => ({ cue, inverts: true })),
  ...['told', 'tells', 'assured', 'reminded', 'informed'].map((cue) => ({ cue, inverts: false })),
];

/** The source cue: its speaker follows it, always ("…", according to Lavrov). */
export const ACCORDING_TO = 'according to';

/** How a quotation was attributed, and how far that is trusted (its confidence when the speaker is a stored actor). */
export const ATTRIBUTION_RULES = {
  /** A cue next to the quote: "…," Lavrov said / "…," said Lavrov / Lavrov said that "…" / "…", according to Lavrov. */
  ADJACENT_CUE: 0.9,
  /** A speaker and a colon before it: Lavrov said: "…" / Lavrov: "…". */
  LEADING_COLON: 0.85,
  /** The second half of a split quote: "…," Lavrov said, "…". */
  SPLIT_QUOTE: 0.85,
  /** A cue earlier in the same sentence: Lavrov said the talks had been "frank and useful". */
  SAME_SENTENCE: 0.75,
  /** A pronoun ("he said"), pointing back to the last speaker named. */
  PRONOUN: 0.7,
  /** A quote standing alone right after one attributed in the same or the previous paragraph: the same speaker goes on. */
  CONTINUATION: 0.6,
  /** No attribution found: proposed only when it reads as a sentence (six words or more), for a person to attribute. */
  NONE: 0.3,
} as const;

export type AttributionRule = keyof typeof ATTRIBUTION_RULES;

/** A speaker named but not a stored actor is trusted less: a person has to say who it is. */
export const UNKNOWN_SPEAKER_FACTOR = 0.8;

/** A word before a quote that makes it a name, a title or a term, not something said ("so-called", "dubbed"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'called', 'so-called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'termed', 'term', 'terms', 'word', 'words', 'phrase',
  'slogan', 'headlined', 'headline', 'label', 'labelled', 'labeled', 'branded', 'codenamed', 'code-named', 'operation', 'book', 'film',
  'report', 'song', 'article', 'programme', 'program', 'doctrine', 'known as',
]);

/** Pronouns that stand for a speaker named before, and whether they stand for a person. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'other' | 'any'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'any'], ['it', 'other'], ['we', 'any'], ['i', 'person'],
]);

/** Words after an actor's name that make its spokesperson the speaker: "a Kremlin spokesman" speaks for the Kremlin. */
export const SPEAKER_FOR_WORDS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'statement']);

/** Quotes with fewer words than this are proposed only next to a cue: shorter ones are terms or scare quotes. */
export const MIN_WORDS_IN_SENTENCE = 3;
/** Quotes without any attribution are proposed from this many words (a sentence, not a term or a title). */
export const MIN_WORDS_UNATTRIBUTED = 6;
/** A speaker's words at most: a longer run is a clause, not a name. */
export const MAX_SPEAKER_WORDS = 9;
