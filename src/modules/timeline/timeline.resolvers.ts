import type { Resolvers } from '../../generated/graphql';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: (_parent, args, { services }) => services.timeline.page(args),
  },
  TimelineItem: {
    precision: (item) => item.precision,
    title: (item) =>
      item.kind === 'ARMS_DELIVERIES'
        ? `${item.part === 0 ? 'Received' : 'Supplied'} TIV ${item.tiv} in ${item.deliveries} deliveries ${item.part === 0 ? 'from' : 'to'} ${item.partners} ${item.part === 0 ? (item.partners === 1 ? 'supplier' : 'suppliers') : (item.partners === 1 ? 'recipient' : 'recipients')}`
        : item.kind === 'MERGE'
          ? `${item.title} merged into this actor`
          : item.title,
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
