// Fact-checkers' ClaimReview in (schema.org, as fact-checkers publish it and Google's Fact Check Tools collect it):
// one review, a list, a JSON-LD @graph, a DataFeed of them (Google's feed layout), or one review a line. Each review
// becomes a claim with its fact check kept as given: the claim reviewed (claimReviewed, else the Claim's text), said
// by its author (itemReviewed.author: an actor, matched against the stored ones and joined through sameAs, created as
// a person or an organisation otherwise) or, with no author, by the first place it appeared; the places it appeared
// (appearance, firstAppearance) as sources by URL, their quotes as citations; the review (its author, URL, date and
// reviewRating) as the claim's fact check. Reviews of one claim by several fact-checkers make one claim with several
// fact checks. A Claim node without a review (as Dossier's own export writes an unchecked claim) is a claim alone.
// What the claim is `about` (its subject) and the Things it `mentions` are the actors it is about when they name
// an actor of the file or a stored one; other names (topics, more often than not) are left out.
// A review without a claim, a reviewer or a URL is its error, by line (one review a line) or by place in the file.
import { readFile } from 'node:fs/promises';
import { firstDayOf } from '../../shared/dates';
import type { Bundle, ImportOptions, ImportResult, RecordError } from './bundle';
import { FileFormatError } from './file-format-error';
import type { ImportService } from './imports.service';
import type { BundleActor, BundleClaim, BundleFactCheck, BundleSource } from './imports.validation';
import { joinStoredActors } from './stored-actors';
import { lookupKey } from '../../shared/lookup-key';

/** A JSON-LD node as read: any object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

/** A node read from the file, with where it was: its line (one review a line) or its place among the file's nodes. */
interface Located {
  node: Node;
  line: number | undefined;
  place: number;
}

const typesOf = (node: Node): string[] => [node['@type']].flat().filter((type): type is string => typeof type === 'string');
const isA = (node: unknown, type: string): node is Node => Boolean(node) && typeof node === 'object' && typesOf(node as Node).includes(type);
const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
/** A property that may be text or a Thing with a name (an author, a publisher). */
const nameOf = (value: unknown): string | null => {
  const named = listOf(value)[0];
  if (typeof named === 'string') return named.trim() || null;
  return named && typeof named === 'object' && typeof (named as Node).name === 'string' ? (named as Node).name.trim() || null : null;
};
const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const numberOf = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
};

/** The reviews and claims of a file in any of the layouts above, in file order. */
async function readNodes(file: string): Promise<{ nodes: Located[]; errors: RecordError[] }> {
  const text = await readFile(file, 'utf8');
  if (!text.trim()) throw new FileFormatError('claimreview', 'the file is empty');
  const nodes: Located[] = [];
  const errors: RecordError[] = [];
  const collect = (value: unknown, line: number | undefined) => {
    for (const item of listOf(value)) {
      if (!item || typeof item !== 'object') continue;
      const node = item as Node;
      if (Array.isArray(node['@graph'])) collect(node['@graph'], line);
      else if (isA(node, 'DataFeed')) collect(listOf(node.dataFeedElement).flatMap((element) => listOf((element as Node)?.item ?? element)), line);
      else if (isA(node, 'ClaimReview') || isA(node, 'Claim')) nodes.push({ node, line, place: nodes.length });
    }
  };
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    // One review a line.
    text.split('\n').forEach((lineText, i) => {
      if (!lineText.trim()) return;
      try {
        collect(JSON.parse(lineText), i + 1);
      } catch (error) {
        errors.push({ entity: 'file', index: -1, line: i + 1, field: '(line)', message: `not JSON: ${(error as Error).message}` });
      }
    });
    if (nodes.length === 0 && errors.length > 0 && errors.length === text.split('\n').filter((l) => l.trim()).length) {
      throw new FileFormatError('claimreview', 'the file is neither JSON nor JSON lines');
    }
  }
  if (whole !== undefined) collect(whole, undefined);
  if (nodes.length === 0 && errors.length === 0) throw new FileFormatError('claimreview', 'the file holds no ClaimReview or Claim');
  return { nodes, errors };
}

/** The source a place of appearance names (a CreativeWork, or a Quotation's isPartOf), and the quote, if any. */
function appearanceOf(value: unknown): { source: BundleSource; quote: string | null } | null {
  if (!value || typeof value !== 'object') return typeof value === 'string' && /^https?:\/\//.test(value) ? { source: { kind: 'OTHER', title: value, url: value } as BundleSource, quote: null } : null;
  const node = value as Node;
  const work: Node = isA(node, 'Quotation') && node.isPartOf && typeof node.isPartOf === 'object' ? node.isPartOf : node;
  const url = textOf(work.url);
  if (!url) return null;
  const published = firstDayOf(textOf(work.datePublished));
  return {
    source: {
      kind: 'OTHER',
      title: textOf(work.headline) ?? textOf(work.name) ?? url,
      url,
      ...(nameOf(work.publisher) ? { publisher: nameOf(work.publisher) } : {}),
      ...(nameOf(work.author) ? { author: nameOf(work.author) } : {}),
      ...(published ? { publishedAt: published } : {}),
    } as unknown as BundleSource,
    quote: isA(node, 'Quotation') ? textOf(node.text) : null,
  };
}

/** Imports a ClaimReview file: its claims with their fact checks, their authors and the places they appeared. */
export async function importClaimReviews(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const { nodes, errors } = await readNodes(file);
  const fail = (located: Located, field: string, message: string) => errors.push({ entity: 'file', index: located.line === undefined ? located.place : -1, line: located.line, field, message });

  const actors = new Map<string, BundleActor>();
  const actorLines: number[] = [];
  const sources = new Map<string, BundleSource>();
  // One claim per author (or first place) and statement, however many reviews it has.
  type ClaimRecord = BundleClaim & { factChecks: BundleFactCheck[]; citations: NonNullable<BundleClaim['citations']>; aboutNames: { name: string; role: 'SUBJECT' | 'MENTIONED' }[] };
  const claims = new Map<string, ClaimRecord>();
  const claimLines: number[] = [];

  for (const located of nodes) {
    const { node } = located;
    const review = isA(node, 'ClaimReview') ? node : null;
    const claimNode: Node = review ? (listOf(review.itemReviewed).find((item) => item && typeof item === 'object') as Node | undefined) ?? {} : node;
    const statement = textOf(review?.claimReviewed) ?? textOf(claimNode.text) ?? textOf(claimNode.name);
    if (!statement) {
      fail(located, review ? 'claimReviewed' : 'text', 'the claim has no text (claimReviewed, or the Claim\'s text)');
      continue;
    }
    const places = [...listOf(claimNode.appearance), ...listOf(claimNode.firstAppearance)].map(appearanceOf).filter((place) => place !== null);
    for (const { source } of places) if (!sources.has(source.url!)) sources.set(source.url!, source);
    const author = nameOf(claimNode.author);
    if (!author && places.length === 0) {
      fail(located, review ? 'itemReviewed.author' : 'author', 'the claim names neither its author nor a place it appeared (with a URL)');
      continue;
    }
    let factCheck: BundleFactCheck | null = null;
    if (review) {
      const reviewer = nameOf(review.author);
      const url = textOf(review.url);
      if (!reviewer || !url) {
        fail(located, reviewer ? 'url' : 'author', reviewer ? 'the review has no URL' : 'the review names no author (the fact-checker)');
        continue;
      }
      const rating: Node = listOf(review.reviewRating).find((item) => item && typeof item === 'object') as Node | undefined ?? {};
      const published = firstDayOf(textOf(review.datePublished));
      factCheck = {
        reviewer,
        reviewerUrl: textOf(listOf(review.author).map((a) => (a as Node)?.url)[0]),
        url,
        publishedAt: published,
        ratingValue: numberOf(rating.ratingValue),
        bestRating: numberOf(rating.bestRating),
        worstRating: numberOf(rating.worstRating),
        ratingName: textOf(rating.alternateName) ?? textOf(rating.name),
        ratingExplanation: textOf(rating.ratingExplanation) ?? textOf(review.reviewBody),
      } as unknown as BundleFactCheck;
    }
    if (author && !actors.has(author.toLowerCase())) {
      actors.set(author.toLowerCase(), { kind: isA(listOf(claimNode.author)[0], 'Person') ? 'PERSON' : 'ORGANISATION', name: author } as BundleActor);
      actorLines.push(located.line ?? 0);
    }
    const key = `${author ? `actor:${author.toLowerCase()}` : `source:${places[0]!.source.url}`}|${statement}`;
    let claim = claims.get(key);
    if (!claim) {
      claim = {
        statement,
        ...(author ? { asserter: author } : { asserterSource: { url: places[0]!.source.url } }),
        citations: [],
        factChecks: [],
        aboutNames: [],
      } as unknown as ClaimRecord;
      claims.set(key, claim);
      claimLines.push(located.line ?? 0);
    }
    for (const { source, quote } of places) {
      if (quote && !claim.citations.some((citation) => citation.quote === quote && citation.source.url === source.url)) {
        claim.citations.push({ source: { url: source.url }, quote, stance: 'SUPPORTS' } as never);
      }
    }
    if (factCheck && !claim.factChecks.some((check) => check.url === factCheck.url)) claim.factChecks.push(factCheck);
    for (const thing of listOf(claimNode.about)) if (nameOf(thing)) claim.aboutNames.push({ name: nameOf(thing)!, role: 'SUBJECT' });
    for (const thing of listOf(claimNode.mentions)) if (nameOf(thing)) claim.aboutNames.push({ name: nameOf(thing)!, role: 'MENTIONED' });
  }

  // The actors claims are about: those the file or the database holds by the names given.
  const stored = await imports.storedActorKeys([...claims.values()].flatMap((claim) => claim.aboutNames.map(({ name }) => name)));
  for (const claim of claims.values()) {
    const about = new Map<string, { actor: string; role: 'SUBJECT' | 'MENTIONED' }>();
    for (const { name, role } of claim.aboutNames) {
      const key = lookupKey(name);
      if ((stored.has(key) || actors.has(name.toLowerCase())) && (!about.has(key) || role === 'SUBJECT')) about.set(key, { actor: name, role });
    }
    if (about.size > 0) (claim as BundleClaim).about = [...about.values()];
  }

  const actorList = [...actors.values()];
  const joined = await joinStoredActors(imports, actorList, actorLines, actorList.map((actor) => actor.name));
  const claimList = [...claims.values()].map(({ citations, aboutNames: _names, ...claim }) => (citations.length > 0 ? { ...claim, citations } : claim));
  const bundle: Bundle = { actors: actorList, sources: [...sources.values()], claims: claimList };
  const lines: Record<string, number[]> = { actors: actorLines, claims: claimLines };
  const result = await imports.importBundle(bundle, { ...options, priorErrors: [...(options.priorErrors ?? []), ...errors], lineOf: (entity, index) => lines[entity]?.[index] || undefined });
  return { ...result, warnings: [...joined, ...result.warnings] };
}
