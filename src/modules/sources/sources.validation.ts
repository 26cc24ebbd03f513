import { z } from 'zod';
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
    reliability: ReliabilityGrade.nullish(),
    edition: CalendarDate.nullish(),
  })
  .refine((input) => input.text || input.url, { message: 'a source needs a text or a URL', path: ['text'] });
export type CreateSourceInput = z.output<typeof CreateSourceInput>;

export const UpdateSourceInput = z.object({
  kind: SourceKind.optional(),
  title: Text(1000).optional(),
  publisher: Text(500).nullish(),
  author: Text(500).nullish(),
  url: HttpUrl.nullish(),
  publishedAt: CalendarDate.nullish(),
  text: SourceText.nullish(),
  reliability: ReliabilityGrade.nullish(),
  edition: CalendarDate.nullish(),
});
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
