import { z } from 'zod';
import { SourceCandidatesArgs } from '../../shared/candidate-review';
import { Id, Text } from '../../shared/validation';

/** The figures an analysis reads at most. */
export const MAX_ANALYSIS_FIGURES = 200;
/** The figures a source stores at most, the first in text order (a report of a million characters may state hundreds). */
export const MAX_STORED_FIGURES = 1000;

export const AnalysisFiguresArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 200').max(MAX_ANALYSIS_FIGURES, 'must be between 1 and 200'),
});

export const SourceFiguresArgs = SourceCandidatesArgs;

export const AcceptFigureInput = z.object({
  id: Id,
  asserterId: Id.nullish(),
  statement: Text(10_000).nullish(),
  /** null clears the stated figure; absent keeps the one found. */
  objectValue: Text(200).nullable().optional(),
});

export const RejectFigureArgs = z.object({ id: Id });
