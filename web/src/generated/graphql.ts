/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A figure accepted as a typed claim. */
export type AcceptFigureInput = {
  /** Who states it (default: the speaker of a quotation the sentence is part of, else the source itself). */
  asserterId?: string | number | null | undefined;
  /** The figure. */
  id: string | number;
  /** The figure the claim states, when the one read is wrong (default: the one read; null: none). */
  objectValue?: string | null | undefined;
  /** The claim's sentence (default: the figure's sentence). */
  statement?: string | null | undefined;
};

/** A quotation accepted as a claim. */
export type AcceptQuotationInput = {
  /** The actors the claim is about (default: those the quote mentions, its speaker left out). */
  about?: Array<string | number> | null | undefined;
  /** The quotation. */
  id: string | number;
  /** The actor who said it, when the speaker found is wrong or no stored actor (default: the speaker found). */
  speakerId?: string | number | null | undefined;
  /** The claim's sentence (default: the quote). */
  statement?: string | null | undefined;
};

/** What kind of actor an actor is. */
export type ActorKind =
  /** An international organisation such as NATO or the United Nations. */
  | 'INTERNATIONAL_ORGANISATION'
  /** A non-state armed group. */
  | 'NON_STATE_ARMED_GROUP'
  /** A company, party, agency or other organisation. */
  | 'ORGANISATION'
  /** Any other actor, including placeholders such as an unknown supplier. */
  | 'OTHER'
  /** A person, such as a head of state or a minister. */
  | 'PERSON'
  /** A sovereign state. */
  | 'STATE';

/** Which way a year's arms deliveries went. */
export type ArmsDeliveryDirection =
  /** Delivered to the actor. */
  | 'RECEIVED'
  /** Delivered by the actor. */
  | 'SUPPLIED';

/** Which side of the trade a ranking lists. */
export type ArmsTradeSide =
  /** The actors that the ranked actor supplied. */
  | 'RECIPIENTS'
  /** The actors that supplied the ranked actor. */
  | 'SUPPLIERS';

/** How a quotation was attributed to its speaker. */
export type AttributionRule =
  /** A cue next to the quote: "…," Lavrov said / "…," said Lavrov / Lavrov said that "…" / "…", according to Lavrov. */
  | 'ADJACENT_CUE'
  /** A quote standing alone right after an attributed one: the same speaker goes on. */
  | 'CONTINUATION'
  /** A speaker and a colon before it: Lavrov told reporters: "…" / Lavrov: "…". */
  | 'LEADING_COLON'
  /** Nothing attributes it: a sentence-long quote (six words or more) for a person to attribute. */
  | 'NONE'
  /** A pronoun ("he said"), pointing back to the last speaker named. */
  | 'PRONOUN'
  /** A cue earlier in the same sentence: Lavrov said the talks had been "frank and useful". */
  | 'SAME_SENTENCE'
  /** The second half of a split quote: "…," Lavrov said, "…". */
  | 'SPLIT_QUOTE';

/** An actor in a bundle, keyed by its canonical name (an existing actor is also found by alias or ISO code). Given fields are updated; omitted ones keep their stored values; aliases are added. */
export type BundleActorInput = {
  /** Ranks of its aliases and demonyms other than NORMAL (a copy's), each naming one of them. */
  aliasRanks?: Array<BundleAliasRankInput> | null | undefined;
  /** Other names; added to those stored. */
  aliases?: Array<string> | null | undefined;
  /** Adjectives for its people; added to those stored. */
  demonyms?: Array<string> | null | undefined;
  /** A short description. */
  description?: string | null | undefined;
  /** ISO 3166-1 alpha-3 code. */
  isoCode?: string | null | undefined;
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Canonical name: the actor's natural key. */
  name: string;
  /** The stored actor this record means (its id, name, alias or ISO code): the record's name and aliases are added to it as aliases, and later records may name it by either; no actor is created. */
  sameAs?: string | null | undefined;
  /** Wikidata item id. */
  wikidataId?: string | null | undefined;
};

/** A member's role in an organisation over a span (a head of state's term, a membership) in a bundle, keyed by both actors, the role and the start date. A stored one keeps its values; an end date fills in one it lacks. */
export type BundleAffiliationInput = {
  /** The last day it was held; omitted while it is held. */
  endDate?: string | null | undefined;
  /** The member: name, alias or ISO code of an actor in the bundle or the database. */
  member: string;
  /** The organisation (a state, an alliance, a company): name, alias or ISO code. */
  organisation: string;
  /** Its rank (a copy's); none keeps the stored one, NORMAL for a new record. */
  rank?: Rank | null | undefined;
  /** Why it has that rank; a DEPRECATED one needs it. */
  rankReason?: string | null | undefined;
  /** The role held (President, member state). */
  role: string;
  /** Where its values come from (at most 50): each is added, or confirmed when stored (its lastSeen moves). */
  sources?: Array<BundleValueSourceInput> | null | undefined;
  /** The first day it was held; omitted when unknown. */
  startDate?: string | null | undefined;
};

/** The rank of one of a bundle actor's aliases or demonyms. */
export type BundleAliasRankInput = {
  /** The alias or demonym, as the record lists it. */
  alias: string;
  /** Its rank. */
  rank?: Rank | null | undefined;
  /** Why; a DEPRECATED one needs it. */
  rankReason?: string | null | undefined;
};

/** An arms-transfer row in a bundle, keyed by deal id, delivery year and source; actors by name, alias or ISO code. */
export type BundleArmsTransferInput = {
  /** Armament category. */
  category: string;
  /** The dataset's deal id. */
  dealId: string;
  /** Year of these deliveries. */
  deliveryYear: number;
  /** Delivery year is an estimate. */
  deliveryYearEstimated?: boolean | null | undefined;
  /** What the weapon is. */
  description?: string | null | undefined;
  /** Weapon designation. */
  designation: string;
  /** The first edition of its dataset that held the row (an export's); default: the dataset's edition, else the import's day. */
  firstSeen?: string | null | undefined;
  /** The latest edition that held it; default as firstSeen. */
  lastSeen?: string | null | undefined;
  /** Produced under licence in the recipient country. */
  localProduction?: boolean | null | undefined;
  /** Number delivered in the year. */
  numberDelivered?: number | null | undefined;
  /** Number delivered is an estimate. */
  numberDeliveredEstimated?: boolean | null | undefined;
  /** Year of the order. */
  orderYear?: number | null | undefined;
  /** Order year is an estimate. */
  orderYearEstimated?: boolean | null | undefined;
  /** Recipient: name, alias or ISO code. */
  recipient: string;
  /** The dataset the row comes from. */
  source: SourceRefInput;
  /** Whether the weapons were new; default NEW. */
  status?: TransferStatus | null | undefined;
  /** Supplier: name, alias or ISO code of an actor in the bundle or the database. */
  supplier: string;
  /** TIV delivered in the year, millions. */
  tivDelivered: number;
  /** TIV per unit, millions. */
  tivPerUnit?: number | null | undefined;
};

/** A citation of a bundle claim: the exact quote in a source. */
export type BundleCitationInput = {
  /** Where the quote ends (exclusive). */
  endOffset?: number | null | undefined;
  /** The exact words of the source. */
  quote: string;
  /** The cited source, in the bundle or the database. */
  source: SourceRefInput;
  /** Whether the quote supports, refutes or only mentions the claim. */
  stance: Stance;
  /** Where the quote starts in the source's text, in Unicode code points; found by the import when omitted. */
  startOffset?: number | null | undefined;
};

/** An actor a bundle claim is about. */
export type BundleClaimActorInput = {
  /** Name, alias or ISO code of an actor in the bundle or the database. */
  actor: string;
  /** How the claim concerns the actor; default MENTIONED. */
  role?: ClaimActorRole | null | undefined;
};

/** A claim in a bundle, keyed by its asserter (actor or source) and its statement. Given fields are updated; omitted ones keep their stored values; given actor and citation lists replace the stored ones. */
export type BundleClaimInput = {
  /** Further actors the claim is about (subject and object are added). */
  about?: Array<BundleClaimActorInput> | null | undefined;
  /** The actor who asserts it: name, alias or ISO code. */
  asserter?: string | null | undefined;
  /** The source whose author asserts it (analysis, reporting); not with asserter. */
  asserterSource?: SourceRefInput | null | undefined;
  /** The quotes that back the claim. */
  citations?: Array<BundleCitationInput> | null | undefined;
  /** Confidence from 0 to 1. */
  confidence?: number | null | undefined;
  /** The event the claim is about. */
  event?: EventRefInput | null | undefined;
  /** Fact-checkers' reviews of the claim (a ClaimReview's), added or updated by their URL; an import deletes none. */
  factChecks?: Array<BundleFactCheckInput> | null | undefined;
  /** Structured form: the object actor. */
  object?: string | null | undefined;
  /** Structured form: a literal object, when it is not an actor. */
  objectValue?: string | null | undefined;
  /** Structured form: the relation, e.g. supplies_arms_to. */
  predicate?: string | null | undefined;
  /** Its rank (a copy's); none keeps the stored one, NORMAL for a new record. */
  rank?: Rank | null | undefined;
  /** Why it has that rank; a DEPRECATED one needs it. */
  rankReason?: string | null | undefined;
  /** What is claimed, in one sentence. */
  statement: string;
  /** Structured form: the subject actor. */
  subject?: string | null | undefined;
  /** When the claimed state of affairs begins. */
  validFrom?: string | null | undefined;
  /** When it ends. */
  validTo?: string | null | undefined;
};

/** An event in a bundle, keyed by title and start date. Given fields are updated; omitted ones keep their stored values; a participant list replaces the stored one. */
export type BundleEventInput = {
  /** CAMEO event code (two to four digits) of the codebook. */
  cameoCode: string;
  /** What happened. */
  description?: string | null | undefined;
  /** The day it ended, if it has. */
  endDate?: string | null | undefined;
  /** How precise endDate is. */
  endPrecision?: DatePrecision | null | undefined;
  /** Where it took place. */
  location?: string | null | undefined;
  /** Who took part, in which role; replaces the stored list when given. */
  participants?: Array<BundleParticipantInput> | null | undefined;
  /** Where the event's values come from (at most 50): each is added, or confirmed when stored (its lastSeen moves). */
  sources?: Array<BundleValueSourceInput> | null | undefined;
  /** The day it started (or the first day of its month or year; see startPrecision). */
  startDate: string;
  /** How precise startDate is; default DAY. */
  startPrecision?: DatePrecision | null | undefined;
  /** A short title: with the start date, the event's natural key. */
  title: string;
};

/** A fact-checker's review of a bundle claim, kept as given. */
export type BundleFactCheckInput = {
  /** The best rating of that scale. */
  bestRating?: number | null | undefined;
  /** When the review was published. */
  publishedAt?: string | null | undefined;
  /** Why, in the reviewer's words. */
  ratingExplanation?: string | null | undefined;
  /** The rating in the reviewer's words. */
  ratingName?: string | null | undefined;
  /** The rating as a number on the reviewer's scale. */
  ratingValue?: number | null | undefined;
  /** The reviewing organisation. */
  reviewer: string;
  /** The reviewer's site. */
  reviewerUrl?: string | null | undefined;
  /** The review's page: with the claim, its key. */
  url: string;
  /** The worst rating of that scale. */
  worstRating?: number | null | undefined;
};

/** A mention someone reviewed or added by hand, keyed by source, actor and offsets. */
export type BundleMentionInput = {
  /** Name, alias or ISO code of the actor named, in the bundle or the database. */
  actor: string;
  /** Where they end (exclusive). */
  endOffset: number;
  /** Which of the actor's forms the words are. */
  form: MentionForm;
  /** AUTOMATIC (found by Dossier; default) or MANUAL (added by hand). */
  origin?: MentionOrigin | null | undefined;
  /** When, as ISO 8601. */
  reviewedAt?: string | null | undefined;
  /** Who reviewed or added it. */
  reviewedBy?: string | null | undefined;
  /** The source, in the bundle or the database. */
  source: SourceRefInput;
  /** Where the words start in the source's text, in code points. */
  startOffset: number;
  /** The review: CONFIRMED or REJECTED (a rejected mention is not proposed again); PROPOSED for one added by hand and not reviewed. */
  status: MentionStatus;
  /** The words, as the text has them between the offsets. */
  text: string;
};

/** An actor taking part in a bundle event. */
export type BundleParticipantInput = {
  /** Name, alias or ISO code of an actor in the bundle or the database. */
  actor: string;
  /** What part the actor played. */
  role: ParticipantRole;
};

/** A source in a bundle, keyed by URL, else by the sha256 of its text. */
export type BundleSourceInput = {
  /** Who wrote it. */
  author?: string | null | undefined;
  /** A dataset's edition (the day its publisher generated it). */
  edition?: string | null | undefined;
  /** What kind of document it is. */
  kind: SourceKind;
  /** Where each page starts in the stored form of the text (code points; the first at 0), for a paged document such as a PDF; kept with the text it came with. */
  pageStarts?: Array<number> | null | undefined;
  /** When it was published. */
  publishedAt?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** How reliable it is. */
  reliability?: ReliabilityGrade | null | undefined;
  /** Its full text (stored for new sources; a stored text is never replaced by an import). */
  text?: string | null | undefined;
  /** Its title. */
  title: string;
  /** An absolute http(s) URL: the natural key. */
  url?: string | null | undefined;
};

/** Where one of a bundle event's or affiliation's values comes from. */
export type BundleValueSourceInput = {
  /** Offset just past the quote; with startOffset. */
  endOffset?: number | null | undefined;
  /** The value: of an event title, startDate, endDate, location, participants, description or type; of an affiliation role, startDate or endDate; omitted for the whole record. */
  field?: string | null | undefined;
  /** The exact quote in the source's text, if any; checked like a citation's. */
  quote?: string | null | undefined;
  /** The source, by its URL or content hash (stored, or in the bundle). */
  source: SourceRefInput;
  /** Offset of the quote (code points); omitted, the quote's first occurrence. */
  startOffset?: number | null | undefined;
};

/** The kinds of record the change log names. */
export type ChangeEntity =
  /** An actor; its aliases are one of its fields (aliases), as are the sources of its values (provenance). */
  | 'ACTOR'
  /** An affiliation. */
  | 'AFFILIATION'
  /** An arms transfer. */
  | 'ARMS_TRANSFER'
  /** A claim; its citations and the actors it is about are its fields. */
  | 'CLAIM'
  /** An event; its participants are one of its fields. */
  | 'EVENT'
  /** A source; its mentions, its quotations and its figures are fields of it. */
  | 'SOURCE';

/** What a change did to its record. */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted: a copy deletes it too. */
  | 'DELETE'
  /** The actor was merged into another (mergedInto): a copy deletes it and sends its references to the other. */
  | 'MERGE'
  /** A merge of the actor was undone: it exists again, as it was (mergedInto names the actor it had been merged into). */
  | 'UNMERGE'
  /** The record or one of its lists changed (fields names which). */
  | 'UPDATE';

/** A typed claim not stored yet, to check against the data (checkClaim): its actors by name, alias or ISO code. */
export type CheckClaimInput = {
  /** The object actor (the recipient), by name, alias or ISO code. */
  object: string;
  /** The object as a value, for a predicate that takes one (ARMS_SUPPLY_SHARE: the share, e.g. "36.5%"). */
  objectValue?: string | null | undefined;
  /** The predicate (a vocabulary code such as ARMS_SUPPLY_FALLING, in any case or with spaces). */
  predicate: string;
  /** The subject actor (the supplier for ARMS_SUPPLY predicates), by name, alias or ISO code. */
  subject: string;
  /** First day on which it holds. */
  validFrom?: string | null | undefined;
  /** Last day on which it holds. */
  validTo?: string | null | undefined;
};

/** How a claim concerns an actor. */
export type ClaimActorRole =
  /** An actor the claim mentions. */
  | 'MENTIONED'
  /** The actor on the receiving end. */
  | 'OBJECT'
  /** The actor the claim is about. */
  | 'SUBJECT';

/** What a claim's check concluded. */
export type ClaimVerdict =
  /** The data say otherwise. */
  | 'CONTRADICTED'
  /** The data cannot decide: too few windows in the span, a change under the threshold, measures that disagree, or no deliveries. */
  | 'INCONCLUSIVE'
  /** The data bear the claim out. */
  | 'SUPPORTED';

/** How exact a date is: a year-only date is stored as 1 January of that year. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known; the day is stored as 1. */
  | 'MONTH'
  /** Only the year is known; month and day are stored as 1. */
  | 'YEAR';

/** An event named by its natural key. */
export type EventRefInput = {
  /** The day it started. */
  startDate: string;
  /** The event's title, exactly. */
  title: string;
};

/** Records to import in one request; they refer to each other by natural keys, not by ids. */
export type ImportBundleInput = {
  /** Actors to create or update. */
  actors?: Array<BundleActorInput> | null | undefined;
  /** Affiliations (a member's role in an organisation over a span) to create or complete. */
  affiliations?: Array<BundleAffiliationInput> | null | undefined;
  /** Arms-transfer rows to create or update. */
  armsTransfers?: Array<BundleArmsTransferInput> | null | undefined;
  /** Claims (with their citations) to create or update. */
  claims?: Array<BundleClaimInput> | null | undefined;
  /** Events to create or update. */
  events?: Array<BundleEventInput> | null | undefined;
  /** Mentions someone reviewed or added by hand (a copy's): written with their review, which replaces a stored one. */
  mentions?: Array<BundleMentionInput> | null | undefined;
  /** Sources to create or update. */
  sources?: Array<BundleSourceInput> | null | undefined;
};

/** A file format the imports read (`npm run import -- --format`). */
export type ImportFileFormat =
  /** schema.org's ClaimReview as fact-checkers publish it: one review, a list, a JSON-LD @graph, a DataFeed, or one review a line. */
  | 'CLAIMREVIEW'
  /** FollowTheMoney entities, one a line, as OpenSanctions and Aleph publish them. */
  | 'FTM'
  /** A saved web page: its article's text (without navigation and boilerplate), title, author, site, date and canonical URL, as a source. */
  | 'HTML'
  /** Dossier's bundle as one JSON object of lists. */
  | 'JSON'
  /** Dossier's bundle, one record a line: {"actor": {...}}, {"claim": {...}}, ... */
  | 'NDJSON'
  /** A PDF document (importFile: its bytes in base64): its text layer, page by page (Source.pageStarts), with its title, author and date, as a source; a scan without a text layer is refused. */
  | 'PDF'
  /** SIPRI's trade-register CSV, as downloaded from SIPRI (its notes above the header). */
  | 'SIPRI'
  /** Wikidata's entity JSON: the API's answer (wbgetentities), one entity, or a dump (an array, one entity a line); labels in the languages asked for (English by default). */
  | 'WIKIDATA';

/** Which form of an actor a mention matched. */
export type MentionForm =
  /** One of its aliases (another name, a capital, a surname). */
  | 'ALIAS'
  /** The adjective for its people ("Russian"). */
  | 'DEMONYM'
  /** Its ISO 3166-1 alpha-3 code, as written. */
  | 'ISO_CODE'
  /** Its canonical name. */
  | 'NAME';

/** How a stored mention was found. */
export type MentionOrigin =
  /** By the matcher, when the source was stored or relinked. */
  | 'AUTOMATIC'
  /** Added by hand (addMention). */
  | 'MANUAL';

/** What a person made of a stored mention. */
export type MentionStatus =
  /** Confirmed: right. */
  | 'CONFIRMED'
  /** Not reviewed yet. */
  | 'PROPOSED'
  /** Rejected: the words do not name the actor here; a relink does not bring it back. */
  | 'REJECTED';

/** The part an actor played in an event. */
export type ParticipantRole =
  /** Received the other participants. */
  | 'HOST'
  /** Started the action. */
  | 'INITIATOR'
  /** Mediated between other participants. */
  | 'MEDIATOR'
  /** Observed. */
  | 'OBSERVER'
  /** Another role. */
  | 'OTHER'
  /** Took part without a more specific role. */
  | 'PARTICIPANT'
  /** Was the object of the action. */
  | 'TARGET'
  /** Travelled to the host. */
  | 'VISITOR';

/** A relation a path may go through. */
export type PathRelation =
  /** An affiliation: a member and its organisation. */
  | 'AFFILIATION'
  /** Arms deliveries from one to the other, all years added (SIPRI's data). */
  | 'ARMS_TRADE'
  /** A claim whose subject is one and object the other. */
  | 'CLAIM'
  /** An event both took part in (one with more than eight participants only with includeHubs). */
  | 'EVENT'
  /** A source whose text mentions both (mentions not rejected): weak evidence, a hop only when `via` names it; one mentioning more than eight actors only with includeHubs. */
  | 'SOURCE';

/** Where a trend's periods start. */
export type PeriodAlignment =
  /** Periods run from fromYear in steps of periodYears; the last one is cut at toYear. */
  | 'FROM_YEAR'
  /** Periods run back from toYear in steps of periodYears (SIPRI's five-year windows: 2019-23, 2014-18, ...); the first one is cut at fromYear. */
  | 'TO_YEAR';

/** What a predicate's object is. */
export type PredicateValueType =
  /** Another actor: objectActor. */
  | 'ACTOR'
  /** Another actor and a share of a whole: objectActor and objectValue, a percentage such as "36.5%". */
  | 'ACTOR_AND_SHARE'
  /** Free text: objectValue. */
  | 'TEXT';

/** How much a value is to be believed among the values for the same thing, as Wikidata ranks statements. */
export type Rank =
  /** A value known to be wrong or superseded: kept, with the reason, but left out of lists unless asked for. */
  | 'DEPRECATED'
  /** A value with no judgement passed on it (the default). */
  | 'NORMAL'
  /** The best value: preferred over the NORMAL ones. */
  | 'PREFERRED';

/** How reliable a source is, on the Admiralty (NATO) scale. */
export type ReliabilityGrade =
  /** Completely reliable. */
  | 'A'
  /** Usually reliable. */
  | 'B'
  /** Fairly reliable. */
  | 'C'
  /** Not usually reliable. */
  | 'D'
  /** Unreliable. */
  | 'E'
  /** Reliability cannot be judged. */
  | 'F';

/** What a person made of a stored quotation or figure. */
export type ReviewStatus =
  /** Accepted as a claim (acceptQuotation, acceptFigure, or a claim citing its exact span). */
  | 'ACCEPTED'
  /** Not reviewed yet: proposed again, as found, when the source is relinked. */
  | 'PROPOSED'
  /** Rejected: kept, and not proposed again when the source is relinked. */
  | 'REJECTED';

/** What a search hit is. */
export type SearchKind =
  /** A claim: its statement matched. */
  | 'CLAIM'
  /** A source: its title and text matched. */
  | 'SOURCE';

/** What kind of document a source is. */
export type SourceKind =
  /** A dataset, such as SIPRI's arms transfers register. */
  | 'DATASET'
  /** A news article or news analysis. */
  | 'NEWS_ARTICLE'
  /** An official statement or communiqué. */
  | 'OFFICIAL_STATEMENT'
  /** Any other document. */
  | 'OTHER'
  /** A report by a think tank, agency or organisation. */
  | 'REPORT';

/** A source named by its natural key. */
export type SourceRefInput = {
  /** The sha256 (hex) of the source's text. */
  contentHash?: string | null | undefined;
  /** The source's URL. */
  url?: string | null | undefined;
};

/** How a cited quote bears on its claim. */
export type Stance =
  /** The quote mentions the claim without taking a side. */
  | 'MENTIONS'
  /** The quote refutes the claim. */
  | 'REFUTES'
  /** The quote supports the claim. */
  | 'SUPPORTS';

/** What a timeline item is. */
export type TimelineKind =
  /** An affiliation of the actor ending. */
  | 'AFFILIATION_END'
  /** An affiliation of the actor (as member or organisation) beginning. */
  | 'AFFILIATION_START'
  /** The actor's arms deliveries of a year on one side of the trade (SIPRI's years). */
  | 'ARMS_DELIVERIES'
  /** A claim by or about the actor, on the date it is valid from (or to, when only that is known). */
  | 'CLAIM'
  /** An event the actor took part in, on its start date. */
  | 'EVENT'
  /** An actor merged into this one, on the day of the merge. */
  | 'MERGE'
  /** A source whose text mentions the actor (a mention not rejected), on its publication date. */
  | 'SOURCE';

/** Whether delivered weapons were new. */
export type TransferStatus =
  /** New weapons. */
  | 'NEW'
  /** Second-hand weapons. */
  | 'SECOND_HAND'
  /** Second-hand weapons modernised before delivery. */
  | 'SECOND_HAND_MODERNISED';

/** Which way deliveries moved over a span: the least-squares slope of the periods' TIV per year, against the mean. */
export type TrendDirection =
  /** Deliveries shrank by at least a tenth of the mean TIV per year over the span. */
  | 'FALLING'
  /** Neither: the change over the span is under a tenth of the mean, or there are fewer than two periods. */
  | 'FLAT'
  /** Deliveries grew by at least a tenth of the mean TIV per year over the span. */
  | 'RISING';

/** What a change did to its record. */
export type VersionOperation =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted; the version holds its last state. */
  | 'DELETE'
  /** The record or one of its lists changed. */
  | 'UPDATE';

/** The kinds of record whose every version is kept. */
export type VersionedEntity =
  /** An actor, with its aliases. */
  | 'ACTOR'
  /** An affiliation. */
  | 'AFFILIATION'
  /** An arms transfer. */
  | 'ARMS_TRANSFER'
  /** A claim, with the actors it is about and its citations. */
  | 'CLAIM'
  /** An event, with its participants. */
  | 'EVENT'
  /** A source, with its text. */
  | 'SOURCE';

export type ActorSuggestionsQueryVariables = Exact<{
  text: string;
}>;


export type ActorSuggestionsQuery = { actors: { nodes: Array<{ id: string, name: string, kind: ActorKind, isoCode: string | null, aliases: Array<string> }> } };

export type ActorPageQueryVariables = Exact<{
  name: string;
  at?: string | null | undefined;
}>;


export type ActorPageQuery = { actor: { id: string, name: string, kind: ActorKind, aliases: Array<string>, isoCode: string | null, wikidataId: string | null, description: string | null, affiliations: Array<{ id: string, role: string, startDate: string | null, endDate: string | null, organisation: { id: string, name: string } }>, members: Array<{ id: string, role: string, startDate: string | null, endDate: string | null, member: { id: string, name: string, kind: ActorKind } }>, counterparts: Array<{ links: number, sharedEvents: number, sharedClaims: number, sharedArmsDeals: number, actor: { id: string, name: string, kind: ActorKind } }> } | null };

export type ActorClaimsQueryVariables = Exact<{
  name: string;
  verdict?: ClaimVerdict | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorClaimsQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, statement: string, confidence: number | null, validFrom: string | null, validTo: string | null, subject: { id: string, name: string } | null, objectActor: { id: string, name: string } | null, check: { verdict: ClaimVerdict, explanation: string, fromYear: number, toYear: number, periods: Array<{ fromYear: number, toYear: number, share: number, valuePerYear: number }>, dataset: { id: string, title: string, edition: string | null } } | null, asserter: { id: string, name: string } | null, asserterSource: { id: string, title: string } | null, citations: Array<{ id: string, quote: string, stance: Stance, source: { id: string, title: string } }> }> } };

export type ActorSourcesQueryVariables = Exact<{
  name: string;
  after?: string | null | undefined;
}>;


export type ActorSourcesQuery = { actor: { id: string, sources: Array<{ citations: number, armsTransfers: number, mentions: number, source: { id: string, title: string, publisher: string | null, publishedAt: string | null, kind: SourceKind } }>, mentions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, snippet: string, source: { id: string, title: string, publishedAt: string | null } }> } } | null };

export type ActorArmsPartnersQueryVariables = Exact<{
  name: string;
}>;


export type ActorArmsPartnersQuery = { suppliers: { totalTiv: number, partnerCount: number, attribution: string, fromYear: number | null, toYear: number | null, partners: Array<{ tiv: number, share: number, actor: { id: string, name: string } }> }, recipients: { totalTiv: number, partnerCount: number, attribution: string, fromYear: number | null, toYear: number | null, partners: Array<{ tiv: number, share: number, actor: { id: string, name: string } }> } };

export type ActorTimelineQueryVariables = Exact<{
  name: string;
  with?: string | null | undefined;
  kinds?: Array<TimelineKind> | TimelineKind | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorTimelineQuery = { timeline: { items: Array<{ kind: TimelineKind, date: string, title: string, role: string | null, cursor: string, event: { id: string, location: string | null, type: { label: string } } | null, source: { id: string } | null, armsDeliveries: { year: number, direction: ArmsDeliveryDirection, tiv: number, partners: number, attribution: string } | null, merge: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TimelineChartQueryVariables = Exact<{
  name: string;
  with?: string | null | undefined;
}>;


export type TimelineChartQuery = { timeline: { items: Array<{ kind: TimelineKind, date: string, armsDeliveries: { tiv: number, direction: ArmsDeliveryDirection } | null }>, pageInfo: { hasNextPage: boolean } } };

export type AnalyzeSourceQueryVariables = Exact<{
  text: string;
  url?: string | null | undefined;
}>;


export type AnalyzeSourceQuery = { analyzeSource: { text: string, contentHash: string, repeatedParagraphs: number, mentionCount: number, weaponCount: number, quotationCount: number, mentions: Array<{ startOffset: number, endOffset: number, text: string, form: MentionForm, actor: { id: string, name: string }, alternatives: Array<{ id: string, name: string }> }>, unknownNames: Array<{ text: string, startOffset: number, endOffset: number, name: string, kind: ActorKind | null, role: string | null }>, figures: Array<{ text: string, startOffset: number, endOffset: number, predicate: string, validFrom: string | null, validTo: string | null, objectValue: string | null, subject: { id: string, name: string }, object: { id: string, name: string }, check: { verdict: ClaimVerdict, explanation: string, fromYear: number, toYear: number, periods: Array<{ fromYear: number, toYear: number, share: number, valuePerYear: number }>, dataset: { id: string, title: string, edition: string | null } } | null }>, weapons: Array<{ text: string, startOffset: number, endOffset: number, family: string, transferCount: number }>, quotations: Array<{ startOffset: number, endOffset: number, quote: string, cue: string | null, rule: AttributionRule, confidence: number, speaker: { text: string, actor: { id: string, name: string } | null } | null }>, duplicates: Array<{ similarity: number, exact: boolean, source: { id: string, title: string } }> } };

export type ClaimPredicatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimPredicatesQuery = { predicates: Array<{ code: string, label: string, valueType: PredicateValueType, series: string | null }> };

export type CheckClaimDraftQueryVariables = Exact<{
  input: CheckClaimInput;
}>;


export type CheckClaimDraftQuery = { checkClaim: { verdict: ClaimVerdict, explanation: string, fromYear: number, toYear: number, periods: Array<{ fromYear: number, toYear: number, share: number, valuePerYear: number }>, dataset: { id: string, title: string, edition: string | null } } | null };

export type SaveSourceBundleMutationVariables = Exact<{
  input: ImportBundleInput;
}>;


export type SaveSourceBundleMutation = { importBundle: { written: boolean, errors: Array<{ entity: string, index: number, field: string, message: string, code: string }> } };

export type StoredCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type StoredCandidatesQuery = { source: { id: string, quotations: { nodes: Array<{ id: string, startOffset: number, endOffset: number }> }, figures: { nodes: Array<{ id: string, startOffset: number, endOffset: number }> } } | null };

export type ReadSourceFileQueryVariables = Exact<{
  format: ImportFileFormat;
  text: string;
}>;


export type ReadSourceFileQuery = { readSourceFile: { kind: SourceKind, title: string, author: string | null, publisher: string | null, url: string | null, publishedAt: string | null, text: string, pageStarts: Array<number> | null } };

export type ArmsSupplyTrendQueryVariables = Exact<{
  supplier: string;
  recipient: string;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
  periodYears?: number | null | undefined;
  periodAlignment?: PeriodAlignment | null | undefined;
  category?: string | null | undefined;
}>;


export type ArmsSupplyTrendQuery = { armsSupplyTrend: { totalTiv: number, recipientTotalTiv: number, share: number, direction: TrendDirection, attribution: string, supplier: { id: string, name: string }, recipient: { id: string, name: string }, periods: Array<{ fromYear: number, toYear: number, tiv: number, recipientTotalTiv: number, share: number, byCategory: Array<{ category: string, tiv: number }> }> } };

export type TopSuppliersQueryVariables = Exact<{
  actor: string;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type TopSuppliersQuery = { ranking: { side: ArmsTradeSide, fromYear: number | null, toYear: number | null, totalTiv: number, partnerCount: number, attribution: string, actor: { id: string, name: string }, partners: Array<{ rank: number, tiv: number, share: number, deliveries: number, actor: { id: string, name: string } }> } };

export type TopRecipientsQueryVariables = Exact<{
  actor: string;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type TopRecipientsQuery = { ranking: { side: ArmsTradeSide, fromYear: number | null, toYear: number | null, totalTiv: number, partnerCount: number, attribution: string, actor: { id: string, name: string }, partners: Array<{ rank: number, tiv: number, share: number, deliveries: number, actor: { id: string, name: string } }> } };

export type RankingFragment = { side: ArmsTradeSide, fromYear: number | null, toYear: number | null, totalTiv: number, partnerCount: number, attribution: string, actor: { id: string, name: string }, partners: Array<{ rank: number, tiv: number, share: number, deliveries: number, actor: { id: string, name: string } }> };

export type RecentChangesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RecentChangesQuery = { recentChanges: { cursor: string, changes: Array<{ cursor: string, entity: ChangeEntity, recordId: string, operation: ChangeOperation, fields: Array<string> | null, mergedInto: string | null, changedAt: string, changedBy: string | null, record:
        | { __typename: 'Actor', name: string }
        | { __typename: 'Affiliation', role: string, member: { name: string }, organisation: { name: string } }
        | { __typename: 'ArmsTransfer', designation: string, supplier: { name: string }, recipient: { name: string } }
        | { __typename: 'Claim', statement: string, citations: Array<{ source: { id: string } }> }
        | { __typename: 'Event', title: string }
        | { __typename: 'Source', title: string }
       | null }> } };

export type RecordHistoryQueryVariables = Exact<{
  entity: VersionedEntity;
  id: string | number;
}>;


export type RecordHistoryQuery = { recordHistory: Array<{ id: string, version: number, operation: VersionOperation, changedAt: string, changedBy: string | null, changedFields: Array<string> }> };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { states: { totalCount: number }, people: { totalCount: number }, organisations: { totalCount: number }, armedGroups: { totalCount: number }, events: { totalCount: number }, claims: { totalCount: number }, armsTransfers: { totalCount: number, attribution: string }, datasets: { totalCount: number, nodes: Array<{ id: string, title: string, publisher: string | null, edition: string | null }> }, latest: { totalCount: number, nodes: Array<{ id: string, title: string, publisher: string | null, publishedAt: string | null }> }, recentChanges: { changes: Array<{ cursor: string, entity: ChangeEntity, operation: ChangeOperation, changedAt: string, record:
        | { __typename: 'Actor', name: string }
        | { __typename: 'Affiliation' }
        | { __typename: 'ArmsTransfer' }
        | { __typename: 'Claim', statement: string }
        | { __typename: 'Event', title: string }
        | { __typename: 'Source', id: string, title: string }
       | null }> } };

export type ActorListQueryVariables = Exact<{
  kind?: Array<ActorKind> | ActorKind | null | undefined;
  name?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorListQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: ActorKind, isoCode: string | null }> } };

export type SourceListQueryVariables = Exact<{
  kind?: Array<SourceKind> | SourceKind | null | undefined;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  mentioning?: string | null | undefined;
  publishedFrom?: string | null | undefined;
  publishedTo?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SourceListQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: SourceKind, publisher: string | null, publishedAt: string | null }> } };

export type ConnectionsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  via?: Array<PathRelation> | PathRelation | null | undefined;
  at?: string | null | undefined;
}>;


export type ConnectionsQuery = { paths: Array<{ hops: number, actors: Array<{ id: string, name: string }>, steps: Array<{ relation: PathRelation, forward: boolean | null, evidence: string, from: { id: string, name: string }, to: { id: string, name: string }, affiliation: { id: string, role: string } | null, event: { id: string, title: string } | null, claim: { id: string, statement: string } | null, armsTrade: { tiv: number, deliveries: number, firstYear: number, lastYear: number, attribution: string } | null, source: { id: string, title: string } | null }> }> };

export type SourceReaderQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceReaderQuery = { source: { id: string, title: string, publisher: string | null, author: string | null, url: string | null, publishedAt: string | null, kind: SourceKind, text: string | null, weapons: Array<{ startOffset: number, endOffset: number, family: string }>, citations: Array<{ id: string, quote: string, startOffset: number | null, endOffset: number | null, stance: Stance, claim: { id: string, statement: string, confidence: number | null, validFrom: string | null, validTo: string | null, asserter: { id: string, name: string } | null, about: Array<{ role: ClaimActorRole, actor: { id: string, name: string } }>, subject: { id: string, name: string } | null, objectActor: { id: string, name: string } | null, check: { verdict: ClaimVerdict, explanation: string, fromYear: number, toYear: number, periods: Array<{ fromYear: number, toYear: number, share: number, valuePerYear: number }>, dataset: { id: string, title: string, edition: string | null } } | null } }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, rank: number, snippetParts: Array<{ text: string, matched: boolean }>, source: { id: string, title: string, publisher: string | null, publishedAt: string | null } | null, claim: { id: string, statement: string, asserter: { id: string, name: string } | null, about: Array<{ actor: { id: string, name: string } }>, citations: Array<{ source: { id: string } }> } | null }> };

export type SourceCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceCandidatesQuery = { source: { id: string, weaponCount: number, quotations: { totalCount: number, nodes: Array<{ id: string, quote: string, startOffset: number, status: ReviewStatus, speaker: { text: string, actor: { id: string, name: string } | null } | null, claim: { id: string } | null }> }, figures: { totalCount: number, nodes: Array<{ id: string, text: string, startOffset: number, status: ReviewStatus, predicate: string, validFrom: string | null, validTo: string | null, objectValue: string | null, subject: { id: string, name: string }, object: { id: string, name: string }, claim: { id: string } | null, check: { verdict: ClaimVerdict, explanation: string, fromYear: number, toYear: number, periods: Array<{ fromYear: number, toYear: number, share: number, valuePerYear: number }>, dataset: { id: string, title: string, edition: string | null } } | null }> }, weapons: Array<{ text: string, startOffset: number, endOffset: number, family: string, transferCount: number, transfers: Array<{ id: string, designation: string, deliveryYear: number, supplier: { id: string, name: string }, recipient: { id: string, name: string } }> }> } | null };

export type AcceptQuotationMutationVariables = Exact<{
  input: AcceptQuotationInput;
}>;


export type AcceptQuotationMutation = { acceptQuotation: { id: string, status: ReviewStatus, claim: { id: string } | null } };

export type RejectQuotationMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectQuotationMutation = { rejectQuotation: { id: string, status: ReviewStatus } };

export type AcceptFigureMutationVariables = Exact<{
  input: AcceptFigureInput;
}>;


export type AcceptFigureMutation = { acceptFigure: { id: string, status: ReviewStatus, claim: { id: string } | null } };

export type RejectFigureMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectFigureMutation = { rejectFigure: { id: string, status: ReviewStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RankingFragmentDoc = new TypedDocumentString(`
    fragment Ranking on ArmsTradeRanking {
  actor {
    id
    name
  }
  side
  fromYear
  toYear
  totalTiv
  partnerCount
  attribution
  partners {
    rank
    tiv
    share
    deliveries
    actor {
      id
      name
    }
  }
}
    `, {"fragmentName":"Ranking"}) as unknown as TypedDocumentString<RankingFragment, unknown>;
export const ActorSuggestionsDocument = new TypedDocumentString(`
    query ActorSuggestions($text: String!) {
  actors(filter: {name: $text}, first: 8) {
    nodes {
      id
      name
      kind
      isoCode
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ActorSuggestionsQuery, ActorSuggestionsQueryVariables>;
export const ActorPageDocument = new TypedDocumentString(`
    query ActorPage($name: String!, $at: Date) {
  actor(name: $name) {
    id
    name
    kind
    aliases
    isoCode
    wikidataId
    description
    affiliations(at: $at) {
      id
      role
      startDate
      endDate
      organisation {
        id
        name
      }
    }
    members(at: $at) {
      id
      role
      startDate
      endDate
      member {
        id
        name
        kind
      }
    }
    counterparts(first: 10) {
      actor {
        id
        name
        kind
      }
      links
      sharedEvents
      sharedClaims
      sharedArmsDeals
    }
  }
}
    `) as unknown as TypedDocumentString<ActorPageQuery, ActorPageQueryVariables>;
export const ActorClaimsDocument = new TypedDocumentString(`
    query ActorClaims($name: String!, $verdict: ClaimVerdict, $after: String) {
  claims(filter: {actor: $name, verdict: $verdict}, first: 10, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      statement
      confidence
      validFrom
      validTo
      subject {
        id
        name
      }
      objectActor {
        id
        name
      }
      check {
        verdict
        explanation
        fromYear
        toYear
        periods {
          fromYear
          toYear
          share
          valuePerYear
        }
        dataset {
          id
          title
          edition
        }
      }
      asserter {
        id
        name
      }
      asserterSource {
        id
        title
      }
      citations {
        id
        quote
        stance
        source {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorClaimsQuery, ActorClaimsQueryVariables>;
export const ActorSourcesDocument = new TypedDocumentString(`
    query ActorSources($name: String!, $after: String) {
  actor(name: $name) {
    id
    sources(first: 10) {
      citations
      armsTransfers
      mentions
      source {
        id
        title
        publisher
        publishedAt
        kind
      }
    }
    mentions(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        text
        snippet
        source {
          id
          title
          publishedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorSourcesQuery, ActorSourcesQueryVariables>;
export const ActorArmsPartnersDocument = new TypedDocumentString(`
    query ActorArmsPartners($name: String!) {
  suppliers: topArmsSuppliers(recipient: $name, first: 5) {
    totalTiv
    partnerCount
    attribution
    fromYear
    toYear
    partners {
      tiv
      share
      actor {
        id
        name
      }
    }
  }
  recipients: topArmsRecipients(supplier: $name, first: 5) {
    totalTiv
    partnerCount
    attribution
    fromYear
    toYear
    partners {
      tiv
      share
      actor {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorArmsPartnersQuery, ActorArmsPartnersQueryVariables>;
export const ActorTimelineDocument = new TypedDocumentString(`
    query ActorTimeline($name: String!, $with: String, $kinds: [TimelineKind!], $after: String) {
  timeline(
    actor: $name
    with: $with
    kinds: $kinds
    first: 25
    after: $after
    newestFirst: true
  ) {
    items {
      kind
      date
      title
      role
      cursor
      event {
        id
        location
        type {
          label
        }
      }
      source {
        id
      }
      armsDeliveries {
        year
        direction
        tiv
        partners
        attribution
      }
      merge {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ActorTimelineQuery, ActorTimelineQueryVariables>;
export const TimelineChartDocument = new TypedDocumentString(`
    query TimelineChart($name: String!, $with: String) {
  timeline(actor: $name, with: $with, first: 500) {
    items {
      kind
      date
      armsDeliveries {
        tiv
        direction
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineChartQuery, TimelineChartQueryVariables>;
export const AnalyzeSourceDocument = new TypedDocumentString(`
    query AnalyzeSource($text: String!, $url: String) {
  analyzeSource(text: $text, url: $url) {
    text
    contentHash
    repeatedParagraphs
    mentionCount
    mentions(first: 500) {
      startOffset
      endOffset
      text
      form
      actor {
        id
        name
      }
      alternatives {
        id
        name
      }
    }
    unknownNames {
      text
      startOffset
      endOffset
      name
      kind
      role
    }
    figures(first: 10) {
      text
      startOffset
      endOffset
      predicate
      subject {
        id
        name
      }
      object {
        id
        name
      }
      validFrom
      validTo
      objectValue
      check {
        verdict
        explanation
        fromYear
        toYear
        periods {
          fromYear
          toYear
          share
          valuePerYear
        }
        dataset {
          id
          title
          edition
        }
      }
    }
    weaponCount
    weapons(first: 30) {
      text
      startOffset
      endOffset
      family
      transferCount
    }
    quotationCount
    quotations(first: 80) {
      startOffset
      endOffset
      quote
      cue
      rule
      confidence
      speaker {
        text
        actor {
          id
          name
        }
      }
    }
    duplicates {
      similarity
      exact
      source {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyzeSourceQuery, AnalyzeSourceQueryVariables>;
export const ClaimPredicatesDocument = new TypedDocumentString(`
    query ClaimPredicates {
  predicates {
    code
    label
    valueType
    series
  }
}
    `) as unknown as TypedDocumentString<ClaimPredicatesQuery, ClaimPredicatesQueryVariables>;
export const CheckClaimDraftDocument = new TypedDocumentString(`
    query CheckClaimDraft($input: CheckClaimInput!) {
  checkClaim(input: $input) {
    verdict
    explanation
    fromYear
    toYear
    periods {
      fromYear
      toYear
      share
      valuePerYear
    }
    dataset {
      id
      title
      edition
    }
  }
}
    `) as unknown as TypedDocumentString<CheckClaimDraftQuery, CheckClaimDraftQueryVariables>;
export const SaveSourceBundleDocument = new TypedDocumentString(`
    mutation SaveSourceBundle($input: ImportBundleInput!) {
  importBundle(input: $input, mode: ATOMIC) {
    written
    errors {
      entity
      index
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SaveSourceBundleMutation, SaveSourceBundleMutationVariables>;
export const StoredCandidatesDocument = new TypedDocumentString(`
    query StoredCandidates($id: ID!) {
  source(id: $id) {
    id
    quotations(first: 500) {
      nodes {
        id
        startOffset
        endOffset
      }
    }
    figures(first: 200) {
      nodes {
        id
        startOffset
        endOffset
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoredCandidatesQuery, StoredCandidatesQueryVariables>;
export const ReadSourceFileDocument = new TypedDocumentString(`
    query ReadSourceFile($format: ImportFileFormat!, $text: String!) {
  readSourceFile(format: $format, text: $text) {
    kind
    title
    author
    publisher
    url
    publishedAt
    text
    pageStarts
  }
}
    `) as unknown as TypedDocumentString<ReadSourceFileQuery, ReadSourceFileQueryVariables>;
export const ArmsSupplyTrendDocument = new TypedDocumentString(`
    query ArmsSupplyTrend($supplier: String!, $recipient: String!, $fromYear: Int, $toYear: Int, $periodYears: Int, $periodAlignment: PeriodAlignment, $category: String) {
  armsSupplyTrend(
    supplier: $supplier
    recipient: $recipient
    fromYear: $fromYear
    toYear: $toYear
    periodYears: $periodYears
    periodAlignment: $periodAlignment
    category: $category
  ) {
    supplier {
      id
      name
    }
    recipient {
      id
      name
    }
    totalTiv
    recipientTotalTiv
    share
    direction
    attribution
    periods {
      fromYear
      toYear
      tiv
      recipientTotalTiv
      share
      byCategory {
        category
        tiv
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArmsSupplyTrendQuery, ArmsSupplyTrendQueryVariables>;
export const TopSuppliersDocument = new TypedDocumentString(`
    query TopSuppliers($actor: String!, $fromYear: Int, $toYear: Int, $first: Int) {
  ranking: topArmsSuppliers(
    recipient: $actor
    fromYear: $fromYear
    toYear: $toYear
    first: $first
  ) {
    ...Ranking
  }
}
    fragment Ranking on ArmsTradeRanking {
  actor {
    id
    name
  }
  side
  fromYear
  toYear
  totalTiv
  partnerCount
  attribution
  partners {
    rank
    tiv
    share
    deliveries
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<TopSuppliersQuery, TopSuppliersQueryVariables>;
export const TopRecipientsDocument = new TypedDocumentString(`
    query TopRecipients($actor: String!, $fromYear: Int, $toYear: Int, $first: Int) {
  ranking: topArmsRecipients(
    supplier: $actor
    fromYear: $fromYear
    toYear: $toYear
    first: $first
  ) {
    ...Ranking
  }
}
    fragment Ranking on ArmsTradeRanking {
  actor {
    id
    name
  }
  side
  fromYear
  toYear
  totalTiv
  partnerCount
  attribution
  partners {
    rank
    tiv
    share
    deliveries
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<TopRecipientsQuery, TopRecipientsQueryVariables>;
export const RecentChangesDocument = new TypedDocumentString(`
    query RecentChanges($first: Int) {
  recentChanges(first: $first) {
    cursor
    changes {
      cursor
      entity
      recordId
      operation
      fields
      mergedInto
      changedAt
      changedBy
      record {
        __typename
        ... on Actor {
          name
        }
        ... on Affiliation {
          role
          member {
            name
          }
          organisation {
            name
          }
        }
        ... on Event {
          title
        }
        ... on Source {
          title
        }
        ... on Claim {
          statement
          citations {
            source {
              id
            }
          }
        }
        ... on ArmsTransfer {
          designation
          supplier {
            name
          }
          recipient {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentChangesQuery, RecentChangesQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($entity: VersionedEntity!, $id: ID!) {
  recordHistory(entity: $entity, id: $id) {
    id
    version
    operation
    changedAt
    changedBy
    changedFields
  }
}
    `) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  states: actors(filter: {kind: [STATE]}, first: 1) {
    totalCount
  }
  people: actors(filter: {kind: [PERSON]}, first: 1) {
    totalCount
  }
  organisations: actors(
    filter: {kind: [ORGANISATION, INTERNATIONAL_ORGANISATION]}
    first: 1
  ) {
    totalCount
  }
  armedGroups: actors(filter: {kind: [NON_STATE_ARMED_GROUP]}, first: 1) {
    totalCount
  }
  events(first: 1) {
    totalCount
  }
  claims(first: 1) {
    totalCount
  }
  armsTransfers(first: 1) {
    totalCount
    attribution
  }
  datasets: sources(filter: {kind: [DATASET]}, first: 10) {
    totalCount
    nodes {
      id
      title
      publisher
      edition
    }
  }
  latest: sources(
    filter: {kind: [NEWS_ARTICLE, REPORT, OFFICIAL_STATEMENT, OTHER]}
    first: 5
  ) {
    totalCount
    nodes {
      id
      title
      publisher
      publishedAt
    }
  }
  recentChanges(first: 5) {
    changes {
      cursor
      entity
      operation
      changedAt
      record {
        __typename
        ... on Actor {
          name
        }
        ... on Source {
          id
          title
        }
        ... on Event {
          title
        }
        ... on Claim {
          statement
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const ActorListDocument = new TypedDocumentString(`
    query ActorList($kind: [ActorKind!], $name: String, $after: String) {
  actors(filter: {kind: $kind, name: $name}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      kind
      isoCode
    }
  }
}
    `) as unknown as TypedDocumentString<ActorListQuery, ActorListQueryVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList($kind: [SourceKind!], $title: String, $publisher: String, $mentioning: String, $publishedFrom: Date, $publishedTo: Date, $after: String) {
  sources(
    filter: {kind: $kind, title: $title, publisher: $publisher, mentioning: $mentioning, publishedFrom: $publishedFrom, publishedTo: $publishedTo}
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      kind
      publisher
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($from: String!, $to: String!, $maxHops: Int, $via: [PathRelation!], $at: Date) {
  paths(from: $from, to: $to, maxHops: $maxHops, via: $via, at: $at, first: 10) {
    hops
    actors {
      id
      name
    }
    steps {
      from {
        id
        name
      }
      to {
        id
        name
      }
      relation
      forward
      evidence
      affiliation {
        id
        role
      }
      event {
        id
        title
      }
      claim {
        id
        statement
      }
      armsTrade {
        tiv
        deliveries
        firstYear
        lastYear
        attribution
      }
      source {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const SourceReaderDocument = new TypedDocumentString(`
    query SourceReader($id: ID!) {
  source(id: $id) {
    id
    title
    publisher
    author
    url
    publishedAt
    kind
    text
    weapons(first: 200) {
      startOffset
      endOffset
      family
    }
    citations {
      id
      quote
      startOffset
      endOffset
      stance
      claim {
        id
        statement
        confidence
        validFrom
        validTo
        asserter {
          id
          name
        }
        about {
          role
          actor {
            id
            name
          }
        }
        subject {
          id
          name
        }
        objectActor {
          id
          name
        }
        check {
          verdict
          explanation
          fromYear
          toYear
          periods {
            fromYear
            toYear
            share
            valuePerYear
          }
          dataset {
            id
            title
            edition
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceReaderQuery, SourceReaderQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!) {
  search(query: $query, first: 20) {
    kind
    rank
    snippetParts {
      text
      matched
    }
    source {
      id
      title
      publisher
      publishedAt
    }
    claim {
      id
      statement
      asserter {
        id
        name
      }
      about {
        actor {
          id
          name
        }
      }
      citations {
        source {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SourceCandidatesDocument = new TypedDocumentString(`
    query SourceCandidates($id: ID!) {
  source(id: $id) {
    id
    quotations(first: 100, status: [PROPOSED, ACCEPTED, REJECTED]) {
      totalCount
      nodes {
        id
        quote
        startOffset
        status
        speaker {
          text
          actor {
            id
            name
          }
        }
        claim {
          id
        }
      }
    }
    figures(first: 40, status: [PROPOSED, ACCEPTED, REJECTED]) {
      totalCount
      nodes {
        id
        text
        startOffset
        status
        predicate
        subject {
          id
          name
        }
        object {
          id
          name
        }
        validFrom
        validTo
        objectValue
        claim {
          id
        }
        check {
          verdict
          explanation
          fromYear
          toYear
          periods {
            fromYear
            toYear
            share
            valuePerYear
          }
          dataset {
            id
            title
            edition
          }
        }
      }
    }
    weaponCount
    weapons(first: 30) {
      text
      startOffset
      endOffset
      family
      transferCount
      transfers(first: 3) {
        id
        designation
        deliveryYear
        supplier {
          id
          name
        }
        recipient {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceCandidatesQuery, SourceCandidatesQueryVariables>;
export const AcceptQuotationDocument = new TypedDocumentString(`
    mutation AcceptQuotation($input: AcceptQuotationInput!) {
  acceptQuotation(input: $input) {
    id
    status
    claim {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptQuotationMutation, AcceptQuotationMutationVariables>;
export const RejectQuotationDocument = new TypedDocumentString(`
    mutation RejectQuotation($id: ID!) {
  rejectQuotation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectQuotationMutation, RejectQuotationMutationVariables>;
export const AcceptFigureDocument = new TypedDocumentString(`
    mutation AcceptFigure($input: AcceptFigureInput!) {
  acceptFigure(input: $input) {
    id
    status
    claim {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptFigureMutation, AcceptFigureMutationVariables>;
export const RejectFigureDocument = new TypedDocumentString(`
    mutation RejectFigure($id: ID!) {
  rejectFigure(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectFigureMutation, RejectFigureMutationVariables>;