// How a candidate's score is made: the evidence of its best-matching name or alias, its identifiers and its
// kind, each a feature in words. Pure: the statement in matching.repository gives the figures.
import { distance } from 'fastest-levenshtein';
import type { Actor } from '../../generated/prisma/client';
import type { CandidateFormRow } from './matching.repository';
import type { ActorMatchQuery } from './matching.validation';

export type MatchFeatureCode =
  | 'SAME_ISO_CODE'
  | 'SAME_WIKIDATA_ID'
  | 'OTHER_ISO_CODE'
  | 'OTHER_WIKIDATA_ID'
  | 'SAME_NAME'
  | 'SAME_NORMALISED_NAME'
  | 'SIMILAR_SPELLING'
  | 'SHARED_WORDS'
  | 'SOUNDS_ALIKE'
  | 'SAME_KIND'
  | 'OTHER_KIND';

export interface MatchFeature {
  code: MatchFeatureCode;
  name: string;
  score: number;
}

export interface Evidence {
  score: number;
  features: MatchFeature[];
}

/** What each kind of evidence is worth (the name's resemblance counts as measured, 0 to 1). */
export const WEIGHTS = {
  /** Same name once normalised: almost certain, as "Republic of France" and "France". */
  sameNormalisedName: 0.95,
  /** Every word sounds alike: a transliteration, likely but not certain. */
  soundsAlike: 0.9,
  sameKind: 0.05,
  otherKind: -0.25,
  otherIdentifier: -0.5,
} as const;

const round = (value: number) => Math.round(value * 1000) / 1000;
const quoted = (text: string) => `"${text}"`;
const words = (key: string | null) => (key ? key.split(' ').filter(Boolean) : []);

/**
 * Half the share of the stored form's words that the example has, half the share of all distinct words. Asymmetric
 * on purpose: an example that adds words to a stored name ("Dassault Aviation" for "Dassault") is likelier the
 * same than one whose words a longer stored name contains ("Spain" in "Port of Spain").
 */
export function sharedWords(queryKey: string, formKey: string): { score: number; shared: string[] } {
  const query = new Set(words(queryKey));
  const form = new Set(words(formKey));
  const shared = [...query].filter((word) => form.has(word));
  if (shared.length === 0) return { score: 0, shared };
  const containment = shared.length / form.size;
  const jaccard = shared.length / new Set([...query, ...form]).size;
  return { score: round((containment + jaccard) / 2), shared };
}

/** Two words spelled alike enough to be one name transliterated: at most two letters in five differ (Levenshtein). */
const spelledAlike = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length) >= 0.6;

/**
 * The share of words that sound alike, paired in order: the same double-metaphone code, lengths within a fifth (or
 * one letter) and spellings close enough, so that "Qadhafi" pairs with "Gaddafi", and neither "Niger" with
 * "Nigeria" nor "Sudan" with "Sweden".
 */
export function soundAlike(queryKey: string, querySound: string, formKey: string, formSound: string): number {
  const queryWords = words(queryKey);
  const formWords = words(formKey);
  const queryCodes = querySound.split(' ');
  const formCodes = formSound.split(' ');
  if (queryWords.length === 0 || queryWords.length !== queryCodes.length || formWords.length !== formCodes.length) return 0;
  const used = new Set<number>();
  let paired = 0;
  queryWords.forEach((word, i) => {
    const j = formWords.findIndex((other, k) => {
      if (used.has(k)) return false;
      if (other === word) return true;
      const code = queryCodes[i]!;
      return code !== '-' && code === formCodes[k] && Math.abs(other.length - word.length) <= Math.max(1, Math.floor(word.length / 5)) && spelledAlike(word, other);
    });
    if (j >= 0) {
      used.add(j);
      paired++;
    }
  });
  return paired / Math.max(queryWords.length, formWords.length);
}

/** How one form of the candidate resembles the example's name, as features (strongest first). */
function nameFeatures(row: CandidateFormRow): MatchFeature[] {
  if (!row.form || row.formKey === null || row.formSound === null) return [];
  const which = `${row.isAlias ? 'its alias' : 'its name'} ${quoted(row.form)}`;
  if (row.sameLookup) return [{ code: 'SAME_NAME', name: `same name: ${which}`, score: 1 }];
  if (row.formKey === row.queryKey) {
    return [{ code: 'SAME_NORMALISED_NAME', name: `same name once normalised: the example and ${which} are both ${quoted(row.queryKey)}`, score: WEIGHTS.sameNormalisedName }];
  }
  const features: MatchFeature[] = [];
  const sound = soundAlike(row.queryKey, row.querySound, row.formKey, row.formSound);
  if (sound === 1) features.push({ code: 'SOUNDS_ALIKE', name: `sounds like ${which}, word for word`, score: WEIGHTS.soundsAlike });
  const shared = sharedWords(row.queryKey, row.formKey);
  if (shared.score > 0) {
    const count = `${shared.shared.length} of ${Math.max(words(row.queryKey).length, words(row.formKey).length)}`;
    features.push({ code: 'SHARED_WORDS', name: `shares ${count} words with ${which}: ${shared.shared.map(quoted).join(', ')}`, score: shared.score });
  }
  if (row.similarity > 0) {
    features.push({ code: 'SIMILAR_SPELLING', name: `spelled like ${which} (trigram similarity ${round(row.similarity)})`, score: round(row.similarity) });
  }
  return features.sort((a, b) => b.score - a.score);
}

/**
 * The score of one candidate: decisive identifiers score 1; otherwise the strongest resemblance of any of its forms,
 * with the kind's bonus or penalty and a penalty for another identifier. Features are listed strongest first.
 */
export function evidenceFor(query: ActorMatchQuery, actor: Pick<Actor, 'kind' | 'isoCode' | 'wikidataId'>, rows: readonly CandidateFormRow[]): Evidence {
  const identifiers: MatchFeature[] = [];
  const penalties: MatchFeature[] = [];
  if (query.isoCode && actor.isoCode === query.isoCode) identifiers.push({ code: 'SAME_ISO_CODE', name: `same ISO code ${query.isoCode}`, score: 1 });
  else if (query.isoCode && actor.isoCode) penalties.push({ code: 'OTHER_ISO_CODE', name: `another ISO code: ${actor.isoCode}, not ${query.isoCode}`, score: WEIGHTS.otherIdentifier });
  const nameAsCode = query.name.trim().toUpperCase();
  if (actor.isoCode === nameAsCode && query.isoCode !== nameAsCode) identifiers.push({ code: 'SAME_ISO_CODE', name: `the name is its ISO code ${nameAsCode}`, score: 1 });
  if (query.wikidataId && actor.wikidataId === query.wikidataId) identifiers.push({ code: 'SAME_WIKIDATA_ID', name: `same Wikidata id ${query.wikidataId}`, score: 1 });
  else if (query.wikidataId && actor.wikidataId) penalties.push({ code: 'OTHER_WIKIDATA_ID', name: `another Wikidata id: ${actor.wikidataId}, not ${query.wikidataId}`, score: WEIGHTS.otherIdentifier });

  // The best form decides; its features explain the name's part of the score.
  let best: MatchFeature[] = [];
  for (const row of rows) {
    const features = nameFeatures(row);
    if ((features[0]?.score ?? 0) > (best[0]?.score ?? 0)) best = features;
  }
  const kind: MatchFeature[] = [];
  if (query.kind && query.kind === actor.kind) kind.push({ code: 'SAME_KIND', name: `the kind asked for: ${actor.kind}`, score: WEIGHTS.sameKind });
  else if (query.kind) kind.push({ code: 'OTHER_KIND', name: `another kind: ${actor.kind}, not ${query.kind}`, score: WEIGHTS.otherKind });

  const base = identifiers.length > 0 ? 1 : (best[0]?.score ?? 0);
  const adjustment = identifiers.length > 0 ? 0 : [...kind, ...penalties].reduce((sum, feature) => sum + feature.score, 0);
  const score = round(Math.min(1, Math.max(0, base + adjustment)));
  const features = [...identifiers, ...best, ...kind, ...penalties].sort((a, b) => b.score - a.score);
  return { score, features };
}
