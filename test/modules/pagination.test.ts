// Paging through the five top-level lists: a cursor holds its row's place in the list's order, so a deleted row
// does not end the pagination early, and a cursor the API did not make is bad input naming `after`.
import { buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

interface ListCase {
  list: string;
  /** Creates five rows that `filter` selects; returns the filter and a way to delete a row by id. */
  seed: () => Promise<{ filter: string; remove: (id: string) => Promise<unknown> }>;
}

const cases: ListCase[] = [
  {
    list: 'actors',
    seed: async () => {
      const tag = unique('Paged').replace(' ', '');
      for (let i = 0; i < 5; i++) await buildActor(t.services, { name: `${tag} ${i}` });
      return { filter: `{ name: "${tag}" }`, remove: (id) => t.services.actors.delete(id, TEST_AUTHOR) };
    },
  },
  {
    list: 'events',
    seed: async () => {
      const actor = await buildActor(t.services);
      // Two on one day: the id orders them within it.
      for (const day of ['2020-01-01', '2020-01-02', '2020-01-02', '2020-01-03', '2020-01-04']) {
        await buildEvent(t.services, { startDate: day, participants: [{ actorId: String(actor.id), role: 'HOST' }] });
      }
      return { filter: `{ participant: "${actor.name}" }`, remove: (id) => t.services.events.delete(id, TEST_AUTHOR) };
    },
  },
  {
    list: 'sources',
    seed: async () => {
      const publisher = unique('Paged press');
      // Undated sources come last.
      for (const publishedAt of ['2021-01-01', '2022-01-01', null, '2022-01-01', null]) await buildSource(t.services, { publisher, publishedAt });
      return { filter: `{ publisher: "${publisher}" }`, remove: (id) => t.services.sources.delete(id, TEST_AUTHOR) };
    },
  },
  {
    list: 'claims',
    seed: async () => {
      const actor = await buildActor(t.services);
      for (let i = 0; i < 5; i++) await buildClaim(t.services, { asserterId: String(actor.id) });
      return { filter: `{ actor: "${actor.name}" }`, remove: (id) => t.services.claims.delete(id, TEST_AUTHOR) };
    },
  },
  {
    list: 'armsTransfers',
    seed: async () => {
      const supplier = await buildActor(t.services);
      const first = await buildArmsTransfer(t.services, { supplierId: String(supplier.id), deliveryYear: 2001 });
      for (const deliveryYear of [2002, 2002, 2003, 2004]) {
        await buildArmsTransfer(t.services, { supplierId: String(supplier.id), recipientId: String(first.recipientId), sourceId: String(first.sourceId), deliveryYear });
      }
      return { filter: `{ supplier: "${supplier.name}" }`, remove: (id) => t.services.armsTransfers.delete(id, TEST_AUTHOR) };
    },
  },
];

const page = (list: string, filter: string) =>
  `query($after: String) { ${list}(filter: ${filter}, first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;

describe.each(cases)('$list', ({ list, seed }) => {
  it('reads every row once across pages, and goes on after the row under the cursor was deleted', async () => {
    const { filter, remove } = await seed();
    const all = dataOf(await t.execute(`{ ${list}(filter: ${filter}) { nodes { id } } }`))[list].nodes.map((node: { id: string }) => node.id);
    expect(all).toHaveLength(5);
    const first = dataOf(await t.execute(page(list, filter)))[list];
    expect(first.nodes.map((node: { id: string }) => node.id)).toEqual(all.slice(0, 2));
    await remove(all[1]);
    const second = dataOf(await t.execute(page(list, filter), { after: first.pageInfo.endCursor }))[list];
    expect(second.nodes.map((node: { id: string }) => node.id)).toEqual(all.slice(2, 4));
    expect(second.pageInfo.hasNextPage).toBe(true);
    const third = dataOf(await t.execute(page(list, filter), { after: second.pageInfo.endCursor }))[list];
    expect(third.nodes.map((node: { id: string }) => node.id)).toEqual(all.slice(4));
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['an id past the integer range', Buffer.from('c:2147483648').toString('base64url')],
    ['keys of another shape', Buffer.from('k[2147483648]').toString('base64url')],
    ['no base64 at all', '%%%'],
    ['JSON that is not a key list', Buffer.from('k{"id":1}').toString('base64url')],
  ])('refuses a forged cursor (%s) with BAD_USER_INPUT naming after', async (_what, after) => {
    const refused = errorOf(await t.execute(`query($after: String) { ${list}(after: $after) { totalCount } }`, { after }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refused.message).not.toMatch(/prisma|invocation|\.ts:/i);
  });
});
