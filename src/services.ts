// Wires repositories into services; one set per process, shared by the API, the CLI and the sample loader.
import type { Config } from './config';
import type { Database } from './db/database';
import { ActorRepository } from './modules/actors/actors.repository';
import { ActorService } from './modules/actors/actors.service';
import { ApiKeyRepository } from './modules/api-keys/api-keys.repository';
import { ApiKeyService } from './modules/api-keys/api-keys.service';
import { ArmsTransferRepository } from './modules/arms-transfers/arms-transfers.repository';
import { ArmsTransferService } from './modules/arms-transfers/arms-transfers.service';
import { ArmsTrendRepository } from './modules/arms-trends/arms-trends.repository';
import { armsSupplySeries } from './modules/arms-trends/arms-supply-series';
import { ArmsTrendService } from './modules/arms-trends/arms-trends.service';
import { ClaimRepository } from './modules/claims/claims.repository';
import { ClaimService } from './modules/claims/claims.service';
import { EventRepository } from './modules/events/events.repository';
import { EventService } from './modules/events/events.service';
import { ChangeFeed, DEFAULT_CHANGE_FEED, type ChangeFeedOptions } from './modules/changes/change-feed';
import { ChangeRepository } from './modules/changes/changes.repository';
import { ChangeService, DEFAULT_CHANGE_RETENTION_DAYS } from './modules/changes/changes.service';
import { HistoryRepository } from './modules/history/history.repository';
import { HistoryService } from './modules/history/history.service';
import { ImportService } from './modules/imports/imports.service';
import { MatchingRepository } from './modules/matching/matching.repository';
import { MatchingService } from './modules/matching/matching.service';
import { MergeRepository } from './modules/merges/merges.repository';
import { MergeService } from './modules/merges/merges.service';
import { ReconciliationService } from './modules/reconciliation/reconciliation.service';
import { MentionRepository } from './modules/mentions/mentions.repository';
import { MentionLinker } from './modules/mentions/mention-linker';
import { MentionService } from './modules/mentions/mentions.service';
import { FigureRepository } from './modules/figures/figures.repository';
import { FigureService } from './modules/figures/figures.service';
import { QuotationRepository } from './modules/quotations/quotations.repository';
import { QuotationService } from './modules/quotations/quotations.service';
import { RelationRepository } from './modules/relations/relations.repository';
import { RelationService } from './modules/relations/relations.service';
import { SearchRepository } from './modules/search/search.repository';
import { SearchService } from './modules/search/search.service';
import { SourceRepository } from './modules/sources/sources.repository';
import { SourceService } from './modules/sources/sources.service';
import { LoadingState } from './shared/loading';
import { ClaimCheckRepository } from './modules/claim-checks/claim-checks.repository';
import { ClaimCheckService } from './modules/claim-checks/claim-checks.service';
import { PredicateRepository } from './modules/predicates/predicates.repository';
import { PredicateService } from './modules/predicates/predicates.service';
import { ProvenanceRepository } from './modules/provenance/provenance.repository';
import { ProvenanceService } from './modules/provenance/provenance.service';
import { DataVersionRepository } from './modules/data-version/data-version.repository';
import { DataVersionService } from './modules/data-version/data-version.service';
import { PathRepository } from './modules/paths/paths.repository';
import { ExportService } from './modules/exports/exports.service';
import { PathService } from './modules/paths/paths.service';
import { TimelineRepository } from './modules/timeline/timeline.repository';
import { TimelineService } from './modules/timeline/timeline.service';

export interface Services {
  /** What is still loading (the register at a first start); the arms-data queries wait for it. */
  loading: LoadingState;
  actors: ActorService;
  events: EventService;
  sources: SourceService;
  claims: ClaimService;
  predicates: PredicateService;
  claimChecks: ClaimCheckService;
  provenance: ProvenanceService;
  armsTransfers: ArmsTransferService;
  armsTrends: ArmsTrendService;
  relations: RelationService;
  search: SearchService;
  apiKeys: ApiKeyService;
  history: HistoryService;
  imports: ImportService;
  mentions: MentionService;
  quotations: QuotationService;
  figures: FigureService;
  matching: MatchingService;
  merges: MergeService;
  reconciliation: ReconciliationService;
  changes: ChangeService;
  timeline: TimelineService;
  paths: PathService;
  /** The version of the data that HTTP caching keys on. */
  dataVersion: DataVersionService;
  exports: ExportService;
}

/** Tuning that tests and operators may change (config.ts). */
export interface ServiceOptions {
  /** Stored text (bytes) that a change of actors' forms relinks before it answers; past it, the relink worker does. */
  relinkInlineBytes?: number;
  /** Days the change log keeps a change (DOSSIER_CHANGE_RETENTION_DAYS). */
  changeRetentionDays?: number;
  /** The live change feed's poll and buffer (changes/change-feed.ts). */
  changeFeed?: Partial<Omit<ChangeFeedOptions, 'listen'>>;
  /**
   * What wakes the live change feed besides its poll. Default: PostgreSQL's NOTIFY at each writing commit; with
   * REDIS_URL, main.ts adds Redis pub/sub (server/redis.ts), which reaches instances that NOTIFY does not.
   */
  changeWakeups?: readonly ChangeFeedOptions['listen'][];
}

/** The change feed's wake-up by PostgreSQL: the change log's triggers NOTIFY dossier_changes at each writing commit. */
export function notifyWakeups(db: Database): ChangeFeedOptions['listen'] {
  return (onWake) => db.listen('dossier_changes', onWake);
}

export function createServices(db: Database, limits: Config['pagination'], loading = new LoadingState(), options: ServiceOptions = {}): Services {
  // Mentions follow the sources and the actors' forms: the linker is shared by the services that change either.
  const mentionRepository = new MentionRepository();
  const linker = new MentionLinker(db, mentionRepository, { inlineBytes: options.relinkInlineBytes });
  const actors = new ActorService(new ActorRepository(db), limits, linker);
  const events = new EventService(new EventRepository(db), actors, limits);
  const sources = new SourceService(new SourceRepository(db), limits, linker, actors);
  const predicates = new PredicateService(new PredicateRepository(db));
  const armsTrendRepository = new ArmsTrendRepository(db);
  // The data series claims are checked against: one entry per dataset (claim-checks/claim-series.ts).
  const claimChecks = new ClaimCheckService(new ClaimCheckRepository(db), predicates, [armsSupplySeries(armsTrendRepository)]);
  const claims = new ClaimService(new ClaimRepository(db), actors, events, sources, limits, predicates, claimChecks);
  const provenance = new ProvenanceService(new ProvenanceRepository(db), sources);
  const armsTransfers = new ArmsTransferService(new ArmsTransferRepository(db), actors, sources, limits, loading);
  const armsTrends = new ArmsTrendService(armsTrendRepository, actors, loading);
  const relations = new RelationService(new RelationRepository(db), actors, claims, sources, loading);
  const search = new SearchService(new SearchRepository(db));
  const apiKeys = new ApiKeyService(new ApiKeyRepository(db));
  const history = new HistoryService(new HistoryRepository(db));
  const matching = new MatchingService(new MatchingRepository(db), actors);
  const dataVersion = new DataVersionService(new DataVersionRepository(db));
  // Weapons named in texts are the designations of the arms-transfer data, read again when the data change.
  const mentions = new MentionService(db, mentionRepository, linker, actors, sources, {
    families: async () => armsTransfers.weaponFamilies(await dataVersion.current()),
    transferCounts: async (batches, designations) => {
      const counts = await batches.loader<string, number>('transfersByDesignation', async (keys) => {
        const found = await armsTransfers.countsByDesignation(keys);
        return keys.map((key) => found.get(key) ?? 0);
      }).loadMany(designations);
      return counts.reduce<number>((sum, count) => sum + (typeof count === 'number' ? count : 0), 0);
    },
    latestTransfers: (batches, designations, first) => armsTransfers.latestOfDesignations(batches, designations, first),
  });
  // Quotations are read with every link of a text, after its mentions (their speakers are mentions).
  // Figures too; both are accepted by any claim that cites their exact span.
  const quotations = new QuotationService(db, new QuotationRepository(), claims, actors, mentions);
  const figures = new FigureService(db, new FigureRepository(), claimChecks, claims, actors, quotations, mentions);
  linker.follow(quotations);
  linker.follow(figures);
  claims.followCitations(quotations);
  claims.followCitations(figures);
  const imports = new ImportService(db, { actors, sources, events, claims, armsTransfers, predicates, provenance, mentions }, linker, matching);
  const merges = new MergeService(db, new MergeRepository(db), actors);
  const reconciliation = new ReconciliationService(matching, merges);
  const exports = new ExportService(db, dataVersion, actors, sources);
  const timeline = new TimelineService(new TimelineRepository(db), actors, limits, loading);
  const paths = new PathService(new PathRepository(db), actors, loading);
  const changeLog = new ChangeRepository(db);
  const wakeups = options.changeWakeups ?? [notifyWakeups(db)];
  const changeFeed = new ChangeFeed(changeLog, {
    ...DEFAULT_CHANGE_FEED,
    ...options.changeFeed,
    listen: async (onWake) => {
      const stops = await Promise.all(wakeups.map((listen) => listen(onWake)));
      return async () => {
        await Promise.all(stops.map((stop) => stop()));
      };
    },
  });
  // Each entity of the change log, read through its own module (the change's record).
  const changes = new ChangeService(changeLog, changeFeed, {
    actor: (batches, id) => actors.byId(batches, id),
    affiliation: (batches, id) => actors.affiliationById(batches, id),
    event: (batches, id) => events.byId(batches, id),
    source: (batches, id) => sources.byId(batches, id),
    claim: (batches, id) => claims.byId(batches, id),
    arms_transfer: (batches, id) => armsTransfers.byId(batches, id),
  }, options.changeRetentionDays ?? DEFAULT_CHANGE_RETENTION_DAYS);
  return { dataVersion, exports, changes, timeline, paths, loading, actors, events, sources, claims, predicates, claimChecks, provenance, armsTransfers, armsTrends, relations, search, apiKeys, history, imports, mentions, quotations, figures, matching, merges, reconciliation };
}
