/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Which side of the trade a ranking lists. */
export type ArmsTradeSide =
  /** The actors that the ranked actor supplied. */
  | 'RECIPIENTS'
  /** The actors that supplied the ranked actor. */
  | 'SUPPLIERS';

/** How a claim concerns an actor. */
export type ClaimActorRole =
  /** An actor the claim mentions. */
  | 'MENTIONED'
  /** The actor on the receiving end. */
  | 'OBJECT'
  /** The actor the claim is about. */
  | 'SUBJECT';

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

/** How a cited quote bears on its claim. */
export type Stance =
  /** The quote mentions the claim without taking a side. */
  | 'MENTIONS'
  /** The quote refutes the claim. */
  | 'REFUTES'
  /** The quote supports the claim. */
  | 'SUPPORTS';

/** Which way deliveries moved over a span: the least-squares slope of TIV per period, against the mean. */
export type TrendDirection =
  /** Deliveries shrank by at least a tenth of the mean period's TIV over the span. */
  | 'FALLING'
  /** Neither: the change over the span is under a tenth of the mean, or there are fewer than two periods. */
  | 'FLAT'
  /** Deliveries grew by at least a tenth of the mean period's TIV over the span. */
  | 'RISING';

export type ActorSuggestionsQueryVariables = Exact<{
  text: string;
}>;


export type ActorSuggestionsQuery = { actors: { nodes: Array<{ id: string, name: string, kind: ActorKind, isoCode: string | null, aliases: Array<string> }> } };

export type ActorPageQueryVariables = Exact<{
  name: string;
  at?: string | null | undefined;
}>;


export type ActorPageQuery = { actor: { id: string, name: string, kind: ActorKind, aliases: Array<string>, isoCode: string | null, wikidataId: string | null, description: string | null, affiliations: Array<{ id: string, role: string, startDate: string | null, endDate: string | null, organisation: { id: string, name: string } }>, members: Array<{ id: string, role: string, startDate: string | null, endDate: string | null, member: { id: string, name: string, kind: ActorKind } }>, events: Array<{ role: ParticipantRole, event: { id: string, title: string, startDate: string, endDate: string | null, location: string | null, type: { code: string, label: string } } }>, counterparts: Array<{ links: number, sharedEvents: number, sharedClaims: number, sharedArmsDeals: number, actor: { id: string, name: string, kind: ActorKind } }> } | null };

export type ActorClaimsAboutQueryVariables = Exact<{
  name: string;
}>;


export type ActorClaimsAboutQuery = { actor: { id: string, claims: Array<{ id: string, statement: string, confidence: number | null, asserter: { id: string, name: string } | null, asserterSource: { id: string, title: string } | null, citations: Array<{ id: string, quote: string, stance: Stance, source: { id: string, title: string } }> }> } | null };

export type ActorClaimsByQueryVariables = Exact<{
  name: string;
}>;


export type ActorClaimsByQuery = { actor: { id: string, claims: Array<{ id: string, statement: string, confidence: number | null, asserter: { id: string, name: string } | null, asserterSource: { id: string, title: string } | null, citations: Array<{ id: string, quote: string, stance: Stance, source: { id: string, title: string } }> }> } | null };

export type ArmsSupplyTrendQueryVariables = Exact<{
  supplier: string;
  recipient: string;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
  periodYears?: number | null | undefined;
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

export type SourceReaderQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceReaderQuery = { source: { id: string, title: string, publisher: string | null, author: string | null, url: string | null, publishedAt: string | null, kind: SourceKind, text: string | null, citations: Array<{ id: string, quote: string, startOffset: number | null, endOffset: number | null, stance: Stance, claim: { id: string, statement: string, confidence: number | null, asserter: { id: string, name: string } | null, about: Array<{ role: ClaimActorRole, actor: { id: string, name: string } }> } }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, rank: number, snippetParts: Array<{ text: string, matched: boolean }>, source: { id: string, title: string, publisher: string | null, publishedAt: string | null } | null, claim: { id: string, statement: string, asserter: { id: string, name: string } | null, about: Array<{ actor: { id: string, name: string } }>, citations: Array<{ source: { id: string } }> } | null }> };

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
    events(first: 100) {
      role
      event {
        id
        title
        startDate
        endDate
        location
        type {
          code
          label
        }
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
export const ActorClaimsAboutDocument = new TypedDocumentString(`
    query ActorClaimsAbout($name: String!) {
  actor(name: $name) {
    id
    claims: claimsAbout(first: 50) {
      id
      statement
      confidence
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
    `) as unknown as TypedDocumentString<ActorClaimsAboutQuery, ActorClaimsAboutQueryVariables>;
export const ActorClaimsByDocument = new TypedDocumentString(`
    query ActorClaimsBy($name: String!) {
  actor(name: $name) {
    id
    claims: claimsBy(first: 50) {
      id
      statement
      confidence
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
    `) as unknown as TypedDocumentString<ActorClaimsByQuery, ActorClaimsByQueryVariables>;
export const ArmsSupplyTrendDocument = new TypedDocumentString(`
    query ArmsSupplyTrend($supplier: String!, $recipient: String!, $fromYear: Int, $toYear: Int, $periodYears: Int, $category: String) {
  armsSupplyTrend(
    supplier: $supplier
    recipient: $recipient
    fromYear: $fromYear
    toYear: $toYear
    periodYears: $periodYears
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