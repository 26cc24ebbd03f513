// The claim tables' columns for raw reads, checked against the Prisma models (a new field must be mapped here).
import { AUDIT_COLUMNS, modelColumns, type Selected } from '../../db/columns';
import type { Citation, Claim } from '../../generated/prisma/client';

export const CLAIM_COLUMNS = modelColumns<Claim>('claim', {
  id: 'id',
  statement: 'statement',
  naturalKey: 'natural_key',
  asserterId: 'asserter_id',
  asserterSourceId: 'asserter_source_id',
  eventId: 'event_id',
  subjectId: 'subject_id',
  predicate: 'predicate',
  objectActorId: 'object_actor_id',
  objectValue: 'object_value',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  confidence: 'confidence',
  rank: 'rank',
  rankReason: 'rank_reason',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof Claim, string>);

export const CITATION_COLUMNS = modelColumns<Citation>('citation', {
  id: 'id',
  claimId: 'claim_id',
  sourceId: 'source_id',
  quote: 'quote',
  startOffset: 'start_offset',
  endOffset: 'end_offset',
  stance: 'stance',
} satisfies Record<keyof Citation, string>);

/** A claim as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type ClaimRow = Selected<Claim>;
