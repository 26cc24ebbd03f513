// The event table's columns for raw reads, checked against the Prisma model (a new field must be mapped here).
import { AUDIT_COLUMNS, modelColumns, type Selected } from '../../db/columns';
import type { Event } from '../../generated/prisma/client';

export const EVENT_COLUMNS = modelColumns<Event>('event', {
  id: 'id',
  cameoCode: 'cameo_code',
  title: 'title',
  startDate: 'start_date',
  startPrecision: 'start_precision',
  endDate: 'end_date',
  endPrecision: 'end_precision',
  location: 'location',
  description: 'description',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof Event, string>);

/** An event as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type EventRow = Selected<Event>;
