// The quotation table: quotations found in stored sources' texts, rewritten with their mentions, and the reviews
// people make of them (accepted as a claim, rejected).
import type { SqlSession } from '../../db/database';
import { CandidateReview, candidateOrder, reviewColumns, type ReviewFields } from '../../shared/candidate-review';
import type { PageWindow } from '../../shared/pagination';
import type { FoundQuotation } from './quotation-finder';

type Queryable = Pick<SqlSession, 'query'>;

/** A stored quotation as the API reads it. */
export interface StoredQuotationRow extends ReviewFields {
  id: number;
  sourceId: number;
  startOffset: number;
  endOffset: number;
  quote: string;
  cue: string | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerActorId: number | null;
  rule: string;
  confidence: number;
}

/** A row of a page of quotations, with the number of its source's quotations on all pages. */
export type PagedQuotationRow = StoredQuotationRow & { total: number };

const quotationColumns = (alias: string) => `${alias}.id, ${alias}.source_id AS "sourceId", ${alias}.start_offset AS "startOffset",
  ${alias}.end_offset AS "endOffset", ${alias}.quote, ${alias}.cue, ${alias}.speaker_text AS "speakerText", ${alias}.speaker_start AS "speakerStart",
  ${alias}.speaker_end AS "speakerEnd", ${alias}.speaker_actor_id AS "speakerActorId", ${alias}.rule, ${alias}.confidence, ${reviewColumns(alias)}`;

/** A source's quotations in text order. */
export const SOURCE_QUOTATION_ORDER = candidateOrder<StoredQuotationRow>();

export class QuotationRepository {
  /** Accepting, rejecting, and accepting what a claim cites, as figures are. */
  readonly review = new CandidateReview('quotation', 'Quotation');

  /** Which of these actors are people (a pronoun's speaker: "she said" points back to a person). */
  async people(db: Queryable, actorIds: readonly number[]): Promise<Set<number>> {
    if (actorIds.length === 0) return new Set();
    const rows = await db.query<{ id: number }>(`/* peopleAmong */ SELECT id FROM actor WHERE id = ANY($1::int[]) AND kind = 'PERSON'`, [actorIds]);
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Makes the proposed quotations of these sources the ones found: those found again are updated (a speaker now
   * stored), the others deleted, new ones inserted; accepted and rejected ones stay as they are. Two statements.
   */
  async replaceProposed(session: SqlSession, found: { sourceId: number; found: FoundQuotation[] }[]): Promise<void> {
    if (found.length === 0) return;
    const rows = found.flatMap((entry) => entry.found.map((quotation) => ({ sourceId: entry.sourceId, ...quotation })));
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
    const params = [
      column((r) => r.sourceId), column((r) => r.startOffset), column((r) => r.endOffset), column((r) => r.quote), column((r) => r.cue),
      column((r) => r.speaker?.text ?? null), column((r) => r.speaker?.startOffset ?? null), column((r) => r.speaker?.endOffset ?? null),
      column((r) => r.speaker?.actorId ?? null), column((r) => r.rule), column((r) => r.confidence),
    ];
    const foundRows = `unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::text[], $11::float8[])
      AS f(source_id, start_offset, end_offset, quote, cue, speaker_text, speaker_start, speaker_end, speaker_actor_id, rule, confidence)`;
    await session.query(
      `/* deleteStaleQuotations */ DELETE FROM quotation q WHERE q.source_id = ANY($12::int[]) AND q.status = 'PROPOSED'
         AND NOT EXISTS (SELECT 1 FROM ${foundRows} WHERE f.source_id = q.source_id AND f.start_offset = q.start_offset AND f.end_offset = q.end_offset)`,
      [...params, found.map((entry) => entry.sourceId)],
    );
    if (rows.length === 0) return;
    await session.query(
      `/* upsertQuotations */ INSERT INTO quotation (source_id, start_offset, end_offset, quote, cue, speaker_text, speaker_start, speaker_end, speaker_actor_id, rule, confidence)
       SELECT * FROM ${foundRows} ORDER BY 1, 2, 3
       ON CONFLICT (source_id, start_offset, end_offset) DO UPDATE SET quote = EXCLUDED.quote, cue = EXCLUDED.cue, speaker_text = EXCLUDED.speaker_text,
         speaker_start = EXCLUDED.speaker_start, speaker_end = EXCLUDED.speaker_end, speaker_actor_id = EXCLUDED.speaker_actor_id, rule = EXCLUDED.rule,
         confidence = EXCLUDED.confidence
       WHERE quotation.status = 'PROPOSED' AND (quotation.quote, quotation.cue, quotation.speaker_text, quotation.speaker_start, quotation.speaker_end,
         quotation.speaker_actor_id, quotation.rule, quotation.confidence) IS DISTINCT FROM (EXCLUDED.quote, EXCLUDED.cue, EXCLUDED.speaker_text,
         EXCLUDED.speaker_start, EXCLUDED.speaker_end, EXCLUDED.speaker_actor_id, EXCLUDED.rule, EXCLUDED.confidence)`,
      params,
    );
    await this.review.acceptCited(session, 'source', found.map((entry) => entry.sourceId));
  }

  /** A page of the quotations of each source in these states, in text order, each row with its source's total. */
  quotationsOfSources(db: Queryable, sourceIds: readonly number[], statuses: readonly string[], window: PageWindow<StoredQuotationRow>): Promise<PagedQuotationRow[]> {
    return this.review.pageOfSources(db, quotationColumns('c'), sourceIds, statuses, window);
  }

  async findById(db: Queryable, id: number, options: { lock?: boolean } = {}): Promise<StoredQuotationRow | null> {
    const [row] = await db.query<StoredQuotationRow>(`/* quotationById */ SELECT ${quotationColumns('q')} FROM quotation q WHERE q.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  /** The speaker (a stored actor) of the first quotation not rejected that overlaps a span: who said what it holds. */
  async speakerOverlapping(db: Queryable, span: { sourceId: number; startOffset: number; endOffset: number }): Promise<number | null> {
    const [row] = await db.query<{ actorId: number }>(
      `/* speakerOverlapping */ SELECT speaker_actor_id AS "actorId" FROM quotation
       WHERE source_id = $1 AND start_offset < $3 AND end_offset > $2 AND speaker_actor_id IS NOT NULL AND status <> 'REJECTED'
       ORDER BY start_offset LIMIT 1`,
      [span.sourceId, span.startOffset, span.endOffset],
    );
    return row?.actorId ?? null;
  }
}
