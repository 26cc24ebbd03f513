// Events, their participants and the CAMEO codebook in the database.
import type { Database, SqlSession } from '../../db/database';
import { countChanges, type WriteCounts } from '../../db/set-writes';
import { EVENT_WRITES, eventKey, PARTICIPANT_WRITES, type EventImportRow } from './events.writes';
import { translated } from '../../db/prisma-errors';
import type { CameoCode, Event, EventParticipant, Prisma } from '../../generated/prisma/client';
import { prismaAfter, prismaOrderBy, toPage, type Page, type PageWindow, type SortOrder } from '../../shared/pagination';
import type { CreateEventInput, UpdateEventInput } from './events.validation';
import { EVENT_COLUMNS } from './events.columns';
import { mustGet } from '../../shared/must-get';

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

  /** Event ids by key (title and start date) for events stored already (a bundle's references, in its transaction). */
  async idsByKey(session: SqlSession, refs: readonly { title: string; startDate: string }[]): Promise<Map<string, number>> {
    if (refs.length === 0) return new Map();
    const rows = await session.query<{ id: number; title: string; start_date: string }>(
      `/* eventIdsByKey */ SELECT e.id, e.title, e.start_date::text FROM event e
       JOIN unnest($1::text[], $2::text[]) AS k(title, start_date) ON e.title = k.title AND e.start_date = k.start_date::date`,
      [refs.map((r) => r.title), refs.map((r) => r.startDate)],
    );
    return new Map(rows.map((row) => [eventKey(row.title, row.start_date), row.id]));
  }

  /** CAMEO codes among these that the codebook holds. */
  async knownCameoCodes(session: SqlSession, codes: readonly string[]): Promise<Set<string>> {
    const rows = await session.query<{ code: string }>(`/* knownCameoCodes */ SELECT code FROM cameo_code WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }

  /**
   * Writes a chunk of a bundle's events: creates the new ones, updates stored ones (by title and start date) as
   * EVENT_WRITES says, and replaces the participant lists given (null keeps the stored list). Ids by event key.
   */
  async importEvents(session: SqlSession, rows: readonly EventImportRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const sorted = [...rows].sort((a, b) => (eventKey(a.title, a.startDate) < eventKey(b.title, b.startDate) ? -1 : 1));
    const inserted = await session.query<{ id: number; title: string; start_date: string }>(
      EVENT_WRITES.insert('insertEvents', 'ON CONFLICT (title, start_date) DO NOTHING', 'id, title, start_date::text'),
      EVENT_WRITES.params(sorted),
    );
    const created = new Set(inserted.map((row) => eventKey(row.title, row.start_date)));
    const rest = sorted.filter((row) => !created.has(eventKey(row.title, row.startDate)));
    const changed = new Set<number>();
    if (rest.length > 0) {
      const updated = await session.query<{ id: number }>(
        EVENT_WRITES.update('updateEvents', 't.title = u.title AND t.start_date = u.start_date::date', 't.id'),
        EVENT_WRITES.params(rest),
      );
      for (const row of updated) changed.add(row.id);
    }
    const ids = await this.idsByKey(session, sorted);
    const idOf = (row: EventImportRow) => mustGet(ids, eventKey(row.title, row.startDate), 'the id of event');
    const withParticipants = sorted.filter((row) => row.participants !== null);
    const participants = withParticipants.flatMap((row) => row.participants!.map((participant) => ({ parentId: idOf(row), row: participant })));
    for (const id of await PARTICIPANT_WRITES.replace(session, withParticipants.map(idOf), participants)) changed.add(id);
    return { counts: countChanges(sorted.map(idOf), new Set([...created].map((key) => mustGet(ids, key, 'the id of event'))), changed), ids };
  }
}
