import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required, rowField } from '../../shared/resolver-helpers';

export const eventResolvers: Resolvers = {
  Query: {
    event: (_parent, { id }, { services }) => services.events.getById(id),
    events: (_parent, { filter, first, after }, { services }) => services.events.list(filter, { first, after }),
    cameoCode: (_parent, { code }, { services }) => services.events.getCameo(code),
    cameoCodes: (_parent, { prefix }, { services }) => services.events.listCameo(prefix),
  },
  Mutation: {
    createEvent: (_parent, { input }, context) => context.services.events.create(input, authorOf(context)),
    updateEvent: (_parent, { id, input }, context) => context.services.events.update(id, input, authorOf(context)),
    deleteEvent: (_parent, { id }, context) => context.services.events.delete(id, authorOf(context)),
  },
  Event: {
    id: (event) => String(event.id),
    type: (event, _args, { services, batches }) => required(services.events.cameo(batches, rowField(event, 'cameoCode')), 'CAMEO code'),
    participants: (event, _args, { services, batches }) => services.events.participantsOf(batches, event.id),
  },
  EventParticipant: {
    id: (participant) => String(participant.id),
    actor: (participant, _args, { services, batches }) => required(services.actors.byId(batches, participant.actorId), 'Participant'),
  },
  CameoCode: {
    parent: (code, _args, { services, batches }) => (code.parentCode ? services.events.cameo(batches, code.parentCode) : null),
  },
  EventConnection: connectionResolvers,
};
