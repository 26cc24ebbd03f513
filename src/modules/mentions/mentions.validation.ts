import { z } from 'zod';
import { HttpUrl, Str, Text } from '../../shared/validation';
import { SourceText } from '../sources/sources.validation';

/** The most of a text analyzeSource reads: a long report, well past any article. */
export const MAX_ANALYZED_TEXT = 1_000_000;

export const AnalyzeSourceArgs = z.object({
  text: Str().max(MAX_ANALYZED_TEXT, `must be at most ${MAX_ANALYZED_TEXT.toLocaleString('en')} characters`).pipe(SourceText),
  title: Text(1000).nullish(),
  url: HttpUrl.nullish(),
});
