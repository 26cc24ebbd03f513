import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';

export const pathResolvers: Resolvers = {
  Query: {
    paths: (_parent, args, { services }) => services.paths.shortest(args),
  },
  ActorPath: {
    // The path's actors, first to last: each step's from, then the last step's to.
    actors: (path, _args, { services, batches }) =>
      Promise.all([...path.steps.map((step) => step.fromId), path.steps.at(-1)!.toId].map((id) => required(services.actors.byId(batches, id), 'ActorPath actor'))),
  },
  PathStep: {
    from: (step, _args, { services, batches }) => required(services.actors.byId(batches, step.fromId), 'PathStep from'),
    to: (step, _args, { services, batches }) => required(services.actors.byId(batches, step.toId), 'PathStep to'),
    // Each record through its own module's batches: one statement per kind for all the paths.
    affiliation: (step, _args, { services, batches }) => (step.relation === 'AFFILIATION' ? services.actors.affiliationById(batches, step.recordId!) : null),
    event: (step, _args, { services, batches }) => (step.relation === 'EVENT' ? services.events.byId(batches, step.recordId!) : null),
    claim: (step, _args, { services, batches }) => (step.relation === 'CLAIM' ? services.claims.byId(batches, step.recordId!) : null),
    armsTrade: (step) => (step.relation === 'ARMS_TRADE' ? step : null),
    source: (step, _args, { services, batches }) => (step.relation === 'SOURCE' ? services.sources.byId(batches, step.recordId!) : null),
  },
  PathArmsTrade: {
    supplier: (step, _args, { services, batches }) => required(services.actors.byId(batches, step.forward ? step.fromId : step.toId), 'PathArmsTrade supplier'),
    recipient: (step, _args, { services, batches }) => required(services.actors.byId(batches, step.forward ? step.toId : step.fromId), 'PathArmsTrade recipient'),
    tiv: (step) => step.tiv ?? 0,
    deliveries: (step) => step.deliveries ?? 0,
    firstYear: (step) => step.firstYear ?? 0,
    lastYear: (step) => step.lastYear ?? 0,
    attribution: () => SIPRI_ATTRIBUTION,
  },
};
