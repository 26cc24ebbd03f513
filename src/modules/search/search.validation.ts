import { z } from 'zod';
import { Str } from '../../shared/validation';

export const SearchArgs = z.object({
  query: Str().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  kinds: z.array(z.enum(['SOURCE', 'CLAIM'])).min(1, 'must name at least one kind').max(20, 'must list at most 20 kinds').nullish(),
  first: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').nullish(),
});
