// Bundle records refer to each other by natural keys: an actor by name, alias or ISO code; a source by
// URL or content hash; an arms transfer by deal id + delivery year + source.
import { z } from 'zod';
import { CalendarDate, HttpUrl, Text, Year } from '../../shared/validation';
import { ActorKind, IsoCode, WikidataId } from '../actors/actors.validation';
import { Count, NonNegative, TransferStatus } from '../arms-transfers/arms-transfers.validation';
import { ReliabilityGrade, SourceKind, SourceText } from '../sources/sources.validation';

export const BundleActor = z.object({
  kind: ActorKind,
  name: Text(200),
  aliases: z.array(Text(200)).max(100).nullish(),
  isoCode: IsoCode.nullish(),
  wikidataId: WikidataId.nullish(),
  description: Text(5000).nullish(),
});
export type BundleActor = z.output<typeof BundleActor>;

export const BundleSource = z
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
  numberDelivered: Count.nullish(),
  numberDeliveredEstimated: z.boolean().nullish(),
  tivPerUnit: NonNegative.nullish(),
  tivDelivered: NonNegative,
  status: TransferStatus.nullish(),
  localProduction: z.boolean().nullish(),
});
export type BundleArmsTransfer = z.output<typeof BundleArmsTransfer>;

export const ImportMode = z.enum(['ATOMIC', 'PARTIAL']);
export type ImportMode = z.output<typeof ImportMode>;
