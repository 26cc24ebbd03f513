import type { Resolvers } from '../../generated/graphql';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';
import type { TimelineItem } from './timeline.service';

/** An item's line: the row's title, or for a year's deliveries and a merge, a sentence around its figures. */
function titleOf(item: TimelineItem): string {
  if (item.kind === 'MERGE') return `${item.title} merged into this actor`;
  if (item.kind !== 'ARMS_DELIVERIES') return item.title;
  const received = item.part === 0;
  const partners = `${item.partners} ${received ? 'supplier' : 'recipient'}${item.partners === 1 ? '' : 's'}`;
  return `${received ? 'Received' : 'Supplied'} TIV ${item.tiv} in ${item.deliveries} deliveries ${received ? 'from' : 'to'} ${partners}`;
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: (_parent, args, { services }) => services.timeline.page(args),
  },
  TimelineItem: {
    title: titleOf,
    // Each record through its own module's batches: one statement per kind for the whole page.
    event: (item, _args, { services, batches }) => (item.kind === 'EVENT' ? services.events.byId(batches, item.recordId) : null),
    affiliation: (item, _args, { services, batches }) => (item.kind.startsWith('AFFILIATION') ? services.actors.affiliationById(batches, item.recordId) : null),
    claim: (item, _args, { services, batches }) => (item.kind === 'CLAIM' ? services.claims.byId(batches, item.recordId) : null),
    source: (item, _args, { services, batches }) => (item.kind === 'SOURCE' ? services.sources.byId(batches, item.recordId) : null),
    armsDeliveries: (item) => (item.kind === 'ARMS_DELIVERIES' ? item : null),
    merge: async (item, _args, { services, batches }) =>
      item.kind === 'MERGE' ? ((await services.merges.mergesInto(batches, item.actorId)).find((merge) => merge.id === item.recordId) ?? null) : null,
  },
  TimelineArmsDeliveries: {
    year: (item) => item.recordId,
    direction: (item) => (item.part === 0 ? 'RECEIVED' : 'SUPPLIED'),
    tiv: (item) => item.tiv ?? 0,
    deliveries: (item) => item.deliveries ?? 0,
    partners: (item) => item.partners ?? 0,
    attribution: () => SIPRI_ATTRIBUTION,
  },
};
