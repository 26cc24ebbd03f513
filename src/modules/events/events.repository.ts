// Events, their participants and the CAMEO codebook in the database.
import type { Database } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { CameoCode, Event, EventParticipant, Prisma } from '../../generated/prisma/client';
import { prismaAfter, prismaOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import type { CreateEventInput, UpdateEventInput } from './events.validation';
import { EVENT_COLUMNS } from './events.columns';

export interface EventListFilter {
  cameoPrefix?: string | null;
  from?: Date | null;
  to?: Date | null;
  participantId?: number | null;
  participantRole?: EventParticipant['role'] | null;
}

/** The event list's order: latest first. */
export const EVENT_ORDER: SortOrder<Event> = [
  { field: 'startDate', column: 'e.start_date', direction: 'desc', type: 'date' },
  { field: 'id', column: 'e.id', direction: 'desc', type: 'int' },
];

export class EventRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<Event | null> {
    return this.db.prisma.event.findUnique({ where: { id } });
  }

  /** The event with this natural key (title and start date), or null. */
  findByKey(title: string, startDate: string): Promise<Event | null> {
    return this.db.prisma.event.findUnique({ where: { title_startDate: { title, startDate: new Date(`${startDate}T00:00:00Z`) } } });
  }

  findManyByIds(ids: readonly number[]): Promise<Event[]> {
    return this.db.query<Event>(`/* eventsByIds */ SELECT ${EVENT_COLUMNS()} FROM event WHERE id = ANY($1::int[])`, [ids]);
  }

  async list(filter: EventListFilter, window: PageWindow<Event>): Promise<Page<Event>> {
    const where: Prisma.EventWhereInput = {};
    if (filter.cameoPrefix) where.cameoCode = { startsWith: filter.cameoPrefix };
    // An event overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    if (filter.from) where.OR = [{ endDate: { gte: filter.from } }, { endDate: null, startDate: { gte: filter.from } }];
    if (filter.to) where.startDate = { lte: filter.to };
    if (filter.participantId) {
      where.participants = { some: { actorId: filter.participantId, ...(filter.participantRole ? { role: filter.participantRole } : {}) } };
    }
    const rows = await this.db.prisma.event.findMany({
      where: { AND: [where, prismaAfter(window) ?? {}] },
      orderBy: prismaOrderBy(window.order),
      take: window.take + 1,
    });
    return toPage(rows, window, () => this.db.prisma.event.count({ where }));
  }

  participantsOf(eventIds: readonly number[]): Promise<EventParticipant[]> {
    return this.db.query<EventParticipant>(
      `/* participantsOf */ SELECT id, event_id AS "eventId", actor_id AS "actorId", role FROM event_participant
       WHERE event_id = ANY($1::int[]) ORDER BY id`,
      [eventIds],
    );
  }

  create(input: CreateEventInput, author: string): Promise<Event> {
    return this.db.writeAs(author, (tx) => tx.event.create({
      data: {
        cameoCode: input.cameoCode,
        title: input.title,
        startDate: input.startDate,
        startPrecision: input.startPrecision,
        endDate: input.endDate ?? null,
        endPrecision: input.endPrecision ?? null,
        location: input.location ?? null,
        description: input.description ?? null,
        participants: { create: input.participants.map((p) => ({ actorId: p.actorId, role: p.role })) },
      },
    })).catch(translated('An event'));
  }

  update(id: number, input: UpdateEventInput, author: string): Promise<Event> {
    const { participants, ...fields } = input;
    return this.db.writeAs(author, async (tx) => {
      if (participants) {
        await tx.eventParticipant.deleteMany({ where: { eventId: id } });
        await tx.eventParticipant.createMany({ data: participants.map((p) => ({ eventId: id, actorId: p.actorId, role: p.role })) });
      }
      return tx.event.update({ where: { id }, data: fields });
    }).catch(translated('An event'));
  }

  countClaimsAbout(id: number): Promise<number> {
    return this.db.prisma.claim.count({ where: { eventId: id } });
  }

  delete(id: number, author: string): Promise<Event> {
    return this.db.writeAs(author, (tx) => tx.event.delete({ where: { id } }));
  }

  findCameo(code: string): Promise<CameoCode | null> {
    return this.db.prisma.cameoCode.findUnique({ where: { code } });
  }

  findCameoMany(codes: readonly string[]): Promise<CameoCode[]> {
    return this.db.prisma.cameoCode.findMany({ where: { code: { in: [...codes] } } });
  }

  listCameo(prefix: string | null): Promise<CameoCode[]> {
    return this.db.prisma.cameoCode.findMany({ where: prefix ? { code: { startsWith: prefix } } : {}, orderBy: { code: 'asc' } });
  }
}
