// Quotations: what a text quotes and who said it (quotation-finder.ts), read in an analysis without writing,
// stored with every source's mentions (a follower of the mention linker) and reviewed by people: accepted as a
// claim (asserted by the speaker, cited to the exact quote, about the actors named inside) or rejected, which a
// relink respects.
import type { Database, SqlSession } from '../../db/database';
import { NotFoundError, UserInputError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { present } from '../../shared/must-get';
import { pageWindow, toPage, type Page } from '../../shared/pagination';
import { drainAsync } from '../../shared/slices';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { CitationFollower, ClaimService } from '../claims/claims.service';
import { NOT_REJECTED } from '../../shared/candidate-review';
import type { LinkFollower } from '../mentions/mention-linker';
import type { MatchResult } from '../mentions/mention-matcher';
import type { MentionService, SourceAnalysis } from '../mentions/mentions.service';
import { quotationSlices, type FoundQuotation } from './quotation-finder';
import { SOURCE_QUOTATION_ORDER, type QuotationRepository, type StoredQuotationRow } from './quotations.repository';
import { AcceptQuotationInput, AnalysisQuotationsArgs, MAX_STORED_QUOTATIONS, RejectQuotationArgs, SourceQuotationsArgs } from './quotations.validation';

export class QuotationService implements LinkFollower<FoundQuotation[]>, CitationFollower {
  /** An analysis's quotations, found once for its count and its pages. */
  private readonly analysed = new WeakMap<SourceAnalysis, Promise<FoundQuotation[]>>();

  constructor(
    private readonly db: Database,
    private readonly quotations: QuotationRepository,
    private readonly claims: ClaimService,
    private readonly actors: ActorService,
    private readonly mentions: MentionService,
  ) {}

  /**
   * The quotations of each text given its mentions, a slice at a time so that other requests go on; which speakers
   * are people is asked once for all the texts.
   */
  async read(db: Pick<SqlSession, 'query'>, texts: { text: string; mentions: MatchResult }[]): Promise<FoundQuotation[][]> {
    const mentioned = new Set(texts.flatMap(({ mentions }) => mentions.carriers.flatMap((carriers) => (carriers[0] ? [carriers[0].actorId] : []))));
    const people = await this.quotations.people(db, [...mentioned]);
    const all: FoundQuotation[][] = [];
    for (const { text, mentions } of texts) {
      const found: FoundQuotation[] = [];
      await drainAsync(quotationSlices(text, { mentions, isPerson: (actorId) => people.has(actorId) }, found));
      all.push(found);
    }
    return all;
  }

  /** Stores the quotations read in linked sources (their first MAX_STORED_QUOTATIONS), in the linking transaction. */
  write(session: SqlSession, found: { sourceId: number; found: FoundQuotation[] }[]): Promise<void> {
    return this.quotations.replaceProposed(session, found.map((entry) => ({ sourceId: entry.sourceId, found: entry.found.slice(0, MAX_STORED_QUOTATIONS) })));
  }

  /** The quotations whose exact span these claims cite are theirs (accepted). */
  cited(session: SqlSession, claimIds: readonly number[]): Promise<void> {
    return this.quotations.review.acceptCited(session, 'claim', claimIds);
  }

  /** All the quotations of an analysis (read once per analysis). */
  ofAnalysis(analysis: SourceAnalysis): Promise<FoundQuotation[]> {
    let found = this.analysed.get(analysis);
    if (!found) {
      found = this.read(this.db, [{ text: analysis.text, mentions: analysis.found }]).then(([only]) => only ?? []);
      this.analysed.set(analysis, found);
    }
    return found;
  }

  /** A page of an analysis's quotations: `first` from the first starting at or after `fromOffset`. */
  async analysisPage(analysis: SourceAnalysis, rawArgs: unknown): Promise<FoundQuotation[]> {
    const { first, fromOffset } = parseInput(AnalysisQuotationsArgs, rawArgs, '');
    const found = await this.ofAnalysis(analysis);
    const from = found.findIndex((quotation) => quotation.startOffset >= fromOffset);
    return from < 0 ? [] : found.slice(from, from + first);
  }

  /** A page of a source's stored quotations, in text order (one statement per request and argument set). */
  async ofSource(batches: RequestBatches, sourceId: number, rawArgs: unknown): Promise<Page<StoredQuotationRow>> {
    const { status, first, after } = parseInput(SourceQuotationsArgs, rawArgs, '');
    const statuses = status ?? [...NOT_REJECTED];
    const window = pageWindow({ first, after }, { defaultPageSize: 100, maxPageSize: 500 }, SOURCE_QUOTATION_ORDER);
    const rows = await batches.rows(['quotationsOfSources', statuses, first, after], sourceId, (ids) => this.quotations.quotationsOfSources(this.db, ids, statuses, window), (row) => row.sourceId);
    return toPage(rows, window, async () => rows[0]?.total ?? 0);
  }

  /** Who said what a span of a stored text holds: the speaker of a quotation overlapping it, if a stored actor. */
  speakerOf(span: { sourceId: number; startOffset: number; endOffset: number }): Promise<number | null> {
    return this.quotations.speakerOverlapping(this.db, span);
  }

  async getById(id: number): Promise<StoredQuotationRow | null> {
    return this.quotations.findById(this.db, id);
  }

  /**
   * Accepts a quotation as a claim, in one transaction: asserted by its speaker (or the actor named instead),
   * stated as the quote unless a statement is given, cited to the exact quote (SUPPORTS), about the actors named
   * inside it (or those given). A quotation accepted already is a CONFLICT, unless its claim was deleted since.
   */
  async accept(rawInput: unknown, author: string): Promise<StoredQuotationRow> {
    const input = parseInput(AcceptQuotationInput, rawInput);
    const quotation = await this.quotations.findById(this.db, input.id);
    if (!quotation) throw new NotFoundError(`input.id: no quotation has id ${input.id}`, 'input.id');
    this.quotations.review.assertNotAccepted(quotation, 'input.id', 'accept');
    if (input.speakerId != null && !(await this.actors.getById(String(input.speakerId)))) {
      throw new NotFoundError(`input.speakerId: no actor has id ${input.speakerId}`, 'input.speakerId');
    }
    const asserterId = input.speakerId ?? quotation.speakerActorId;
    if (asserterId === null) {
      const said = quotation.speakerText ? `its speaker "${quotation.speakerText}" is no stored actor` : 'no speaker was found';
      throw new UserInputError(`input.speakerId: ${said}: name the actor who said it`, 'input.speakerId');
    }
    const about = input.about ?? (await this.mentions.actorsIn(quotation)).filter((actorId) => actorId !== asserterId);
    await this.claims.create(
      {
        statement: input.statement ?? quotation.quote,
        asserterId: String(asserterId),
        about: about.map((actorId) => ({ actorId: String(actorId), role: 'MENTIONED' })),
        citations: [{ sourceId: String(quotation.sourceId), quote: quotation.quote, startOffset: quotation.startOffset, endOffset: quotation.endOffset, stance: 'SUPPORTS' }],
      },
      author,
      (session, claim) => this.quotations.review.markAccepted(session, quotation.id, claim.id, author, 'input.id'),
    );
    return present(await this.quotations.findById(this.db, quotation.id), `the accepted quotation ${quotation.id}`);
  }

  /** Rejects a quotation: kept, and not proposed again when its source is relinked. An accepted one is a CONFLICT. */
  async reject(rawArgs: unknown, author: string): Promise<StoredQuotationRow> {
    const { id } = parseInput(RejectQuotationArgs, rawArgs, '');
    const quotation = await this.quotations.findById(this.db, id);
    if (!quotation) throw new NotFoundError(`No quotation has id ${id}`, 'id');
    this.quotations.review.assertNotAccepted(quotation, 'id', 'reject');
    await this.db.transaction((session) => this.quotations.review.markRejected(session, id, author), { author });
    return present(await this.quotations.findById(this.db, id), `the rejected quotation ${id}`);
  }
}
