// Bundle records refer to each other by natural keys: an actor by name, alias or ISO code; a source by
// URL or content hash; an event by title + start date; a claim by asserter + statement; an arms transfer
// by deal id + delivery year + source.
import { z } from 'zod';
import { CalendarDate, HttpUrl, rankFields, rankHasReason, Str, Text, Year } from '../../shared/validation';
import { ActorKind, affiliationEndsInOrder, IsoCode, WikidataId } from '../actors/actors.validation';
import { Count, Tiv, TransferStatus } from '../arms-transfers/arms-transfers.validation';
import { BUNDLE_CLAIM_FIELDS, checkCitationOffsets, citationFields, ClaimActorRole, claimValueFields, refineClaimRules } from '../claims/claims.validation';
import { CameoCodeText, DatePrecision, ParticipantRole } from '../events/events.validation';
import { CreateSourceInput } from '../sources/sources.validation';
import { MentionStatus } from '../mentions/mentions.validation';
import { CITABLE_FIELDS } from '../provenance/provenance.validation';

export const BundleActor = z.object({
  kind: ActorKind,
  name: Text(200),
  aliases: z.array(Text(200)).max(100).nullish(),
  demonyms: z.array(Text(200)).max(100).nullish(),
  isoCode: IsoCode.nullish(),
  wikidataId: WikidataId.nullish(),
  description: Text(5000).nullish(),
  /** The stored actor this record is (id, name, alias or ISO code): its names become aliases there. */
  sameAs: Text(200).nullish(),
  /** Ranks of its aliases and demonyms other than NORMAL (a copy's), each naming one of them. */
  aliasRanks: z
    .array(z.object({ alias: Text(200), ...rankFields }).refine(...rankHasReason))
    .max(200, 'must list at most 200 ranks')
    .nullish(),
});
export type BundleActor = z.output<typeof BundleActor>;

/** A bundle source has the fields of createSource; its natural key is its URL, else its text's hash. */
export const BundleSource = CreateSourceInput;
export type BundleSource = z.output<typeof BundleSource>;

/** A source named by URL or by content hash. */
export const SourceRef = z
  .object({ url: HttpUrl.nullish(), contentHash: Str().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest').nullish() })
  .refine((ref) => ref.url || ref.contentHash, { message: 'name the source by url or contentHash', path: ['url'] });
export type SourceRef = z.output<typeof SourceRef>;

/** An actor named by canonical name, alias or ISO code. */
const ActorRef = Text(200);

/** An event named by its title and start date. */
export const EventRef = z.object({ title: Text(500), startDate: CalendarDate });
export type EventRef = z.output<typeof EventRef>;

/** Where one of an event's or an affiliation's values comes from: re-importing it confirms it (lastSeen moves). */
const valueSourceOf = (target: 'eventId' | 'affiliationId') =>
  z
    .object({
      source: SourceRef,
      field: z.enum(CITABLE_FIELDS[target]).nullish(),
      quote: citationFields.quote.nullish(),
      startOffset: citationFields.startOffset,
      endOffset: citationFields.endOffset,
    })
    .superRefine(checkCitationOffsets);
export const BundleValueSource = valueSourceOf('eventId');
export type BundleValueSource = z.output<typeof BundleValueSource> | z.output<typeof BundleAffiliationValueSource>;
const BundleAffiliationValueSource = valueSourceOf('affiliationId');

/** A member's role in an organisation over a span (a head of state's term): keyed by both actors, the role and the start. */
export const BundleAffiliation = z
  .object({
    member: ActorRef,
    organisation: ActorRef,
    role: Text(200),
    startDate: CalendarDate.nullish(),
    endDate: CalendarDate.nullish(),
    sources: z.array(BundleAffiliationValueSource).max(50, 'must list at most 50 sources').nullish(),
    ...rankFields,
  })
  .refine(...affiliationEndsInOrder)
  .refine(...rankHasReason);
export type BundleAffiliation = z.output<typeof BundleAffiliation>;

export const BundleEvent = z
  .object({
    cameoCode: CameoCodeText,
    title: Text(500),
    startDate: CalendarDate,
    startPrecision: DatePrecision.nullish(),
    endDate: CalendarDate.nullish(),
    endPrecision: DatePrecision.nullish(),
    location: Text(500).nullish(),
    description: Text(20_000).nullish(),
    participants: z
      .array(z.object({ actor: ActorRef, role: ParticipantRole }))
      .max(500, 'must list at most 500 participants')
      .nullish(),
    sources: z.array(BundleValueSource).max(50, 'must list at most 50 sources').nullish(),
  })
  .refine((event) => !event.endDate || event.endDate >= event.startDate, { message: 'must not be before startDate', path: ['endDate'] });
export type BundleEvent = z.output<typeof BundleEvent>;

export const BundleCitation = z.object({ source: SourceRef, ...citationFields }).superRefine(checkCitationOffsets);
export type BundleCitation = z.output<typeof BundleCitation>;

/** A fact-checker's review of the claim, as its ClaimReview gives it (kept as given). */
export const BundleFactCheck = z.object({
  reviewer: Text(300),
  reviewerUrl: HttpUrl.nullish(),
  url: HttpUrl,
  publishedAt: CalendarDate.nullish(),
  ratingValue: z.number().finite().nullish(),
  bestRating: z.number().finite().nullish(),
  worstRating: z.number().finite().nullish(),
  ratingName: Text(300).nullish(),
  ratingExplanation: Text(5000).nullish(),
});
export type BundleFactCheck = z.output<typeof BundleFactCheck>;

export const BundleClaim = z
  .object({
    ...claimValueFields,
    asserter: ActorRef.nullish(),
    asserterSource: SourceRef.nullish(),
    event: EventRef.nullish(),
    subject: ActorRef.nullish(),
    object: ActorRef.nullish(),
    about: z
      .array(z.object({ actor: ActorRef, role: ClaimActorRole.nullish() }))
      .max(200, 'must list at most 200 actors')
      .nullish(),
    citations: z.array(BundleCitation).max(200, 'must list at most 200 citations').nullish(),
    factChecks: z.array(BundleFactCheck).max(50, 'must list at most 50 fact checks').nullish(),
    ...rankFields,
  })
  .superRefine(refineClaimRules(BUNDLE_CLAIM_FIELDS))
  .refine(...rankHasReason);
export type BundleClaim = z.output<typeof BundleClaim>;

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
  tivPerUnit: Tiv.nullish(),
  tivDelivered: Tiv,
  status: TransferStatus.nullish(),
  localProduction: z.boolean().nullish(),
  firstSeen: CalendarDate.nullish().describe("The first edition of its dataset that held the row (an export's); default: the dataset's edition, else the import's day."),
  lastSeen: CalendarDate.nullish().describe("The latest edition that held it; default as firstSeen."),
}).refine((transfer) => !transfer.firstSeen || !transfer.lastSeen || transfer.firstSeen <= transfer.lastSeen, { message: 'must not be before firstSeen', path: ['lastSeen'] });
export type BundleArmsTransfer = z.output<typeof BundleArmsTransfer>;

/**
 * A mention someone reviewed or added (a copy's): the words of a source's text, between offsets in code points,
 * that name an actor. Unreviewed automatic mentions are not in bundles: the import finds them again.
 */
export const BundleMention = z
  .object({
    source: SourceRef,
    actor: ActorRef,
    startOffset: z.number().int().min(0, 'must be 0 or more'),
    endOffset: z.number().int().min(1, 'must be more than startOffset'),
    text: Text(500),
    form: z.enum(['NAME', 'ALIAS', 'ISO_CODE', 'DEMONYM']),
    origin: z.enum(['AUTOMATIC', 'MANUAL']).nullish(),
    status: MentionStatus,
    reviewedBy: Text(200).nullish(),
    // A string in a file; the API's DateTime scalar hands over a Date.
    reviewedAt: z.preprocess((value) => (value instanceof Date ? value.toISOString() : value), z.string().datetime({ offset: true, message: 'must be a time as ISO 8601 (2026-12-07T10:00:00Z)' }).nullish()),
  })
  .refine((mention) => mention.endOffset > mention.startOffset, { message: 'must be more than startOffset', path: ['endOffset'] });
export type BundleMention = z.output<typeof BundleMention>;

export const ImportMode = z.enum(['ATOMIC', 'PARTIAL']);
export type ImportMode = z.output<typeof ImportMode>;

/** A whole bundle, as a JSON file holds it; the JSON Schema in samples/ is generated from it (npm run codegen). */
export const BundleDocument = z
  .object({
    actors: z.array(BundleActor).optional().describe('Actors, keyed by canonical name; found also by alias or ISO code.'),
    sources: z.array(BundleSource).optional().describe('Sources, keyed by URL, else by the sha256 of their text.'),
    events: z.array(BundleEvent).optional().describe('Events, keyed by title and start date.'),
    affiliations: z.array(BundleAffiliation).optional().describe("Affiliations (a member's role in an organisation), keyed by both actors, the role and the start date."),
    claims: z.array(BundleClaim).optional().describe('Claims with their citations, keyed by asserter and statement.'),
    armsTransfers: z.array(BundleArmsTransfer).optional().describe('Arms-transfer rows, keyed by deal id, delivery year and source.'),
    mentions: z.array(BundleMention).optional().describe('Mentions reviewed or added by hand, keyed by source, actor and offsets.'),
  })
  .strict()
  .describe('A Dossier import bundle: records that refer to each other by natural keys, never by database ids.');
export type BundleDocument = z.output<typeof BundleDocument>;

/** Language codes as Wikidata writes them (en, ru, zh-hans, sr-el), at most 20: the labels an import reads. */
export const Languages = z
  .array(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/, 'must be a language code as Wikidata writes them (en, ru, zh-hans)'))
  .min(1, 'must name at least one language')
  .max(20, 'must list at most 20 languages');
