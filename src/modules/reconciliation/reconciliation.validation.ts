// The W3C Reconciliation Service API 0.2 query batch (reconciliation-query-batch.json), as zod schemas: an object
// keyed by the client's own keys, each a query with an optional type, limit and properties.
import { z } from 'zod';
import { Str } from '../../shared/validation';
import { MAX_CANDIDATES, MAX_MATCH_QUERIES } from '../matching/matching.validation';

const PropertyValue = z.union([Str(), z.number(), z.boolean(), z.object({ id: Str(), name: Str().optional() })]);

export const ReconciliationQuery = z
  .object({
    query: Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
    type: z.union([Str(), z.array(Str())]).optional(),
    limit: z.number().int().min(0, 'must not be negative').optional(),
    properties: z.array(z.object({ pid: Str(), v: z.union([PropertyValue, z.array(PropertyValue)]) })).optional(),
    type_strict: z.enum(['any', 'should', 'all']).optional(),
  })
  .strict()
  .refine((query) => query.query !== undefined || (query.properties?.length ?? 0) > 0, { message: 'give query or properties', path: ['query'] });
export type ReconciliationQuery = z.output<typeof ReconciliationQuery>;

export const ReconciliationBatch = z
  .record(Str(), ReconciliationQuery)
  .refine((batch) => Object.keys(batch).length >= 1, 'must hold at least one query')
  .refine((batch) => Object.keys(batch).length <= MAX_MATCH_QUERIES, `must hold at most ${MAX_MATCH_QUERIES} queries`);

export const SuggestArgs = z.object({
  prefix: Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  cursor: z.coerce.number().int().min(0, 'must not be negative').max(10_000, 'must be at most 10000').default(0),
});

export { MAX_CANDIDATES };
