// Candidates found in a source's stored text (quotations, figures) are reviewed alike: proposed when found, accepted
// as a claim or rejected by a person, and accepted by any claim that cites their exact span. Their tables share the
// review columns (source_id, start_offset, end_offset, status, claim_id, reviewed_by, reviewed_at); the statements
// on those columns are written here once, for each table to run.
import { z } from 'zod';
import type { SqlSession } from '../db/database';
import { oneRow } from './must-get';

type Queryable = Pick<SqlSession, 'query'>;

/** ReviewStatus in the schema: what a person made of a candidate. */
export const ReviewStatus = z.enum(['PROPOSED', 'ACCEPTED', 'REJECTED']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** The arguments of a source's page of candidates: the states listed, and the page. */
export const SourceCandidatesArgs = z.object({
  status: z.array(ReviewStatus).min(1, 'must list at least one status').nullish(),
  first: z.number().nullish(),
  after: z.string().nullish(),
});
/** The states a source's candidates are listed in by default. */
export const NOT_REJECTED: readonly ReviewStatus[] = ['PROPOSED', 'ACCEPTED'];

/** The review columns as the API reads them, of the table aliased `alias`. */
export const reviewColumns = (alias: string) =>
  `${alias}.status::text AS status, ${alias}.claim_id AS "claimId", ${alias}.reviewed_by AS "reviewedBy", ${alias}.reviewed_at AS "reviewedAt"`;

/** A candidate's review as the API reads it. */
export interface ReviewFields {
  status: ReviewStatus;
  claimId: number | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

export class CandidateReview {
  /** `table` is the candidates' table, `noun` names them in statement labels (Quotation, Figure). */
  constructor(
    private readonly table: 'quotation' | 'figure',
    private readonly noun: string,
  ) {}

  /** Records a candidate accepted as a claim, unless another accept got there first (null then). */
  async markAccepted(session: SqlSession, id: number, claimId: number, author: string): Promise<number | null> {
    const [row] = await session.query<{ id: number }>(
      `/* accept${this.noun} */ UPDATE ${this.table} SET status = 'ACCEPTED', claim_id = $2, reviewed_by = $3, reviewed_at = now()
       WHERE id = $1 AND (status <> 'ACCEPTED' OR claim_id IS NULL) RETURNING id`,
      [id, claimId, author],
    );
    return row?.id ?? null;
  }

  /** Records a candidate rejected: kept, so that a relink does not propose it again. */
  async markRejected(session: SqlSession, id: number, author: string): Promise<number> {
    return oneRow(await session.query<{ id: number }>(
      `/* reject${this.noun} */ UPDATE ${this.table} SET status = 'REJECTED', reviewed_by = $2, reviewed_at = now() WHERE id = $1 RETURNING id`,
      [id, author],
    ), `reject${this.noun}`).id;
  }

  /**
   * Accepts the proposed candidates whose exact span a claim cites, as that claim (the claims of `ids` or the
   * citations of the sources of `ids`): a claim typed on the Add-a-source page or imported in a bundle makes its
   * candidate reviewed, as acceptQuotation does. The author is the transaction's.
   */
  async acceptCited(db: Queryable, by: 'claim' | 'source', ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await db.query(
      `/* acceptCited${this.noun}s */ UPDATE ${this.table} t SET status = 'ACCEPTED', claim_id = c.claim_id,
         reviewed_by = NULLIF(current_setting('dossier.author', true), ''), reviewed_at = now()
       FROM citation c WHERE c.${by}_id = ANY($1::int[]) AND c.source_id = t.source_id AND c.start_offset = t.start_offset
         AND c.end_offset = t.end_offset AND t.status = 'PROPOSED'`,
      [ids],
    );
  }
}
