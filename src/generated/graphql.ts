import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRow as ActorModel } from '../modules/actors/actors.columns';
import type { Affiliation as AffiliationModel, CameoCode as CameoCodeModel, EventParticipant as EventParticipantModel, ClaimActor as ClaimActorModel, Citation as CitationModel, FactCheck as FactCheckModel, ActorAlias as ActorAliasModel, ValueSource as ValueSourceModel } from './prisma/client';
import type { EventRow as EventModel } from '../modules/events/events.columns';
import type { SourceRow as SourceModel } from '../modules/sources/sources.columns';
import type { ClaimRow as ClaimModel } from '../modules/claims/claims.columns';
import type { PredicateRow as PredicateModel } from '../modules/predicates/predicates.repository';
import type { ClaimCheck as ClaimCheckModel } from '../modules/claim-checks/claim-checks.service';
import type { ArmsTransferRow as ArmsTransferModel } from '../modules/arms-transfers/arms-transfers.columns';
import type { ChangeRow as ChangeModel } from '../modules/changes/changes.repository';
import type { ChangePage as ChangePageModel, ChangedRecord as ChangedRecordModel } from '../modules/changes/changes.service';
import type { Page } from '../shared/pagination';
import type { ActorEventRow as ActorEventModel, ActorSourceRow as ActorSourceModel, CounterpartRow as CounterpartModel } from '../modules/relations/relations.repository';
import type { SearchHitRow as SearchHitModel } from '../modules/search/search.repository';
import type { PathRow as ActorPathModel, PathStepRow as PathStepModel, PathStepRow as PathArmsTradeModel } from '../modules/paths/paths.repository';
import type { TimelineItem as TimelineItemModel, TimelinePage as TimelinePageModel, TimelineItem as TimelineArmsDeliveriesModel } from '../modules/timeline/timeline.service';
import type { ArmsSupplyTrend as ArmsSupplyTrendModel, ArmsTradeRanking as ArmsTradeRankingModel, ArmsSupplyPeriod as ArmsSupplyPeriodModel } from '../modules/arms-trends/arms-trends.service';
import type { SeriesPeriodModel } from '../modules/claim-checks/claim-series';
import type { RankingRow as ArmsTradePartnerModel } from '../modules/arms-trends/arms-trends.repository';
import type { ActorMatchResult as ActorMatchResultModel, ActorCandidate as ActorCandidateModel } from '../modules/matching/matching.service';
import type { MergeRow as MergedActorModel } from '../modules/merges/merges.repository';
import type { ActorMergeResult as ActorMergeModel } from '../modules/merges/merges.service';
import type { ImportWarning as ImportWarningModel, ImportResult as ImportResultModel, RecordError as RecordErrorModel } from '../modules/imports/bundle';
import type { SourceAnalysis as SourceAnalysisModel } from '../modules/mentions/mentions.service';
import type { FoundMention as MentionModel } from '../modules/mentions/mention-matcher';
import type { FoundFigure as FigureCandidateModel } from '../modules/figures/figure-finder';
import type { StoredFigureRow as SourceFigureModel } from '../modules/figures/figures.repository';
import type { SourceFile as SourceFileReadingModel } from '../modules/imports/import-file';
import type { WeaponMention as WeaponMentionModel } from '../modules/arms-transfers/weapon-designations';
import type { StoredMentionRow as SourceMentionModel } from '../modules/mentions/mentions.repository';
import type { FoundQuotation as QuotationModel } from '../modules/quotations/quotation-finder';
import type { SpeakerModel } from '../modules/quotations/quotations.resolvers';
import type { StoredQuotationRow as SourceQuotationModel } from '../modules/quotations/quotations.repository';
import type { RecordVersionRow as RecordVersionModel } from '../modules/history/history.repository';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with time zone, e.g. `2026-11-26T14:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value; used for the snapshots a record's history keeps. */
  JSON: { input: unknown; output: unknown; }
};

/** A figure accepted as a typed claim. */
export type AcceptFigureInput = {
  /** Who states it (default: the speaker of a quotation the sentence is part of, else the source itself). */
  asserterId?: InputMaybe<Scalars['ID']['input']>;
  /** The figure. */
  id: Scalars['ID']['input'];
  /** The figure the claim states, when the one read is wrong (default: the one read; null: none). */
  objectValue?: InputMaybe<Scalars['String']['input']>;
  /** The claim's sentence (default: the figure's sentence). */
  statement?: InputMaybe<Scalars['String']['input']>;
};

/** A quotation accepted as a claim. */
export type AcceptQuotationInput = {
  /** The actors the claim is about (default: those the quote mentions, its speaker left out). */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The quotation. */
  id: Scalars['ID']['input'];
  /** The actor who said it, when the speaker found is wrong or no stored actor (default: the speaker found). */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** The claim's sentence (default: the quote). */
  statement?: InputMaybe<Scalars['String']['input']>;
};

/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type Actor = {
  __typename?: 'Actor';
  /** This actor's roles in other actors (Putin: President of Russia), in force at `at` when given. */
  affiliations: Array<Affiliation>;
  /** The aliases and demonyms as records, with their ranks and sources; deprecated ones only when asked for. */
  aliasRecords: Array<Alias>;
  /** Other names the actor goes by (e.g. Moscow, RUS, the Kremlin for Russia); any of them finds the actor. Deprecated aliases are left out (see aliasRecords). */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about the actor (as subject, object or mentioned), newest first. */
  claimsAbout: Array<Claim>;
  /** Claims the actor asserts, newest first. */
  claimsBy: Array<Claim>;
  /** Actors this one shares events, claims or arms deals with, ranked by how many links they share. */
  counterparts: Array<Counterpart>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Adjectives for the actor's people (Russian, Indian): found in texts as mentions (see analyzeSource), and like aliases unique across actors. */
  demonyms: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The events the actor took part in, with its role, newest first. */
  events: Array<ActorEvent>;
  /** Every committed state of the actor and its aliases, oldest first: who changed what, and when. */
  history: Array<RecordVersion>;
  /** Stable id of the actor. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-3 code, for states. */
  isoCode: Maybe<Scalars['String']['output']>;
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Actors holding a role in this actor (Russia: Putin as President), in force at `at` when given. */
  members: Array<Affiliation>;
  /** Where stored texts mention the actor (rejected mentions left out), newest source first, each with a snippet. */
  mentions: SourceMentionConnection;
  /** The ids of the actors merged into this one, which redirect to it. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The merges into this actor, newest first, undone ones included. */
  merges: Array<MergedActor>;
  /** Canonical name, unique case-insensitively. */
  name: Scalars['String']['output'];
  /** Where the actor's attributes come from (field names the attribute: name, isoCode, description, ...; null for the whole record). */
  provenance: Array<ValueSource>;
  /** The id asked for, when `actor(id:)` was given the id of an actor merged into this one; null otherwise. */
  redirectedFrom: Maybe<Scalars['ID']['output']>;
  /** Sources about the actor: those cited by claims by or about it, those whose text mentions it (a mention not rejected), and the datasets of its arms transfers; most cited first, then most mentioned. */
  sources: Array<ActorSource>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Wikidata item id (e.g. Q159), where known. */
  wikidataId: Maybe<Scalars['String']['output']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorAffiliationsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorAliasRecordsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorClaimsByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorCounterpartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorEventsArgs = {
  cameoPrefix?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<ParticipantRole>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorMembersArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, leader, organisation or armed group that takes part in events, makes claims and trades arms. */
export type ActorSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A stored actor that may be the one an example means, with how sure that is and why. */
export type ActorCandidate = {
  __typename?: 'ActorCandidate';
  /** The stored actor. */
  actor: Actor;
  /** The evidence, strongest first: what the score is made of (penalties have negative scores). */
  features: Array<MatchFeature>;
  /** score >= threshold */
  match: Scalars['Boolean']['output'];
  /** How likely the actor is the one meant, from 0 to 1: 1 for the same identifier or name, 0.95 for the same name once normalised, less for a resemblance; see features. */
  score: Scalars['Float']['output'];
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of the page with their cursors. */
  edges: Array<ActorEdge>;
  /** The actors of the page. */
  nodes: Array<Actor>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of actors matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a page. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this actor. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** An event an actor took part in, with its role. */
export type ActorEvent = {
  __typename?: 'ActorEvent';
  /** The event. */
  event: Event;
  /** The part the actor played. */
  role: ParticipantRole;
};

/** Filters on the actor list; all given filters must hold. */
export type ActorFilter = {
  /** Actors with this ISO 3166-1 alpha-3 code. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** Only actors of these kinds. */
  kind?: InputMaybe<Array<ActorKind>>;
  /** Actors whose name or any alias contains this text, case-insensitively. */
  name?: InputMaybe<Scalars['String']['input']>;
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

/** An example of an actor to look for: a name as written somewhere, with what else is known of it. */
export type ActorMatchInput = {
  /** ISO 3166-1 alpha-3 code: a candidate with this code is a certain match, one with another code scores lower. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** The kind expected: a candidate of this kind scores a little higher, one of another kind markedly lower. */
  kind?: InputMaybe<ActorKind>;
  /** The name as written: any spelling, alias, legal form ("Dassault Aviation SA") or state form ("Republic of France"). */
  name: Scalars['String']['input'];
  /** Wikidata item id: a candidate with this id is a certain match, one with another id scores lower. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** The candidates for one example of matchActors, in the order of the examples. */
export type ActorMatchResult = {
  __typename?: 'ActorMatchResult';
  /** Stored actors that may be the one meant, best first (at most `first`); empty when nothing resembles the example. */
  candidates: Array<ActorCandidate>;
  /** The example's name. */
  query: Scalars['String']['output'];
};

/** The outcome of mergeActors. */
export type ActorMerge = {
  __typename?: 'ActorMerge';
  /** The actor that remains, with the duplicates' references, names and aliases. */
  canonical: Actor;
  /** The actors merged into it, in the order given. */
  merged: Array<MergedActor>;
};

/** A shortest connection between two actors. */
export type ActorPath = {
  __typename?: 'ActorPath';
  /** The actors along the path, first to last. */
  actors: Array<Actor>;
  /** How many hops. */
  hops: Scalars['Int']['output'];
  /** The hops in order. */
  steps: Array<PathStep>;
};

/** A source that mentions an actor, and how. */
export type ActorSource = {
  __typename?: 'ActorSource';
  /** Arms-transfer rows of the actor that come from it (a dataset). */
  armsTransfers: Scalars['Int']['output'];
  /** Quotes from it cited by claims by or about the actor. */
  citations: Scalars['Int']['output'];
  /** Places where its text mentions the actor (rejected mentions left out). */
  mentions: Scalars['Int']['output'];
  /** The source. */
  source: Source;
};

/** A mention added by hand. */
export type AddMentionInput = {
  /** The actor the words name. */
  actorId: Scalars['ID']['input'];
  /** Where they end (exclusive). */
  endOffset: Scalars['Int']['input'];
  /** The source. */
  sourceId: Scalars['ID']['input'];
  /** Where the words start in the source's stored text, in code points. */
  startOffset: Scalars['Int']['input'];
};

/** A member actor's role in an organisation actor over a time span. */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Last day of the role; null while it lasts. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Every committed state of the affiliation, oldest first: who changed what, and when. */
  history: Array<RecordVersion>;
  /** Stable id of the affiliation. */
  id: Scalars['ID']['output'];
  /** The actor holding the role (e.g. Vladimir Putin). */
  member: Actor;
  /** The actor in which the role is held (e.g. Russia). */
  organisation: Actor;
  /** Where the affiliation and its dates come from. */
  provenance: Array<ValueSource>;
  /** How much the affiliation is to be believed among others for the same role; DEPRECATED ones are left out of lists unless asked for. */
  rank: Rank;
  /** Why the rank was set; always given for DEPRECATED. */
  rankReason: Maybe<Scalars['String']['output']>;
  /** The role, e.g. President, Prime Minister, member state. */
  role: Scalars['String']['output'];
  /** First day of the role; null when unknown. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** An alias or demonym of an actor, as a record. */
export type Alias = {
  __typename?: 'Alias';
  /** The name. */
  alias: Scalars['String']['output'];
  /** Stable id of the alias. */
  id: Scalars['ID']['output'];
  /** ALIAS (another name) or DEMONYM (the adjective for the actor's people). */
  kind: AliasKind;
  /** Where the alias comes from. */
  provenance: Array<ValueSource>;
  /** How much the alias is to be believed; DEPRECATED ones are left out of Actor.aliases. */
  rank: Rank;
  /** Why the rank was set; always given for DEPRECATED. */
  rankReason: Maybe<Scalars['String']['output']>;
};

/** What an alias is. */
export type AliasKind =
  /** Another name for the actor (Moscow, PRC, Putin). */
  | 'ALIAS'
  /** The adjective for the actor's people (Russian). */
  | 'DEMONYM';

/** Which way a year's arms deliveries went. */
export type ArmsDeliveryDirection =
  /** Delivered to the actor. */
  | 'RECEIVED'
  /** Delivered by the actor. */
  | 'SUPPLIED';

/** One period of an arms-supply trend. */
export type ArmsSupplyPeriod = SeriesPeriod & {
  __typename?: 'ArmsSupplyPeriod';
  /** The supplier's deliveries in the period per armament category, largest first. */
  byCategory: Array<CategoryTiv>;
  /** tivPerYear minus the previous period's tivPerYear (year-on-year change when periodYears is 1); null for the first period. */
  change: Maybe<Scalars['Float']['output']>;
  /** change / the previous period's tivPerYear; null for the first period or when the previous period had none. */
  changeRatio: Maybe<Scalars['Float']['output']>;
  /** First year of the period. */
  fromYear: Scalars['Int']['output'];
  /** TIV delivered to the recipient by all suppliers in the period */
  recipientTotalTiv: Scalars['Float']['output'];
  /** tiv / recipientTotalTiv, from 0 to 1; 0 when the recipient imported nothing */
  share: Scalars['Float']['output'];
  /** TIV delivered by the supplier to the recipient in the period, added exactly and rounded to the data's two decimals */
  tiv: Scalars['Float']['output'];
  /** tiv / years: what periods of different lengths are compared by */
  tivPerYear: Scalars['Float']['output'];
  /** Last year of the period (inclusive). */
  toYear: Scalars['Int']['output'];
  /** The TIV delivered (SeriesPeriod's value): tiv. */
  value: Scalars['Float']['output'];
  /** SeriesPeriod's valuePerYear: tivPerYear. */
  valuePerYear: Scalars['Float']['output'];
  /** How many years the period spans: periodYears, or fewer for a period cut at the span's edge (2020-23 among five-year periods). */
  years: Scalars['Int']['output'];
};

/** Deliveries from a supplier to a recipient, aggregated per period. TIV in millions of SIPRI trend-indicator values. */
export type ArmsSupplyTrend = {
  __typename?: 'ArmsSupplyTrend';
  /** Credit for the data: SIPRI Arms Transfers Database (c) SIPRI. */
  attribution: Scalars['String']['output'];
  /** Whether deliveries rose, fell or stayed flat over the span. */
  direction: TrendDirection;
  /** The periods, oldest first: from fromYear in steps of periodYears, the last cut at toYear (or, aligned TO_YEAR, back from toYear, the first cut at fromYear). */
  periods: Array<ArmsSupplyPeriod>;
  /** The receiving actor. */
  recipient: Actor;
  /** TIV delivered to the recipient by all suppliers over all periods. */
  recipientTotalTiv: Scalars['Float']['output'];
  /** totalTiv / recipientTotalTiv, from 0 to 1; 0 when the recipient imported nothing. */
  share: Scalars['Float']['output'];
  /** Least-squares slope of the periods' TIV per year against their middle year, in TIV per year per year; 0 with fewer than two periods. */
  slope: Scalars['Float']['output'];
  /** The supplying actor. */
  supplier: Actor;
  /** TIV delivered by the supplier to the recipient over all periods. */
  totalTiv: Scalars['Float']['output'];
};

/** One trading partner in a ranking. */
export type ArmsTradePartner = {
  __typename?: 'ArmsTradePartner';
  /** The partner. */
  actor: Actor;
  /** Delivery rows (one deal's deliveries in one year) counted. */
  deliveries: Scalars['Int']['output'];
  /** 1 for the largest; partners with equal TIV share a rank. */
  rank: Scalars['Int']['output'];
  /** tiv / the ranking's totalTiv, from 0 to 1. */
  share: Scalars['Float']['output'];
  /** TIV traded with the partner in the range, millions. */
  tiv: Scalars['Float']['output'];
};

/** An actor's trading partners ranked by TIV over a year range. */
export type ArmsTradeRanking = {
  __typename?: 'ArmsTradeRanking';
  /** The actor whose partners are ranked. */
  actor: Actor;
  /** Credit for the data: SIPRI Arms Transfers Database (c) SIPRI. */
  attribution: Scalars['String']['output'];
  /** The armament category counted, when one was given. */
  category: Maybe<Scalars['String']['output']>;
  /** First delivery year counted; null when unbounded. */
  fromYear: Maybe<Scalars['Int']['output']>;
  /** How many partners there are in the range in all, of which `partners` lists the largest. */
  partnerCount: Scalars['Int']['output'];
  /** The partners, largest first: the first `first` of them. */
  partners: Array<ArmsTradePartner>;
  /** Whether the partners are its suppliers or its recipients. */
  side: ArmsTradeSide;
  /** Last delivery year counted; null when unbounded. */
  toYear: Maybe<Scalars['Int']['output']>;
  /** TIV the actor received (SUPPLIERS) or delivered (RECIPIENTS) from or to all partners in the range. */
  totalTiv: Scalars['Float']['output'];
};

/** Which side of the trade a ranking lists. */
export type ArmsTradeSide =
  /** The actors that the ranked actor supplied. */
  | 'RECIPIENTS'
  /** The actors that supplied the ranked actor. */
  | 'SUPPLIERS';

/** One deal's deliveries in one year, as in SIPRI's trade register. Data from the SIPRI Arms Transfers Database (c) SIPRI. */
export type ArmsTransfer = {
  __typename?: 'ArmsTransfer';
  /** Armament category, e.g. Aircraft, Missiles, Ships. */
  category: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The dataset's id of the deal. */
  dealId: Scalars['String']['output'];
  /** Year of these deliveries. */
  deliveryYear: Scalars['Int']['output'];
  /** True when the delivery year is an estimate. */
  deliveryYearEstimated: Scalars['Boolean']['output'];
  /** What the weapon is, e.g. FGA aircraft. */
  description: Maybe<Scalars['String']['output']>;
  /** The weapon's designation, e.g. Su-30MK. */
  designation: Scalars['String']['output'];
  /** The edition of the first import that carried the row (or its day, when the dataset names no edition). */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Every committed state of the transfer, oldest first: who changed what, and when (a corrected edition's value is a new version). */
  history: Array<RecordVersion>;
  /** Stable id of the row. */
  id: Scalars['ID']['output'];
  /** The edition of the latest import that carried the row: older than the dataset's edition when the latest edition dropped it. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** True when produced under licence in the recipient country. */
  localProduction: Scalars['Boolean']['output'];
  /** Number of items delivered in the year. */
  numberDelivered: Maybe<Scalars['Int']['output']>;
  /** True when the number delivered is an estimate. */
  numberDeliveredEstimated: Scalars['Boolean']['output'];
  /** Year of the order. */
  orderYear: Maybe<Scalars['Int']['output']>;
  /** True when the order year is SIPRI's estimate. */
  orderYearEstimated: Scalars['Boolean']['output'];
  /** The receiving actor. */
  recipient: Actor;
  /** The dataset the row comes from (e.g. the SIPRI Arms Transfers Database). */
  source: Source;
  /** Whether the weapons were new. */
  status: TransferStatus;
  /** The supplying actor. */
  supplier: Actor;
  /** SIPRI trend-indicator value delivered in the year, in millions (0 means under 0.5). */
  tivDelivered: Scalars['Float']['output'];
  /** SIPRI trend-indicator value per unit, in millions. */
  tivPerUnit: Maybe<Scalars['Float']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** A page of arms transfers. Data from the SIPRI Arms Transfers Database (c) SIPRI. */
export type ArmsTransferConnection = {
  __typename?: 'ArmsTransferConnection';
  /** Credit line for the data shown. */
  attribution: Scalars['String']['output'];
  /** The rows of the page with their cursors. */
  edges: Array<ArmsTransferEdge>;
  /** The rows of the page. */
  nodes: Array<ArmsTransfer>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of rows matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An arms transfer in a page. */
export type ArmsTransferEdge = {
  __typename?: 'ArmsTransferEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ArmsTransfer;
};

/** Filters on the arms-transfer list; all given filters must hold. */
export type ArmsTransferFilter = {
  /** Armament category, case-insensitively. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Deliveries in or after this year. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only rows last seen before this day: after an import of a newer edition, the rows it no longer carries. */
  lastSeenBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Recipient by name, alias or ISO code. */
  recipient?: InputMaybe<Scalars['String']['input']>;
  /** Supplier by name, alias or ISO code. */
  supplier?: InputMaybe<Scalars['String']['input']>;
  /** Deliveries in or before this year. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** The order of an arms-transfer list. */
export type ArmsTransferOrder =
  /** Earliest delivery year first. */
  | 'DELIVERY_YEAR_ASC'
  /** Latest delivery year first. */
  | 'DELIVERY_YEAR_DESC'
  /** Largest TIV first. */
  | 'TIV_DESC';

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
  aliasRanks?: InputMaybe<Array<BundleAliasRankInput>>;
  /** Other names; added to those stored. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Adjectives for its people; added to those stored. */
  demonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 code. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Canonical name: the actor's natural key. */
  name: Scalars['String']['input'];
  /** The stored actor this record means (its id, name, alias or ISO code): the record's name and aliases are added to it as aliases, and later records may name it by either; no actor is created. */
  sameAs?: InputMaybe<Scalars['String']['input']>;
  /** Wikidata item id. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** A member's role in an organisation over a span (a head of state's term, a membership) in a bundle, keyed by both actors, the role and the start date. A stored one keeps its values; an end date fills in one it lacks. */
export type BundleAffiliationInput = {
  /** The last day it was held; omitted while it is held. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The member: name, alias or ISO code of an actor in the bundle or the database. */
  member: Scalars['String']['input'];
  /** The organisation (a state, an alliance, a company): name, alias or ISO code. */
  organisation: Scalars['String']['input'];
  /** Its rank (a copy's); none keeps the stored one, NORMAL for a new record. */
  rank?: InputMaybe<Rank>;
  /** Why it has that rank; a DEPRECATED one needs it. */
  rankReason?: InputMaybe<Scalars['String']['input']>;
  /** The role held (President, member state). */
  role: Scalars['String']['input'];
  /** Where its values come from (at most 50): each is added, or confirmed when stored (its lastSeen moves). */
  sources?: InputMaybe<Array<BundleValueSourceInput>>;
  /** The first day it was held; omitted when unknown. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The rank of one of a bundle actor's aliases or demonyms. */
export type BundleAliasRankInput = {
  /** The alias or demonym, as the record lists it. */
  alias: Scalars['String']['input'];
  /** Its rank. */
  rank?: InputMaybe<Rank>;
  /** Why; a DEPRECATED one needs it. */
  rankReason?: InputMaybe<Scalars['String']['input']>;
};

/** An arms-transfer row in a bundle, keyed by deal id, delivery year and source; actors by name, alias or ISO code. */
export type BundleArmsTransferInput = {
  /** Armament category. */
  category: Scalars['String']['input'];
  /** The dataset's deal id. */
  dealId: Scalars['String']['input'];
  /** Year of these deliveries. */
  deliveryYear: Scalars['Int']['input'];
  /** Delivery year is an estimate. */
  deliveryYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the weapon is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Weapon designation. */
  designation: Scalars['String']['input'];
  /** The first edition of its dataset that held the row (an export's); default: the dataset's edition, else the import's day. */
  firstSeen?: InputMaybe<Scalars['Date']['input']>;
  /** The latest edition that held it; default as firstSeen. */
  lastSeen?: InputMaybe<Scalars['Date']['input']>;
  /** Produced under licence in the recipient country. */
  localProduction?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number delivered in the year. */
  numberDelivered?: InputMaybe<Scalars['Int']['input']>;
  /** Number delivered is an estimate. */
  numberDeliveredEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Year of the order. */
  orderYear?: InputMaybe<Scalars['Int']['input']>;
  /** Order year is an estimate. */
  orderYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Recipient: name, alias or ISO code. */
  recipient: Scalars['String']['input'];
  /** The dataset the row comes from. */
  source: SourceRefInput;
  /** Whether the weapons were new; default NEW. */
  status?: InputMaybe<TransferStatus>;
  /** Supplier: name, alias or ISO code of an actor in the bundle or the database. */
  supplier: Scalars['String']['input'];
  /** TIV delivered in the year, millions. */
  tivDelivered: Scalars['Float']['input'];
  /** TIV per unit, millions. */
  tivPerUnit?: InputMaybe<Scalars['Float']['input']>;
};

/** A citation of a bundle claim: the exact quote in a source. */
export type BundleCitationInput = {
  /** Where the quote ends (exclusive). */
  endOffset?: InputMaybe<Scalars['Int']['input']>;
  /** The exact words of the source. */
  quote: Scalars['String']['input'];
  /** The cited source, in the bundle or the database. */
  source: SourceRefInput;
  /** Whether the quote supports, refutes or only mentions the claim. */
  stance: Stance;
  /** Where the quote starts in the source's text, in Unicode code points; found by the import when omitted. */
  startOffset?: InputMaybe<Scalars['Int']['input']>;
};

/** An actor a bundle claim is about. */
export type BundleClaimActorInput = {
  /** Name, alias or ISO code of an actor in the bundle or the database. */
  actor: Scalars['String']['input'];
  /** How the claim concerns the actor; default MENTIONED. */
  role?: InputMaybe<ClaimActorRole>;
};

/** A claim in a bundle, keyed by its asserter (actor or source) and its statement. Given fields are updated; omitted ones keep their stored values; given actor and citation lists replace the stored ones. */
export type BundleClaimInput = {
  /** Further actors the claim is about (subject and object are added). */
  about?: InputMaybe<Array<BundleClaimActorInput>>;
  /** The actor who asserts it: name, alias or ISO code. */
  asserter?: InputMaybe<Scalars['String']['input']>;
  /** The source whose author asserts it (analysis, reporting); not with asserter. */
  asserterSource?: InputMaybe<SourceRefInput>;
  /** The quotes that back the claim. */
  citations?: InputMaybe<Array<BundleCitationInput>>;
  /** Confidence from 0 to 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** The event the claim is about. */
  event?: InputMaybe<EventRefInput>;
  /** Fact-checkers' reviews of the claim (a ClaimReview's), added or updated by their URL; an import deletes none. */
  factChecks?: InputMaybe<Array<BundleFactCheckInput>>;
  /** Structured form: the object actor. */
  object?: InputMaybe<Scalars['String']['input']>;
  /** Structured form: a literal object, when it is not an actor. */
  objectValue?: InputMaybe<Scalars['String']['input']>;
  /** Structured form: the relation, e.g. supplies_arms_to. */
  predicate?: InputMaybe<Scalars['String']['input']>;
  /** Its rank (a copy's); none keeps the stored one, NORMAL for a new record. */
  rank?: InputMaybe<Rank>;
  /** Why it has that rank; a DEPRECATED one needs it. */
  rankReason?: InputMaybe<Scalars['String']['input']>;
  /** What is claimed, in one sentence. */
  statement: Scalars['String']['input'];
  /** Structured form: the subject actor. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** When the claimed state of affairs begins. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** When it ends. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** An event in a bundle, keyed by title and start date. Given fields are updated; omitted ones keep their stored values; a participant list replaces the stored one. */
export type BundleEventInput = {
  /** CAMEO event code (two to four digits) of the codebook. */
  cameoCode: Scalars['String']['input'];
  /** What happened. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it ended, if it has. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** How precise endDate is. */
  endPrecision?: InputMaybe<DatePrecision>;
  /** Where it took place. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Who took part, in which role; replaces the stored list when given. */
  participants?: InputMaybe<Array<BundleParticipantInput>>;
  /** Where the event's values come from (at most 50): each is added, or confirmed when stored (its lastSeen moves). */
  sources?: InputMaybe<Array<BundleValueSourceInput>>;
  /** The day it started (or the first day of its month or year; see startPrecision). */
  startDate: Scalars['Date']['input'];
  /** How precise startDate is; default DAY. */
  startPrecision?: InputMaybe<DatePrecision>;
  /** A short title: with the start date, the event's natural key. */
  title: Scalars['String']['input'];
};

/** A fact-checker's review of a bundle claim, kept as given. */
export type BundleFactCheckInput = {
  /** The best rating of that scale. */
  bestRating?: InputMaybe<Scalars['Float']['input']>;
  /** When the review was published. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Why, in the reviewer's words. */
  ratingExplanation?: InputMaybe<Scalars['String']['input']>;
  /** The rating in the reviewer's words. */
  ratingName?: InputMaybe<Scalars['String']['input']>;
  /** The rating as a number on the reviewer's scale. */
  ratingValue?: InputMaybe<Scalars['Float']['input']>;
  /** The reviewing organisation. */
  reviewer: Scalars['String']['input'];
  /** The reviewer's site. */
  reviewerUrl?: InputMaybe<Scalars['String']['input']>;
  /** The review's page: with the claim, its key. */
  url: Scalars['String']['input'];
  /** The worst rating of that scale. */
  worstRating?: InputMaybe<Scalars['Float']['input']>;
};

/** A mention someone reviewed or added by hand, keyed by source, actor and offsets. */
export type BundleMentionInput = {
  /** Name, alias or ISO code of the actor named, in the bundle or the database. */
  actor: Scalars['String']['input'];
  /** Where they end (exclusive). */
  endOffset: Scalars['Int']['input'];
  /** Which of the actor's forms the words are. */
  form: MentionForm;
  /** AUTOMATIC (found by Dossier; default) or MANUAL (added by hand). */
  origin?: InputMaybe<MentionOrigin>;
  /** When, as ISO 8601. */
  reviewedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who reviewed or added it. */
  reviewedBy?: InputMaybe<Scalars['String']['input']>;
  /** The source, in the bundle or the database. */
  source: SourceRefInput;
  /** Where the words start in the source's text, in code points. */
  startOffset: Scalars['Int']['input'];
  /** The review: CONFIRMED or REJECTED (a rejected mention is not proposed again); PROPOSED for one added by hand and not reviewed. */
  status: MentionStatus;
  /** The words, as the text has them between the offsets. */
  text: Scalars['String']['input'];
};

/** An actor taking part in a bundle event. */
export type BundleParticipantInput = {
  /** Name, alias or ISO code of an actor in the bundle or the database. */
  actor: Scalars['String']['input'];
  /** What part the actor played. */
  role: ParticipantRole;
};

/** A source in a bundle, keyed by URL, else by the sha256 of its text. */
export type BundleSourceInput = {
  /** Who wrote it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** A dataset's edition (the day its publisher generated it). */
  edition?: InputMaybe<Scalars['Date']['input']>;
  /** What kind of document it is. */
  kind: SourceKind;
  /** Where each page starts in the stored form of the text (code points; the first at 0), for a paged document such as a PDF; kept with the text it came with. */
  pageStarts?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** How reliable it is. */
  reliability?: InputMaybe<ReliabilityGrade>;
  /** Its full text (stored for new sources; a stored text is never replaced by an import). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** An absolute http(s) URL: the natural key. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where one of a bundle event's or affiliation's values comes from. */
export type BundleValueSourceInput = {
  /** Offset just past the quote; with startOffset. */
  endOffset?: InputMaybe<Scalars['Int']['input']>;
  /** The value: of an event title, startDate, endDate, location, participants, description or type; of an affiliation role, startDate or endDate; omitted for the whole record. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** The exact quote in the source's text, if any; checked like a citation's. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The source, by its URL or content hash (stored, or in the bundle). */
  source: SourceRefInput;
  /** Offset of the quote (code points); omitted, the quote's first occurrence. */
  startOffset?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may keep a cached answer: any cache (PUBLIC: a CDN, a browser) or only the caller's own (PRIVATE). */
export type CacheControlScope =
  /** Only the caller's own cache may keep the answer. */
  | 'PRIVATE'
  /** Any cache may keep the answer. */
  | 'PUBLIC';

/** An entry of the CAMEO event codebook (as used by GDELT). */
export type CameoCode = {
  __typename?: 'CameoCode';
  /** Two to four digits, e.g. 036 (Express intent to meet or negotiate). */
  code: Scalars['String']['output'];
  /** What the code means. */
  label: Scalars['String']['output'];
  /** The broader code (the code without its last digit); null for the twenty top-level codes. */
  parent: Maybe<CameoCode>;
};

/** TIV delivered in one armament category. */
export type CategoryTiv = {
  __typename?: 'CategoryTiv';
  /** SIPRI armament category, e.g. Aircraft, Air defence systems. */
  category: Scalars['String']['output'];
  /** TIV delivered in the category, millions. */
  tiv: Scalars['Float']['output'];
};

/**
 * One change: a record created, changed, deleted, merged or unmerged by one transaction (a transaction that touches a
 * record many times leaves one change, its strongest operation: a merge over a deletion over a creation over an update).
 */
export type Change = {
  __typename?: 'Change';
  /** When the writing transaction started. */
  changedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that made the change; null for anonymous readers, and for changes made outside the service. */
  changedBy: Maybe<Scalars['String']['output']>;
  /** Where this change is in the feed: pass it as `after` to read what came after it. */
  cursor: Scalars['String']['output'];
  /** The kind of record. */
  entity: ChangeEntity;
  /** The fields an UPDATE changed (camelCase; a list by its name: aliases, participants, citations, about, mentions, quotations, provenance); null for the other operations, and for a record deleted and restored in one transaction (any field may differ: read it whole). */
  fields: Maybe<Array<Scalars['String']['output']>>;
  /** For MERGE and UNMERGE: the actor the record was merged into. */
  mergedInto: Maybe<Scalars['ID']['output']>;
  /** What the change did. */
  operation: ChangeOperation;
  /** The record as it is now; null once it is deleted or merged (a DELETE carries no record). */
  record: Maybe<ChangedRecord>;
  /** The record's id. */
  recordId: Scalars['ID']['output'];
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

/** A page of the change log. */
export type ChangePage = {
  __typename?: 'ChangePage';
  /** The changes after the cursor asked for, oldest first (in the order of their writing transactions). */
  changes: Array<Change>;
  /** Where to resume: pass it as `after` next time (the cursor asked for when nothing is new; "0-0", the start, for an empty log). */
  cursor: Scalars['String']['output'];
  /** More changes are waiting: ask again at once with `cursor`. */
  hasMore: Scalars['Boolean']['output'];
  /** The oldest cursor still served; null while every change since the log began is kept. An older `after` is refused with CURSOR_EXPIRED. */
  horizon: Maybe<Scalars['String']['output']>;
  /** How many days changes are kept (DOSSIER_CHANGE_RETENTION_DAYS). */
  retentionDays: Scalars['Int']['output'];
};

/** A record the change log names, as it is now. */
export type ChangedRecord = Actor | Affiliation | ArmsTransfer | Claim | Event | Source;

/** A typed claim not stored yet, to check against the data (checkClaim): its actors by name, alias or ISO code. */
export type CheckClaimInput = {
  /** The object actor (the recipient), by name, alias or ISO code. */
  object: Scalars['String']['input'];
  /** The object as a value, for a predicate that takes one (ARMS_SUPPLY_SHARE: the share, e.g. "36.5%"). */
  objectValue?: InputMaybe<Scalars['String']['input']>;
  /** The predicate (a vocabulary code such as ARMS_SUPPLY_FALLING, in any case or with spaces). */
  predicate: Scalars['String']['input'];
  /** The subject actor (the supplier for ARMS_SUPPLY predicates), by name, alias or ISO code. */
  subject: Scalars['String']['input'];
  /** First day on which it holds. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day on which it holds. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A claim cited to the exact quote in a source. */
export type Citation = {
  __typename?: 'Citation';
  /** The claim cited. */
  claim: Claim;
  /** Offset just past the quote's last character. */
  endOffset: Maybe<Scalars['Int']['output']>;
  /** Stable id of the citation. */
  id: Scalars['ID']['output'];
  /** The exact quote. */
  quote: Scalars['String']['output'];
  /** The source quoted. */
  source: Source;
  /** How the quote bears on the claim. */
  stance: Stance;
  /** Offset of the quote's first character in the source text, in Unicode code points; null when the source holds no text. */
  startOffset: Maybe<Scalars['Int']['output']>;
};

/** A quote that a claim is cited to. */
export type CitationInput = {
  /** Offset just past the quote; with `startOffset`. */
  endOffset?: InputMaybe<Scalars['Int']['input']>;
  /** The exact quote, as it stands in the source text. */
  quote: Scalars['String']['input'];
  /** Id of the source. */
  sourceId: Scalars['ID']['input'];
  /** How the quote bears on the claim. */
  stance: Stance;
  /** Offset of the quote in the source text (code points). Omitted: the first occurrence of the quote is used. */
  startOffset?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a value comes from: name exactly one record (affiliationId, eventId, actorId or aliasId). */
export type CiteValueInput = {
  /** An actor (its attributes). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** An affiliation. */
  affiliationId?: InputMaybe<Scalars['ID']['input']>;
  /** An alias or demonym. */
  aliasId?: InputMaybe<Scalars['ID']['input']>;
  /** Offset just past the quote; with startOffset. */
  endOffset?: InputMaybe<Scalars['Int']['input']>;
  /** An event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The value the source speaks to: affiliations role, startDate, endDate; events title, startDate, endDate, location, participants, description, type; actors name, kind, isoCode, wikidataId, description; omitted for the whole record. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** The exact quote, as it stands in the source's text; checked like a citation's. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Id of the source. */
  sourceId: Scalars['ID']['input'];
  /** Offset of the quote (code points); omitted, the quote's first occurrence. */
  startOffset?: InputMaybe<Scalars['Int']['input']>;
};

/** An assertion made by or about actors, cited to exact quotes in sources. */
export type Claim = {
  __typename?: 'Claim';
  /** The actors the claim is about, with how. */
  about: Array<ClaimActor>;
  /** The actor asserting the claim; null when it is the author's of `asserterSource`. */
  asserter: Maybe<Actor>;
  /** The source whose author asserts the claim, when no actor is named. */
  asserterSource: Maybe<Source>;
  /** How the stored data bears on this claim; null when no data series applies (the predicate has none, or the claim lacks its subject or object, or no dataset is stored). */
  check: Maybe<ClaimCheck>;
  /** Quotes in sources that support, refute or mention the claim. */
  citations: Array<Citation>;
  /** Confidence from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Claims that say the opposite about the same subject and object over an overlapping span (ARMS_SUPPLY_RISING against ARMS_SUPPLY_FALLING, ...); deprecated ones left out. */
  conflicts: Array<Claim>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The event the claim is about, if any. */
  event: Maybe<Event>;
  /** Fact-checkers' reviews of the claim, as they gave them (imported from their ClaimReview), by review URL. */
  factChecks: Array<FactCheck>;
  /** Whether the predicate is free text, outside the vocabulary (false when there is none). */
  freeTextPredicate: Scalars['Boolean']['output'];
  /** Every committed state of the claim, oldest first: who changed what, and when. Updates never overwrite it. */
  history: Array<RecordVersion>;
  /** Stable id of the claim. */
  id: Scalars['ID']['output'];
  /** Structured form: the object, when it is an actor. */
  objectActor: Maybe<Actor>;
  /** Structured form: the object, when it is a value. */
  objectValue: Maybe<Scalars['String']['output']>;
  /** Structured form: the predicate: a code of the vocabulary (see `predicates`), or free text. */
  predicate: Maybe<Scalars['String']['output']>;
  /** The predicate's entry in the vocabulary; null for a free-text predicate or none. */
  predicateDefinition: Maybe<Predicate>;
  /** How much the claim is to be believed among others on the same matter; DEPRECATED claims are left out of lists unless asked for, never deleted. */
  rank: Rank;
  /** Why the rank was set; always given for DEPRECATED (e.g. refuted by a more reliable source). */
  rankReason: Maybe<Scalars['String']['output']>;
  /** The claim as a sentence. */
  statement: Scalars['String']['output'];
  /** Structured form: the subject actor. */
  subject: Maybe<Actor>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** First day on which the claim holds, as chosen by whoever recorded it ("in recent years" made explicit); null when open. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day on which the claim holds; null when open. */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** An actor a claim is about. */
export type ClaimActor = {
  __typename?: 'ClaimActor';
  /** The actor. */
  actor: Actor;
  /** Stable id of the link: the claim's id and the actor's, as claimId:actorId (a claim names an actor once). */
  id: Scalars['ID']['output'];
  /** How the claim concerns it. */
  role: ClaimActorRole;
};

/** An actor a new claim is about. */
export type ClaimActorInput = {
  /** Id of the actor. */
  actorId: Scalars['ID']['input'];
  /** How the claim concerns it; default MENTIONED. */
  role?: InputMaybe<ClaimActorRole>;
};

/** How a claim concerns an actor. */
export type ClaimActorRole =
  /** An actor the claim mentions. */
  | 'MENTIONED'
  /** The actor on the receiving end. */
  | 'OBJECT'
  /** The actor the claim is about. */
  | 'SUBJECT';

/**
 * How the stored arms-transfer data bear on a claim whose predicate has the ARMS_SUPPLY series (subject the
 * supplier, object the recipient), over the claim's span (validFrom..validTo; an open end is the data's first or last
 * year, and a span past the data is cut at the data's last year). The span is cut into SIPRI's five-year windows
 * aligned to its end (2019-23, 2014-18, 2009-13; the first may be shorter), each with the supplier's TIV, the
 * recipient's total and the share. ARMS_SUPPLY_RISING, _FALLING and _FLAT compare the first window with the last,
 * by share and by TIV per year: a relative change of 20% or more is a rise or a fall, under 20% is flat. RISING or
 * FALLING is SUPPORTED when both measures move that way, CONTRADICTED when both move the other way, otherwise
 * INCONCLUSIVE; FLAT is SUPPORTED when neither moves 20%, CONTRADICTED when both do. Fewer than two windows, or no
 * delivery by the supplier in any window, is INCONCLUSIVE. LARGEST_ARMS_SUPPLIER is SUPPORTED when no supplier
 * delivered as much TIV to the recipient over the span, CONTRADICTED when one delivered more (a tie is INCONCLUSIVE).
 * ARMS_SUPPLY_SHARE is SUPPORTED when the supplier's share over the span is within 2 percentage points of
 * objectValue (5 for a hedged share: "about 40%"), CONTRADICTED otherwise. A rising, falling or flat claim may state
 * a figure in objectValue: the share in the last window ("46%"), in the first and the last ("69% to 46%"), or the
 * change of TIV per year between them ("by 53%", within 5 points; hedged 10); a stated figure the data contradict
 * makes the claim CONTRADICTED whatever its direction, and the explanation gives both figures. A recipient with no
 * imports in the span is INCONCLUSIVE for every predicate.
 */
export type ClaimCheck = {
  __typename?: 'ClaimCheck';
  /** Credit for the series' data (SIPRI Arms Transfers Database (c) SIPRI for ARMS_SUPPLY). */
  attribution: Scalars['String']['output'];
  /** The dataset source the figures come from, with its edition. */
  dataset: Source;
  /** One or two sentences with the figures, e.g. the shares per window and their change. */
  explanation: Scalars['String']['output'];
  /** The first year of the span the data were read over. */
  fromYear: Scalars['Int']['output'];
  /** The windows and figures the verdict rests on, oldest first (for ARMS_SUPPLY, ArmsSupplyPeriods: the supplier's deliveries to the recipient). */
  periods: Array<SeriesPeriod>;
  /** The data series the claim was checked against (its predicate's series: ARMS_SUPPLY). */
  series: Scalars['String']['output'];
  /** The last year of the span the data were read over (the data's last year when the claim's span runs past it). */
  toYear: Scalars['Int']['output'];
  /** The unit the series' figures are in (TIV for ARMS_SUPPLY). */
  unit: Scalars['String']['output'];
  /** What the data say about the claim. */
  verdict: ClaimVerdict;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of the page with their cursors. */
  edges: Array<ClaimEdge>;
  /** The claims of the page. */
  nodes: Array<Claim>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of claims matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim in a page. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this claim. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Filters on the claim list; all given filters must hold. */
export type ClaimFilter = {
  /** Claims about or asserted by this actor (name, alias or ISO code). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Claims about this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Include deprecated claims (default false). */
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claims with this predicate (a vocabulary code, or free text as written). */
  predicate?: InputMaybe<Scalars['String']['input']>;
  /** Only claims of this rank; default PREFERRED and NORMAL. */
  rank?: InputMaybe<Rank>;
  /** Claims cited to this source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims with a citation of this stance. */
  stance?: InputMaybe<Stance>;
  /** Claims whose check (see Claim.check) has this verdict. */
  verdict?: InputMaybe<ClaimVerdict>;
};

/** What a claim's check concluded. */
export type ClaimVerdict =
  /** The data say otherwise. */
  | 'CONTRADICTED'
  /** The data cannot decide: too few windows in the span, a change under the threshold, measures that disagree, or no deliveries. */
  | 'INCONCLUSIVE'
  /** The data bear the claim out. */
  | 'SUPPORTED';

/** An actor linked to another by shared events, claims or arms deals. */
export type Counterpart = {
  __typename?: 'Counterpart';
  /** The linked actor. */
  actor: Actor;
  /** sharedEvents + sharedClaims + sharedArmsDeals: the ranking key. */
  links: Scalars['Int']['output'];
  /** Arms deals between the two, either way (distinct SIPRI deal ids). */
  sharedArmsDeals: Scalars['Int']['output'];
  /** Claims both appear in (as asserter, subject, object or mentioned). */
  sharedClaims: Scalars['Int']['output'];
  /** Events both took part in. */
  sharedEvents: Scalars['Int']['output'];
};

/** A new actor. */
export type CreateActorInput = {
  /** Other names; each must be unique across actors. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Create the actor even when a stored actor resembles it (matchActors' threshold, 0.7); without it, a likely duplicate is refused with CONFLICT naming the candidates. */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Adjectives for its people (Russian); unique across actors, like aliases. */
  demonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 code (three capital letters); for states. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Canonical name; must not be taken by another actor's name or alias. */
  name: Scalars['String']['input'];
  /** Wikidata item id, `Q` followed by digits. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** A new affiliation between two actors. */
export type CreateAffiliationInput = {
  /** Last day of the role; omit while it lasts. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the actor holding the role. */
  memberId: Scalars['ID']['input'];
  /** Id of the actor in which the role is held. */
  organisationId: Scalars['ID']['input'];
  /** The role, e.g. President. */
  role: Scalars['String']['input'];
  /** First day of the role. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A new arms-transfer row. */
export type CreateArmsTransferInput = {
  /** Armament category. */
  category: Scalars['String']['input'];
  /** The dataset's deal id. */
  dealId: Scalars['String']['input'];
  /** Year of these deliveries (1900 to 2100). */
  deliveryYear: Scalars['Int']['input'];
  /** Delivery year is an estimate. */
  deliveryYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the weapon is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Weapon designation. */
  designation: Scalars['String']['input'];
  /** Produced under licence in the recipient country. */
  localProduction?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number delivered in the year; not negative. */
  numberDelivered?: InputMaybe<Scalars['Int']['input']>;
  /** Number delivered is an estimate. */
  numberDeliveredEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Year of the order. */
  orderYear?: InputMaybe<Scalars['Int']['input']>;
  /** Order year is an estimate. */
  orderYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Id of the receiving actor. */
  recipientId: Scalars['ID']['input'];
  /** Id of the dataset source. */
  sourceId: Scalars['ID']['input'];
  /** Whether the weapons were new; default NEW. */
  status?: InputMaybe<TransferStatus>;
  /** Id of the supplying actor. */
  supplierId: Scalars['ID']['input'];
  /** TIV delivered in the year, millions; not negative. */
  tivDelivered: Scalars['Float']['input'];
  /** TIV per unit, millions; not negative. */
  tivPerUnit?: InputMaybe<Scalars['Float']['input']>;
};

/** A new claim. */
export type CreateClaimInput = {
  /** The actors it is about. The structured subject and object are added when missing. */
  about?: InputMaybe<Array<ClaimActorInput>>;
  /** Id of the actor asserting it; omit when the source's author asserts it. */
  asserterId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the source whose author asserts it. */
  asserterSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Quotes in sources. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Confidence from 0 to 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Id of the event it is about. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Structured form: id of the object actor. */
  objectActorId?: InputMaybe<Scalars['ID']['input']>;
  /** Structured form: the object as a value. */
  objectValue?: InputMaybe<Scalars['String']['input']>;
  /** Structured form: the predicate. */
  predicate?: InputMaybe<Scalars['String']['input']>;
  /** The claim as a sentence. */
  statement: Scalars['String']['input'];
  /** Structured form: id of the subject actor. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** First day on which it holds. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day on which it holds. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A new event. */
export type CreateEventInput = {
  /** CAMEO code of the event's type; must exist in the codebook. */
  cameoCode: Scalars['String']['input'];
  /** A longer description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ended; not before `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** How exact `endDate` is. */
  endPrecision?: InputMaybe<DatePrecision>;
  /** Where it happened. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The actors that took part. */
  participants?: InputMaybe<Array<EventParticipantInput>>;
  /** When it started. */
  startDate: Scalars['Date']['input'];
  /** How exact `startDate` is; default DAY. */
  startPrecision?: InputMaybe<DatePrecision>;
  /** A short title. */
  title: Scalars['String']['input'];
};

/** A new source. A source needs a text or a URL, so that its content hash identifies it. */
export type CreateSourceInput = {
  /** Who wrote it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** A dataset's edition (the day its publisher generated it). */
  edition?: InputMaybe<Scalars['Date']['input']>;
  /** What kind of document it is. */
  kind: SourceKind;
  /** Where each page starts in the stored form of the text (code points; the first at 0), for a paged document such as a PDF. */
  pageStarts?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** How reliable it is. */
  reliability?: InputMaybe<ReliabilityGrade>;
  /** Its full text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** An absolute http(s) URL; unique. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How exact a date is: a year-only date is stored as 1 January of that year. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known; the day is stored as 1. */
  | 'MONTH'
  /** Only the year is known; month and day are stored as 1. */
  | 'YEAR';

/** The answer to a delete: the id of the record that no longer exists. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** Id of the deleted record. */
  id: Scalars['ID']['output'];
};

/** A summit, invasion, sanction, deal or other dated happening, typed with a CAMEO code. */
export type Event = {
  __typename?: 'Event';
  /** Claims about the event, newest first. */
  claims: Array<Claim>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** A longer description. */
  description: Maybe<Scalars['String']['output']>;
  /** When the event ended; null when ongoing or a single day. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** How exact `endDate` is. */
  endPrecision: Maybe<DatePrecision>;
  /** Every committed state of the event, oldest first: who changed what, and when. Updates never overwrite it. */
  history: Array<RecordVersion>;
  /** Stable id of the event. */
  id: Scalars['ID']['output'];
  /** Where it happened, e.g. New Delhi, India. */
  location: Maybe<Scalars['String']['output']>;
  /** The actors that took part, with their roles. */
  participants: Array<EventParticipant>;
  /** Where the event's own values come from (field: startDate, endDate, location, participants, ...; null for the whole record). */
  provenance: Array<ValueSource>;
  /** Sources cited by the claims about the event. */
  sources: Array<Source>;
  /** When the event started, to `startPrecision`. */
  startDate: Scalars['Date']['output'];
  /** How exact `startDate` is. */
  startPrecision: DatePrecision;
  /** A short title. */
  title: Scalars['String']['output'];
  /** The event's type in the CAMEO codebook. */
  type: CameoCode;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** A page of events, latest first. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of the page with their cursors. */
  edges: Array<EventEdge>;
  /** The events of the page. */
  nodes: Array<Event>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of events matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filters on the event list; all given filters must hold. */
export type EventFilter = {
  /** Events whose CAMEO code starts with this prefix (e.g. 04 for all consultations). */
  cameoPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Events ending on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Events this actor (name, alias or ISO code) took part in. */
  participant?: InputMaybe<Scalars['String']['input']>;
  /** With `participant`: only in this role. */
  participantRole?: InputMaybe<ParticipantRole>;
  /** Events starting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An actor's part in an event. */
export type EventParticipant = {
  __typename?: 'EventParticipant';
  /** The actor. */
  actor: Actor;
  /** Stable id of the participation (the actor in its role at the event). */
  id: Scalars['ID']['output'];
  /** Its role. */
  role: ParticipantRole;
};

/** An actor taking part in an event, by the actor's id. */
export type EventParticipantInput = {
  /** Id of the actor. */
  actorId: Scalars['ID']['input'];
  /** Its role. */
  role: ParticipantRole;
};

/** An event named by its natural key. */
export type EventRefInput = {
  /** The day it started. */
  startDate: Scalars['Date']['input'];
  /** The event's title, exactly. */
  title: Scalars['String']['input'];
};

/** A fact-checker's review of a claim, kept as given (schema.org's ClaimReview). */
export type FactCheck = {
  __typename?: 'FactCheck';
  /** The best rating of that scale. */
  bestRating: Maybe<Scalars['Float']['output']>;
  /** The claim reviewed. */
  claim: Claim;
  /** Stable id of the review. */
  id: Scalars['ID']['output'];
  /** When the review was published. */
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Why, in the reviewer's words. */
  ratingExplanation: Maybe<Scalars['String']['output']>;
  /** The rating in the reviewer's words (its alternateName: "False", "Misleading"). */
  ratingName: Maybe<Scalars['String']['output']>;
  /** The rating as a number on the reviewer's scale (between worstRating and bestRating). */
  ratingValue: Maybe<Scalars['Float']['output']>;
  /** The reviewing organisation (the ClaimReview's author). */
  reviewer: Scalars['String']['output'];
  /** The reviewer's site. */
  reviewerUrl: Maybe<Scalars['String']['output']>;
  /** The review's page. */
  url: Scalars['String']['output'];
  /** The worst rating of that scale. */
  worstRating: Maybe<Scalars['Float']['output']>;
};

/**
 * A sentence that states an arms-supply figure, as a typed claim candidate: "Russia's share of India's arms imports
 * fell from 69 per cent to 46 per cent", "India's imports from France increased more than tenfold", "Russia remained
 * India's largest supplier between 2020 and 2024". Checked at once against the data, as the claim would be.
 */
export type FigureCandidate = {
  __typename?: 'FigureCandidate';
  /** How the data bear on it, as on the claim it would make; null when the data hold nothing for it. */
  check: Maybe<ClaimCheck>;
  /** Where it ends (exclusive). */
  endOffset: Scalars['Int']['output'];
  /** The recipient. */
  object: Actor;
  /** The figure it states, as the claim's objectValue: a share ("36%", "about 40%"); for a share rising or falling, where it went ("46%", "69% to 46%"); for deliveries, their change ("by 53%"); null when none. */
  objectValue: Maybe<Scalars['String']['output']>;
  /** The predicate it states: ARMS_SUPPLY_RISING, ARMS_SUPPLY_FALLING, ARMS_SUPPLY_SHARE or LARGEST_ARMS_SUPPLIER. */
  predicate: Scalars['String']['output'];
  /** Where it starts, in code points of the text. */
  startOffset: Scalars['Int']['output'];
  /** The supplier. */
  subject: Actor;
  /** The sentence. */
  text: Scalars['String']['output'];
  /** The first day of the period it names (1 January of its first year); null when it names none. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** The last day of the period it names (31 December of its last year); null when it names none or no end (since 2009). */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** Records to import in one request; they refer to each other by natural keys, not by ids. */
export type ImportBundleInput = {
  /** Actors to create or update. */
  actors?: InputMaybe<Array<BundleActorInput>>;
  /** Affiliations (a member's role in an organisation over a span) to create or complete. */
  affiliations?: InputMaybe<Array<BundleAffiliationInput>>;
  /** Arms-transfer rows to create or update. */
  armsTransfers?: InputMaybe<Array<BundleArmsTransferInput>>;
  /** Claims (with their citations) to create or update. */
  claims?: InputMaybe<Array<BundleClaimInput>>;
  /** Events to create or update. */
  events?: InputMaybe<Array<BundleEventInput>>;
  /** Mentions someone reviewed or added by hand (a copy's): written with their review, which replaces a stored one. */
  mentions?: InputMaybe<Array<BundleMentionInput>>;
  /** Sources to create or update. */
  sources?: InputMaybe<Array<BundleSourceInput>>;
};

/** What an import did to one kind of record. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Records created. */
  created: Scalars['Int']['output'];
  /** Records refused (see errors). */
  rejected: Scalars['Int']['output'];
  /** Records that were stored already, as they are. */
  unchanged: Scalars['Int']['output'];
  /** Stored records that changed. */
  updated: Scalars['Int']['output'];
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

/** How an import treats bad records. */
export type ImportMode =
  /** Any bad record: nothing is written. */
  | 'ATOMIC'
  /** Valid records are written; bad ones are reported. */
  | 'PARTIAL';

/** A record an import refused, or a line of a file it could not read. */
export type ImportRecordError = {
  __typename?: 'ImportRecordError';
  /** BAD_USER_INPUT for a malformed record or one that names nothing stored; CONFLICT for one that clashes with a stored record or an earlier record of the bundle (a name, alias, ISO code or Wikidata id taken). */
  code: Scalars['String']['output'];
  /** Which list of the bundle: actors, sources, events, affiliations, claims, armsTransfers; file for a line of an imported file. */
  entity: Scalars['String']['output'];
  /** The field at fault. */
  field: Scalars['String']['output'];
  /** Position of the record in its list (0-based); -1 for a line of a file. */
  index: Scalars['Int']['output'];
  /** Line in the imported file, when the bundle came from one. */
  line: Maybe<Scalars['Int']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** The outcome of an import, per kind of record. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Actors created, updated, unchanged, rejected. */
  actors: ImportCounts;
  /** Affiliations created, updated (an end date filled in), unchanged, rejected. */
  affiliations: ImportCounts;
  /** Arms-transfer rows created, updated, unchanged, rejected. */
  armsTransfers: ImportCounts;
  /** Claims created, updated, unchanged, rejected. */
  claims: ImportCounts;
  /** True when the import only validated and counted. */
  dryRun: Scalars['Boolean']['output'];
  /** Every refused record, with its position, field and reason. */
  errors: Array<ImportRecordError>;
  /** Events created, updated, unchanged, rejected. */
  events: ImportCounts;
  /** Reviewed and hand-made mentions created, updated (given the bundle's review), unchanged, rejected. */
  mentions: ImportCounts;
  /** The mode the import ran in. */
  mode: ImportMode;
  /** Sources created, updated, unchanged, rejected. */
  sources: ImportCounts;
  /** New actors that resemble stored ones (likely duplicates), written all the same; merge them with mergeActors or say sameAs. */
  warnings: Array<ImportWarning>;
  /** True when anything was written. */
  written: Scalars['Boolean']['output'];
};

/** A likely duplicate of an actor a bundle creates: the actor is written all the same (it may be another one). */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  /** The stored actor the new one resembles. */
  candidate: Actor;
  /** LIKELY_DUPLICATE. */
  code: Scalars['String']['output'];
  /** Which list of the bundle: actors. */
  entity: Scalars['String']['output'];
  /** The evidence (see ActorCandidate.features). */
  features: Array<MatchFeature>;
  /** Position of the record in its list (0-based). */
  index: Scalars['Int']['output'];
  /** Line in the imported file, when the bundle came from one. */
  line: Maybe<Scalars['Int']['output']>;
  /** What to look at and how to resolve it. */
  message: Scalars['String']['output'];
  /** How alike they are (see ActorCandidate.score). */
  score: Scalars['Float']['output'];
};

/** One piece of evidence for (or against) a candidate. */
export type MatchFeature = {
  __typename?: 'MatchFeature';
  /** The kind of evidence, for programs. */
  code: MatchFeatureCode;
  /** The evidence in words, naming the form compared (e.g. 'same name once normalised: "Republic of France" and its name "France" are both "france"'). */
  name: Scalars['String']['output'];
  /** What it adds to the score (negative: what it takes away). */
  score: Scalars['Float']['output'];
};

/** The kinds of evidence matching weighs. */
export type MatchFeatureCode =
  /** The actor has another ISO code than the example. */
  | 'OTHER_ISO_CODE'
  /** Another kind than the example asked for. */
  | 'OTHER_KIND'
  /** The actor has another Wikidata id than the example. */
  | 'OTHER_WIKIDATA_ID'
  /** The same ISO 3166-1 alpha-3 code (decisive). */
  | 'SAME_ISO_CODE'
  /** The kind the example asked for. */
  | 'SAME_KIND'
  /** The same name or alias, case aside. */
  | 'SAME_NAME'
  /** The same name or alias once case, diacritics, punctuation, articles, "Republic of" and company forms (SA, Ltd, Inc) are set aside. */
  | 'SAME_NORMALISED_NAME'
  /** The same Wikidata item id (decisive). */
  | 'SAME_WIKIDATA_ID'
  /** Words in common: half the share of the stored name's words that the example has, half the share of all words (so "Dassault Aviation" is close to "Dassault", "Spain" far from "Port of Spain"). */
  | 'SHARED_WORDS'
  /** Spelled alike: the trigram similarity of the normalised names (pg_trgm). */
  | 'SIMILAR_SPELLING'
  /** Every word sounds alike (double metaphone) and is spelled alike (at most two letters in five differ): transliterations such as Gaddafi and Qadhafi. */
  | 'SOUNDS_ALIKE';

/** Words of a text that name an actor. */
export type Mention = {
  __typename?: 'Mention';
  /** The actor the words most likely mean: by the strongest form (name, alias, ISO code, demonym), then the oldest actor. */
  actor: Actor;
  /** Other actors the same words could mean. */
  alternatives: Array<Actor>;
  /** Where they end (exclusive), in code points. */
  endOffset: Scalars['Int']['output'];
  /** Which of the actor's forms they are. */
  form: MentionForm;
  /** Where the words start, in code points. */
  startOffset: Scalars['Int']['output'];
  /** The words as the text writes them (a possessive's 's left out). */
  text: Scalars['String']['output'];
};

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

/** A review of a mention. */
export type MentionReview =
  /** The words name the actor. */
  | 'CONFIRMED'
  /** They do not. */
  | 'REJECTED';

/** What a person made of a stored mention. */
export type MentionStatus =
  /** Confirmed: right. */
  | 'CONFIRMED'
  /** Not reviewed yet. */
  | 'PROPOSED'
  /** Rejected: the words do not name the actor here; a relink does not bring it back. */
  | 'REJECTED';

/** How many references of one kind a merge moved. */
export type MergeMoveCount = {
  __typename?: 'MergeMoveCount';
  /** How many rows. */
  count: Scalars['Int']['output'];
  /** The kind of reference: eventParticipants, claimAsserters, claimSubjects, claimObjects, claimActors, affiliationMembers, affiliationOrganisations, armsSuppliers, armsRecipients, mentions, quotationSpeakers, figureSubjects, figureObjects, aliases, valueSources. */
  reference: Scalars['String']['output'];
};

/** An actor merged into another: its references moved there, its id redirects there, its name is an alias there. */
export type MergedActor = {
  __typename?: 'MergedActor';
  /** The actor it was merged into. */
  canonical: Actor;
  /** Rows combined with one of the canonical actor's (the same actor twice in one event, one claim or one affiliation), kept for the undo. */
  combined: Scalars['Int']['output'];
  /** The merged actor's id, which now redirects to the canonical actor (until the merge is undone). */
  id: Scalars['ID']['output'];
  /** When it was merged. */
  mergedAt: Scalars['DateTime']['output'];
  /** The API key that merged it. */
  mergedBy: Maybe<Scalars['String']['output']>;
  /** References moved to the canonical actor, per kind of record. */
  moved: Array<MergeMoveCount>;
  /** Its name, an alias of the canonical actor while merged. */
  name: Scalars['String']['output'];
  /** Why it was merged, as given. */
  reason: Maybe<Scalars['String']['output']>;
  /** Why it was undone, as given. */
  undoReason: Maybe<Scalars['String']['output']>;
  /** When the merge was undone; null while it holds. */
  undoneAt: Maybe<Scalars['DateTime']['output']>;
  /** The API key that undid it. */
  undoneBy: Maybe<Scalars['String']['output']>;
};

/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts a figure as a typed claim, in one request: its predicate, supplier, recipient, period and stated figure,
   * asserted by its speaker (a quotation it is part of) or by the source, cited to the exact sentence with stance
   * SUPPORTS. One accepted already is a CONFLICT.
   */
  acceptFigure: SourceFigure;
  /**
   * Accepts a quotation as a claim, in one request: asserted by its speaker (or the actor named), stated as the quote
   * unless a statement is given, cited to the exact quote with stance SUPPORTS, about the actors named inside it.
   * A quotation whose speaker is no stored actor needs speakerId; one accepted already is a CONFLICT.
   */
  acceptQuotation: SourceQuotation;
  /** Adds a mention the matcher missed, by hand: the words at the offsets of the source's stored text name the actor. */
  addMention: SourceMention;
  /** Records where a value comes from. Citing the same value to the same source and quote again confirms it: lastSeen moves, nothing is added. */
  citeValue: ValueSource;
  /** Creates an actor. A likely duplicate of a stored actor (see matchActors) is refused with CONFLICT, whose extensions list the candidates and their scores, unless allowDuplicate is true. */
  createActor: Actor;
  /** Creates an affiliation. */
  createAffiliation: Affiliation;
  /** Creates an arms-transfer row. */
  createArmsTransfer: ArmsTransfer;
  /** Creates a claim with its citations. */
  createClaim: Claim;
  /** Creates an event with its participants. */
  createEvent: Event;
  /** Creates a source; refused with CONFLICT when the same document (content hash or URL) is stored. */
  createSource: Source;
  /** Deletes an actor; refused with CONFLICT while events, claims, affiliations or transfers refer to it. */
  deleteActor: DeletePayload;
  /** Deletes an affiliation. */
  deleteAffiliation: DeletePayload;
  /** Deletes an arms-transfer row. */
  deleteArmsTransfer: DeletePayload;
  /** Deletes a claim and its citations. */
  deleteClaim: DeletePayload;
  /** Deletes an event; refused with CONFLICT while claims refer to it. */
  deleteEvent: DeletePayload;
  /** Deletes a source; refused with CONFLICT while citations, claims, transfers or value sources refer to it. */
  deleteSource: DeletePayload;
  /** Deprecates a claim refuted by a more reliable source, in one write: the reason, and the refuting quote as a REFUTES citation. */
  deprecateClaim: Claim;
  /** Imports a bundle of records keyed by natural keys. Re-sending the same bundle changes nothing. Default mode ATOMIC. */
  importBundle: ImportResult;
  /** Imports the text of a file in one of the formats `npm run import` reads, with the same modes, per-record errors (with their file lines) and warnings. The request body limit for imports (an EDITOR key's) bounds the text. */
  importFile: ImportResult;
  /** Makes the duplicates part of the canonical actor; every reference moves; the old ids and names keep answering. Needs an EDITOR key. */
  mergeActors: ActorMerge;
  /** Sets an affiliation's rank (DEPRECATED needs a reason). */
  rankAffiliation: Affiliation;
  /** Sets an alias's rank (DEPRECATED needs a reason); a deprecated alias still finds its actor but is left out of Actor.aliases. */
  rankAlias: Alias;
  /** Sets a claim's rank. DEPRECATED needs a reason; the claim is kept, and left out of lists unless asked for. */
  rankClaim: Claim;
  /** Rejects a figure: kept, and not proposed again when its source is relinked. An accepted one is a CONFLICT (delete its claim first). */
  rejectFigure: SourceFigure;
  /** Rejects a quotation: kept, and not proposed again when its source is relinked. An accepted one is a CONFLICT (delete its claim first). */
  rejectQuotation: SourceQuotation;
  /**
   * Brings a deleted record back as it was at its deletion (its last version), with the same id and its lists
   * (aliases, participants, citations, the actors a claim is about); its history goes on with a CREATE version, and the
   * change feed logs it. Refused with CONFLICT when the record is not deleted or now clashes with what is stored (a
   * name or alias taken since, a referenced record deleted since: extensions name the constraint), writing nothing.
   * Needs an ADMIN key, as deleting does. A merged actor comes back with unmergeActor instead.
   */
  restoreRecord: ChangedRecord;
  /** Confirms a stored mention, or rejects it: a rejected mention stays rejected when the sources are relinked. */
  reviewMention: SourceMention;
  /** Undoes a merge exactly, as if it had not happened: the merged actor comes back with its id, name, aliases and references. Needs an ADMIN key. */
  unmergeActor: Actor;
  /** Changes an actor. */
  updateActor: Actor;
  /** Changes an affiliation. */
  updateAffiliation: Affiliation;
  /** Changes an arms-transfer row. */
  updateArmsTransfer: ArmsTransfer;
  /** Changes a claim. */
  updateClaim: Claim;
  /** Changes an event. */
  updateEvent: Event;
  /** Changes a source. */
  updateSource: Source;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationAcceptFigureArgs = {
  input: AcceptFigureInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationAcceptQuotationArgs = {
  input: AcceptQuotationInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationAddMentionArgs = {
  input: AddMentionInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCiteValueArgs = {
  input: CiteValueInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateAffiliationArgs = {
  input: CreateAffiliationInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateArmsTransferArgs = {
  input: CreateArmsTransferInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateClaimArgs = {
  input: CreateClaimInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteActorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteAffiliationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteArmsTransferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationDeprecateClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  refutation?: InputMaybe<CitationInput>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationImportBundleArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ImportBundleInput;
  mode?: InputMaybe<ImportMode>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationImportFileArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFileFormat;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  mode?: InputMaybe<ImportMode>;
  text: Scalars['String']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationMergeActorsArgs = {
  canonical: Scalars['ID']['input'];
  duplicates: Array<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRankAffiliationArgs = {
  id: Scalars['ID']['input'];
  rank: Rank;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRankAliasArgs = {
  id: Scalars['ID']['input'];
  rank: Rank;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRankClaimArgs = {
  id: Scalars['ID']['input'];
  rank: Rank;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRejectFigureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRejectQuotationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationRestoreRecordArgs = {
  entity: VersionedEntity;
  id: Scalars['ID']['input'];
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationReviewMentionArgs = {
  id: Scalars['ID']['input'];
  status: MentionReview;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUnmergeActorArgs = {
  merged: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateAffiliationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAffiliationInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateArmsTransferArgs = {
  id: Scalars['ID']['input'];
  input: UpdateArmsTransferInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateClaimArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClaimInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


/**
 * Writing to the knowledge base, with an API key. Bad input is refused with BAD_USER_INPUT naming the field, and nothing is written.
 * Each module adds its own mutations (extend type Mutation).
 */
export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
};

/** Relay cursor pagination: where a page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` to read the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (an `after` cursor was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

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

/** The arms deliveries between two actors of a path step, all years added. */
export type PathArmsTrade = {
  __typename?: 'PathArmsTrade';
  /** Credit line for the data shown. */
  attribution: Scalars['String']['output'];
  /** How many delivery rows. */
  deliveries: Scalars['Int']['output'];
  /** The first delivery year. */
  firstYear: Scalars['Int']['output'];
  /** The last delivery year (up to the year of `at` when given). */
  lastYear: Scalars['Int']['output'];
  /** The recipient. */
  recipient: Actor;
  /** The supplier. */
  supplier: Actor;
  /** TIV delivered (millions of SIPRI trend-indicator values), added and rounded to two decimals. */
  tiv: Scalars['Float']['output'];
};

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

/** One hop of a path: two actors and the relation between them. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The affiliation (AFFILIATION). */
  affiliation: Maybe<Affiliation>;
  /** The deliveries (ARMS_TRADE). */
  armsTrade: Maybe<PathArmsTrade>;
  /** The claim (CLAIM). */
  claim: Maybe<Claim>;
  /** The event (EVENT). */
  event: Maybe<Event>;
  /** The day of the hop's most recent evidence (an affiliation's start, the event's, the claim's validity, the last delivery year, the source's publication). */
  evidence: Scalars['Date']['output'];
  /** Whether the relation runs from `from` to `to` (member to organisation, subject to object, supplier to recipient); false when it runs the other way; null for an event both took part in. */
  forward: Maybe<Scalars['Boolean']['output']>;
  /** The actor the hop leaves. */
  from: Actor;
  /** The relation the hop goes through: of those between the two, the one with the most recent evidence. */
  relation: PathRelation;
  /** The source mentioning both (SOURCE). */
  source: Maybe<Source>;
  /** The actor the hop reaches. */
  to: Actor;
};

/** Where a trend's periods start. */
export type PeriodAlignment =
  /** Periods run from fromYear in steps of periodYears; the last one is cut at toYear. */
  | 'FROM_YEAR'
  /** Periods run back from toYear in steps of periodYears (SIPRI's five-year windows: 2019-23, 2014-18, ...); the first one is cut at fromYear. */
  | 'TO_YEAR';

/** A predicate of the vocabulary that typed claims use. */
export type Predicate = {
  __typename?: 'Predicate';
  /** The code claims store, e.g. ARMS_SUPPLY_FALLING. */
  code: Scalars['String']['output'];
  /** What a claim with this predicate asserts. */
  description: Scalars['String']['output'];
  /** A short label, e.g. arms supply falling. */
  label: Scalars['String']['output'];
  /** What the object is, e.g. the recipient. */
  object: Scalars['String']['output'];
  /** The predicates that say the opposite about the same subject and object. */
  opposites: Array<Scalars['String']['output']>;
  /** The data series claims with this predicate are checked against (ARMS_SUPPLY); null when none. */
  series: Maybe<Scalars['String']['output']>;
  /** What the subject is, e.g. the supplier. */
  subject: Scalars['String']['output'];
  /** What the object is made of. */
  valueType: PredicateValueType;
};

/** What a predicate's object is. */
export type PredicateValueType =
  /** Another actor: objectActor. */
  | 'ACTOR'
  /** Another actor and a share of a whole: objectActor and objectValue, a percentage such as "36.5%". */
  | 'ACTOR_AND_SHARE'
  /** Free text: objectValue. */
  | 'TEXT';

/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type Query = {
  __typename?: 'Query';
  /** One actor, by id or by name. `name` accepts the canonical name, any alias or the ISO code, case-insensitively. */
  actor: Maybe<Actor>;
  /** Actors, by name order. */
  actors: ActorConnection;
  /** One affiliation by id. */
  affiliation: Maybe<Affiliation>;
  /**
   * Reads a text as Dossier would store it, without writing: its stored form, the actors it mentions and the stored
   * sources it repeats. Mentions come from every actor's canonical name, aliases, demonyms and ISO code, matched on
   * word boundaries whatever their case, diacritics and typographic quotes, except ISO codes and short all-capital
   * aliases ("US", "EU", "PRC"), which match only as written; where matches overlap the longest wins.
   */
  analyzeSource: SourceAnalysis;
  /** Deliveries from a supplier to a recipient, aggregated per period. Actors are given by name, alias or ISO code. */
  armsSupplyTrend: ArmsSupplyTrend;
  /** One arms-transfer row by id. */
  armsTransfer: Maybe<ArmsTransfer>;
  /** Arms-transfer rows. Data from the SIPRI Arms Transfers Database (c) SIPRI. */
  armsTransfers: ArmsTransferConnection;
  /** One CAMEO code. */
  cameoCode: Maybe<CameoCode>;
  /** The CAMEO codebook, or the codes under a prefix. */
  cameoCodes: Array<CameoCode>;
  /**
   * What changed after a cursor, for a copy kept in step (a frontend's cache, a notebook, a second Dossier). Changes
   * appear once their transaction and every older one have committed, so a cursor never passes a change that commits
   * late. Read again from `cursor` while `hasMore`; a cursor older than the retention is refused with CURSOR_EXPIRED
   * naming the oldest cursor still served. The same feed streams as NDJSON at GET /changes.ndjson?after=.
   */
  changes: ChangePage;
  /** How the stored data would bear on a typed claim before it is stored (the explorer's live check); null when no data series applies to its predicate. Actors not found are NOT_FOUND naming input.subject or input.object. */
  checkClaim: Maybe<ClaimCheck>;
  /** One claim by id. */
  claim: Maybe<Claim>;
  /** Claims, newest first. */
  claims: ClaimConnection;
  /** One event by id. */
  event: Maybe<Event>;
  /** Events, latest first. */
  events: EventConnection;
  /** Candidates for each example, best first, with a score from 0 to 1 and what it is made of. At most 100 examples. */
  matchActors: Array<ActorMatchResult>;
  /**
   * The shortest connections between two actors, fewest hops first, then the most recent evidence (a path is as recent
   * as its oldest hop). Each hop goes through an affiliation, an event both took part in, a claim of one about the
   * other, their arms trade, or (asked for in `via`) a source mentioning both. An event with more than eight
   * participants (a summit), or a source mentioning more than eight actors, is no hop unless includeHubs.
   * An empty list: not connected within maxHops.
   */
  paths: Array<ActorPath>;
  /** The predicate vocabulary of typed claims, by code. */
  predicates: Array<Predicate>;
  /**
   * Reads a saved web page (HTML) or a PDF (its bytes in base64) as the import would store it, writing nothing. A PDF
   * without a text layer (a scan) is BAD_USER_INPUT naming the file. The request body limit for imports (an EDITOR
   * key's) bounds the text, as for importFile.
   */
  readSourceFile: SourceFileReading;
  /**
   * The latest changes, newest first (what a "recent changes" page shows), with `cursor` the point to follow the feed
   * from (the `changes` subscription or /changes.events): every later change is after it.
   */
  recentChanges: ChangePage;
  /** Every version of a record, oldest first; also for a deleted one. */
  recordHistory: Array<RecordVersion>;
  /** Full-text search over sources (title and text) and claims (statement), best first, with the matching passage. */
  search: Array<SearchHit>;
  /** One source by id. */
  source: Maybe<Source>;
  /** Sources, latest published first. */
  sources: SourceConnection;
  /** One date-ordered stream of what concerns an actor: its events, affiliations, claims, arms deliveries by year, the sources mentioning it and the merges into it. */
  timeline: TimelinePage;
  /** A supplier's recipients ranked by the TIV it delivered to them. */
  topArmsRecipients: ArmsTradeRanking;
  /** An actor's suppliers ranked by the TIV they delivered to it. */
  topArmsSuppliers: ArmsTradeRanking;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryActorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryAffiliationArgs = {
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryAnalyzeSourceArgs = {
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryArmsSupplyTrendArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  periodAlignment?: InputMaybe<PeriodAlignment>;
  periodYears?: InputMaybe<Scalars['Int']['input']>;
  recipient: Scalars['String']['input'];
  supplier: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryArmsTransferArgs = {
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryArmsTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArmsTransferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArmsTransferOrder>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryCameoCodeArgs = {
  code: Scalars['String']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryCameoCodesArgs = {
  prefix?: InputMaybe<Scalars['String']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entities?: InputMaybe<Array<ChangeEntity>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryCheckClaimArgs = {
  input: CheckClaimInput;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryMatchActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  queries: Array<ActorMatchInput>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryPathsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  includeHubs?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
  via?: InputMaybe<Array<PathRelation>>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryReadSourceFileArgs = {
  format: ImportFileFormat;
  text: Scalars['String']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryRecentChangesArgs = {
  entities?: InputMaybe<Array<ChangeEntity>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryRecordHistoryArgs = {
  entity: VersionedEntity;
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryTimelineArgs = {
  actor: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<TimelineKind>>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  with?: InputMaybe<Scalars['String']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryTopArmsRecipientsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  supplier: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading the knowledge base; each module adds its own questions (extend type Query). */
export type QueryTopArmsSuppliersArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  recipient: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A quotation in a text: the quote inside its marks, the cue and the speaker that attribute it, and how. Straight
 * and typographic quotes, guillemets and „German“ marks; a quote running over paragraphs; quotes nested inside are
 * part of it; a title or a scare-quoted term is no quotation.
 */
export type Quotation = {
  __typename?: 'Quotation';
  /** How far the attribution is trusted, from 0 to 1: by its rule, less when the speaker is no stored actor. */
  confidence: Scalars['Float']['output'];
  /** The word that attributes it (said, told, warned, according to ...); null for a colon alone, a continuation or none. */
  cue: Maybe<Scalars['String']['output']>;
  /** Where it ends (exclusive, before its closing mark). */
  endOffset: Scalars['Int']['output'];
  /** The quote as the text writes it. */
  quote: Scalars['String']['output'];
  /** How it was attributed. */
  rule: AttributionRule;
  /** Who said it, as far as the text tells; null when nothing attributes it. */
  speaker: Maybe<QuotationSpeaker>;
  /** Where the quote starts (inside its opening mark), in code points of the text. */
  startOffset: Scalars['Int']['output'];
};

/** The words of a text that say who said a quotation, and the actor they are. */
export type QuotationSpeaker = {
  __typename?: 'QuotationSpeaker';
  /** The stored actor they are (the one a mention of ends the words: its head; for a pronoun, the speaker it points back to); null when none is stored. */
  actor: Maybe<Actor>;
  /** Where they end (exclusive). */
  endOffset: Scalars['Int']['output'];
  /** Where they start, in code points. */
  startOffset: Scalars['Int']['output'];
  /** The speaker's words ("Foreign Minister Sergei Lavrov", "a Kremlin spokesman", "he"). */
  text: Scalars['String']['output'];
};

/** How much a value is to be believed among the values for the same thing, as Wikidata ranks statements. */
export type Rank =
  /** A value known to be wrong or superseded: kept, with the reason, but left out of lists unless asked for. */
  | 'DEPRECATED'
  /** A value with no judgement passed on it (the default). */
  | 'NORMAL'
  /** The best value: preferred over the NORMAL ones. */
  | 'PREFERRED';

/** One committed state of a record: who changed it, when, and what it then said. */
export type RecordVersion = {
  __typename?: 'RecordVersion';
  /** When the change was committed (the start of its transaction). */
  changedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that made the change; null when it was made outside the service (or before the audit trail). */
  changedBy: Maybe<Scalars['String']['output']>;
  /** Top-level fields whose value differs from the previous version; every field for the first version. */
  changedFields: Array<Scalars['String']['output']>;
  /**
   * The record as it stood after the change (before it, for DELETE). A claim: statement, asserterId, asserterSourceId,
   * eventId, subjectId, predicate, objectActorId, objectValue, validFrom, validTo, confidence, about [{actorId, role}],
   * citations [{sourceId, quote, startOffset, endOffset, stance}]. An event: cameoCode, title, startDate, startPrecision,
   * endDate, endPrecision, location, description, participants [{actorId, role}]. An actor: its fields and aliases
   * [{alias, kind, rank, rankReason}]. An affiliation, a source or an arms transfer: its fields.
   */
  data: Scalars['JSON']['output'];
  /** Stable id of the version: its record's kind, id and version number (claim:7:2). */
  id: Scalars['ID']['output'];
  /** What the change did. */
  operation: VersionOperation;
  /** 1 for the first state, one more for each committed change. */
  version: Scalars['Int']['output'];
};

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

/** A source or claim matching a search, with the matching passage. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The claim, when kind is CLAIM. */
  claim: Maybe<Claim>;
  /** Whether the hit is a source or a claim. */
  kind: SearchKind;
  /** Relevance (PostgreSQL's ts_rank); higher is better. */
  rank: Scalars['Float']['output'];
  /**
   * The matching passage, matched words between <mark> and </mark>. The text itself is not HTML-escaped: to show
   * it, render snippetParts as text, or escape the text before inserting it as HTML.
   */
  snippet: Scalars['String']['output'];
  /** The same passage as runs of text in order, each matched by the query or not: safe to render as text. */
  snippetParts: Array<SnippetPart>;
  /** The source, when kind is SOURCE. */
  source: Maybe<Source>;
};

/** What a search hit is. */
export type SearchKind =
  /** A claim: its statement matched. */
  | 'CLAIM'
  /** A source: its title and text matched. */
  | 'SOURCE';

/**
 * A period of a data series' figures, as a claim check reads them: the subject's figure over the period and, for a
 * series between two actors, its share of the whole. Each series' period type adds its own figures.
 */
export type SeriesPeriod = {
  /** First year of the period. */
  fromYear: Scalars['Int']['output'];
  /** For a series between two actors, their part of the whole (ArmsSupplyPeriod: of the recipient's imports), 0 to 1; null otherwise. */
  share: Maybe<Scalars['Float']['output']>;
  /** Last year of the period (inclusive). */
  toYear: Scalars['Int']['output'];
  /** The figure over the period, in the series' unit (ArmsSupplyPeriod: the TIV delivered). */
  value: Scalars['Float']['output'];
  /** value / years: what periods of different lengths are compared by. */
  valuePerYear: Scalars['Float']['output'];
  /** How many years the period spans. */
  years: Scalars['Int']['output'];
};

/** A run of a search snippet's text. */
export type SnippetPart = {
  __typename?: 'SnippetPart';
  /** Whether the run is words the query matched (to highlight). */
  matched: Scalars['Boolean']['output'];
  /** The text as stored (plain text, not HTML). */
  text: Scalars['String']['output'];
};

/** An article, report, statement or dataset that claims are cited to. */
export type Source = {
  __typename?: 'Source';
  /** Actors the source is about: those of the claims that cite it (about or asserting) and those its text mentions (a mention not rejected), by name. */
  actors: Array<Actor>;
  /** Who wrote it. */
  author: Maybe<Scalars['String']['output']>;
  /** The citations of this source, in the order of their place in the text: each quote with its located offsets. */
  citations: Array<Citation>;
  /** Claims that cite this source, newest first. */
  claims: Array<Claim>;
  /**
   * sha256 (hex) of the stored text (its stored form, see `originalLength`: the same article pasted twice, or with
   * its teaser repeated, hashes the same), or of `url:` and the URL when no text is held: the same document is never
   * stored twice. A bundle may name a source by this hash, as `analyzeSource` reports it.
   */
  contentHash: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that created the record; null for records older than the audit trail or written outside the service. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** A dataset's edition: the day its publisher generated it (SIPRI's "Data generated" note); null when none is known. */
  edition: Maybe<Scalars['Date']['output']>;
  /** Sentences of its text that state a figure a data series can check, in text order: found when it was stored or relinked; accepted and rejected ones kept as reviewed. */
  figures: SourceFigureConnection;
  /** Every committed state of the source, oldest first: who changed what, and when. */
  history: Array<RecordVersion>;
  /** Stable id of the source. */
  id: Scalars['ID']['output'];
  /** When the dataset's rows were last imported; null for a source that no import of rows has carried. */
  importedAt: Maybe<Scalars['DateTime']['output']>;
  /** What kind of document it is. */
  kind: SourceKind;
  /** Where its text mentions actors, in text order: found when it was stored or relinked, or added by hand. */
  mentions: SourceMentionConnection;
  /**
   * The length in code points of the text as it was given. The stored text is its stored form: line endings
   * normalised to \\n, each paragraph (a line) trimmed, blank lines and paragraphs that repeat an earlier one left out.
   * Null when no text is held.
   */
  originalLength: Maybe<Scalars['Int']['output']>;
  /** Where each page of a paged document (a PDF) starts in the stored text, in code points, the first at 0; null for a text without pages. */
  pageStarts: Maybe<Array<Scalars['Int']['output']>>;
  /** When it was published. */
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Who published it. */
  publisher: Maybe<Scalars['String']['output']>;
  /** Quotations in its text and who said them, in text order: found when it was stored or relinked; accepted and rejected ones kept as reviewed. */
  quotations: SourceQuotationConnection;
  /** How reliable the source is. */
  reliability: Maybe<ReliabilityGrade>;
  /** How many paragraphs of the given text were left out because they repeat an earlier one. */
  repeatedParagraphs: Scalars['Int']['output'];
  /**
   * Its text, where held, from `offset` for at most `length` Unicode code points (the unit citation offsets count
   * in). By default the first 100,000; `textLength` tells whether there is more, and a client pages through a long
   * text with `offset`. Each 1,000 characters asked for count 1 towards the cost limit.
   */
  text: Maybe<Scalars['String']['output']>;
  /** The length of the whole text in Unicode code points; null when no text is held. */
  textLength: Maybe<Scalars['Int']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The API key (or CLI user) that last changed the record; null when it was changed outside the service. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Where it can be found; unique. */
  url: Maybe<Scalars['String']['output']>;
  /** How many weapon systems its stored text names (weapons lists the first of them). */
  weaponCount: Scalars['Int']['output'];
  /**
   * Weapon systems its stored text names, as analyzeSource reads them: recognised by the designations the
   * arms-transfer data hold now (read from the text on each request, so they follow the data), in text order.
   */
  weapons: Array<WeaponMention>;
};


/** An article, report, statement or dataset that claims are cited to. */
export type SourceFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ReviewStatus>>;
};


/** An article, report, statement or dataset that claims are cited to. */
export type SourceMentionsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<MentionStatus>>;
};


/** An article, report, statement or dataset that claims are cited to. */
export type SourceQuotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ReviewStatus>>;
};


/** An article, report, statement or dataset that claims are cited to. */
export type SourceTextArgs = {
  length?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** An article, report, statement or dataset that claims are cited to. */
export type SourceWeaponsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysis = {
  __typename?: 'SourceAnalysis';
  /** The content hash createSource and bundles would record for this text (and url); a bundle may name the source by it. */
  contentHash: Scalars['String']['output'];
  /**
   * Stored sources with the same content (exact), or nearly the same: at least 0.8 of the word shingles (runs of
   * five words, folded) of the shorter of the two texts in common. Best first.
   */
  duplicates: Array<SourceDuplicate>;
  /** How many sentences state a figure a data series can check (figures gives them). */
  figureCount: Scalars['Int']['output'];
  /** Sentences that state an arms-supply figure, as typed claim candidates checked against the data; in text order. */
  figures: Array<FigureCandidate>;
  /** How many mentions of known actors the text holds (mentions gives them a page at a time). */
  mentionCount: Scalars['Int']['output'];
  /** Mentions of known actors, in text order; offsets in the stored text, in Unicode code points as citations count. */
  mentions: Array<Mention>;
  /** How many quotations the text holds (quotations gives them a page at a time). */
  quotationCount: Scalars['Int']['output'];
  /** Quotations and who said them, in text order; offsets in the stored text, in code points. */
  quotations: Array<Quotation>;
  /** Paragraphs left out because they repeat an earlier one. */
  repeatedParagraphs: Scalars['Int']['output'];
  /** The text as it would be stored: line endings normalised, each paragraph trimmed, blank lines and a paragraph that repeats an earlier one left out. */
  text: Scalars['String']['output'];
  /** How many unknown names the text holds (unknownNames lists the first of them). */
  unknownNameCount: Scalars['Int']['output'];
  /** Capitalised names that match no actor: candidates for new actors, with their offsets, the name a new actor would take and its kind where the words tell (a lone word opening a sentence, a title alone, a dateline's month and a "-based" compound are left out); the first ones, in text order. */
  unknownNames: Array<UnknownName>;
  /** How many weapon systems the text names (weapons lists the first of them). */
  weaponCount: Scalars['Int']['output'];
  /**
   * Weapon systems the text names, recognised by the designations the arms-transfer data hold (a family of a
   * designation with a number: "Su-30MKI" and "Su-30 MKI" are the register's Su-30 family; a name written as no
   * ordinary word is, or followed by what it is: "BrahMos", "Kuznetsov class"); not proposed as unknown names. The
   * first ones, in text order.
   */
  weapons: Array<WeaponMention>;
};


/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysisFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysisMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromOffset?: InputMaybe<Scalars['Int']['input']>;
};


/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysisQuotationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromOffset?: InputMaybe<Scalars['Int']['input']>;
};


/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysisUnknownNamesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What analyzeSource finds in a text: nothing of it is written. */
export type SourceAnalysisWeaponsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of the page with their cursors. */
  edges: Array<SourceEdge>;
  /** The sources of the page. */
  nodes: Array<Source>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of sources matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stored source that a text repeats. */
export type SourceDuplicate = {
  __typename?: 'SourceDuplicate';
  /** Whether it has the same content hash. */
  exact: Scalars['Boolean']['output'];
  /** 1 for the same content; otherwise the share of the shorter text's word shingles they have in common. */
  similarity: Scalars['Float']['output'];
  /** The stored source. */
  source: Source;
};

/** A source in a page. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor of this source. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** A figure stored with its source, for a person to accept as a typed claim or reject. */
export type SourceFigure = {
  __typename?: 'SourceFigure';
  /** How the data bear on it now, as on the claim it would make; null when the data hold nothing for it. */
  check: Maybe<ClaimCheck>;
  /** The claim it was accepted as; null before, or once that claim is deleted. */
  claim: Maybe<Claim>;
  /** Where it ends (exclusive). */
  endOffset: Scalars['Int']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The recipient. */
  object: Actor;
  /** The figure it states, as FigureCandidate.objectValue; null when none. */
  objectValue: Maybe<Scalars['String']['output']>;
  /** The predicate it states: ARMS_SUPPLY_RISING, ARMS_SUPPLY_FALLING, ARMS_SUPPLY_SHARE or LARGEST_ARMS_SUPPLIER. */
  predicate: Scalars['String']['output'];
  /** When. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who accepted or rejected it. */
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** The source whose text states it. */
  source: Source;
  /** Where it starts in the stored text, in code points. */
  startOffset: Scalars['Int']['output'];
  /** What a person made of it. */
  status: ReviewStatus;
  /** The supplier. */
  subject: Actor;
  /** The sentence. */
  text: Scalars['String']['output'];
  /** The first day of the period it names; null when it names none. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** The last day of the period it names; null when it names none or no end. */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** A page of stored figures. */
export type SourceFigureConnection = {
  __typename?: 'SourceFigureConnection';
  /** The figures of the page with their cursors. */
  edges: Array<SourceFigureEdge>;
  /** The figures of the page. */
  nodes: Array<SourceFigure>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of figures in the list, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stored figure and its cursor. */
export type SourceFigureEdge = {
  __typename?: 'SourceFigureEdge';
  /** Pass as `after` to read the figures that follow. */
  cursor: Scalars['String']['output'];
  /** The figure. */
  node: SourceFigure;
};

/**
 * A saved web page or a PDF read as its import would store it, writing nothing: the explorer's file drop fills its
 * form with it, for the text to be read and saved as any other.
 */
export type SourceFileReading = {
  __typename?: 'SourceFileReading';
  /** Its author, as its metadata name them. */
  author: Maybe<Scalars['String']['output']>;
  /** What the file is: NEWS_ARTICLE for a page with an article's date or type, REPORT for a PDF, else OTHER. */
  kind: SourceKind;
  /** For a PDF, where each page starts in the text (code points); null otherwise. */
  pageStarts: Maybe<Array<Scalars['Int']['output']>>;
  /** When it was published, as its metadata say. */
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** The site or publisher, as its metadata name it. */
  publisher: Maybe<Scalars['String']['output']>;
  /** Its text as it would be stored (the article without navigation and boilerplate; a PDF's text layer). */
  text: Scalars['String']['output'];
  /** Its title (the article's, the document's, or its first line). */
  title: Scalars['String']['output'];
  /** Its canonical URL, for a page that gives one. */
  url: Maybe<Scalars['String']['output']>;
};

/** Filters on the source list; all given filters must hold. */
export type SourceFilter = {
  /** Only sources of these kinds. */
  kind?: InputMaybe<Array<SourceKind>>;
  /** Sources whose text mentions this actor (its name, an alias or its ISO code; rejected mentions left out). */
  mentioning?: InputMaybe<Scalars['String']['input']>;
  /** Sources published on or after this date. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Sources published on or before this date. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Sources whose publisher contains this text, case-insensitively. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Sources whose title contains this text, case-insensitively. */
  title?: InputMaybe<Scalars['String']['input']>;
};

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

/** Words of a stored source's text that name an actor. */
export type SourceMention = {
  __typename?: 'SourceMention';
  /** The actor the words name. */
  actor: Actor;
  /** Where they end (exclusive), in code points. */
  endOffset: Scalars['Int']['output'];
  /** Which of the actor's forms they are. */
  form: MentionForm;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** How it was found. */
  origin: MentionOrigin;
  /** When it was reviewed or added. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed, rejected or added it; null for an anonymous reader or an unreviewed mention. */
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** The words with up to 60 characters of text either side. */
  snippet: Scalars['String']['output'];
  /** The source whose text it is in. */
  source: Source;
  /** Where the words start in the stored text, in code points. */
  startOffset: Scalars['Int']['output'];
  /** What a person made of it. */
  status: MentionStatus;
  /** The words. */
  text: Scalars['String']['output'];
};

/** A page of stored mentions. */
export type SourceMentionConnection = {
  __typename?: 'SourceMentionConnection';
  /** The mentions of the page with their cursors. */
  edges: Array<SourceMentionEdge>;
  /** The mentions of the page. */
  nodes: Array<SourceMention>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of mentions in the list, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stored mention and its cursor. */
export type SourceMentionEdge = {
  __typename?: 'SourceMentionEdge';
  /** Pass as `after` to read the mentions that follow. */
  cursor: Scalars['String']['output'];
  /** The mention. */
  node: SourceMention;
};

/** A quotation stored with its source, for a person to accept as a claim or reject. */
export type SourceQuotation = {
  __typename?: 'SourceQuotation';
  /** The claim it was accepted as; null before, or once that claim is deleted. */
  claim: Maybe<Claim>;
  /** How far the attribution is trusted, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The word that attributes it, if any. */
  cue: Maybe<Scalars['String']['output']>;
  /** Where it ends (exclusive). */
  endOffset: Scalars['Int']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The quote. */
  quote: Scalars['String']['output'];
  /** When. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who accepted or rejected it. */
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** How it was attributed. */
  rule: AttributionRule;
  /** The source whose text it is in. */
  source: Source;
  /** Who said it, as far as the text tells. */
  speaker: Maybe<QuotationSpeaker>;
  /** Where the quote starts in the stored text, in code points. */
  startOffset: Scalars['Int']['output'];
  /** What a person made of it. */
  status: ReviewStatus;
};

/** A page of stored quotations. */
export type SourceQuotationConnection = {
  __typename?: 'SourceQuotationConnection';
  /** The quotations of the page with their cursors. */
  edges: Array<SourceQuotationEdge>;
  /** The quotations of the page. */
  nodes: Array<SourceQuotation>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** Number of quotations in the list, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stored quotation and its cursor. */
export type SourceQuotationEdge = {
  __typename?: 'SourceQuotationEdge';
  /** Pass as `after` to read the quotations that follow. */
  cursor: Scalars['String']['output'];
  /** The quotation. */
  node: SourceQuotation;
};

/** A source named by its natural key. */
export type SourceRefInput = {
  /** The sha256 (hex) of the source's text. */
  contentHash?: InputMaybe<Scalars['String']['input']>;
  /** The source's URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How a cited quote bears on its claim. */
export type Stance =
  /** The quote mentions the claim without taking a side. */
  | 'MENTIONS'
  /** The quote refutes the claim. */
  | 'REFUTES'
  /** The quote supports the claim. */
  | 'SUPPORTS';

/** Live answers over graphql-ws (ws://host:port/graphql); each module adds its own. The change feed also streams as Server-Sent Events at /changes.events. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every change as it commits, from `after` (a reconnecting client passes the last cursor it received and misses
   * nothing) or from now on; on any instance, whichever wrote it.
   */
  changes: Change;
};


/** Live answers over graphql-ws (ws://host:port/graphql); each module adds its own. The change feed also streams as Server-Sent Events at /changes.events. */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entities?: InputMaybe<Array<ChangeEntity>>;
};

/** An actor's arms deliveries of one year, one way. */
export type TimelineArmsDeliveries = {
  __typename?: 'TimelineArmsDeliveries';
  /** Credit line for the data shown. */
  attribution: Scalars['String']['output'];
  /** How many delivery rows. */
  deliveries: Scalars['Int']['output'];
  /** Received or supplied. */
  direction: ArmsDeliveryDirection;
  /** How many suppliers (received) or recipients (supplied). */
  partners: Scalars['Int']['output'];
  /** TIV delivered (millions of SIPRI trend-indicator values), added and rounded to two decimals. */
  tiv: Scalars['Float']['output'];
  /** The delivery year. */
  year: Scalars['Int']['output'];
};

/** One dated item of what concerns an actor, linking to its record. */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** The affiliation (AFFILIATION_START, AFFILIATION_END). */
  affiliation: Maybe<Affiliation>;
  /** The year's deliveries (ARMS_DELIVERIES). */
  armsDeliveries: Maybe<TimelineArmsDeliveries>;
  /** The claim (CLAIM). */
  claim: Maybe<Claim>;
  /** Opaque cursor of this item; pass it as `after` to read on from it. */
  cursor: Scalars['String']['output'];
  /** The date, as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** The event (EVENT). */
  event: Maybe<Event>;
  /** What the item is. */
  kind: TimelineKind;
  /** The merge (MERGE). */
  merge: Maybe<MergedActor>;
  /** How precise the date is. */
  precision: DatePrecision;
  /** The actor's roles in the event, comma-separated (EVENT). */
  role: Maybe<Scalars['String']['output']>;
  /** The source (SOURCE). */
  source: Maybe<Source>;
  /** A line saying what it is: the event's title, member, role and organisation, the claim's statement, the source's title, the year's deliveries, the merged actor's name. */
  title: Scalars['String']['output'];
};

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

/** A page of an actor's timeline. */
export type TimelinePage = {
  __typename?: 'TimelinePage';
  /** The actor the timeline is of (the survivor, for a merged actor's name). */
  actor: Actor;
  /** The items in date order: by first day, a coarser date before a finer one on the same day (2014 before 2014-01-01), then by kind and record (all of it reversed with newestFirst). */
  items: Array<TimelineItem>;
  /** Whether more items follow, and the cursor to read them. */
  pageInfo: PageInfo;
};

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

/**
 * A capitalised name no actor carries: the words as written, and what "Create actor" would propose for them: the name
 * without a person's title ("Sergei Lavrov" of "Foreign Minister Sergei Lavrov"), a kind where the words tell, and
 * the title as a hint for an affiliation.
 */
export type UnknownName = {
  __typename?: 'UnknownName';
  /** Where they end (exclusive), in code points. */
  endOffset: Scalars['Int']['output'];
  /** PERSON for a titled name, ORGANISATION for an institution's ("... Institute", "... Ministry", "... Service for ..."); null when the words do not tell. */
  kind: Maybe<ActorKind>;
  /** The name a new actor would take: the words less a person's title. */
  name: Scalars['String']['output'];
  /** The title before a person's name ("Foreign Minister"): a hint for an affiliation. */
  role: Maybe<Scalars['String']['output']>;
  /** Where they start, in code points. */
  startOffset: Scalars['Int']['output'];
  /** The words as the text writes them. */
  text: Scalars['String']['output'];
};

/** Changes to an actor; omitted fields stay as they are, null clears an optional field. */
export type UpdateActorInput = {
  /** Replaces all aliases. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces all demonyms. */
  demonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New ISO 3166-1 alpha-3 code. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<ActorKind>;
  /** New canonical name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New Wikidata item id. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an affiliation; omitted fields stay as they are. */
export type UpdateAffiliationInput = {
  /** New last day; null while it lasts. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** New role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** New first day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to an arms-transfer row; omitted fields stay as they are. */
export type UpdateArmsTransferInput = {
  /** New category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** New delivery year. */
  deliveryYear?: InputMaybe<Scalars['Int']['input']>;
  /** New delivery-year estimate flag. */
  deliveryYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New designation. */
  designation?: InputMaybe<Scalars['String']['input']>;
  /** New local-production flag. */
  localProduction?: InputMaybe<Scalars['Boolean']['input']>;
  /** New number delivered. */
  numberDelivered?: InputMaybe<Scalars['Int']['input']>;
  /** New number-delivered estimate flag. */
  numberDeliveredEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** New order year. */
  orderYear?: InputMaybe<Scalars['Int']['input']>;
  /** New order-year estimate flag. */
  orderYearEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** New recipient id. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
  /** New status. */
  status?: InputMaybe<TransferStatus>;
  /** New supplier id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** New TIV delivered. */
  tivDelivered?: InputMaybe<Scalars['Float']['input']>;
  /** New TIV per unit. */
  tivPerUnit?: InputMaybe<Scalars['Float']['input']>;
};

/** Changes to a claim; omitted fields stay as they are; lists replace the old lists. */
export type UpdateClaimInput = {
  /** Replaces the actors it is about. */
  about?: InputMaybe<Array<ClaimActorInput>>;
  /** New asserting actor. */
  asserterId?: InputMaybe<Scalars['ID']['input']>;
  /** New asserting source. */
  asserterSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** New confidence. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** New event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** New object actor. */
  objectActorId?: InputMaybe<Scalars['ID']['input']>;
  /** New object value. */
  objectValue?: InputMaybe<Scalars['String']['input']>;
  /** New predicate. */
  predicate?: InputMaybe<Scalars['String']['input']>;
  /** New statement. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** New subject. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** New first day. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New last day. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to an event; omitted fields stay as they are. */
export type UpdateEventInput = {
  /** New CAMEO code. */
  cameoCode?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end date; null clears it. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** New end precision. */
  endPrecision?: InputMaybe<DatePrecision>;
  /** New location. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Replaces all participants. */
  participants?: InputMaybe<Array<EventParticipantInput>>;
  /** New start date. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** New start precision. */
  startPrecision?: InputMaybe<DatePrecision>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a source; omitted fields stay as they are. Changing the text moves no citation: offsets must still match. */
export type UpdateSourceInput = {
  /** New author. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** New edition of a dataset. */
  edition?: InputMaybe<Scalars['Date']['input']>;
  /** New kind. */
  kind?: InputMaybe<SourceKind>;
  /** Where each page of the new text starts in its stored form (code points; the first at 0); a new text without them has no pages. Only with a text. */
  pageStarts?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New publication date. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** New publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** New reliability grade. */
  reliability?: InputMaybe<ReliabilityGrade>;
  /** New text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where one value comes from: a source, the quote in it, and when an import or an editor first and last confirmed it. */
export type ValueSource = {
  __typename?: 'ValueSource';
  /** Offset just past the quote. */
  endOffset: Maybe<Scalars['Int']['output']>;
  /** The value of the record the source speaks to (startDate, location, participants, isoCode, ...); null for the whole record. */
  field: Maybe<Scalars['String']['output']>;
  /** When the value was first cited to this source. */
  firstSeen: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When the value was last confirmed by this source. */
  lastSeen: Scalars['DateTime']['output'];
  /** The exact quote in the source's text, if any. */
  quote: Maybe<Scalars['String']['output']>;
  /** The source. */
  source: Source;
  /** Offset of the quote in the source's text, in Unicode code points. */
  startOffset: Maybe<Scalars['Int']['output']>;
};

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

/** Words of a text that name a weapon system the arms-transfer data hold. */
export type WeaponMention = {
  __typename?: 'WeaponMention';
  /** The designations of that family in the arms-transfer data ("Su-30K", "Su-30MK"). */
  designations: Array<Scalars['String']['output']>;
  /** Where they end (exclusive), in code points. */
  endOffset: Scalars['Int']['output'];
  /** The family the words name ("Su-30"). */
  family: Scalars['String']['output'];
  /** Where they start, in code points. */
  startOffset: Scalars['Int']['output'];
  /** The words as the text writes them, a variant written apart included ("Su-30 MKI", "S-400 Triumf"). */
  text: Scalars['String']['output'];
  /** How many arms-transfer rows carry one of those designations. */
  transferCount: Scalars['Int']['output'];
  /** The arms transfers that carry one of those designations, newest delivery first. */
  transfers: Array<ArmsTransfer>;
};


/** Words of a text that name a weapon system the arms-transfer data hold. */
export type WeaponMentionTransfersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptFigureInput: AcceptFigureInput;
  AcceptQuotationInput: AcceptQuotationInput;
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorCandidate: ResolverTypeWrapper<ActorCandidateModel>;
  ActorConnection: ResolverTypeWrapper<Page<ActorModel>>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorEvent: ResolverTypeWrapper<ActorEventModel>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  ActorMatchInput: ActorMatchInput;
  ActorMatchResult: ResolverTypeWrapper<ActorMatchResultModel>;
  ActorMerge: ResolverTypeWrapper<ActorMergeModel>;
  ActorPath: ResolverTypeWrapper<ActorPathModel>;
  ActorSource: ResolverTypeWrapper<ActorSourceModel>;
  AddMentionInput: AddMentionInput;
  Affiliation: ResolverTypeWrapper<AffiliationModel>;
  Alias: ResolverTypeWrapper<ActorAliasModel>;
  AliasKind: AliasKind;
  ArmsDeliveryDirection: ArmsDeliveryDirection;
  ArmsSupplyPeriod: ResolverTypeWrapper<ArmsSupplyPeriodModel>;
  ArmsSupplyTrend: ResolverTypeWrapper<ArmsSupplyTrendModel>;
  ArmsTradePartner: ResolverTypeWrapper<ArmsTradePartnerModel>;
  ArmsTradeRanking: ResolverTypeWrapper<ArmsTradeRankingModel>;
  ArmsTradeSide: ArmsTradeSide;
  ArmsTransfer: ResolverTypeWrapper<ArmsTransferModel>;
  ArmsTransferConnection: ResolverTypeWrapper<Page<ArmsTransferModel>>;
  ArmsTransferEdge: ResolverTypeWrapper<Omit<ArmsTransferEdge, 'node'> & { node: ResolversTypes['ArmsTransfer'] }>;
  ArmsTransferFilter: ArmsTransferFilter;
  ArmsTransferOrder: ArmsTransferOrder;
  AttributionRule: AttributionRule;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BundleActorInput: BundleActorInput;
  BundleAffiliationInput: BundleAffiliationInput;
  BundleAliasRankInput: BundleAliasRankInput;
  BundleArmsTransferInput: BundleArmsTransferInput;
  BundleCitationInput: BundleCitationInput;
  BundleClaimActorInput: BundleClaimActorInput;
  BundleClaimInput: BundleClaimInput;
  BundleEventInput: BundleEventInput;
  BundleFactCheckInput: BundleFactCheckInput;
  BundleMentionInput: BundleMentionInput;
  BundleParticipantInput: BundleParticipantInput;
  BundleSourceInput: BundleSourceInput;
  BundleValueSourceInput: BundleValueSourceInput;
  CacheControlScope: CacheControlScope;
  CameoCode: ResolverTypeWrapper<CameoCodeModel>;
  CategoryTiv: ResolverTypeWrapper<CategoryTiv>;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeEntity: ChangeEntity;
  ChangeOperation: ChangeOperation;
  ChangePage: ResolverTypeWrapper<ChangePageModel>;
  ChangedRecord: ResolverTypeWrapper<ChangedRecordModel>;
  CheckClaimInput: CheckClaimInput;
  Citation: ResolverTypeWrapper<CitationModel>;
  CitationInput: CitationInput;
  CiteValueInput: CiteValueInput;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimActor: ResolverTypeWrapper<ClaimActorModel>;
  ClaimActorInput: ClaimActorInput;
  ClaimActorRole: ClaimActorRole;
  ClaimCheck: ResolverTypeWrapper<ClaimCheckModel>;
  ClaimConnection: ResolverTypeWrapper<Page<ClaimModel>>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimVerdict: ClaimVerdict;
  Counterpart: ResolverTypeWrapper<CounterpartModel>;
  CreateActorInput: CreateActorInput;
  CreateAffiliationInput: CreateAffiliationInput;
  CreateArmsTransferInput: CreateArmsTransferInput;
  CreateClaimInput: CreateClaimInput;
  CreateEventInput: CreateEventInput;
  CreateSourceInput: CreateSourceInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Page<EventModel>>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventParticipant: ResolverTypeWrapper<EventParticipantModel>;
  EventParticipantInput: EventParticipantInput;
  EventRefInput: EventRefInput;
  FactCheck: ResolverTypeWrapper<FactCheckModel>;
  FigureCandidate: ResolverTypeWrapper<FigureCandidateModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportBundleInput: ImportBundleInput;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportFileFormat: ImportFileFormat;
  ImportMode: ImportMode;
  ImportRecordError: ResolverTypeWrapper<RecordErrorModel>;
  ImportResult: ResolverTypeWrapper<ImportResultModel>;
  ImportWarning: ResolverTypeWrapper<ImportWarningModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MatchFeature: ResolverTypeWrapper<MatchFeature>;
  MatchFeatureCode: MatchFeatureCode;
  Mention: ResolverTypeWrapper<MentionModel>;
  MentionForm: MentionForm;
  MentionOrigin: MentionOrigin;
  MentionReview: MentionReview;
  MentionStatus: MentionStatus;
  MergeMoveCount: ResolverTypeWrapper<MergeMoveCount>;
  MergedActor: ResolverTypeWrapper<MergedActorModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantRole: ParticipantRole;
  PathArmsTrade: ResolverTypeWrapper<PathArmsTradeModel>;
  PathRelation: PathRelation;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  PeriodAlignment: PeriodAlignment;
  Predicate: ResolverTypeWrapper<PredicateModel>;
  PredicateValueType: PredicateValueType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quotation: ResolverTypeWrapper<QuotationModel>;
  QuotationSpeaker: ResolverTypeWrapper<SpeakerModel>;
  Rank: Rank;
  RecordVersion: ResolverTypeWrapper<RecordVersionModel>;
  ReliabilityGrade: ReliabilityGrade;
  ReviewStatus: ReviewStatus;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchKind: SearchKind;
  SeriesPeriod: ResolverTypeWrapper<SeriesPeriodModel>;
  SnippetPart: ResolverTypeWrapper<SnippetPart>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceAnalysis: ResolverTypeWrapper<SourceAnalysisModel>;
  SourceConnection: ResolverTypeWrapper<Page<SourceModel>>;
  SourceDuplicate: ResolverTypeWrapper<Omit<SourceDuplicate, 'source'> & { source: ResolversTypes['Source'] }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFigure: ResolverTypeWrapper<SourceFigureModel>;
  SourceFigureConnection: ResolverTypeWrapper<Page<SourceFigureModel>>;
  SourceFigureEdge: ResolverTypeWrapper<Omit<SourceFigureEdge, 'node'> & { node: ResolversTypes['SourceFigure'] }>;
  SourceFileReading: ResolverTypeWrapper<SourceFileReadingModel>;
  SourceFilter: SourceFilter;
  SourceKind: SourceKind;
  SourceMention: ResolverTypeWrapper<SourceMentionModel>;
  SourceMentionConnection: ResolverTypeWrapper<Page<SourceMentionModel>>;
  SourceMentionEdge: ResolverTypeWrapper<Omit<SourceMentionEdge, 'node'> & { node: ResolversTypes['SourceMention'] }>;
  SourceQuotation: ResolverTypeWrapper<SourceQuotationModel>;
  SourceQuotationConnection: ResolverTypeWrapper<Page<SourceQuotationModel>>;
  SourceQuotationEdge: ResolverTypeWrapper<Omit<SourceQuotationEdge, 'node'> & { node: ResolversTypes['SourceQuotation'] }>;
  SourceRefInput: SourceRefInput;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineArmsDeliveries: ResolverTypeWrapper<TimelineArmsDeliveriesModel>;
  TimelineItem: ResolverTypeWrapper<TimelineItemModel>;
  TimelineKind: TimelineKind;
  TimelinePage: ResolverTypeWrapper<TimelinePageModel>;
  TransferStatus: TransferStatus;
  TrendDirection: TrendDirection;
  UnknownName: ResolverTypeWrapper<UnknownName>;
  UpdateActorInput: UpdateActorInput;
  UpdateAffiliationInput: UpdateAffiliationInput;
  UpdateArmsTransferInput: UpdateArmsTransferInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateEventInput: UpdateEventInput;
  UpdateSourceInput: UpdateSourceInput;
  ValueSource: ResolverTypeWrapper<ValueSourceModel>;
  VersionOperation: VersionOperation;
  VersionedEntity: VersionedEntity;
  WeaponMention: ResolverTypeWrapper<WeaponMentionModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptFigureInput: AcceptFigureInput;
  AcceptQuotationInput: AcceptQuotationInput;
  Actor: ActorModel;
  ActorCandidate: ActorCandidateModel;
  ActorConnection: Page<ActorModel>;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorEvent: ActorEventModel;
  ActorFilter: ActorFilter;
  ActorMatchInput: ActorMatchInput;
  ActorMatchResult: ActorMatchResultModel;
  ActorMerge: ActorMergeModel;
  ActorPath: ActorPathModel;
  ActorSource: ActorSourceModel;
  AddMentionInput: AddMentionInput;
  Affiliation: AffiliationModel;
  Alias: ActorAliasModel;
  ArmsSupplyPeriod: ArmsSupplyPeriodModel;
  ArmsSupplyTrend: ArmsSupplyTrendModel;
  ArmsTradePartner: ArmsTradePartnerModel;
  ArmsTradeRanking: ArmsTradeRankingModel;
  ArmsTransfer: ArmsTransferModel;
  ArmsTransferConnection: Page<ArmsTransferModel>;
  ArmsTransferEdge: Omit<ArmsTransferEdge, 'node'> & { node: ResolversParentTypes['ArmsTransfer'] };
  ArmsTransferFilter: ArmsTransferFilter;
  Boolean: Scalars['Boolean']['output'];
  BundleActorInput: BundleActorInput;
  BundleAffiliationInput: BundleAffiliationInput;
  BundleAliasRankInput: BundleAliasRankInput;
  BundleArmsTransferInput: BundleArmsTransferInput;
  BundleCitationInput: BundleCitationInput;
  BundleClaimActorInput: BundleClaimActorInput;
  BundleClaimInput: BundleClaimInput;
  BundleEventInput: BundleEventInput;
  BundleFactCheckInput: BundleFactCheckInput;
  BundleMentionInput: BundleMentionInput;
  BundleParticipantInput: BundleParticipantInput;
  BundleSourceInput: BundleSourceInput;
  BundleValueSourceInput: BundleValueSourceInput;
  CameoCode: CameoCodeModel;
  CategoryTiv: CategoryTiv;
  Change: ChangeModel;
  ChangePage: ChangePageModel;
  ChangedRecord: ChangedRecordModel;
  CheckClaimInput: CheckClaimInput;
  Citation: CitationModel;
  CitationInput: CitationInput;
  CiteValueInput: CiteValueInput;
  Claim: ClaimModel;
  ClaimActor: ClaimActorModel;
  ClaimActorInput: ClaimActorInput;
  ClaimCheck: ClaimCheckModel;
  ClaimConnection: Page<ClaimModel>;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  Counterpart: CounterpartModel;
  CreateActorInput: CreateActorInput;
  CreateAffiliationInput: CreateAffiliationInput;
  CreateArmsTransferInput: CreateArmsTransferInput;
  CreateClaimInput: CreateClaimInput;
  CreateEventInput: CreateEventInput;
  CreateSourceInput: CreateSourceInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  Event: EventModel;
  EventConnection: Page<EventModel>;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventParticipant: EventParticipantModel;
  EventParticipantInput: EventParticipantInput;
  EventRefInput: EventRefInput;
  FactCheck: FactCheckModel;
  FigureCandidate: FigureCandidateModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportBundleInput: ImportBundleInput;
  ImportCounts: ImportCounts;
  ImportRecordError: RecordErrorModel;
  ImportResult: ImportResultModel;
  ImportWarning: ImportWarningModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MatchFeature: MatchFeature;
  Mention: MentionModel;
  MergeMoveCount: MergeMoveCount;
  MergedActor: MergedActorModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PathArmsTrade: PathArmsTradeModel;
  PathStep: PathStepModel;
  Predicate: PredicateModel;
  Query: Record<PropertyKey, never>;
  Quotation: QuotationModel;
  QuotationSpeaker: SpeakerModel;
  RecordVersion: RecordVersionModel;
  SearchHit: SearchHitModel;
  SeriesPeriod: SeriesPeriodModel;
  SnippetPart: SnippetPart;
  Source: SourceModel;
  SourceAnalysis: SourceAnalysisModel;
  SourceConnection: Page<SourceModel>;
  SourceDuplicate: Omit<SourceDuplicate, 'source'> & { source: ResolversParentTypes['Source'] };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFigure: SourceFigureModel;
  SourceFigureConnection: Page<SourceFigureModel>;
  SourceFigureEdge: Omit<SourceFigureEdge, 'node'> & { node: ResolversParentTypes['SourceFigure'] };
  SourceFileReading: SourceFileReadingModel;
  SourceFilter: SourceFilter;
  SourceMention: SourceMentionModel;
  SourceMentionConnection: Page<SourceMentionModel>;
  SourceMentionEdge: Omit<SourceMentionEdge, 'node'> & { node: ResolversParentTypes['SourceMention'] };
  SourceQuotation: SourceQuotationModel;
  SourceQuotationConnection: Page<SourceQuotationModel>;
  SourceQuotationEdge: Omit<SourceQuotationEdge, 'node'> & { node: ResolversParentTypes['SourceQuotation'] };
  SourceRefInput: SourceRefInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimelineArmsDeliveries: TimelineArmsDeliveriesModel;
  TimelineItem: TimelineItemModel;
  TimelinePage: TimelinePageModel;
  UnknownName: UnknownName;
  UpdateActorInput: UpdateActorInput;
  UpdateAffiliationInput: UpdateAffiliationInput;
  UpdateArmsTransferInput: UpdateArmsTransferInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateEventInput: UpdateEventInput;
  UpdateSourceInput: UpdateSourceInput;
  ValueSource: ValueSourceModel;
  WeaponMention: WeaponMentionModel;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  itemsOf?: Maybe<Scalars['String']['input']>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<ActorAffiliationsArgs, 'includeDeprecated'>>;
  aliasRecords?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType, RequireFields<ActorAliasRecordsArgs, 'includeDeprecated'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ActorClaimsAboutArgs, 'first'>>;
  claimsBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ActorClaimsByArgs, 'first'>>;
  counterparts?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType, RequireFields<ActorCounterpartsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  demonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ActorEvent']>, ParentType, ContextType, RequireFields<ActorEventsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<ActorMembersArgs, 'includeDeprecated'>>;
  mentions?: Resolver<ResolversTypes['SourceMentionConnection'], ParentType, ContextType, RequireFields<ActorMentionsArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  merges?: Resolver<Array<ResolversTypes['MergedActor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['ValueSource']>, ParentType, ContextType>;
  redirectedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ActorSource']>, ParentType, ContextType, RequireFields<ActorSourcesArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorCandidate'] = ResolversParentTypes['ActorCandidate']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['MatchFeature']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorEvent'] = ResolversParentTypes['ActorEvent']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
};

export type ActorMatchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorMatchResult'] = ResolversParentTypes['ActorMatchResult']> = {
  candidates?: Resolver<Array<ResolversTypes['ActorCandidate']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActorMergeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorMerge'] = ResolversParentTypes['ActorMerge']> = {
  canonical?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['MergedActor']>, ParentType, ContextType>;
};

export type ActorPathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorPath'] = ResolversParentTypes['ActorPath']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type ActorSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorSource'] = ResolversParentTypes['ActorSource']> = {
  armsTransfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['ValueSource']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Rank'], ParentType, ContextType>;
  rankReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AliasResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AliasKind'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['ValueSource']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Rank'], ParentType, ContextType>;
  rankReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArmsSupplyPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsSupplyPeriod'] = ResolversParentTypes['ArmsSupplyPeriod']> = {
  byCategory?: Resolver<Array<ResolversTypes['CategoryTiv']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipientTotalTiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tivPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valuePerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArmsSupplyTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsSupplyTrend'] = ResolversParentTypes['ArmsSupplyTrend']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TrendDirection'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['ArmsSupplyPeriod']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  recipientTotalTiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slope?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  totalTiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ArmsTradePartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsTradePartner'] = ResolversParentTypes['ArmsTradePartner']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ArmsTradeRankingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsTradeRanking'] = ResolversParentTypes['ArmsTradeRanking']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['ArmsTradePartner']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['ArmsTradeSide'], ParentType, ContextType>;
  toYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalTiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ArmsTransferResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsTransfer'] = ResolversParentTypes['ArmsTransfer']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dealId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryYearEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  designation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  localProduction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  numberDelivered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberDeliveredEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderYearEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  tivDelivered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tivPerUnit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArmsTransferConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsTransferConnection'] = ResolversParentTypes['ArmsTransferConnection']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ArmsTransferEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ArmsTransfer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArmsTransferEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmsTransferEdge'] = ResolversParentTypes['ArmsTransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArmsTransfer'], ParentType, ContextType>;
};

export type CameoCodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CameoCode'] = ResolversParentTypes['CameoCode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['CameoCode']>, ParentType, ContextType>;
};

export type CategoryTivResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryTiv'] = ResolversParentTypes['CategoryTiv']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ChangeEntity'], ParentType, ContextType>;
  fields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['ChangedRecord']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  horizon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangedRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangedRecord'] = ResolversParentTypes['ChangedRecord']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Affiliation' | 'ArmsTransfer' | 'Claim' | 'Event' | 'Source', ParentType, ContextType>;
};

export type CitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  endOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  startOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['ClaimActor']>, ParentType, ContextType>;
  asserter?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  asserterSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  check?: Resolver<Maybe<ResolversTypes['ClaimCheck']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  factChecks?: Resolver<Array<ResolversTypes['FactCheck']>, ParentType, ContextType>;
  freeTextPredicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectActor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  objectValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicateDefinition?: Resolver<Maybe<ResolversTypes['Predicate']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Rank'], ParentType, ContextType>;
  rankReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimActor'] = ResolversParentTypes['ClaimActor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClaimActorRole'], ParentType, ContextType>;
};

export type ClaimCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimCheck'] = ResolversParentTypes['ClaimCheck']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['SeriesPeriod']>, ParentType, ContextType>;
  series?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ClaimVerdict'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CounterpartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Counterpart'] = ResolversParentTypes['Counterpart']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedArmsDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['EventParticipant']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['ValueSource']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startPrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CameoCode'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventParticipantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventParticipant'] = ResolversParentTypes['EventParticipant']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
};

export type FactCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactCheck'] = ResolversParentTypes['FactCheck']> = {
  bestRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ratingExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratingValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewerUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worstRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FigureCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigureCandidate'] = ResolversParentTypes['FigureCandidate']> = {
  check?: Resolver<Maybe<ResolversTypes['ClaimCheck']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  objectValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRecordErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRecordError'] = ResolversParentTypes['ImportRecordError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  actors?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  affiliations?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  armsTransfers?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRecordError']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ImportMode'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  candidate?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['MatchFeature']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchFeatureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatchFeature'] = ResolversParentTypes['MatchFeature']> = {
  code?: Resolver<ResolversTypes['MatchFeatureCode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  alternatives?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MentionForm'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeMoveCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeMoveCount'] = ResolversParentTypes['MergeMoveCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergedActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergedActor'] = ResolversParentTypes['MergedActor']> = {
  canonical?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  combined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  moved?: Resolver<Array<ResolversTypes['MergeMoveCount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptFigure?: Resolver<ResolversTypes['SourceFigure'], ParentType, ContextType, RequireFields<MutationAcceptFigureArgs, 'input'>>;
  acceptQuotation?: Resolver<ResolversTypes['SourceQuotation'], ParentType, ContextType, RequireFields<MutationAcceptQuotationArgs, 'input'>>;
  addMention?: Resolver<ResolversTypes['SourceMention'], ParentType, ContextType, RequireFields<MutationAddMentionArgs, 'input'>>;
  citeValue?: Resolver<ResolversTypes['ValueSource'], ParentType, ContextType, RequireFields<MutationCiteValueArgs, 'input'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createAffiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType, RequireFields<MutationCreateAffiliationArgs, 'input'>>;
  createArmsTransfer?: Resolver<ResolversTypes['ArmsTransfer'], ParentType, ContextType, RequireFields<MutationCreateArmsTransferArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  deleteActor?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id'>>;
  deleteAffiliation?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteAffiliationArgs, 'id'>>;
  deleteArmsTransfer?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteArmsTransferArgs, 'id'>>;
  deleteClaim?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'id'>>;
  deleteEvent?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteEventArgs, 'id'>>;
  deleteSource?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
  deprecateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationDeprecateClaimArgs, 'id' | 'reason'>>;
  importBundle?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportBundleArgs, 'dryRun' | 'input' | 'mode'>>;
  importFile?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportFileArgs, 'dryRun' | 'format' | 'languages' | 'mode' | 'text'>>;
  mergeActors?: Resolver<ResolversTypes['ActorMerge'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'canonical' | 'duplicates'>>;
  rankAffiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType, RequireFields<MutationRankAffiliationArgs, 'id' | 'rank'>>;
  rankAlias?: Resolver<ResolversTypes['Alias'], ParentType, ContextType, RequireFields<MutationRankAliasArgs, 'id' | 'rank'>>;
  rankClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRankClaimArgs, 'id' | 'rank'>>;
  rejectFigure?: Resolver<ResolversTypes['SourceFigure'], ParentType, ContextType, RequireFields<MutationRejectFigureArgs, 'id'>>;
  rejectQuotation?: Resolver<ResolversTypes['SourceQuotation'], ParentType, ContextType, RequireFields<MutationRejectQuotationArgs, 'id'>>;
  restoreRecord?: Resolver<ResolversTypes['ChangedRecord'], ParentType, ContextType, RequireFields<MutationRestoreRecordArgs, 'entity' | 'id'>>;
  reviewMention?: Resolver<ResolversTypes['SourceMention'], ParentType, ContextType, RequireFields<MutationReviewMentionArgs, 'id' | 'status'>>;
  unmergeActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUnmergeActorArgs, 'merged'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
  updateAffiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType, RequireFields<MutationUpdateAffiliationArgs, 'id' | 'input'>>;
  updateArmsTransfer?: Resolver<ResolversTypes['ArmsTransfer'], ParentType, ContextType, RequireFields<MutationUpdateArmsTransferArgs, 'id' | 'input'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
  updateSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathArmsTradeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathArmsTrade'] = ResolversParentTypes['PathArmsTrade']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  tiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  armsTrade?: Resolver<Maybe<ResolversTypes['PathArmsTrade']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  forward?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['PathRelation'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type PredicateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Predicate'] = ResolversParentTypes['Predicate']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['PredicateValueType'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorArgs>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  affiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<QueryAffiliationArgs, 'id'>>;
  analyzeSource?: Resolver<ResolversTypes['SourceAnalysis'], ParentType, ContextType, RequireFields<QueryAnalyzeSourceArgs, 'text'>>;
  armsSupplyTrend?: Resolver<ResolversTypes['ArmsSupplyTrend'], ParentType, ContextType, RequireFields<QueryArmsSupplyTrendArgs, 'periodAlignment' | 'periodYears' | 'recipient' | 'supplier'>>;
  armsTransfer?: Resolver<Maybe<ResolversTypes['ArmsTransfer']>, ParentType, ContextType, RequireFields<QueryArmsTransferArgs, 'id'>>;
  armsTransfers?: Resolver<ResolversTypes['ArmsTransferConnection'], ParentType, ContextType, RequireFields<QueryArmsTransfersArgs, 'orderBy'>>;
  cameoCode?: Resolver<Maybe<ResolversTypes['CameoCode']>, ParentType, ContextType, RequireFields<QueryCameoCodeArgs, 'code'>>;
  cameoCodes?: Resolver<Array<ResolversTypes['CameoCode']>, ParentType, ContextType, Partial<QueryCameoCodesArgs>>;
  changes?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  checkClaim?: Resolver<Maybe<ResolversTypes['ClaimCheck']>, ParentType, ContextType, RequireFields<QueryCheckClaimArgs, 'input'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  matchActors?: Resolver<Array<ResolversTypes['ActorMatchResult']>, ParentType, ContextType, RequireFields<QueryMatchActorsArgs, 'first' | 'queries' | 'threshold'>>;
  paths?: Resolver<Array<ResolversTypes['ActorPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'includeHubs' | 'maxHops' | 'to'>>;
  predicates?: Resolver<Array<ResolversTypes['Predicate']>, ParentType, ContextType>;
  readSourceFile?: Resolver<ResolversTypes['SourceFileReading'], ParentType, ContextType, RequireFields<QueryReadSourceFileArgs, 'format' | 'text'>>;
  recentChanges?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryRecentChangesArgs, 'first'>>;
  recordHistory?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType, RequireFields<QueryRecordHistoryArgs, 'entity' | 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
  timeline?: Resolver<ResolversTypes['TimelinePage'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'actor' | 'newestFirst'>>;
  topArmsRecipients?: Resolver<ResolversTypes['ArmsTradeRanking'], ParentType, ContextType, RequireFields<QueryTopArmsRecipientsArgs, 'first' | 'supplier'>>;
  topArmsSuppliers?: Resolver<ResolversTypes['ArmsTradeRanking'], ParentType, ContextType, RequireFields<QueryTopArmsSuppliersArgs, 'first' | 'recipient'>>;
};

export type QuotationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Quotation'] = ResolversParentTypes['Quotation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['QuotationSpeaker']>, ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuotationSpeakerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuotationSpeaker'] = ResolversParentTypes['QuotationSpeaker']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['VersionOperation'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippetParts?: Resolver<Array<ResolversTypes['SnippetPart']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type SeriesPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesPeriod'] = ResolversParentTypes['SeriesPeriod']> = {
  __resolveType: TypeResolveFn<'ArmsSupplyPeriod', ParentType, ContextType>;
};

export type SnippetPartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SnippetPart'] = ResolversParentTypes['SnippetPart']> = {
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['SourceFigureConnection'], ParentType, ContextType, RequireFields<SourceFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['SourceMentionConnection'], ParentType, ContextType, RequireFields<SourceMentionsArgs, 'first'>>;
  originalLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageStarts?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotations?: Resolver<ResolversTypes['SourceQuotationConnection'], ParentType, ContextType, RequireFields<SourceQuotationsArgs, 'first'>>;
  reliability?: Resolver<Maybe<ResolversTypes['ReliabilityGrade']>, ParentType, ContextType>;
  repeatedParagraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SourceTextArgs, 'length' | 'offset'>>;
  textLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weaponCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weapons?: Resolver<Array<ResolversTypes['WeaponMention']>, ParentType, ContextType, RequireFields<SourceWeaponsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceAnalysisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceAnalysis'] = ResolversParentTypes['SourceAnalysis']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['SourceDuplicate']>, ParentType, ContextType>;
  figureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureCandidate']>, ParentType, ContextType, RequireFields<SourceAnalysisFiguresArgs, 'first'>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<SourceAnalysisMentionsArgs, 'first' | 'fromOffset'>>;
  quotationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotations?: Resolver<Array<ResolversTypes['Quotation']>, ParentType, ContextType, RequireFields<SourceAnalysisQuotationsArgs, 'first' | 'fromOffset'>>;
  repeatedParagraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unknownNameCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownNames?: Resolver<Array<ResolversTypes['UnknownName']>, ParentType, ContextType, RequireFields<SourceAnalysisUnknownNamesArgs, 'first'>>;
  weaponCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weapons?: Resolver<Array<ResolversTypes['WeaponMention']>, ParentType, ContextType, RequireFields<SourceAnalysisWeaponsArgs, 'first'>>;
};

export type SourceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceDuplicateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceDuplicate'] = ResolversParentTypes['SourceDuplicate']> = {
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFigure'] = ResolversParentTypes['SourceFigure']> = {
  check?: Resolver<Maybe<ResolversTypes['ClaimCheck']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  objectValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SourceFigureConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFigureConnection'] = ResolversParentTypes['SourceFigureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceFigureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SourceFigure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceFigureEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFigureEdge'] = ResolversParentTypes['SourceFigureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceFigure'], ParentType, ContextType>;
};

export type SourceFileReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFileReading'] = ResolversParentTypes['SourceFileReading']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  pageStarts?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceMentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceMention'] = ResolversParentTypes['SourceMention']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MentionForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['MentionOrigin'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentionStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceMentionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceMentionConnection'] = ResolversParentTypes['SourceMentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceMentionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceMentionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceMentionEdge'] = ResolversParentTypes['SourceMentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceMention'], ParentType, ContextType>;
};

export type SourceQuotationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceQuotation'] = ResolversParentTypes['SourceQuotation']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['QuotationSpeaker']>, ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
};

export type SourceQuotationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceQuotationConnection'] = ResolversParentTypes['SourceQuotationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceQuotationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SourceQuotation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceQuotationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceQuotationEdge'] = ResolversParentTypes['SourceQuotationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceQuotation'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['Change'], "changes", ParentType, ContextType, Partial<SubscriptionChangesArgs>>;
};

export type TimelineArmsDeliveriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineArmsDeliveries'] = ResolversParentTypes['TimelineArmsDeliveries']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ArmsDeliveryDirection'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  armsDeliveries?: Resolver<Maybe<ResolversTypes['TimelineArmsDeliveries']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  merge?: Resolver<Maybe<ResolversTypes['MergedActor']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelinePageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelinePage'] = ResolversParentTypes['TimelinePage']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UnknownNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnknownName'] = ResolversParentTypes['UnknownName']> = {
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValueSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValueSource'] = ResolversParentTypes['ValueSource']> = {
  endOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  startOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WeaponMentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WeaponMention'] = ResolversParentTypes['WeaponMention']> = {
  designations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['ArmsTransfer']>, ParentType, ContextType, RequireFields<WeaponMentionTransfersArgs, 'first'>>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorCandidate?: ActorCandidateResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorEvent?: ActorEventResolvers<ContextType>;
  ActorMatchResult?: ActorMatchResultResolvers<ContextType>;
  ActorMerge?: ActorMergeResolvers<ContextType>;
  ActorPath?: ActorPathResolvers<ContextType>;
  ActorSource?: ActorSourceResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  ArmsSupplyPeriod?: ArmsSupplyPeriodResolvers<ContextType>;
  ArmsSupplyTrend?: ArmsSupplyTrendResolvers<ContextType>;
  ArmsTradePartner?: ArmsTradePartnerResolvers<ContextType>;
  ArmsTradeRanking?: ArmsTradeRankingResolvers<ContextType>;
  ArmsTransfer?: ArmsTransferResolvers<ContextType>;
  ArmsTransferConnection?: ArmsTransferConnectionResolvers<ContextType>;
  ArmsTransferEdge?: ArmsTransferEdgeResolvers<ContextType>;
  CameoCode?: CameoCodeResolvers<ContextType>;
  CategoryTiv?: CategoryTivResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  ChangedRecord?: ChangedRecordResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimActor?: ClaimActorResolvers<ContextType>;
  ClaimCheck?: ClaimCheckResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Counterpart?: CounterpartResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventParticipant?: EventParticipantResolvers<ContextType>;
  FactCheck?: FactCheckResolvers<ContextType>;
  FigureCandidate?: FigureCandidateResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportRecordError?: ImportRecordErrorResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MatchFeature?: MatchFeatureResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MergeMoveCount?: MergeMoveCountResolvers<ContextType>;
  MergedActor?: MergedActorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathArmsTrade?: PathArmsTradeResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Predicate?: PredicateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quotation?: QuotationResolvers<ContextType>;
  QuotationSpeaker?: QuotationSpeakerResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SeriesPeriod?: SeriesPeriodResolvers<ContextType>;
  SnippetPart?: SnippetPartResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceAnalysis?: SourceAnalysisResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceDuplicate?: SourceDuplicateResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceFigure?: SourceFigureResolvers<ContextType>;
  SourceFigureConnection?: SourceFigureConnectionResolvers<ContextType>;
  SourceFigureEdge?: SourceFigureEdgeResolvers<ContextType>;
  SourceFileReading?: SourceFileReadingResolvers<ContextType>;
  SourceMention?: SourceMentionResolvers<ContextType>;
  SourceMentionConnection?: SourceMentionConnectionResolvers<ContextType>;
  SourceMentionEdge?: SourceMentionEdgeResolvers<ContextType>;
  SourceQuotation?: SourceQuotationResolvers<ContextType>;
  SourceQuotationConnection?: SourceQuotationConnectionResolvers<ContextType>;
  SourceQuotationEdge?: SourceQuotationEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineArmsDeliveries?: TimelineArmsDeliveriesResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  TimelinePage?: TimelinePageResolvers<ContextType>;
  UnknownName?: UnknownNameResolvers<ContextType>;
  ValueSource?: ValueSourceResolvers<ContextType>;
  WeaponMention?: WeaponMentionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
