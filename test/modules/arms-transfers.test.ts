import { TEST_AUTHOR, buildActor, buildArmsTransfer, buildSource, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateArmsTransferInput!) { createArmsTransfer(input: $input) {
  id dealId designation category deliveryYear tivDelivered status localProduction supplier { name } recipient { name } source { kind } } }`;

describe('arms transfers', () => {
  it('creates a row of the SIPRI register layout', async () => {
    const supplier = await buildActor(t.services);
    const recipient = await buildActor(t.services);
    const source = await buildSource(t.services, { kind: 'DATASET' });
    const { createArmsTransfer } = dataOf(
      await t.execute(CREATE, {
        input: {
          supplierId: String(supplier.id), recipientId: String(recipient.id), sourceId: String(source.id),
          dealId: '12345', designation: 'Su-30MK', description: 'FGA aircraft', category: 'Aircraft',
          orderYear: 1996, deliveryYear: 2002, numberDelivered: 10, tivPerUnit: 35, tivDelivered: 350, status: 'NEW',
        },
      }),
    );
    expect(createArmsTransfer).toMatchObject({
      dealId: '12345', deliveryYear: 2002, tivDelivered: 350, status: 'NEW', localProduction: false,
      supplier: { name: supplier.name }, recipient: { name: recipient.name }, source: { kind: 'DATASET' },
    });
  });

  it.each([
    [{ tivDelivered: -1 }, 'input.tivDelivered'],
    [{ deliveryYear: 1800 }, 'input.deliveryYear'],
    [{ numberDelivered: 2.5 }, 'input.numberDelivered'],
    [{ supplierId: '999999' }, 'input.supplierId'],
    [{ dealId: '' }, 'input.dealId'],
  ])('refuses %j naming %s and writes nothing', async (override, field) => {
    const supplier = await buildActor(t.services);
    const recipient = await buildActor(t.services);
    const source = await buildSource(t.services, { kind: 'DATASET' });
    const before = await t.db.prisma.armsTransfer.count();
    const input = { supplierId: String(supplier.id), recipientId: String(recipient.id), sourceId: String(source.id), dealId: 'd1', designation: 'T-90S', category: 'Armoured vehicles', deliveryYear: 2005, tivDelivered: 10, ...override };
    expect(errorOf(await t.execute(CREATE, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.db.prisma.armsTransfer.count()).toBe(before);
  });

  it('refuses a second row for the same deal, delivery year and dataset with CONFLICT', async () => {
    const row = await buildArmsTransfer(t.services);
    const input = {
      supplierId: String(row.supplierId), recipientId: String(row.recipientId), sourceId: String(row.sourceId),
      dealId: row.dealId, designation: 'x', category: 'Aircraft', deliveryYear: row.deliveryYear, tivDelivered: 1,
    };
    expect(errorOf(await t.execute(CREATE, { input }))).toMatchObject({ code: 'CONFLICT', field: 'input.deliveryYear' });
  });

  it('lists rows by supplier and recipient alias, year range and category, latest first, credited to SIPRI', async () => {
    const supplier = await buildActor(t.services, { aliases: [unique('Supplierland')] });
    const recipient = await buildActor(t.services, { isoCode: 'QQA' });
    const common = { supplierId: String(supplier.id), recipientId: String(recipient.id) };
    await buildArmsTransfer(t.services, { ...common, deliveryYear: 2001, category: 'Ships' });
    await buildArmsTransfer(t.services, { ...common, deliveryYear: 2010, category: 'Aircraft' });
    await buildArmsTransfer(t.services, { ...common, deliveryYear: 2015, category: 'Aircraft' });
    await buildArmsTransfer(t.services, { ...common, deliveryYear: 2022, category: 'Aircraft' });
    const { armsTransfers } = dataOf(
      await t.execute(`query($s: String) { armsTransfers(filter: { supplier: $s, recipient: "qqa", fromYear: 2005, toYear: 2020, category: "aircraft" }) {
        totalCount attribution nodes { deliveryYear } } }`, { s: supplier.name }),
    );
    expect(armsTransfers.totalCount).toBe(2);
    expect(armsTransfers.nodes).toEqual([{ deliveryYear: 2015 }, { deliveryYear: 2010 }]);
    expect(armsTransfers.attribution).toMatch(/SIPRI/);
    expect(errorOf(await t.execute(`{ armsTransfers(filter: { fromYear: 2020, toYear: 2010 }) { totalCount } }`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.fromYear',
    });
  });

  it('reads only the columns a list selection needs, and answers every field as the row read by id does', async () => {
    const supplier = await buildActor(t.services);
    const row = await buildArmsTransfer(t.services, {
      supplierId: String(supplier.id), description: 'FGA aircraft', orderYear: 2008, numberDelivered: 4, tivPerUnit: 25, status: 'SECOND_HAND',
    });
    const every = `id supplier { name } recipient { name } source { title } dealId designation description category orderYear
      orderYearEstimated deliveryYear deliveryYearEstimated numberDelivered numberDeliveredEstimated tivPerUnit tivDelivered status
      localProduction createdAt updatedAt createdBy updatedBy`;
    const { armsTransfer } = dataOf(await t.execute(`query($id: ID!) { armsTransfer(id: $id) { ${every} } }`, { id: String(row.id) }));
    // Every field, asked through a fragment, an alias and both the nodes and the edges of the list.
    const { armsTransfers } = dataOf(
      await t.execute(`query($s: String) { armsTransfers(filter: { supplier: $s }) {
        nodes { ...Every } edges { node { aka: designation } } } }
        fragment Every on ArmsTransfer { ${every} }`, { s: supplier.name }),
    );
    expect(armsTransfers.nodes).toEqual([armsTransfer]);
    expect(armsTransfers.edges).toEqual([{ node: { aka: 'Su-30MK' } }]);

    const listWith = (withDescription: boolean) => t.execute(
      `query($s: String, $d: Boolean!) { armsTransfers(filter: { supplier: $s }) { nodes { designation description @include(if: $d) supplier { name } } } }`,
      { s: supplier.name, d: withDescription },
    );
    const statements = await recordStatements(t.db, () => listWith(false));
    const listStatement = statements.find((sql) => sql.includes('FROM arms_transfer t'))!;
    expect(listStatement).toMatch(/^\/\* listArmsTransfers \*\/ SELECT t\.id, t\.supplier_id AS "supplierId", t\.designation FROM/);
    expect(dataOf(await listWith(true)).armsTransfers.nodes).toEqual([{ designation: 'Su-30MK', description: 'FGA aircraft', supplier: { name: supplier.name } }]);
  });

  it('updates and deletes a row', async () => {
    const row = await buildArmsTransfer(t.services);
    const { updateArmsTransfer } = dataOf(
      await t.execute(`mutation($id: ID!) { updateArmsTransfer(id: $id, input: { tivDelivered: 12.5, status: SECOND_HAND }) { tivDelivered status } }`, { id: String(row.id) }),
    );
    expect(updateArmsTransfer).toEqual({ tivDelivered: 12.5, status: 'SECOND_HAND' });
    dataOf(await t.execute(`mutation($id: ID!) { deleteArmsTransfer(id: $id) { id } }`, { id: String(row.id) }));
    expect(await t.db.prisma.armsTransfer.findUnique({ where: { id: row.id } })).toBeNull();
  });

  it('refuses TIV and counts beyond what the figures can hold, through the API and a bundle, so rankings and trends keep working', async () => {
    const row = await buildArmsTransfer(t.services);
    const create = `mutation($input: CreateArmsTransferInput!) { createArmsTransfer(input: $input) { id } }`;
    const input = { supplierId: String(row.supplierId), recipientId: String(row.recipientId), sourceId: String(row.sourceId), dealId: unique('huge'), designation: 'X', category: 'Other', deliveryYear: 2011 };
    expect(errorOf(await t.execute(create, { input: { ...input, tivDelivered: 1e308 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tivDelivered' });
    expect(errorOf(await t.execute(create, { input: { ...input, tivDelivered: 1, tivPerUnit: 1e300 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tivPerUnit' });
    const updated = `mutation($id: ID!) { updateArmsTransfer(id: $id, input: { tivDelivered: 1e308 }) { id } }`;
    expect(errorOf(await t.execute(updated, { id: String(row.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tivDelivered' });
    const imported = await t.services.imports.importBundle({ armsTransfers: [{ supplier: String(row.supplierId), recipient: 'x', source: { url: 'https://example.org/x' }, dealId: 'D', designation: 'X', category: 'Other', deliveryYear: 2011, tivDelivered: 1e308 }] }, { author: TEST_AUTHOR });
    expect(imported.errors).toContainEqual(expect.objectContaining({ entity: 'armsTransfers', index: 0, field: 'tivDelivered', message: 'must be at most 100000 (million TIV)' }));
    const supplier = await t.db.prisma.actor.findUniqueOrThrow({ where: { id: row.supplierId } });
    const { topArmsRecipients } = dataOf(await t.execute(`query($s: String!) { topArmsRecipients(supplier: $s) { totalTiv } }`, { s: supplier.name }));
    expect(topArmsRecipients.totalTiv).toBe(100);
  });
});
