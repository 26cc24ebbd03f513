// The executable schema: schema.graphql plus every module's resolvers.
import { readFileSync } from 'node:fs';
import { projectPath } from './shared/paths';
import type { Resolvers } from './generated/graphql';
import { actorResolvers } from './modules/actors/actors.resolvers';
import { armsTransferResolvers } from './modules/arms-transfers/arms-transfers.resolvers';
import { armsTrendResolvers } from './modules/arms-trends/arms-trends.resolvers';
import { claimResolvers } from './modules/claims/claims.resolvers';
import { claimCheckResolvers } from './modules/claim-checks/claim-checks.resolvers';
import { predicateResolvers } from './modules/predicates/predicates.resolvers';
import { provenanceResolvers } from './modules/provenance/provenance.resolvers';
import { eventResolvers } from './modules/events/events.resolvers';
import { historyResolvers } from './modules/history/history.resolvers';
import { importResolvers } from './modules/imports/imports.resolvers';
import { matchingResolvers } from './modules/matching/matching.resolvers';
import { actorMergeResolvers } from './modules/merges/merges.resolvers';
import { mentionResolvers } from './modules/mentions/mentions.resolvers';
import { relationResolvers } from './modules/relations/relations.resolvers';
import { searchResolvers } from './modules/search/search.resolvers';
import { sourceResolvers } from './modules/sources/sources.resolvers';
import { DateScalar, DateTimeScalar, JSONScalar } from './shared/scalars';
import type { JsonReadDeclarations } from './shared/json-reads';
import { ACTOR_JSON, ACTOR_JSON_ROOT, ACTOR_LISTS, AFFILIATION_JSON } from './modules/actors/actors.json-reads';
import { CITATION_JSON, CLAIM_JSON } from './modules/claims/claims.json-reads';
import { EVENT_JSON } from './modules/events/events.json-reads';
import { ACTOR_EVENT_JSON, COUNTERPART_JSON, RELATION_ACTOR_LISTS } from './modules/relations/relations.json-reads';
import { SOURCE_JSON } from './modules/sources/sources.json-reads';
import { ARMS_TRANSFER_JSON, ARMS_TRANSFERS_JSON_ROOT } from './modules/arms-transfers/arms-transfers.json-reads';

export const SCHEMA_FILE = projectPath('schema.graphql');

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

/** Merges the modules' resolver maps; a type's fields may come from several modules. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = {
  ...mergeResolvers(actorResolvers, eventResolvers, sourceResolvers, claimResolvers, armsTransferResolvers,
    armsTrendResolvers, importResolvers, relationResolvers, searchResolvers, historyResolvers, mentionResolvers, matchingResolvers, actorMergeResolvers,
    predicateResolvers, claimCheckResolvers, provenanceResolvers),
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};

/** The types and lists that a read may get as one statement building its JSON (server/compiled-reads.ts). */
export const jsonReads: JsonReadDeclarations = {
  types: {
    Actor: { ...ACTOR_JSON, lists: { ...ACTOR_LISTS, ...RELATION_ACTOR_LISTS } },
    Affiliation: AFFILIATION_JSON,
    ActorEvent: ACTOR_EVENT_JSON,
    ArmsTransfer: ARMS_TRANSFER_JSON,
    Citation: CITATION_JSON,
    Claim: CLAIM_JSON,
    Counterpart: COUNTERPART_JSON,
    Event: EVENT_JSON,
    Source: SOURCE_JSON,
  },
  connections: { armsTransfers: ARMS_TRANSFERS_JSON_ROOT },
  objects: { actor: ACTOR_JSON_ROOT },
};
