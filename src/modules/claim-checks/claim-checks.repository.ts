// The claims a check applies to, and the claims that contradict each other, each in one statement per request
// whatever the number of claims. The figures are each series' own (claim-series.ts).
import type { Database } from '../../db/database';
import type { Claim } from '../../generated/prisma/client';
import { CLAIM_COLUMNS } from '../claims/claims.columns';

/** A claim that contradicts `claimId`. */
export type ConflictRow = Claim & { conflictOf: number };

export class ClaimCheckRepository {
  constructor(private readonly db: Database) {}

  /** The claims a check could apply to (a series predicate, a subject and an object), for the verdict filter. */
  checkable(seriesCodes: readonly string[], includeDeprecated: boolean): Promise<Claim[]> {
    return this.db.query<Claim>(
      `/* checkableClaims */ SELECT ${CLAIM_COLUMNS()} FROM claim
       WHERE predicate = ANY($1::text[]) AND subject_id IS NOT NULL AND object_actor_id IS NOT NULL AND ($2 OR rank <> 'DEPRECATED')`,
      [seriesCodes, includeDeprecated],
    );
  }

  /**
   * The claims that say the opposite of each given claim (a predicate among its predicate's opposites) about the
   * same subject and object over an overlapping span (an open end overlaps everything on that side).
   */
  conflictsOf(claimIds: readonly number[]): Promise<ConflictRow[]> {
    return this.db.query<ConflictRow>(
      `/* claimConflicts */ SELECT ${CLAIM_COLUMNS('o')}, c.id AS "conflictOf"
       FROM claim c
       JOIN predicate p ON p.code = c.predicate
       JOIN claim o ON o.predicate = ANY(p.opposites) AND o.subject_id = c.subject_id AND o.object_actor_id IS NOT DISTINCT FROM c.object_actor_id
       WHERE c.id = ANY($1::int[]) AND o.id <> c.id AND o.rank <> 'DEPRECATED'
         AND daterange(c.valid_from, c.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
       ORDER BY c.id, o.id`,
      [claimIds],
    );
  }
}
