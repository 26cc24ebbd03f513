import { z } from 'zod';
import { Id, Str } from '../../shared/validation';
import { checkCitationOffsets, citationFields } from '../claims/claims.validation';

/** The values of each kind of record a source can speak to; none named means the whole record. */
export const CITABLE_FIELDS = {
  affiliationId: ['role', 'startDate', 'endDate'],
  eventId: ['title', 'startDate', 'endDate', 'location', 'participants', 'description', 'type'],
  actorId: ['name', 'kind', 'isoCode', 'wikidataId', 'description'],
  aliasId: [],
} as const;

export const CiteValueInput = z
  .object({
    affiliationId: Id.nullish(),
    eventId: Id.nullish(),
    actorId: Id.nullish(),
    aliasId: Id.nullish(),
    field: Str().trim().min(1, 'must not be empty').max(50).nullish(),
    sourceId: Id,
    quote: citationFields.quote.nullish(),
    startOffset: citationFields.startOffset,
    endOffset: citationFields.endOffset,
  })
  .superRefine(checkCitationOffsets)
  .superRefine((input, context) => {
    const named = (Object.keys(CITABLE_FIELDS) as (keyof typeof CITABLE_FIELDS)[]).filter((target) => input[target] != null);
    if (named.length !== 1) {
      context.addIssue({ code: 'custom', message: 'name exactly one of affiliationId, eventId, actorId and aliasId', path: ['affiliationId'] });
      return;
    }
    const allowed: readonly string[] = CITABLE_FIELDS[named[0]!];
    if (input.field && !allowed.includes(input.field)) {
      const choices = allowed.length > 0 ? `one of ${allowed.join(', ')}` : 'omitted (an alias is cited whole)';
      context.addIssue({ code: 'custom', message: `must be ${choices}`, path: ['field'] });
    }
    if (!input.quote && input.startOffset != null) context.addIssue({ code: 'custom', message: 'offsets go with a quote', path: ['startOffset'] });
  });
export type CiteValueInput = z.output<typeof CiteValueInput>;
