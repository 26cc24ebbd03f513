import { z } from 'zod';
import { CalendarDate, Id, Rank, Str, Text } from '../../shared/validation';
import { asPredicateCode } from '../predicates/predicates.service';

export const ClaimActorRole = z.enum(['SUBJECT', 'OBJECT', 'MENTIONED']);
export const Stance = z.enum(['SUPPORTS', 'REFUTES', 'MENTIONS']);

// A source holds at most 5,000,000 characters (sources.validation).
const Offset = z.number().int('must be a whole number').min(0, 'must not be negative').max(5_000_000, 'must be at most 5,000,000');

/** A citation's fields but its source, which the API names by id and a bundle by URL or hash. */
export const citationFields = {
  quote: Str().min(1, 'must not be empty').max(20_000),
  startOffset: Offset.nullish(),
  endOffset: Offset.nullish(),
  stance: Stance,
};

/** Offsets come in pairs, the end after the start. */
export function checkCitationOffsets(citation: { startOffset?: number | null; endOffset?: number | null }, context: z.RefinementCtx): void {
  const { startOffset, endOffset } = citation;
  if ((startOffset == null) !== (endOffset == null)) {
    context.addIssue({ code: 'custom', message: 'startOffset and endOffset go together', path: ['endOffset'] });
  } else if (startOffset != null && endOffset! <= startOffset) {
    context.addIssue({ code: 'custom', message: 'must be after startOffset', path: ['endOffset'] });
  }
}

export const CitationInput = z.object({ sourceId: Id, ...citationFields }).superRefine(checkCitationOffsets);
export type CitationInput = z.output<typeof CitationInput>;

const About = z
  .array(z.object({ actorId: Id, role: ClaimActorRole.nullish().transform((role) => role ?? 'MENTIONED') }))
  .max(200)
  .refine((list) => new Set(list.map((a) => a.actorId)).size === list.length, 'must not list an actor twice');

const Citations = z.array(CitationInput).max(200, 'must list at most 200 citations');

export const claimFields = {
  statement: Text(10_000),
  asserterId: Id.nullish(),
  asserterSourceId: Id.nullish(),
  eventId: Id.nullish(),
  subjectId: Id.nullish(),
  predicate: Text(200).nullish(),
  objectActorId: Id.nullish(),
  objectValue: Text(1000).nullish(),
  validFrom: CalendarDate.nullish(),
  validTo: CalendarDate.nullish(),
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish(),
};

/** Only a share predicate (ARMS_SUPPLY_SHARE: the recipient and the share) has an object actor and a value together. */
const SHARE_PREDICATE = 'ARMS_SUPPLY_SHARE';
export const bothObjectsAllowed = (predicate: string | null | undefined) => predicate != null && asPredicateCode(predicate) === SHARE_PREDICATE;

export const CreateClaimInput = z
  .object({ ...claimFields, about: About.nullish().transform((list) => list ?? []), citations: Citations.nullish().transform((list) => list ?? []) })
  .refine((c) => !(c.asserterId && c.asserterSourceId), { message: 'give asserterId or asserterSourceId, not both', path: ['asserterSourceId'] })
  .refine((c) => !(c.objectActorId && c.objectValue) || bothObjectsAllowed(c.predicate), { message: 'give objectActorId or objectValue, not both', path: ['objectValue'] })
  .refine((c) => !(c.validFrom && c.validTo && c.validTo < c.validFrom), { message: 'must not be before validFrom', path: ['validTo'] });
export type CreateClaimInput = z.output<typeof CreateClaimInput>;

export const UpdateClaimInput = z.object({
  statement: claimFields.statement.optional(),
  asserterId: claimFields.asserterId,
  asserterSourceId: claimFields.asserterSourceId,
  eventId: claimFields.eventId,
  subjectId: claimFields.subjectId,
  predicate: claimFields.predicate,
  objectActorId: claimFields.objectActorId,
  objectValue: claimFields.objectValue,
  validFrom: claimFields.validFrom,
  validTo: claimFields.validTo,
  confidence: claimFields.confidence,
  about: About.optional(),
  citations: Citations.optional(),
});
export type UpdateClaimInput = z.output<typeof UpdateClaimInput>;

export const ClaimFilter = z
  .object({
    actor: Str().trim().min(1).max(200).nullish(),
    eventId: Id.nullish(),
    sourceId: Id.nullish(),
    stance: Stance.nullish(),
    predicate: Str().trim().min(1, 'must not be empty').max(200).nullish(),
    verdict: z.enum(['SUPPORTED', 'CONTRADICTED', 'INCONCLUSIVE']).nullish(),
    rank: Rank.nullish(),
    includeDeprecated: z.boolean().nullish(),
  })
  .nullish();
export type ClaimFilter = z.output<typeof ClaimFilter>;

/** A claim deprecated because a more reliable source refutes it: the reason, and the refuting quote if given. */
export const DeprecateArgs = z.object({
  id: Id,
  reason: Text(2000),
  refutation: CitationInput.refine((citation) => citation.stance === 'REFUTES', { message: 'a refutation has the stance REFUTES', path: ['stance'] }).nullish(),
});
