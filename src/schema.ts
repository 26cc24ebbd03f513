// The executable schema: schema.graphql plus every module's resolvers.
import { readFileSync } from 'node:fs';
import { projectPath } from './shared/paths';
import type { Resolvers } from './generated/graphql';
import { actorResolvers } from './modules/actors/actors.resolvers';
import { armsTransferResolvers } from './modules/arms-transfers/arms-transfers.resolvers';
import { armsTrendResolvers } from './modules/arms-trends/arms-trends.resolvers';
import { changeResolvers } from './modules/changes/changes.resolvers';
import { timelineResolvers } from './modules/timeline/timeline.resolvers';
import { pathResolvers } from './modules/paths/paths.resolvers';
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
import { figureResolvers } from './modules/figures/figures.resolvers';
import { quotationResolvers } from './modules/quotations/quotations.resolvers';
import { relationResolvers } from './modules/relations/relations.resolvers';
import { searchResolvers } from './modules/search/search.resolvers';
import { sourceResolvers } from './modules/sources/sources.resolvers';
import { DateScalar, DateTimeScalar, JSONScalar } from './shared/scalars';
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
    armsTrendResolvers, importResolvers, relationResolvers, searchResolvers, historyResolvers, mentionResolvers, quotationResolvers, figureResolvers, matchingResolvers, actorMergeResolvers,
    predicateResolvers, claimCheckResolvers, provenanceResolvers, changeResolvers, timelineResolvers, pathResolvers),
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
