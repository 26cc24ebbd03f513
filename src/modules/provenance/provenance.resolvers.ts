import type { Resolvers } from '../../generated/graphql';
import { authorOf, required } from '../../shared/resolver-helpers';

export const provenanceResolvers: Resolvers = {
  Mutation: {
    citeValue: (_parent, { input }, context) => context.services.provenance.cite(input, authorOf(context)),
  },
  Actor: {
    provenance: (actor, _args, { services, batches }) => services.provenance.of(batches, 'actorId', actor.id),
  },
  Affiliation: {
    provenance: (affiliation, _args, { services, batches }) => services.provenance.of(batches, 'affiliationId', affiliation.id),
  },
  Event: {
    provenance: (event, _args, { services, batches }) => services.provenance.of(batches, 'eventId', event.id),
  },
  Alias: {
    provenance: (alias, _args, { services, batches }) => services.provenance.of(batches, 'aliasId', alias.id),
  },
  ValueSource: {
    id: (row) => String(row.id),
    source: (row, _args, { services, batches }) => required(services.sources.byId(batches, row.sourceId), 'Value source'),
  },
};
