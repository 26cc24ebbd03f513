import { z } from 'zod';
import { SourceCandidatesArgs } from '../../shared/candidate-review';
import { Id, Text } from '../../shared/validation';

/** The most quotations one page of an analysis gives. */
export const MAX_ANALYSIS_QUOTATIONS = 1000;
/** The quotations a source stores at most, the first in text order (a transcript of a million characters has thousands). */
export const MAX_STORED_QUOTATIONS = 2000;

export const AnalysisQuotationsArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 1000').max(MAX_ANALYSIS_QUOTATIONS, 'must be between 1 and 1000'),
  fromOffset: z.number().int().min(0, 'must be 0 or more'),
});

export const SourceQuotationsArgs = SourceCandidatesArgs;

export const AcceptQuotationInput = z.object({
  id: Id,
  speakerId: Id.nullish(),
  statement: Text(10_000).nullish(),
  about: z.array(Id).max(200, 'must list at most 200 actors').nullish(),
});

export const RejectQuotationArgs = z.object({ id: Id });
