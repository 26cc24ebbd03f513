import { z } from 'zod';
import { CalendarDate, Str } from '../../shared/validation';
import { TIMELINE_KINDS } from './timeline.repository';

/** Query.timeline's arguments; `first` is checked against the page limits by the service. */
export const TimelineArgs = z
  .object({
    actor: Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    with: Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    from: CalendarDate.nullish(),
    to: CalendarDate.nullish(),
    kinds: z.array(z.enum(TIMELINE_KINDS)).max(TIMELINE_KINDS.length * 2, `must name at most ${TIMELINE_KINDS.length * 2} kinds`).nullish(),
    first: z.number().int('must be a whole number').min(1, 'must be at least 1').nullish(),
    after: Str().max(200, 'must be at most 200 characters').nullish(),
    newestFirst: z.boolean().nullish(),
  })
  .refine((args) => !(args.from && args.to && args.from > args.to), { message: 'must not be after to', path: ['from'] });
