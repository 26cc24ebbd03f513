import { z } from 'zod';
import { CalendarDate, Str } from '../../shared/validation';
import { PATH_RELATIONS } from './paths.repository';

const ActorRef = Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Query.paths' arguments. */
export const PathsArgs = z.object({
  from: ActorRef,
  to: ActorRef,
  maxHops: z.number().int('must be a whole number').min(1, 'must be at least 1').max(4, 'must be at most 4').nullish(),
  via: z.array(z.enum(PATH_RELATIONS)).min(1, 'must name at least one relation').max(PATH_RELATIONS.length * 2, `must name at most ${PATH_RELATIONS.length * 2} relations`).nullish(),
  at: CalendarDate.nullish(),
  includeHubs: z.boolean().nullish(),
  first: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20').nullish(),
});
