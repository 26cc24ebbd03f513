// How each field of Claim and Citation is read (see shared/reads.ts): built in SQL by a compiled read, or left to
// its resolver with the row fields it needs. Fields other modules add to Claim (check, history) are declared there.
import { readsOf, type FieldRead, type TypeReads } from '../../shared/reads';
import { STAMP_WHY } from '../actors/actors.reads';
import { CITATION_COLUMNS, CLAIM_COLUMNS, FACT_CHECK_COLUMNS } from './claims.columns';

const claim = readsOf(CLAIM_COLUMNS);
const claimFields: Record<string, FieldRead> = {
  id: claim.id(),
  statement: claim.column('statement'),
  asserter: claim.reference('asserterId', 'Actor'),
  asserterSource: claim.reference('asserterSourceId', 'Source'),
  event: claim.reference('eventId', 'Event'),
  subject: claim.reference('subjectId', 'Actor'),
  objectActor: claim.reference('objectActorId', 'Actor'),
  predicate: claim.column('predicate'),
  objectValue: claim.column('objectValue'),
  validFrom: claim.date('validFrom'),
  validTo: claim.date('validTo'),
  confidence: claim.column('confidence'),
  rank: claim.column('rank'),
  rankReason: claim.column('rankReason'),
  about: claim.resolved('the actors it is about, with their roles, come from the claims batch'),
  predicateDefinition: claim.resolved('the vocabulary is read once per process', 'predicate'),
  freeTextPredicate: claim.resolved('the vocabulary is read once per process', 'predicate'),
  // A claim's citations in the order they were added (as ClaimService.citationsOf).
  citations: claim.list({
    type: 'Citation',
    rows: (parentIds) => `SELECT ci.claim_id AS parent_id, row_number() OVER (PARTITION BY ci.claim_id ORDER BY ci.id) AS _n, ci.*
      FROM citation ci WHERE ci.claim_id = ANY(${parentIds})`,
  }),
  // A claim's fact checks by review URL (as ClaimService.factChecksOf).
  factChecks: claim.list({
    type: 'FactCheck',
    rows: (parentIds) => `SELECT f.claim_id AS parent_id, row_number() OVER (PARTITION BY f.claim_id ORDER BY f.url) AS _n, f.*
      FROM fact_check f WHERE f.claim_id = ANY(${parentIds})`,
  }),
  createdAt: claim.resolved(STAMP_WHY, 'createdAt'),
  updatedAt: claim.resolved(STAMP_WHY, 'updatedAt'),
  createdBy: claim.resolved(STAMP_WHY, 'createdBy'),
  updatedBy: claim.resolved(STAMP_WHY, 'updatedBy'),
};
export const CLAIM: TypeReads = {
  table: 'claim',
  rowFields: CLAIM_COLUMNS.fields,
  fields: claimFields,
  unexposed: { naturalKey: 'the key that makes a re-imported claim the same claim (claims.keys), not data' },
};

const citation = readsOf(CITATION_COLUMNS);
export const CITATION: TypeReads = {
  table: 'citation',
  rowFields: CITATION_COLUMNS.fields,
  fields: {
    id: citation.id(),
    claim: citation.reference('claimId', 'Claim'),
    source: citation.reference('sourceId', 'Source'),
    quote: citation.column('quote'),
    startOffset: citation.column('startOffset'),
    endOffset: citation.column('endOffset'),
    stance: citation.column('stance'),
  },
};

const factCheck = readsOf(FACT_CHECK_COLUMNS);
export const FACT_CHECK: TypeReads = {
  table: 'fact_check',
  rowFields: FACT_CHECK_COLUMNS.fields,
  fields: {
    id: factCheck.id(),
    claim: factCheck.reference('claimId', 'Claim'),
    reviewer: factCheck.column('reviewer'),
    reviewerUrl: factCheck.column('reviewerUrl'),
    url: factCheck.column('url'),
    publishedAt: factCheck.date('publishedAt'),
    ratingValue: factCheck.column('ratingValue'),
    bestRating: factCheck.column('bestRating'),
    worstRating: factCheck.column('worstRating'),
    ratingName: factCheck.column('ratingName'),
    ratingExplanation: factCheck.column('ratingExplanation'),
  },
};
