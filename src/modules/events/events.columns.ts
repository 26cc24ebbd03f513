// The event table's columns for raw reads, derived from the Prisma model.
import { modelColumnsOf, type Selected } from '../../db/columns';
import { Prisma, type Event } from '../../generated/prisma/client';

export const EVENT_COLUMNS = modelColumnsOf<Event>('event', Prisma.EventScalarFieldEnum);

/** An event as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type EventRow = Selected<Event>;
