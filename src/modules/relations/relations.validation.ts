import { z } from 'zod';
import { CalendarDate, Str } from '../../shared/validation';
import { ParticipantRole } from '../events/events.validation';

export const RelationLimit = z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500');

/** A relation's optional `first`; built once (a zod schema is costly to build, and relations are resolved per parent). */
export const OptionalRelationLimit = RelationLimit.nullish();

export const ActorEventsArgs = z
  .object({
    cameoPrefix: Str().trim().regex(/^\d{1,4}$/, 'must be one to four digits').nullish(),
    from: CalendarDate.nullish(),
    to: CalendarDate.nullish(),
    role: ParticipantRole.nullish(),
    first: RelationLimit.nullish(),
  })
  .refine((args) => !(args.from && args.to && args.from > args.to), { message: 'must not be after to', path: ['from'] });
