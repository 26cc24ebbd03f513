// How well Dossier proposes quotations, measured over the labelled set (samples/labelled/quotations.json): the
// quote spans' precision, recall and F1 (a span counts when it is exactly the labelled one), the share of quotes
// said by a stored actor whose speaker is that actor, and the titles and scare-quoted terms proposed (none
// allowed). The analysis is passed in: the test runs it through GraphQL on both databases, the script on PGlite.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/shared/paths';
import { codePointLength } from '../../src/shared/text';

export const LABELLED_QUOTATIONS = projectPath('samples', 'labelled', 'quotations.json');

/** The targets of issue 37: span F1, speakers right among quotes of stored actors, titles proposed. */
export const QUOTATION_TARGETS = { spanF1: 0.95, speakerAccuracy: 0.85, titlesProposed: 0 };

export interface LabelledActor {
  name: string;
  kind: 'STATE' | 'PERSON' | 'ORGANISATION' | 'INTERNATIONAL_ORGANISATION';
  aliases: string[];
  demonyms?: string[];
}

export interface LabelledQuotations {
  actors: LabelledActor[];
  documents: {
    id: string;
    text: string;
    quotations: { quote: string; speaker: string | null; speakerText: string | null; rule: string | null }[];
    notQuotations: string[];
  }[];
}

/** A quotation as an analysis proposes it: its span in the analysed text and its speaker's actor, by name. */
export interface ProposedQuotation {
  quote: string;
  startOffset: number;
  speakerActor: string | null;
  rule: string;
}

export interface QuotationScore {
  documents: number;
  labelled: number;
  proposed: number;
  spansRight: number;
  precision: number;
  recall: number;
  spanF1: number;
  /** Labelled quotes whose speaker is a stored actor, and how many of them were proposed with that actor. */
  withStoredSpeaker: number;
  speakersRight: number;
  speakerAccuracy: number;
  /** Labelled rules matched, among the spans right. */
  rulesRight: number;
  titlesProposed: number;
  /** What went wrong, a line each: for a person to read when a figure drops. */
  misses: string[];
}

export function readLabelledQuotations(): LabelledQuotations {
  return JSON.parse(readFileSync(LABELLED_QUOTATIONS, 'utf8')) as LabelledQuotations;
}

/** Scores the quotations `analyze` proposes for each labelled document (it returns the text as analysed, too). */
export async function scoreQuotations(
  labelled: LabelledQuotations,
  analyze: (text: string) => Promise<{ text: string; quotations: ProposedQuotation[] }>,
): Promise<QuotationScore> {
  const score = { documents: 0, labelled: 0, proposed: 0, spansRight: 0, withStoredSpeaker: 0, speakersRight: 0, rulesRight: 0, titlesProposed: 0, misses: [] as string[] };
  for (const document of labelled.documents) {
    const { text, quotations } = await analyze(document.text);
    score.documents++;
    score.proposed += quotations.length;
    const at = (quote: string) => {
      const index = text.indexOf(quote);
      if (index < 0) throw new Error(`${document.id}: the labelled quote "${quote}" is not in the analysed text`);
      return codePointLength(text.slice(0, index));
    };
    const matched = new Set<ProposedQuotation>();
    for (const gold of document.quotations) {
      score.labelled++;
      const start = at(gold.quote);
      const found = quotations.find((proposed) => proposed.startOffset === start && proposed.quote === gold.quote);
      if (found) {
        matched.add(found);
        score.spansRight++;
        if (gold.rule === found.rule) score.rulesRight++;
      } else {
        score.misses.push(`${document.id}: missed "${gold.quote}"`);
      }
      if (gold.speaker !== null) {
        score.withStoredSpeaker++;
        if (found?.speakerActor === gold.speaker) score.speakersRight++;
        else if (found) score.misses.push(`${document.id}: "${gold.quote}" said by ${found.speakerActor ?? 'nobody stored'}, not ${gold.speaker}`);
      }
    }
    for (const proposed of quotations) {
      if (matched.has(proposed)) continue;
      const named = document.notQuotations.some((term) => term.includes(proposed.quote) || proposed.quote.includes(term));
      if (named) score.titlesProposed++;
      score.misses.push(`${document.id}: proposed ${named ? 'a title or term' : 'a span not labelled'}: "${proposed.quote}"`);
    }
  }
  const precision = score.proposed === 0 ? 1 : score.spansRight / score.proposed;
  const recall = score.labelled === 0 ? 1 : score.spansRight / score.labelled;
  return {
    ...score,
    precision,
    recall,
    spanF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: score.withStoredSpeaker === 0 ? 1 : score.speakersRight / score.withStoredSpeaker,
  };
}

/** Whether a score meets the targets. */
export function meetsQuotationTargets(score: QuotationScore): boolean {
  return score.spanF1 >= QUOTATION_TARGETS.spanF1 && score.speakerAccuracy >= QUOTATION_TARGETS.speakerAccuracy && score.titlesProposed <= QUOTATION_TARGETS.titlesProposed;
}

// ─── Figures (samples/labelled/figures.json) ──────────────────────────────────────────────────────────────────

export const LABELLED_FIGURES = projectPath('samples', 'labelled', 'figures.json');

/** The targets of issue 37 for figures: right for at least 0.8 of the labelled ones; none with the wrong direction. */
export const FIGURE_TARGETS = { right: 0.8, wrongDirection: 0 };

export interface LabelledFigure {
  predicate: string;
  subject: string;
  object: string;
  fromYear: number | null;
  toYear: number | null;
  objectValue: string | null;
}

export interface LabelledFigures {
  actors: LabelledActor[];
  sentences: { sentence: string; figure: LabelledFigure | null }[];
}

export interface FigureScore {
  labelled: number;
  /** Sentences with a figure labelled whose proposal has the same predicate, actors, period and value. */
  right: number;
  share: number;
  /** Proposals for sentences labelled with no figure. */
  proposedWithout: number;
  /** Proposals saying rising where the label says falling, or the other way. */
  wrongDirection: number;
  misses: string[];
}

export function readLabelledFigures(): LabelledFigures {
  return JSON.parse(readFileSync(LABELLED_FIGURES, 'utf8')) as LabelledFigures;
}

/** Scores the figure `analyze` proposes for each labelled sentence (each analysed alone). */
export async function scoreFigures(labelled: LabelledFigures, analyze: (text: string) => Promise<LabelledFigure[]>): Promise<FigureScore> {
  const score = { labelled: 0, right: 0, proposedWithout: 0, wrongDirection: 0, misses: [] as string[] };
  const opposite: Record<string, string> = { ARMS_SUPPLY_RISING: 'ARMS_SUPPLY_FALLING', ARMS_SUPPLY_FALLING: 'ARMS_SUPPLY_RISING' };
  for (const { sentence, figure } of labelled.sentences) {
    const [proposed] = await analyze(sentence);
    if (!figure) {
      if (proposed) {
        score.proposedWithout++;
        score.misses.push(`proposed ${proposed.predicate} for "${sentence}", which states no figure`);
      }
      continue;
    }
    score.labelled++;
    if (proposed && opposite[figure.predicate] === proposed.predicate) score.wrongDirection++;
    const same = proposed && (['predicate', 'subject', 'object', 'fromYear', 'toYear', 'objectValue'] as const).every((field) => proposed[field] === figure[field]);
    if (same) score.right++;
    else score.misses.push(`"${sentence}": ${proposed ? JSON.stringify(proposed) : 'nothing proposed'}`);
  }
  return { ...score, share: score.labelled === 0 ? 1 : score.right / score.labelled };
}
