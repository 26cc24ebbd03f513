import { z } from 'zod';
import { codePointLength } from '../../shared/text';
import { storedForm, type StoredForm } from '../../shared/text-forms';
import { CalendarDate, HttpUrl, Str, Text } from '../../shared/validation';

export const SourceKind = z.enum(['NEWS_ARTICLE', 'REPORT', 'DATASET', 'OFFICIAL_STATEMENT', 'OTHER']);
export const ReliabilityGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
/**
 * A source's text, turned into its stored form (shared/text-forms: line endings normalised, paragraphs trimmed,
 * blank lines and repeated paragraphs left out), so that the same document hashes the same however it was pasted.
 */
export const SourceText = Str()
  .max(5_000_000, 'must be at most 5,000,000 characters')
  .transform(storedForm)
  .refine((form) => form.text.length > 0, 'must not be empty');

/** Where each page of a paged document starts in the stored text (code points): at most one per 10 characters, a million. */
const PageStarts = z.array(z.number().int('must be a whole number').min(0, 'must not be negative')).max(100_000, 'must list at most 100,000 pages');

/** Page starts fit their text: the first page at 0, none before the one before it, none past the end. */
export function checkPageStarts(input: { text?: StoredForm | null; pageStarts?: number[] | null }, context: z.RefinementCtx): void {
  const starts = input.pageStarts;
  if (!starts || starts.length === 0) return;
  if (!input.text) {
    context.addIssue({ code: 'custom', message: 'a source has pages only with its text: give the text too', path: ['pageStarts'] });
    return;
  }
  const length = codePointLength(input.text.text);
  starts.forEach((start, index) => {
    if (index === 0 && start !== 0) context.addIssue({ code: 'custom', message: 'the first page starts at 0', path: ['pageStarts', 0] });
    else if (index > 0 && start < starts[index - 1]!) context.addIssue({ code: 'custom', message: 'must not be before the start of the page before it', path: ['pageStarts', index] });
    else if (start > length) context.addIssue({ code: 'custom', message: `must not be past the end of the stored text (${length} code points)`, path: ['pageStarts', index] });
  });
}

/** The columns a text's stored form fills (null: no text). */
export function storedTextColumns(form: StoredForm | null | undefined): { text: string | null; originalLength: number | null; repeatedParagraphs: number } {
  return { text: form?.text ?? null, originalLength: form?.originalLength ?? null, repeatedParagraphs: form?.repeatedParagraphs ?? 0 };
}

export const CreateSourceInput = z
  .object({
    kind: SourceKind,
    title: Text(1000),
    publisher: Text(500).nullish(),
    author: Text(500).nullish(),
    url: HttpUrl.nullish(),
    publishedAt: CalendarDate.nullish(),
    text: SourceText.nullish(),
    pageStarts: PageStarts.nullish(),
    reliability: ReliabilityGrade.nullish(),
    edition: CalendarDate.nullish(),
  })
  .refine((input) => input.text || input.url, { message: 'a source needs a text or a URL', path: ['text'] })
  .superRefine(checkPageStarts);
export type CreateSourceInput = z.output<typeof CreateSourceInput>;

export const UpdateSourceInput = z
  .object({
    kind: SourceKind.optional(),
    title: Text(1000).optional(),
    publisher: Text(500).nullish(),
    author: Text(500).nullish(),
    url: HttpUrl.nullish(),
    publishedAt: CalendarDate.nullish(),
    text: SourceText.nullish(),
    pageStarts: PageStarts.nullish(),
    reliability: ReliabilityGrade.nullish(),
    edition: CalendarDate.nullish(),
  })
  .superRefine(checkPageStarts);
export type UpdateSourceInput = z.output<typeof UpdateSourceInput>;

export const SourceFilter = z
  .object({
    kind: z.array(SourceKind).max(20, 'must list at most 20 kinds').nullish(),
    publisher: Str().trim().max(500).nullish(),
    title: Str().trim().max(500).nullish(),
    mentioning: Str().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    publishedFrom: CalendarDate.nullish(),
    publishedTo: CalendarDate.nullish(),
  })
  .nullish();
export type SourceFilter = z.output<typeof SourceFilter>;
