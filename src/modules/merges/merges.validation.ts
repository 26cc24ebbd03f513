import { z } from 'zod';
import { Id, Text } from '../../shared/validation';

/** The most duplicates one merge takes. */
export const MAX_DUPLICATES = 100;

export const MergeActorsArgs = z
  .object({
    canonical: Id,
    duplicates: z
      .array(Id)
      .min(1, 'must list at least one actor')
      .max(MAX_DUPLICATES, `must list at most ${MAX_DUPLICATES} actors`)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an actor'),
    reason: Text(2000).nullish(),
  })
  .superRefine((args, context) => {
    const index = args.duplicates.indexOf(args.canonical);
    if (index >= 0) context.addIssue({ code: 'custom', path: ['duplicates', index], message: 'must not be the canonical actor' });
  });
export type MergeActorsArgs = z.output<typeof MergeActorsArgs>;

export const UnmergeActorArgs = z.object({ merged: Id, reason: Text(2000).nullish() });
export type UnmergeActorArgs = z.output<typeof UnmergeActorArgs>;
