import { z } from 'zod';
import { Str, Year } from '../../shared/validation';

const ActorName = Str().trim().min(1, 'must not be empty').max(200);
const Category = Str().trim().min(1, 'must not be empty').max(100).nullish();

export const TrendArgs = z
  .object({
    supplier: ActorName,
    recipient: ActorName,
    fromYear: Year.nullish(),
    toYear: Year.nullish(),
    periodYears: z.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').nullish(),
    periodAlignment: z.enum(['FROM_YEAR', 'TO_YEAR']).nullish(),
    category: Category,
  })
  .refine((args) => args.fromYear == null || args.toYear == null || args.fromYear <= args.toYear, {
    message: 'must not be after toYear',
    path: ['fromYear'],
  });
export type TrendArgs = z.output<typeof TrendArgs>;

/** The ranked actor's argument (recipient or supplier) is resolved by name on its own. */
export const RankingArgs = z
  .object({
    fromYear: Year.nullish(),
    toYear: Year.nullish(),
    category: Category,
    first: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').nullish(),
  })
  .refine((args) => args.fromYear == null || args.toYear == null || args.fromYear <= args.toYear, {
    message: 'must not be after toYear',
    path: ['fromYear'],
  });
export type RankingArgs = z.output<typeof RankingArgs>;
