import { z } from 'zod';

/** The figures an analysis reads at most. */
export const MAX_ANALYSIS_FIGURES = 200;

export const AnalysisFiguresArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 200').max(MAX_ANALYSIS_FIGURES, 'must be between 1 and 200'),
});
