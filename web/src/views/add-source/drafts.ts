// What the "Add a source" page works with, and the pure steps between them: a selected or typed passage to a claim
// draft, the text cut into runs around its mentions, an API error to the form field it names, the page's state to
// the one importBundle that saves it.
import { ApiError } from '../../api';
import { codePoints } from '../../format';
import type { AnalyzeSourceQuery, ImportBundleInput, Stance } from '../../generated/graphql';

export type Analysis = AnalyzeSourceQuery['analyzeSource'];
export type Mention = Analysis['mentions'][number];
export type Quotation = Analysis['quotations'][number];
export type Figure = Analysis['figures'][number];

export interface SourceFields {
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

/** What a dropped file said of itself beyond the form's fields. */
export interface SourceFile {
  kind: 'NEWS_ARTICLE' | 'REPORT' | 'OTHER';
  /** Where each page starts in the text (a PDF's); null for a page, or once the text was edited. */
  pageStarts: number[] | null;
}

export interface NewActor {
  name: string;
  kind: 'STATE' | 'PERSON' | 'ORGANISATION' | 'INTERNATIONAL_ORGANISATION' | 'NON_STATE_ARMED_GROUP' | 'OTHER';
}

/** A claim's structured form, typed by hand: checked against the data as it is typed. */
export interface TypedFields {
  predicate: string;
  subject: string;
  object: string;
  objectValue: string;
  validFrom: string;
  validTo: string;
}

export const NO_TYPED_FIELDS: TypedFields = { predicate: '', subject: '', object: '', objectValue: '', validFrom: '', validTo: '' };

export interface ClaimDraft {
  statement: string;
  /** Who asserts it, by name: an accepted quotation's speaker; empty: the source's author. */
  asserter: string;
  typed: TypedFields;
  quote: string;
  /** Where the passage was selected; null for a typed one, which the service locates (whatever its case and typography). */
  startOffset: number | null;
  endOffset: number | null;
  about: string[];
  stance: Stance;
  confidence: string;
}

/** Errors by the form field they name: `sources.0.title`, `claims.0.statement`, `actors.1.name`; `save` for the rest. */
export type FieldErrors = Record<string, string>;

export const ACTOR_KINDS: NewActor['kind'][] = ['ORGANISATION', 'PERSON', 'STATE', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER'];
export const STANCES: Stance[] = ['SUPPORTS', 'REFUTES', 'MENTIONS'];

/** The actors mentioned inside a passage (offsets in code points), each once. */
function aboutOf(analysis: Analysis, start: number, end: number): string[] {
  return [...new Set(analysis.mentions.filter((m) => m.startOffset < end && m.endOffset > start).map((m) => m.actor.name))];
}

const draftOf = (quote: string, startOffset: number | null, endOffset: number | null, about: string[]): ClaimDraft => ({
  statement: '',
  asserter: '',
  typed: NO_TYPED_FIELDS,
  quote,
  startOffset,
  endOffset,
  about,
  stance: 'SUPPORTS',
  confidence: '0.7',
});

/** A claim draft from the passage selected in the stored text's panel, or why there is none. */
export function draftFromSelection(analysis: Analysis, panel: HTMLElement, selection: Selection | null): ClaimDraft | string {
  const problem = 'Select a passage of the stored text first.';
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return problem;
  const range = selection.getRangeAt(0);
  if (!panel.contains(range.startContainer) || !panel.contains(range.endContainer)) return problem;
  const before = document.createRange();
  before.setStart(panel, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const startOffset = codePoints(before.toString()).length;
  const quote = range.toString();
  const endOffset = startOffset + codePoints(quote).length;
  return draftOf(quote, startOffset, endOffset, aboutOf(analysis, startOffset, endOffset));
}

/** A claim draft from an accepted quotation: said by its speaker (a stored actor), cited to the exact quote. */
export function draftFromQuotation(analysis: Analysis, quotation: Quotation): ClaimDraft {
  const asserter = quotation.speaker?.actor?.name ?? '';
  const about = aboutOf(analysis, quotation.startOffset, quotation.endOffset).filter((name) => name !== asserter);
  return { ...draftOf(quotation.quote, quotation.startOffset, quotation.endOffset, about), statement: quotation.quote, asserter };
}

/** A claim draft from an accepted figure: its sentence as the quote, typed as the figure reads it. */
export function draftFromFigure(analysis: Analysis, figure: Figure): ClaimDraft {
  const draft = draftOf(figure.text, figure.startOffset, figure.endOffset, aboutOf(analysis, figure.startOffset, figure.endOffset));
  return {
    ...draft,
    statement: figure.text,
    typed: {
      predicate: figure.predicate, subject: figure.subject.name, object: figure.object.name, objectValue: figure.objectValue ?? '',
      validFrom: figure.validFrom ?? '', validTo: figure.validTo ?? '',
    },
  };
}

/** The typed fields checkClaim can check: a predicate, a subject and an object at least. */
export function checkable(typed: TypedFields): boolean {
  return typed.predicate.trim() !== '' && typed.subject.trim() !== '' && typed.object.trim() !== '';
}

/** Typographic quotes and dashes folded one character for one, so that an index found holds in the stored text too. */
const loose = (value: string) => value.toLowerCase().replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐-―−]/g, '-');

/** A claim draft from a typed or pasted passage (the keyboard's way to what selecting does), or why there is none. */
export function draftFromPassage(analysis: Analysis, typed: string): ClaimDraft | string {
  const passage = typed.trim();
  if (!passage) return 'Type or paste a passage of the stored text first.';
  const at = loose(analysis.text).indexOf(loose(passage));
  if (at < 0) return draftOf(passage, null, null, []);
  const start = codePoints(analysis.text.slice(0, at)).length;
  return draftOf(passage, null, null, aboutOf(analysis, start, start + codePoints(passage).length));
}

export type Weapon = Analysis['weapons'][number];

/** The text cut into runs, each mention and each weapon its own run (offsets in code points). */
export function segments(text: string, mentions: Mention[], weapons: Weapon[] = []): { text: string; mention?: Mention; weapon?: Weapon }[] {
  const points = codePoints(text);
  const runs: { text: string; mention?: Mention; weapon?: Weapon }[] = [];
  const marks = [...mentions.map((mention) => ({ startOffset: mention.startOffset, endOffset: mention.endOffset, mention })), ...weapons.map((weapon) => ({ startOffset: weapon.startOffset, endOffset: weapon.endOffset, weapon }))]
    .sort((a, b) => a.startOffset - b.startOffset);
  let at = 0;
  for (const mark of marks) {
    if (mark.startOffset < at) continue;
    if (mark.startOffset > at) runs.push({ text: points.slice(at, mark.startOffset).join('') });
    runs.push({ text: points.slice(mark.startOffset, mark.endOffset).join(''), ...('mention' in mark ? { mention: mark.mention } : { weapon: mark.weapon }) });
    at = mark.endOffset;
  }
  if (at < points.length) runs.push({ text: points.slice(at).join('') });
  return runs;
}

/** A failed request's message, by the field it names (`prefix` for one that names none). */
export function errorsOf(error: unknown, prefix: string): FieldErrors {
  if (!(error instanceof ApiError)) return { [prefix]: String(error) };
  if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') return { save: `${error.message} (an editor's API key is needed to save)` };
  return { [error.field ? `${prefix}.${error.field}` : prefix]: error.message };
}

/** The source as stored, its new actors and its claims: one bundle, written atomically or not at all. */
export function bundleOf(fields: SourceFields, analysis: Analysis, newActors: NewActor[], claims: ClaimDraft[], file: SourceFile | null = null): ImportBundleInput {
  const source = { contentHash: analysis.contentHash };
  return {
    actors: newActors.map((actor) => ({ kind: actor.kind, name: actor.name })),
    sources: [
      {
        kind: file?.kind ?? 'NEWS_ARTICLE',
        title: fields.title,
        text: analysis.text,
        ...(file?.pageStarts ? { pageStarts: file.pageStarts } : {}),
        url: fields.url || null,
        publisher: fields.publisher || null,
        publishedAt: fields.publishedAt || null,
      },
    ],
    claims: claims.map((claim) => ({
      statement: claim.statement,
      ...(claim.asserter.trim() ? { asserter: claim.asserter.trim() } : { asserterSource: source }),
      ...typedOf(claim.typed),
      confidence: claim.confidence === '' ? null : Number(claim.confidence),
      about: claim.about.map((actor) => ({ actor })),
      citations: [{ source, quote: claim.quote, startOffset: claim.startOffset, endOffset: claim.endOffset, stance: claim.stance }],
    })),
  };
}

/** A draft's typed fields as a bundle claim carries them (none when no predicate is typed). */
function typedOf(typed: TypedFields) {
  if (!typed.predicate.trim()) return {};
  const value = (field: string) => (field.trim() === '' ? null : field.trim());
  return {
    predicate: typed.predicate.trim(),
    subject: value(typed.subject),
    object: value(typed.object),
    objectValue: value(typed.objectValue),
    validFrom: value(typed.validFrom),
    validTo: value(typed.validTo),
  };
}
