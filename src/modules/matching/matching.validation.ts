import { z } from 'zod';
import { Str, Text } from '../../shared/validation';
import { ActorKind } from '../actors/actors.validation';

/** The most examples one matchActors (or one reconciliation batch) may send. */
export const MAX_MATCH_QUERIES = 100;
/** The most candidates per example. */
export const MAX_CANDIDATES = 20;

// Identifiers are compared as stored (upper case); a malformed one simply matches nothing, as a name would.
export const ActorMatchQuery = z.object({
  name: Text(200),
  kind: ActorKind.nullish(),
  isoCode: Str().trim().max(20).transform((code) => code.toUpperCase() || null).nullish(),
  wikidataId: Str().trim().max(20).transform((id) => id.toUpperCase() || null).nullish(),
});
export type ActorMatchQuery = z.output<typeof ActorMatchQuery>;

export const ActorMatchArgs = z.object({
  queries: z.array(ActorMatchQuery).min(1, 'must list at least one example').max(MAX_MATCH_QUERIES, `must list at most ${MAX_MATCH_QUERIES} examples`),
  threshold: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  first: z.number().int().min(1, `must be between 1 and ${MAX_CANDIDATES}`).max(MAX_CANDIDATES, `must be between 1 and ${MAX_CANDIDATES}`),
});
export type ActorMatchArgs = z.output<typeof ActorMatchArgs>;
