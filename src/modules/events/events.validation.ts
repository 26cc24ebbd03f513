import { z } from 'zod';
import { CalendarDate, Id, Str, Text } from '../../shared/validation';

export const DatePrecision = z.enum(['DAY', 'MONTH', 'YEAR']);
export const ParticipantRole = z.enum(['HOST', 'VISITOR', 'INITIATOR', 'TARGET', 'PARTICIPANT', 'MEDIATOR', 'OBSERVER', 'OTHER']);
export const CameoCodeText = Str().trim().regex(/^\d{2,4}$/, 'must be a CAMEO code of two to four digits');

const Participants = z
  .array(z.object({ actorId: Id, role: ParticipantRole }))
  .max(500, 'must list at most 500 participants')
  .refine(
    (list) => new Set(list.map((p) => `${p.actorId}:${p.role}`)).size === list.length,
    'must not list the same actor in the same role twice',
  );

export const CreateEventInput = z
  .object({
    cameoCode: CameoCodeText,
    title: Text(500),
    startDate: CalendarDate,
    startPrecision: DatePrecision.nullish().transform((value) => value ?? 'DAY'),
    endDate: CalendarDate.nullish(),
    endPrecision: DatePrecision.nullish(),
    location: Text(500).nullish(),
    description: Text(20_000).nullish(),
    participants: Participants.nullish().transform((list) => list ?? []),
  })
  .refine((input) => !input.endDate || input.endDate >= input.startDate, { message: 'must not be before startDate', path: ['endDate'] });
export type CreateEventInput = z.output<typeof CreateEventInput>;

export const UpdateEventInput = z.object({
  cameoCode: CameoCodeText.optional(),
  title: Text(500).optional(),
  startDate: CalendarDate.optional(),
  startPrecision: DatePrecision.optional(),
  endDate: CalendarDate.nullish(),
  endPrecision: DatePrecision.nullish(),
  location: Text(500).nullish(),
  description: Text(20_000).nullish(),
  participants: Participants.optional(),
});
export type UpdateEventInput = z.output<typeof UpdateEventInput>;

export const EventFilter = z
  .object({
    cameoPrefix: Str().trim().regex(/^\d{1,4}$/, 'must be one to four digits').nullish(),
    from: CalendarDate.nullish(),
    to: CalendarDate.nullish(),
    participant: Str().trim().min(1).max(200).nullish(),
    participantRole: ParticipantRole.nullish(),
  })
  .nullish();
export type EventFilter = z.output<typeof EventFilter>;
