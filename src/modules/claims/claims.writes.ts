// How the set-based writes (bundles) write claims, the actors they are about and their citations: one map per
// table, held to the row types by the compiler (see db/set-writes.ts), from which the statements are made.
import { ChildWrite, SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { Citation, Claim, ClaimActor, FactCheck } from '../../generated/prisma/client';
import { RANK_WRITES, type Ranked } from '../actors/actors.writes';

/** A claim as a bundle writes it; a rank only when the bundle gives one (a copy's), else the editor's stays (rankClaim). */
export type ClaimWriteRow = Ranked<WriteRowOf<Claim, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>>;
export type ClaimActorWriteRow = WriteRowOf<ClaimActor, 'claimId'>;
export type CitationWriteRow = WriteRowOf<Citation, 'id' | 'claimId'>;
export type FactCheckWriteRow = WriteRowOf<FactCheck, 'id'>;

/**
 * A claim as a bundle writes it, with the actors it is about and its citations (null: the stored list stays), and
 * fact checks added or updated by their URL.
 */
export type ClaimImportRow = ClaimWriteRow & { actors: ClaimActorWriteRow[] | null; citations: CitationWriteRow[] | null; factChecks: Omit<FactCheckWriteRow, 'claimId'>[] };

/** A claim is keyed by its natural key (asserter, asserter source, statement); other values fill in what the stored one lacks. */
export const CLAIM_WRITES = new SetWrite<ClaimWriteRow>('claim', {
  naturalKey: { column: 'natural_key', type: 'text', update: 'key' },
  statement: { column: 'statement', type: 'text', update: 'create' },
  asserterId: { column: 'asserter_id', type: 'int', update: 'create' },
  asserterSourceId: { column: 'asserter_source_id', type: 'int', update: 'create' },
  eventId: { column: 'event_id', type: 'int', update: 'fill' },
  subjectId: { column: 'subject_id', type: 'int', update: 'fill' },
  predicate: { column: 'predicate', type: 'text', update: 'fill' },
  objectActorId: { column: 'object_actor_id', type: 'int', update: 'fill' },
  objectValue: { column: 'object_value', type: 'text', update: 'fill' },
  validFrom: { column: 'valid_from', type: 'text', cast: 'date', update: 'fill' },
  validTo: { column: 'valid_to', type: 'text', cast: 'date', update: 'fill' },
  confidence: { column: 'confidence', type: 'float8', update: 'fill' },
  ...RANK_WRITES,
} satisfies WriteMap<ClaimWriteRow>, { stamped: true });

export const CLAIM_ACTOR_WRITES = new ChildWrite<ClaimActorWriteRow>('claim_actor', 'claim', 'claim_id', {
  actorId: { column: 'actor_id', type: 'int' },
  role: { column: 'role', type: 'text', cast: '"ClaimActorRole"' },
} satisfies WriteMap<ClaimActorWriteRow>);

export const CITATION_WRITES = new ChildWrite<CitationWriteRow>('citation', 'claim', 'claim_id', {
  sourceId: { column: 'source_id', type: 'int' },
  quote: { column: 'quote', type: 'text' },
  startOffset: { column: 'start_offset', type: 'int' },
  endOffset: { column: 'end_offset', type: 'int' },
  stance: { column: 'stance', type: 'text', cast: '"Stance"' },
} satisfies WriteMap<CitationWriteRow>);

/** A fact check is keyed by its claim and its URL; a bundle's review replaces the stored one's values, and none is deleted (reviewers come in several files). */
export const FACT_CHECK_WRITES = new SetWrite<FactCheckWriteRow>('fact_check', {
  claimId: { column: 'claim_id', type: 'int', update: 'key' },
  url: { column: 'url', type: 'text', update: 'key' },
  reviewer: { column: 'reviewer', type: 'text' },
  reviewerUrl: { column: 'reviewer_url', type: 'text' },
  publishedAt: { column: 'published_at', type: 'text', cast: 'date' },
  ratingValue: { column: 'rating_value', type: 'float8' },
  bestRating: { column: 'best_rating', type: 'float8' },
  worstRating: { column: 'worst_rating', type: 'float8' },
  ratingName: { column: 'rating_name', type: 'text' },
  ratingExplanation: { column: 'rating_explanation', type: 'text' },
} satisfies WriteMap<FactCheckWriteRow>);
