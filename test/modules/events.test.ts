import { buildActor, buildClaim, buildEvent, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) {
  id title startDate startPrecision endDate type { code label parent { code label } } participants { role actor { name } } } }`;

describe('events', () => {
  it('creates an event typed by a CAMEO code, with participants and roles', async () => {
    const host = await buildActor(t.services);
    const visitor = await buildActor(t.services, { kind: 'PERSON' });
    const { createEvent } = dataOf(
      await t.execute(CREATE, {
        input: {
          cameoCode: '043',
          title: 'Summit',
          startDate: '2025-12-04',
          endDate: '2025-12-05',
          participants: [
            { actorId: String(host.id), role: 'HOST' },
            { actorId: String(visitor.id), role: 'VISITOR' },
          ],
        },
      }),
    );
    expect(createEvent).toMatchObject({
      title: 'Summit',
      startDate: '2025-12-04',
      startPrecision: 'DAY',
      endDate: '2025-12-05',
      type: { code: '043', label: 'Host a visit', parent: { code: '04', label: 'CONSULT' } },
      participants: [
        { role: 'HOST', actor: { name: host.name } },
        { role: 'VISITOR', actor: { name: visitor.name } },
      ],
    });
  });

  it.each([
    [{ cameoCode: '999', title: 'x', startDate: '2020-01-01' }, 'input.cameoCode'],
    [{ cameoCode: 'abc', title: 'x', startDate: '2020-01-01' }, 'input.cameoCode'],
    [{ cameoCode: '043', title: 'x', startDate: '2020-01-02', endDate: '2020-01-01' }, 'input.endDate'],
    [{ cameoCode: '043', title: 'x', startDate: '2020-01-01', participants: [{ actorId: '999999', role: 'HOST' }] }, 'input.participants.0.actorId'],
  ])('refuses %j naming %s and writes nothing', async (input, field) => {
    const before = await t.db.prisma.event.count();
    expect(errorOf(await t.execute(CREATE, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.db.prisma.event.count()).toBe(before);
  });

  it('filters by CAMEO prefix, date range and participant alias and role', async () => {
    const alias = unique('Ruritania');
    const actor = await buildActor(t.services, { aliases: [alias] });
    const inRange = await buildEvent(t.services, { cameoCode: '163', startDate: '2022-12-05', participants: [{ actorId: String(actor.id), role: 'TARGET' }] });
    await buildEvent(t.services, { cameoCode: '163', startDate: '2015-01-01', participants: [{ actorId: String(actor.id), role: 'TARGET' }] });
    await buildEvent(t.services, { cameoCode: '043', startDate: '2022-12-06', participants: [{ actorId: String(actor.id), role: 'HOST' }] });
    const query = `query($filter: EventFilter) { events(filter: $filter) { totalCount nodes { id } } }`;
    const found = dataOf(await t.execute(query, { filter: { cameoPrefix: '16', from: '2020-01-01', to: '2023-01-01', participant: alias.toUpperCase() } }));
    expect(found.events).toEqual({ totalCount: 1, nodes: [{ id: String(inRange.id) }] });
    const hosts = dataOf(await t.execute(query, { filter: { participant: alias, participantRole: 'HOST' } }));
    expect(hosts.events.totalCount).toBe(1);
    expect(errorOf(await t.execute(query, { filter: { participant: 'Nobody-at-all' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'filter.participant' });
  });

  it('updates an event and replaces its participants', async () => {
    const event = await buildEvent(t.services);
    const actor = await buildActor(t.services);
    const { updateEvent } = dataOf(
      await t.execute(`mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { title location participants { role actor { id } } } }`, {
        id: String(event.id),
        input: { title: 'Renamed', location: 'Geneva', participants: [{ actorId: String(actor.id), role: 'MEDIATOR' }] },
      }),
    );
    expect(updateEvent).toEqual({ title: 'Renamed', location: 'Geneva', participants: [{ role: 'MEDIATOR', actor: { id: String(actor.id) } }] });
  });

  it('refuses to delete an event that a claim is about', async () => {
    const event = await buildEvent(t.services);
    await buildClaim(t.services, { eventId: String(event.id) });
    expect(errorOf(await t.execute(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: String(event.id) }))).toMatchObject({ code: 'CONFLICT' });
    const free = await buildEvent(t.services);
    expect(dataOf(await t.execute(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: String(free.id) })).deleteEvent.id).toBe(String(free.id));
  });

  it('serves the whole CAMEO codebook', async () => {
    const { cameoCodes } = dataOf(await t.execute(`{ cameoCodes { code } }`));
    expect(cameoCodes).toHaveLength(316);
    const { cameoCode } = dataOf(await t.execute(`{ cameoCode(code: "2041") { label parent { code parent { code } } } }`));
    expect(cameoCode).toEqual({ label: 'Use chemical, biological, or radiological weapons', parent: { code: '204', parent: { code: '20' } } });
  });
});
