// How each field of Event is read (see shared/reads.ts): built in SQL by a compiled read, or left to its resolver
// with the row fields it needs. Fields other modules add to Event (claims, history, provenance) are declared there.
import { readsOf, type FieldRead, type TypeReads } from '../../shared/reads';
import { STAMP_WHY } from '../actors/actors.reads';
import { EVENT_COLUMNS } from './events.columns';

const event = readsOf(EVENT_COLUMNS);
const eventFields: Record<string, FieldRead> = {
  id: event.id(),
  type: event.resolved('the CAMEO code with its label comes from the codebook batch', 'cameoCode'),
  title: event.column('title'),
  startDate: event.date('startDate'),
  startPrecision: event.column('startPrecision'),
  endDate: event.date('endDate'),
  endPrecision: event.column('endPrecision'),
  location: event.column('location'),
  description: event.column('description'),
  participants: event.resolved('participants come from the events batch'),
  createdAt: event.resolved(STAMP_WHY, 'createdAt'),
  updatedAt: event.resolved(STAMP_WHY, 'updatedAt'),
  createdBy: event.resolved(STAMP_WHY, 'createdBy'),
  updatedBy: event.resolved(STAMP_WHY, 'updatedBy'),
};
export const EVENT: TypeReads = { table: 'event', rowFields: EVENT_COLUMNS.fields, fields: eventFields };
