// Bundle records refer to each other by natural keys: an actor by name, alias or ISO code; a source by
// URL or content hash; an arms transfer by deal id + delivery year + source.
import { z } from 'zod';
import { CalendarDate, HttpUrl, Text, Year } from '../../shared/validation';

const ActorKind = z.enum(['STATE', 'PERSON', 'ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER']);

export const BundleActor = z.object({
  kind: ActorKind,
  name: Text(200),
  aliases: z.array(Text(200)).max(100).nullish(),
  isoCode: z.string().trim().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)').nullish(),
  wikidataId: z.string().trim().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q159').nullish(),
  description: Text(5000).nullish(),
});
export type BundleActor = z.output<typeof BundleActor>;

export const BundleSource = z
  .object({
    kind: z.enum(['NEWS_ARTICLE', 'REPORT', 'DATASET', 'OFFICIAL_STATEMENT', 'OTHER']),
    title: Text(1000),
    publisher: Text(500).nullish(),
    author: Text(500).nullish(),
    url: HttpUrl.nullish(),
    publishedAt: CalendarDate.nullish(),
    text: z.string().max(5_000_000).transform((text) => text.replace(/\r\n?/g, '\n').trim()).nullish(),
    reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullish(),
  })
  .refine((source) => source.text || source.url, { message: 'a source needs a text or a URL', path: ['text'] });
export type BundleSource = z.output<typeof BundleSource>;

/** A source named by URL or by content hash. */
export const SourceRef = z
  .object({ url: HttpUrl.nullish(), contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest').nullish() })
  .refine((ref) => ref.url || ref.contentHash, { message: 'name the source by url or contentHash', path: ['url'] });
export type SourceRef = z.output<typeof SourceRef>;

export const BundleArmsTransfer = z.object({
  supplier: Text(200),
  recipient: Text(200),
  source: SourceRef,
  dealId: Text(64),
  designation: Text(300),
  description: Text(1000).nullish(),
  category: Text(100),
  orderYear: Year.nullish(),
  orderYearEstimated: z.boolean().nullish(),
  deliveryYear: Year,
  deliveryYearEstimated: z.boolean().nullish(),
  numberDelivered: z.number().int('must be a whole number').min(0, 'must not be negative').nullish(),
  numberDeliveredEstimated: z.boolean().nullish(),
  tivPerUnit: z.number().finite().min(0, 'must not be negative').nullish(),
  tivDelivered: z.number().finite('must be a finite number').min(0, 'must not be negative'),
  status: z.enum(['NEW', 'SECOND_HAND', 'SECOND_HAND_MODERNISED']).nullish(),
  localProduction: z.boolean().nullish(),
});
export type BundleArmsTransfer = z.output<typeof BundleArmsTransfer>;

export const ImportMode = z.enum(['ATOMIC', 'PARTIAL']);
export type ImportMode = z.output<typeof ImportMode>;
