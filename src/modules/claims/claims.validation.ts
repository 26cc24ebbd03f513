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

/** A claim's own values: the API and bundles take them alike (a field added here reaches both). */
export const claimValueFields = {
  statement: Text(10_000),
  predicate: Text(200).nullish(),
  objectValue: Text(1000).nullish(),
  validFrom: CalendarDate.nullish(),
  validTo: CalendarDate.nullish(),
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish(),
};

/** A claim's fields in the API: its values and the records it refers to, by id (a bundle names them by reference). */
export const claimFields = {
  ...claimValueFields,
  asserterId: Id.nullish(),
  asserterSourceId: Id.nullish(),
  eventId: Id.nullish(),
  subjectId: Id.nullish(),
  objectActorId: Id.nullish(),
};

/**
 * Only predicates that state a figure about their object actor have both: a share (ARMS_SUPPLY_SHARE: the recipient
 * and the share) and a movement with the figure it states (the recipient and "69% to 46%", "by 53%").
 */
const FIGURE_PREDICATES: ReadonlySet<string> = new Set(['ARMS_SUPPLY_SHARE', 'ARMS_SUPPLY_RISING', 'ARMS_SUPPLY_FALLING', 'ARMS_SUPPLY_FLAT']);
const bothObjectsAllowed = (predicate: string | null | undefined) => predicate != null && FIGURE_PREDICATES.has(asPredicateCode(predicate));

/** What the rules of a claim read, however a path names the fields (ids in the API, names in a bundle). */
export interface ClaimRuleFields {
  asserter: unknown;
  asserterSource: unknown;
  objectActor: unknown;
  objectValue: string | null | undefined;
  predicate: string | null | undefined;
  validFrom: Date | null | undefined;
  validTo: Date | null | undefined;
}

/** The fields' names in the problems: the API's (asserterId) or a bundle's (asserter). */
export interface ClaimFieldNames {
  asserter: string;
  asserterSource: string;
  objectActor: string;
}

export const API_CLAIM_FIELDS: ClaimFieldNames = { asserter: 'asserterId', asserterSource: 'asserterSourceId', objectActor: 'objectActorId' };
export const BUNDLE_CLAIM_FIELDS: ClaimFieldNames = { asserter: 'asserter', asserterSource: 'asserterSource', objectActor: 'object' };

/**
 * The rules of a claim, written once for createClaim, updateClaim and bundles: an actor or a source asserts it,
 * not both; it has an object actor or a value, not both (but for a figure stated about the object); its validity does not end before it
 * begins. Each problem names its field.
 */
export function claimRuleProblems(fields: ClaimRuleFields, names: ClaimFieldNames): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (fields.asserter && fields.asserterSource) problems.push({ field: names.asserterSource, message: `give ${names.asserter} or ${names.asserterSource}, not both` });
  if (fields.objectActor && fields.objectValue && !bothObjectsAllowed(fields.predicate)) {
    problems.push({ field: 'objectValue', message: `give ${names.objectActor} or objectValue, not both` });
  }
  if (fields.validFrom && fields.validTo && fields.validTo < fields.validFrom) problems.push({ field: 'validTo', message: 'must not be before validFrom' });
  return problems;
}

/** The rules above as a zod refinement, for a schema whose fields carry the given names. */
export function refineClaimRules<T extends Record<string, unknown>>(names: ClaimFieldNames) {
  return (claim: T, context: z.RefinementCtx) => {
    const fields = { ...claim, asserter: claim[names.asserter], asserterSource: claim[names.asserterSource], objectActor: claim[names.objectActor] } as unknown as ClaimRuleFields;
    for (const problem of claimRuleProblems(fields, names)) context.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  };
}

const ClaimObject = z.object({ ...claimFields, about: About.nullish().transform((list) => list ?? []), citations: Citations.nullish().transform((list) => list ?? []) });

export const CreateClaimInput = ClaimObject.superRefine(refineClaimRules(API_CLAIM_FIELDS));
export type CreateClaimInput = z.output<typeof CreateClaimInput>;

/**
 * An update gives any of a claim's fields (its lists replaced when given); the rules hold for the claim as it will
 * stand, which ClaimService.update checks with claimRuleProblems once merged with the stored claim.
 */
export const UpdateClaimInput = ClaimObject.extend({ about: About.optional(), citations: Citations.optional() })
  .partial()
  .extend({ statement: claimFields.statement.optional() });
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

/** A typed claim not stored yet, checked against the data (checkClaim): its actors by name, alias or ISO code. */
export const CheckClaimInput = z.object({
  predicate: Text(200),
  subject: Text(200),
  object: Text(200),
  objectValue: Text(1000).nullish(),
  validFrom: CalendarDate.nullish(),
  validTo: CalendarDate.nullish(),
});
