// Figures: sentences of a text that state an arms-supply quantity (figure-finder.ts), proposed as typed claim
// candidates and checked at once against the data, so that the analyst sees SUPPORTED or CONTRADICTED before typing
// anything. Read in an analysis without writing, stored with every source's mentions (a follower of the mention
// linker) and reviewed by people, as quotations are: accepted as a typed claim (asserted by whoever says it in a
// quotation, or by the source; cited to the sentence) or rejected, which a relink respects.
import type { Database, SqlSession } from '../../db/database';
import { NotFoundError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { NOT_REJECTED } from '../../shared/candidate-review';
import { present } from '../../shared/must-get';
import { pageWindow, toPage, type Page } from '../../shared/pagination';
import { drainAsync } from '../../shared/slices';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { ClaimCheck, ClaimCheckService } from '../claim-checks/claim-checks.service';
import type { CitationFollower, ClaimService } from '../claims/claims.service';
import type { LinkFollower } from '../mentions/mention-linker';
import type { MatchResult } from '../mentions/mention-matcher';
import type { MentionService, SourceAnalysis } from '../mentions/mentions.service';
import type { QuotationService } from '../quotations/quotations.service';
import { figureSlices, type FoundFigure } from './figure-finder';
import { SOURCE_FIGURE_ORDER, type FigureRepository, type StoredFigureRow } from './figures.repository';
import { AcceptFigureInput, AnalysisFiguresArgs, MAX_ANALYSIS_FIGURES, MAX_STORED_FIGURES, RejectFigureArgs, SourceFiguresArgs } from './figures.validation';

/** A year's first or last day, as a claim's span holds it. */
const yearStart = (year: number | null) => (year === null ? null : new Date(Date.UTC(year, 0, 1)));
const yearEnd = (year: number | null) => (year === null ? null : new Date(Date.UTC(year, 11, 31)));

export class FigureService implements LinkFollower<FoundFigure[]>, CitationFollower {
  /** An analysis's figures, found once for its count and its page. */
  private readonly analysed = new WeakMap<SourceAnalysis, Promise<FoundFigure[]>>();

  constructor(
    private readonly db: Database,
    private readonly figures: FigureRepository,
    private readonly checks: ClaimCheckService,
    private readonly claims: ClaimService,
    private readonly actors: ActorService,
    private readonly quotations: QuotationService,
    private readonly mentions: MentionService,
  ) {}

  /** The figures of each linked text, given its mentions, a slice at a time so that other requests go on (no statement). */
  async read(_db: Pick<SqlSession, 'query'>, texts: { text: string; mentions: MatchResult }[]): Promise<FoundFigure[][]> {
    const all: FoundFigure[][] = [];
    for (const { text, mentions } of texts) {
      const found: FoundFigure[] = [];
      await drainAsync(figureSlices(text, mentions, MAX_STORED_FIGURES, found));
      all.push(found);
    }
    return all;
  }

  /** Stores the figures read in linked sources, in the linking transaction. */
  write(session: SqlSession, found: { sourceId: number; found: FoundFigure[] }[]): Promise<void> {
    return this.figures.replaceProposed(session, found);
  }

  /** The figures whose exact sentence these claims cite are theirs (accepted). */
  cited(session: SqlSession, claimIds: readonly number[]): Promise<void> {
    return this.figures.review.acceptCited(session, 'claim', claimIds);
  }

  /** All the figures of an analysis (the first MAX_ANALYSIS_FIGURES), read once per analysis, a slice at a time. */
  ofAnalysis(analysis: SourceAnalysis): Promise<FoundFigure[]> {
    let found = this.analysed.get(analysis);
    if (!found) {
      const figures: FoundFigure[] = [];
      found = drainAsync(figureSlices(analysis.text, analysis.found, MAX_ANALYSIS_FIGURES, figures)).then(() => figures);
      this.analysed.set(analysis, found);
    }
    return found;
  }

  async analysisPage(analysis: SourceAnalysis, rawArgs: unknown): Promise<FoundFigure[]> {
    const { first } = parseInput(AnalysisFiguresArgs, rawArgs, '');
    return (await this.ofAnalysis(analysis)).slice(0, first);
  }

  /** A page of a source's stored figures, in text order (one statement per request and argument set). */
  async ofSource(batches: RequestBatches, sourceId: number, rawArgs: unknown): Promise<Page<StoredFigureRow>> {
    const { status, first, after } = parseInput(SourceFiguresArgs, rawArgs, '');
    const statuses = status ?? [...NOT_REJECTED];
    const window = pageWindow({ first, after }, { defaultPageSize: 50, maxPageSize: 200 }, SOURCE_FIGURE_ORDER);
    const rows = await batches.rows(['figuresOfSources', statuses, first, after], sourceId, (ids) => this.figures.figuresOfSources(this.db, ids, statuses, window), (row) => row.sourceId);
    return toPage(rows, window, async () => rows[0]?.total ?? 0);
  }

  /** The check the figure would get as a stored claim: its period as the claim's span (whole years). */
  check(batches: RequestBatches, figure: FoundFigure): Promise<ClaimCheck | null> {
    return this.checks.checkDraft(batches, {
      predicate: figure.predicate,
      subjectId: figure.subjectId,
      objectActorId: figure.objectId,
      objectValue: figure.objectValue,
      validFrom: yearStart(figure.fromYear),
      validTo: yearEnd(figure.toYear),
    });
  }

  /**
   * Accepts a figure as a typed claim, in one transaction: its predicate, supplier, recipient, period and stated
   * figure, about them and the other actors the sentence names; asserted by the actor named, else by the speaker of a quotation the sentence is part of, else by the
   * source; stated as the sentence unless a statement is given; cited to the exact sentence (SUPPORTS). A figure
   * accepted already is a CONFLICT, unless its claim was deleted since.
   */
  async accept(rawInput: unknown, author: string): Promise<StoredFigureRow> {
    const input = parseInput(AcceptFigureInput, rawInput);
    const figure = await this.figures.findById(this.db, input.id);
    if (!figure) throw new NotFoundError(`input.id: no figure has id ${input.id}`, 'input.id');
    this.figures.review.assertNotAccepted(figure, 'input.id', 'accept');
    if (input.asserterId != null && !(await this.actors.getById(String(input.asserterId)))) {
      throw new NotFoundError(`input.asserterId: no actor has id ${input.asserterId}`, 'input.asserterId');
    }
    const asserterId = input.asserterId ?? (await this.quotations.speakerOf(figure));
    // About its supplier and recipient (the claim adds them as subject and object) and whoever else it names.
    const about = (await this.mentions.actorsIn(figure)).filter((actorId) => actorId !== asserterId && actorId !== figure.subjectId && actorId !== figure.objectId);
    await this.claims.create(
      {
        statement: input.statement ?? figure.text,
        ...(asserterId === null ? { asserterSourceId: String(figure.sourceId) } : { asserterId: String(asserterId) }),
        predicate: figure.predicate,
        subjectId: String(figure.subjectId),
        objectActorId: String(figure.objectId),
        objectValue: input.objectValue === undefined ? figure.objectValue : input.objectValue,
        validFrom: yearStart(figure.fromYear)?.toISOString().slice(0, 10) ?? null,
        validTo: yearEnd(figure.toYear)?.toISOString().slice(0, 10) ?? null,
        about: about.map((actorId) => ({ actorId: String(actorId), role: 'MENTIONED' as const })),
        citations: [{ sourceId: String(figure.sourceId), quote: figure.text, startOffset: figure.startOffset, endOffset: figure.endOffset, stance: 'SUPPORTS' }],
      },
      author,
      (session, claim) => this.figures.review.markAccepted(session, figure.id, claim.id, author, 'input.id'),
    );
    return present(await this.figures.findById(this.db, figure.id), `the accepted figure ${figure.id}`);
  }

  /** Rejects a figure: kept, and not proposed again when its source is relinked. An accepted one is a CONFLICT. */
  async reject(rawArgs: unknown, author: string): Promise<StoredFigureRow> {
    const { id } = parseInput(RejectFigureArgs, rawArgs, '');
    const figure = await this.figures.findById(this.db, id);
    if (!figure) throw new NotFoundError(`No figure has id ${id}`, 'id');
    this.figures.review.assertNotAccepted(figure, 'id', 'reject');
    await this.db.transaction((session) => this.figures.review.markRejected(session, id, author), { author });
    return present(await this.figures.findById(this.db, id), `the rejected figure ${id}`);
  }
}
