import { z } from 'zod';
import { HttpUrl, Id, Str, Text } from '../../shared/validation';
import { SourceText } from '../sources/sources.validation';

/** The most of a text analyzeSource reads for a key holder: a long report, well past any article. */
export const MAX_ANALYZED_TEXT = 1_000_000;
/** The most of a text analyzeSource reads for an anonymous caller: a long article. */
export const MAX_ANONYMOUS_ANALYZED_TEXT = 100_000;
/** The most mentions one page of an analysis gives. */
export const MAX_ANALYSIS_PAGE = 1000;
/** The unknown names an analysis lists at most (it counts them all). */
export const MAX_UNKNOWN_NAMES = 1000;

export const AnalysisMentionsArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 1000').max(MAX_ANALYSIS_PAGE, 'must be between 1 and 1000'),
  fromOffset: z.number().int().min(0, 'must be 0 or more'),
});

/** The weapon mentions an analysis lists at most (it counts them all). */
export const MAX_ANALYSIS_WEAPONS = 1000;

export const AnalysisWeaponsArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 1000').max(MAX_ANALYSIS_WEAPONS, 'must be between 1 and 1000'),
});

export const WeaponTransfersArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100'),
});

export const AnalysisNamesArgs = z.object({
  first: z.number().int().min(1, 'must be between 1 and 1000').max(MAX_UNKNOWN_NAMES, 'must be between 1 and 1000'),
});

export const AnalyzeSourceArgs = z.object({
  text: Str().max(MAX_ANALYZED_TEXT, `must be at most ${MAX_ANALYZED_TEXT.toLocaleString('en')} characters`).pipe(SourceText),
  title: Text(1000).nullish(),
  url: HttpUrl.nullish(),
});

export const MentionStatus = z.enum(['PROPOSED', 'CONFIRMED', 'REJECTED']);

export const SourceMentionsArgs = z.object({
  actor: Id.nullish(),
  status: z.array(MentionStatus).min(1, 'must list at least one status').nullish(),
  first: z.number().nullish(),
  after: z.string().nullish(),
});

export const ActorMentionsArgs = z.object({ first: z.number().nullish(), after: z.string().nullish() });

export const ReviewMentionArgs = z.object({ id: Id, status: z.enum(['CONFIRMED', 'REJECTED']) });

export const AddMentionInput = z
  .object({
    sourceId: Id,
    actorId: Id,
    startOffset: z.number().int().min(0, 'must be 0 or more'),
    endOffset: z.number().int().min(1, 'must be 1 or more'),
  })
  .refine((input) => input.endOffset > input.startOffset, { message: 'must be after startOffset', path: ['endOffset'] });
