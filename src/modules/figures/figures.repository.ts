// The figure table: sentences of stored sources' texts that state a figure a data series can check, rewritten with
// their mentions, and the reviews people make of them (accepted as a claim, rejected).
import type { SqlSession } from '../../db/database';
import { CandidateReview, candidateOrder, reviewColumns, type ReviewFields } from '../../shared/candidate-review';
import type { PageWindow } from '../../shared/pagination';
import type { FoundFigure } from './figure-finder';

type Queryable = Pick<SqlSession, 'query'>;

/** A stored figure as the API reads it: a found figure with its id, source and review. */
export interface StoredFigureRow extends FoundFigure, ReviewFields {
  id: number;
  sourceId: number;
}

/** A row of a page of figures, with the number of its source's figures on all pages. */
export type PagedFigureRow = StoredFigureRow & { total: number };

const figureColumns = (alias: string) => `${alias}.id, ${alias}.source_id AS "sourceId", ${alias}.start_offset AS "startOffset", ${alias}.end_offset AS "endOffset",
  ${alias}.text, ${alias}.predicate, ${alias}.subject_id AS "subjectId", ${alias}.object_id AS "objectId", ${alias}.from_year AS "fromYear",
  ${alias}.to_year AS "toYear", ${alias}.object_value AS "objectValue", ${reviewColumns(alias)}`;

/** A source's figures in text order. */
export const SOURCE_FIGURE_ORDER = candidateOrder<StoredFigureRow>();

export class FigureRepository {
  /** Accepting, rejecting, and accepting what a claim cites, as quotations are. */
  readonly review = new CandidateReview('figure', 'Figure');

  /**
   * Makes the proposed figures of these sources the ones found: those found again are updated (their actors or
   * period read anew), the others deleted, new ones inserted; accepted and rejected ones stay as they are. A figure
   * a claim cites already is accepted as that claim.
   */
  async replaceProposed(session: SqlSession, found: { sourceId: number; found: FoundFigure[] }[]): Promise<void> {
    if (found.length === 0) return;
    const rows = found.flatMap((entry) => entry.found.map((figure) => ({ sourceId: entry.sourceId, ...figure })));
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
    const params = [
      column((r) => r.sourceId), column((r) => r.startOffset), column((r) => r.endOffset), column((r) => r.text), column((r) => r.predicate),
      column((r) => r.subjectId), column((r) => r.objectId), column((r) => r.fromYear), column((r) => r.toYear), column((r) => r.objectValue),
    ];
    const foundRows = `unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::text[])
      AS n(source_id, start_offset, end_offset, text, predicate, subject_id, object_id, from_year, to_year, object_value)`;
    await session.query(
      `/* deleteStaleFigures */ DELETE FROM figure f WHERE f.source_id = ANY($11::int[]) AND f.status = 'PROPOSED'
         AND NOT EXISTS (SELECT 1 FROM ${foundRows} WHERE n.source_id = f.source_id AND n.start_offset = f.start_offset AND n.end_offset = f.end_offset)`,
      [...params, found.map((entry) => entry.sourceId)],
    );
    if (rows.length === 0) return;
    await session.query(
      `/* upsertFigures */ INSERT INTO figure (source_id, start_offset, end_offset, text, predicate, subject_id, object_id, from_year, to_year, object_value)
       SELECT * FROM ${foundRows} ORDER BY 1, 2, 3
       ON CONFLICT (source_id, start_offset, end_offset) DO UPDATE SET text = EXCLUDED.text, predicate = EXCLUDED.predicate, subject_id = EXCLUDED.subject_id,
         object_id = EXCLUDED.object_id, from_year = EXCLUDED.from_year, to_year = EXCLUDED.to_year, object_value = EXCLUDED.object_value
       WHERE figure.status = 'PROPOSED' AND (figure.text, figure.predicate, figure.subject_id, figure.object_id, figure.from_year, figure.to_year, figure.object_value)
         IS DISTINCT FROM (EXCLUDED.text, EXCLUDED.predicate, EXCLUDED.subject_id, EXCLUDED.object_id, EXCLUDED.from_year, EXCLUDED.to_year, EXCLUDED.object_value)`,
      params,
    );
    await this.review.acceptCited(session, 'source', found.map((entry) => entry.sourceId));
  }

  /** A page of the figures of each source in these states, in text order, each row with its source's total. */
  figuresOfSources(db: Queryable, sourceIds: readonly number[], statuses: readonly string[], window: PageWindow<StoredFigureRow>): Promise<PagedFigureRow[]> {
    return this.review.pageOfSources(db, figureColumns('c'), sourceIds, statuses, window);
  }

  async findById(db: Queryable, id: number): Promise<StoredFigureRow | null> {
    const [row] = await db.query<StoredFigureRow>(`/* figureById */ SELECT ${figureColumns('f')} FROM figure f WHERE f.id = $1`, [id]);
    return row ?? null;
  }
}
