// Rules for events: a known CAMEO type, stored participants, a span that does not end before it starts.
import { ConflictError, NotFoundError, UserInputError } from '../../errors';
import type { CameoCode, Event, EventParticipant } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { Id, parseInput, type Input } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import { EVENT_ORDER, type EventRepository } from './events.repository';
import type { EventImportRow } from './events.writes';
import { CreateEventInput, EventFilter, UpdateEventInput } from './events.validation';
import type { SqlSession } from '../../db/database';

export class EventService {
  constructor(
    private readonly events: EventRepository,
    private readonly actors: ActorService,
    private readonly limits: PageLimits,
  ) {}

  async getById(rawId: string): Promise<Event | null> {
    return this.events.findById(parseInput(Id, rawId, 'id'));
  }

  /** The event with this natural key (title and start date as YYYY-MM-DD), or null. */
  findByKey(title: string, startDate: string): Promise<Event | null> {
    return this.events.findByKey(title, startDate);
  }

  findManyByIds(ids: readonly number[]): Promise<Event[]> {
    return this.events.findManyByIds(ids);
  }

  /** The event with this id, read with every other event the request asks for in one statement. */
  byId(batches: RequestBatches, id: number): Promise<Event | null> {
    return batches.row('eventsByIds', id, (ids) => this.events.findManyByIds(ids), (event) => event.id);
  }

  /** An event's participants (one statement per request). */
  participantsOf(batches: RequestBatches, eventId: number): Promise<EventParticipant[]> {
    return batches.rows('participantsOf', eventId, (ids) => this.events.participantsOf(ids), (row) => row.eventId);
  }

  /** A CAMEO code (one statement per request). */
  cameo(batches: RequestBatches, code: string): Promise<CameoCode | null> {
    return batches.row('cameoCodes', code, (codes) => this.events.findCameoMany(codes), (row) => row.code);
  }

  async list(rawFilter: Input<typeof EventFilter>, page: PageRequest): Promise<Page<Event>> {
    const filter = parseInput(EventFilter, rawFilter, 'filter');
    const window = pageWindow(page, this.limits, EVENT_ORDER);
    const participant = filter?.participant ? await this.actors.resolveName(filter.participant, 'filter.participant') : null;
    return this.events.list(
      {
        cameoPrefix: filter?.cameoPrefix,
        from: filter?.from,
        to: filter?.to,
        participantId: participant?.id ?? null,
        participantRole: filter?.participantRole,
      },
      window,
    );
  }

  async create(rawInput: Input<typeof CreateEventInput>, author: string): Promise<Event> {
    const input = parseInput(CreateEventInput, rawInput);
    await this.requireCameo(input.cameoCode);
    await this.actors.requireIds(input.participants.map((p, i) => ({ id: p.actorId, field: `input.participants.${i}.actorId` })));
    return this.events.create(input, author);
  }

  async update(rawId: string, rawInput: Input<typeof UpdateEventInput>, author: string): Promise<Event> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateEventInput, rawInput);
    const current = await this.requireEvent(id);
    const start = input.startDate ?? current.startDate;
    const end = input.endDate === undefined ? current.endDate : input.endDate;
    if (end && end < start) throw new UserInputError('input.endDate must not be before startDate', 'input.endDate');
    if (input.cameoCode) await this.requireCameo(input.cameoCode);
    if (input.participants) {
      await this.actors.requireIds(input.participants.map((p, i) => ({ id: p.actorId, field: `input.participants.${i}.actorId` })));
    }
    return this.events.update(id, input, author);
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    const event = await this.requireEvent(id);
    const claims = await this.events.countClaimsAbout(id);
    if (claims > 0) {
      throw new ConflictError(`Event "${event.title}" is still referenced by ${claims} claims; remove those first`, 'id', {
        references: { claims },
      });
    }
    await this.events.delete(id, author);
    return { id: String(id) };
  }

  getCameo(code: string): Promise<CameoCode | null> {
    return this.events.findCameo(code);
  }


  listCameo(prefix: string | null | undefined): Promise<CameoCode[]> {
    if (prefix && !/^\d{1,4}$/.test(prefix)) throw new UserInputError('prefix must be one to four digits', 'prefix');
    return this.events.listCameo(prefix ?? null);
  }

  private async requireEvent(id: number): Promise<Event> {
    const event = await this.events.findById(id);
    if (!event) throw new NotFoundError(`No event has id ${id}`, 'id');
    return event;
  }

  private async requireCameo(code: string): Promise<void> {
    if (!(await this.events.findCameo(code))) {
      throw new UserInputError(`input.cameoCode: ${code} is not in the CAMEO codebook`, 'input.cameoCode');
    }
  }

  // What bundles read and write of events, in the import's transaction (see imports/bundle-stores.ts).

  /** Event ids by key (title and start date). */
  idsByKey(session: SqlSession, refs: readonly { title: string; startDate: string }[]): Promise<Map<string, number>> {
    return this.events.idsByKey(session, refs);
  }

  /** The CAMEO codes among these that the codebook holds. */
  knownCameoCodes(session: SqlSession, codes: readonly string[]): Promise<Set<string>> {
    return this.events.knownCameoCodes(session, codes);
  }

  /** Writes a chunk of a bundle's events and their participants set-based; ids by event key. */
  importEvents(session: SqlSession, rows: readonly EventImportRow[]) {
    return this.events.importEvents(session, rows);
  }
}
