// Figures: sentences of a text that state an arms-supply quantity (figure-finder.ts), proposed in an analysis as
// typed claim candidates and checked at once against the data, so that the analyst sees SUPPORTED or CONTRADICTED
// before typing anything.
import type { RequestBatches } from '../../shared/batches';
import { parseInput } from '../../shared/validation';
import type { ClaimCheck, ClaimCheckService } from '../claim-checks/claim-checks.service';
import type { SourceAnalysis } from '../mentions/mentions.service';
import { findFigures, type FoundFigure } from './figure-finder';
import { AnalysisFiguresArgs, MAX_ANALYSIS_FIGURES } from './figures.validation';

export class FigureService {
  /** An analysis's figures, found once for its count and its page. */
  private readonly analysed = new WeakMap<SourceAnalysis, FoundFigure[]>();

  constructor(private readonly checks: ClaimCheckService) {}

  /** All the figures of an analysis (the first MAX_ANALYSIS_FIGURES), read once per analysis. */
  ofAnalysis(analysis: SourceAnalysis): FoundFigure[] {
    let found = this.analysed.get(analysis);
    if (!found) {
      found = findFigures(analysis.text, analysis.found, MAX_ANALYSIS_FIGURES);
      this.analysed.set(analysis, found);
    }
    return found;
  }

  analysisPage(analysis: SourceAnalysis, rawArgs: unknown): FoundFigure[] {
    const { first } = parseInput(AnalysisFiguresArgs, rawArgs, '');
    return this.ofAnalysis(analysis).slice(0, first);
  }

  /** The check the figure would get as a stored claim: its period as the claim's span (whole years). */
  check(batches: RequestBatches, figure: FoundFigure): Promise<ClaimCheck | null> {
    return this.checks.checkDraft(batches, {
      predicate: figure.predicate,
      subjectId: figure.subjectId,
      objectActorId: figure.objectId,
      objectValue: figure.objectValue,
      validFrom: figure.fromYear === null ? null : new Date(Date.UTC(figure.fromYear, 0, 1)),
      validTo: figure.toYear === null ? null : new Date(Date.UTC(figure.toYear, 11, 31)),
    });
  }
}
