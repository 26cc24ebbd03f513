import { z } from 'zod';
import { CalendarDate, HttpUrl, Str, Text } from '../../shared/validation';

export const SourceKind = z.enum(['NEWS_ARTICLE', 'REPORT', 'DATASET', 'OFFICIAL_STATEMENT', 'OTHER']);
export const ReliabilityGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
// Line endings are normalised so that the same document hashes the same from any platform.
export const SourceText = Str()
  .max(5_000_000, 'must be at most 5,000,000 characters')
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .refine((text) => text.length > 0, 'must not be empty');

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
});
export type UpdateSourceInput = z.output<typeof UpdateSourceInput>;

export const SourceFilter = z
  .object({
    kind: z.array(SourceKind).max(20, 'must list at most 20 kinds').nullish(),
    publisher: Str().trim().max(500).nullish(),
    publishedFrom: CalendarDate.nullish(),
    publishedTo: CalendarDate.nullish(),
  })
  .nullish();
export type SourceFilter = z.output<typeof SourceFilter>;
