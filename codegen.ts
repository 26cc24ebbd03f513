// GraphQL Code Generator (npm run codegen; a test fails when stale): resolver types for the service, and typed
// operations for the explorer (web/), both from schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const model = (name: string) => `./prisma/client#${name} as ${name}Model`;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#GraphQLContext',
        scalars: { Date: 'string', DateTime: 'Date', JSON: 'unknown' },
        mappers: {
          Actor: '../modules/actors/actors.columns#ActorRow as ActorModel',
          Affiliation: model('Affiliation'),
          CameoCode: model('CameoCode'),
          Event: '../modules/events/events.columns#EventRow as EventModel',
          EventParticipant: model('EventParticipant'),
          Source: '../modules/sources/sources.columns#SourceRow as SourceModel',
          Claim: '../modules/claims/claims.columns#ClaimRow as ClaimModel',
          ClaimActor: model('ClaimActor'),
          Citation: model('Citation'),
          FactCheck: model('FactCheck'),
          Predicate: '../modules/predicates/predicates.repository#PredicateRow as PredicateModel',
          ClaimCheck: '../modules/claim-checks/claim-checks.service#ClaimCheck as ClaimCheckModel',
          Alias: model('ActorAlias'),
          ValueSource: model('ValueSource'),
          ArmsTransfer: '../modules/arms-transfers/arms-transfers.columns#ArmsTransferRow as ArmsTransferModel',
          Change: '../modules/changes/changes.repository#ChangeRow as ChangeModel',
          ChangePage: '../modules/changes/changes.service#ChangePage as ChangePageModel',
          ChangedRecord: '../modules/changes/changes.service#ChangedRecord as ChangedRecordModel',
          ActorConnection: '../shared/pagination#Page<ActorModel>',
          EventConnection: '../shared/pagination#Page<EventModel>',
          SourceConnection: '../shared/pagination#Page<SourceModel>',
          ClaimConnection: '../shared/pagination#Page<ClaimModel>',
          ArmsTransferConnection: '../shared/pagination#Page<ArmsTransferModel>',
          ActorEvent: '../modules/relations/relations.repository#ActorEventRow as ActorEventModel',
          ActorSource: '../modules/relations/relations.repository#ActorSourceRow as ActorSourceModel',
          Counterpart: '../modules/relations/relations.repository#CounterpartRow as CounterpartModel',
          SearchHit: '../modules/search/search.repository#SearchHitRow as SearchHitModel',
          ActorPath: '../modules/paths/paths.repository#PathRow as ActorPathModel',
          PathStep: '../modules/paths/paths.repository#PathStepRow as PathStepModel',
          PathArmsTrade: '../modules/paths/paths.repository#PathStepRow as PathArmsTradeModel',
          TimelineItem: '../modules/timeline/timeline.service#TimelineItem as TimelineItemModel',
          TimelinePage: '../modules/timeline/timeline.service#TimelinePage as TimelinePageModel',
          TimelineArmsDeliveries: '../modules/timeline/timeline.service#TimelineItem as TimelineArmsDeliveriesModel',
          ArmsSupplyTrend: '../modules/arms-trends/arms-trends.service#ArmsSupplyTrend as ArmsSupplyTrendModel',
          ArmsTradeRanking: '../modules/arms-trends/arms-trends.service#ArmsTradeRanking as ArmsTradeRankingModel',
          ArmsSupplyPeriod: '../modules/arms-trends/arms-trends.service#ArmsSupplyPeriod as ArmsSupplyPeriodModel',
          SeriesPeriod: '../modules/claim-checks/claim-series#SeriesPeriodModel',
          ArmsTradePartner: '../modules/arms-trends/arms-trends.repository#RankingRow as ArmsTradePartnerModel',
          ActorMatchResult: '../modules/matching/matching.service#ActorMatchResult as ActorMatchResultModel',
          ActorCandidate: '../modules/matching/matching.service#ActorCandidate as ActorCandidateModel',
          MergedActor: '../modules/merges/merges.repository#MergeRow as MergedActorModel',
          ActorMerge: '../modules/merges/merges.service#ActorMergeResult as ActorMergeModel',
          ImportWarning: '../modules/imports/bundle#ImportWarning as ImportWarningModel',
          SourceAnalysis: '../modules/mentions/mentions.service#SourceAnalysis as SourceAnalysisModel',
          Mention: '../modules/mentions/mention-matcher#FoundMention as MentionModel',
          SourceMention: '../modules/mentions/mentions.repository#StoredMentionRow as SourceMentionModel',
          SourceMentionConnection: '../shared/pagination#Page<SourceMentionModel>',
          RecordVersion: '../modules/history/history.repository#RecordVersionRow as RecordVersionModel',
          ImportResult: '../modules/imports/bundle#ImportResult as ImportResultModel',
          ImportRecordError: '../modules/imports/bundle#RecordError as RecordErrorModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    // The explorer's operations (web/src/operations/*.graphql), typed; as strings, so that the page ships no
    // GraphQL parser. A change to the contract that breaks the page fails its type check.
    'web/src/generated/': {
      documents: 'web/src/operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
