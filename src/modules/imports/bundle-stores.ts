// What a bundle reads and writes, through the modules that own the tables: each entity's lookups and set-based
// writes are its own module's (the statements in its repository, made from its write map in <module>.writes.ts);
// the import decides only what is written, in which order and transaction.
import type { ActorService } from '../actors/actors.service';
import type { ArmsTransferService } from '../arms-transfers/arms-transfers.service';
import type { ClaimService } from '../claims/claims.service';
import type { EventService } from '../events/events.service';
import type { PredicateService } from '../predicates/predicates.service';
import type { ProvenanceService } from '../provenance/provenance.service';
import type { MentionService } from '../mentions/mentions.service';
import type { SourceService } from '../sources/sources.service';

export interface BundleStores {
  actors: Pick<ActorService, 'idsByKey' | 'idsByCodes' | 'sameAsTargets' | 'importActors' | 'importAffiliations'>;
  sources: Pick<SourceService, 'idsOf' | 'storedTexts' | 'importSources' | 'findByContentHash'>;
  events: Pick<EventService, 'idsByKey' | 'knownCameoCodes' | 'importEvents'>;
  claims: Pick<ClaimService, 'importClaims'>;
  armsTransfers: Pick<ArmsTransferService, 'importTransfers'>;
  predicates: Pick<PredicateService, 'vocabularyIn'>;
  provenance: Pick<ProvenanceService, 'importValueSources'>;
  mentions: Pick<MentionService, 'importMentions'>;
}
