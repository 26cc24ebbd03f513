// Candidates found in a source's stored text (quotations, figures) are reviewed alike: proposed when found, accepted
// as a claim or rejected by a person, and accepted by any claim that cites their exact span. Their tables share the
// review columns (source_id, start_offset, end_offset, status, claim_id, reviewed_by, reviewed_at); the statements
// on those columns are written here once, for each table to run.
import { z } from 'zod';
import type { SqlSession } from '../db/database';
import { ConflictError } from '../errors';
import { oneRow } from './must-get';
import { sqlAfter, sqlOrderBy, type PageWindow, type SortOrder } from './pagination';

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

/** A candidate as its page reads it: where it stands in its source, and its review. */
export interface CandidateRow extends ReviewFields {
  id: number;
  sourceId: number;
  startOffset: number;
}

/** A source's candidates in text order (columns of the ranked subquery of CandidateReview.pageOfSources). */
export const candidateOrder = <Row extends CandidateRow>(): SortOrder<Row> => [
  { field: 'startOffset', column: 'ranked.start_offset', direction: 'asc', type: 'int' },
  { field: 'id', column: 'ranked.id', direction: 'asc', type: 'int' },
];

export class CandidateReview {
  /** `table` is the candidates' table, `noun` names them in statement labels (Quotation, Figure). */
  constructor(
    private readonly table: 'quotation' | 'figure',
    private readonly noun: string,
  ) {}

  /**
   * A page of the candidates of each source in these states, in text order, each row with its source's total:
   * `columns` reads a row of the table aliased `c` (its own columns and reviewColumns('c')).
   */
  pageOfSources<Row extends CandidateRow>(db: Queryable, columns: string, sourceIds: readonly number[], statuses: readonly string[], window: PageWindow<Row>): Promise<(Row & { total: number })[]> {
    const values: unknown[] = [sourceIds, statuses];
    const param = (value: unknown) => `$${values.push(value)}`;
    const after = sqlAfter(window, param);
    return db.query<Row & { total: number }>(
      `/* ${this.table}sOfSources */ SELECT ${columns}, c.total::int AS total FROM (
         SELECT ranked.*, row_number() OVER (PARTITION BY ranked.source_id ORDER BY ${sqlOrderBy(window.order)}) AS n FROM (
           SELECT t.*, count(*) OVER (PARTITION BY t.source_id) AS total FROM ${this.table} t WHERE t.source_id = ANY($1::int[]) AND t.status::text = ANY($2::text[])
         ) ranked WHERE ${after}
       ) c WHERE n <= ${param(window.take + 1)} ORDER BY c.source_id, n`,
      values,
    );
  }

  /**
   * The rule of every review: a candidate accepted as a claim that still exists stays accepted (delete the claim
   * to review it again). CONFLICT naming `field`, with the claim's id.
   */
  assertNotAccepted(candidate: { id: number } & ReviewFields, field: string, doing: 'accept' | 'reject'): void {
    if (candidate.status !== 'ACCEPTED' || candidate.claimId === null) return;
    const noun = `${this.table} ${candidate.id}`;
    const message = doing === 'accept' ? `${noun} is accepted already, as claim ${candidate.claimId}` : `${noun} is accepted as claim ${candidate.claimId}: delete the claim to reject it`;
    throw new ConflictError(`${field}: ${message}`, field, { claimId: String(candidate.claimId) });
  }

  /** Records a candidate accepted as a claim, in the claim's transaction; CONFLICT on `field` when another accept got there first. */
  async markAccepted(session: SqlSession, id: number, claimId: number, author: string, field: string): Promise<void> {
    const [row] = await session.query<{ id: number }>(
      `/* accept${this.noun} */ UPDATE ${this.table} SET status = 'ACCEPTED', claim_id = $2, reviewed_by = $3, reviewed_at = now()
       WHERE id = $1 AND (status <> 'ACCEPTED' OR claim_id IS NULL) RETURNING id`,
      [id, claimId, author],
    );
    if (!row) throw new ConflictError(`${field}: ${this.table} ${id} was accepted meanwhile`, field);
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
