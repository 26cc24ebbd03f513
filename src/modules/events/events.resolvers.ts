import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required } from '../../shared/resolver-helpers';

/**
 * The row fields the Event resolvers (here and in other modules) read for each GraphQL field not named after
 * one, so that a list of events reads only the columns its selection needs (see shared/selection).
 */
export const EVENT_ROW_READS: Record<string, readonly string[]> = {
  type: ['cameoCode'],
  participants: ['id'],
  history: ['id'],
  claims: ['id'],
  sources: ['id'],
};

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
    type: (event, _args, { loaders }) => required(loaders.cameo.load(event.cameoCode), 'CAMEO code'),
    participants: (event, _args, { loaders }) => loaders.participants.load(event.id),
  },
  EventParticipant: {
    id: (participant) => String(participant.id),
    actor: (participant, _args, { loaders }) => required(loaders.actor.load(participant.actorId), 'Participant'),
  },
  CameoCode: {
    parent: (code, _args, { loaders }) => (code.parentCode ? loaders.cameo.load(code.parentCode) : null),
  },
  EventConnection: connectionResolvers,
};
