// Reads answered by one statement that builds their JSON in the database (src/server/compiled-reads.ts) must
// answer exactly what the resolvers answer, value for value, cursor for cursor and error for error, whether the
// request comes in process (parsed JSON) or over HTTP (the database's text passed through).
import { buildActor, buildArmsTransfer, buildSource } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, type GraphQLResult, type TestServer } from '../helpers/test-server';

let compiled: TestServer;
let resolved: TestServer;
let compiledUrl: string;
const supplierName = "Côte d'Ivoire \"test\" \\ supplier";

beforeAll(async () => {
  compiled = await createTestServer();
  // The same database and services, every field through the resolvers.
  resolved = await createTestServer({ db: compiled.db, compiledReads: false });
  compiledUrl = await compiled.server.listen(0, '127.0.0.1');
  const supplier = await buildActor(compiled.services, { name: supplierName, isoCode: 'ZZT', aliases: ['Zed Land', 'Zedonia'], demonyms: ['Zedish'], description: 'A test state 🏳️', wikidataId: 'Q999999' });
  const deprecated = dataOf(await compiled.execute(`query($id: ID!) { actor(id: $id) { aliasRecords { id alias } } }`, { id: String(supplier.id) }))
    .actor.aliasRecords.find((alias: { alias: string }) => alias.alias === 'Zedonia');
  dataOf(await compiled.execute(`mutation($id: ID!) { rankAlias(id: $id, rank: DEPRECATED, reason: "a misspelling") { id } }`, { id: deprecated.id }));
  const recipients = [await buildActor(compiled.services, { name: 'Test Recipient One' }), await buildActor(compiled.services, { name: 'Test Recipient Two', kind: 'NON_STATE_ARMED_GROUP' })];
  const dataset = await buildSource(compiled.services, { kind: 'DATASET', text: null, url: 'https://example.org/compiled-reads' });
  // Ties on year and on TIV, nulls, estimates, quotes, backslashes and non-ASCII text: what the orders and the JSON must survive.
  for (let index = 0; index < 9; index++) {
    const row = await buildArmsTransfer(compiled.services, {
      supplierId: String(supplier.id), recipientId: String(recipients[index % 2]!.id), sourceId: String(dataset.id),
      designation: index === 0 ? 'T-72 "Ajeya" \\ Mk.1 — 装甲' : `Design ${index}`, category: index % 3 === 0 ? 'Armoured vehicles' : 'Aircraft',
      deliveryYear: 2010 + (index % 4), tivDelivered: index % 2 === 0 ? 12.5 : 0.1 + index, tivPerUnit: index === 3 ? null : 1.25,
      numberDelivered: index === 4 ? null : index + 1, orderYear: index === 5 ? null : 2008, orderYearEstimated: index === 6,
      status: index === 7 ? 'SECOND_HAND' : 'NEW', localProduction: index === 8, description: index === 2 ? null : `Row ${index}`,
    });
    if (index % 2 === 0) {
      await compiled.db.transaction((session) => session.query(`/* testSeen */ UPDATE arms_transfer SET first_seen = '2020-01-31', last_seen = $2 WHERE id = $1`, [row.id, `202${index}-06-0${index + 1}`]));
    }
  }
}, 120_000);
afterAll(async () => {
  await resolved.server.stop();
  await compiled.close();
});

const ACTOR_FIELDS = 'id kind name isoCode wikidataId description aliases demonyms __typename';
const TRANSFER_FIELDS = `id firstSeen lastSeen dealId designation description category orderYear orderYearEstimated deliveryYear
  deliveryYearEstimated numberDelivered numberDeliveredEstimated tivPerUnit tivDelivered status localProduction __typename
  supplier { ${ACTOR_FIELDS} } recipient { ...Named }`;
const LIST = `query($filter: ArmsTransferFilter, $orderBy: ArmsTransferOrder, $first: Int, $after: String) {
  __typename
  list: armsTransfers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    __typename totalCount attribution
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
    nodes { ${TRANSFER_FIELDS} }
    edges { cursor __typename node { designation tiv: tivDelivered } }
    nodes { supplier { isoCode } }
  } }
  fragment Named on Actor { name aliases kind }`;

async function overHttp(query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await fetch(`${compiledUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLResult;
}

/** An answer without the request id its errors carry. */
const comparable = (result: GraphQLResult) => JSON.parse(JSON.stringify(result, (key, value) => (key === 'requestId' ? undefined : value)));

/** The answer of both paths, checked to be the same in process and over HTTP; with the statements the compiled path sent. */
async function answer(query: string, variables: Record<string, unknown>) {
  const expected = comparable(await resolved.execute(query, variables));
  const statements = await recordStatements(compiled.db, async () => expect(comparable(await compiled.execute(query, variables))).toEqual(expected));
  expect(comparable(await overHttp(query, variables))).toEqual(expected);
  return { expected, statements };
}

describe('a list read as one statement building its JSON', () => {
  it('answers every declared field as the resolvers do, in one statement', async () => {
    const { expected, statements } = await answer(LIST, { filter: { supplier: 'ZZT' }, first: 5 });
    expect(expected.data.list.nodes).toHaveLength(5);
    expect(expected.data.list.nodes[0].supplier.aliases).toEqual(['Zed Land']);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\/\* armsTransfersJson \*\//);
    const resolverStatements = await recordStatements(resolved.db, () => resolved.execute(LIST, { filter: { supplier: 'ZZT' }, first: 5 }));
    expect(resolverStatements[0]).toMatch(/^\/\* listArmsTransfers \*\//);
  });

  it.each(['DELIVERY_YEAR_DESC', 'DELIVERY_YEAR_ASC', 'TIV_DESC'])('pages through the whole list in order %s with the same cursors', async (orderBy) => {
    let after: string | null = null;
    const seen: string[] = [];
    for (let page = 0; page < 6; page++) {
      const { expected } = await answer(LIST, { filter: { supplier: supplierName }, orderBy, first: 2, after });
      seen.push(...expected.data.list.nodes.map((node: { id: string }) => node.id));
      if (!expected.data.list.pageInfo.hasNextPage) break;
      after = expected.data.list.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(9);
  });

  it.each([
    ['an alias', { supplier: 'zed land' }],
    ['a recipient and years', { recipient: 'Test Recipient Two', fromYear: 2011, toYear: 2012 }],
    ['a category', { supplier: 'ZZT', category: 'armoured VEHICLES' }],
    ['last seen before', { supplier: 'ZZT', lastSeenBefore: '2023-01-01' }],
  ])('filters by %s', async (_label, filter) => {
    const { expected } = await answer(LIST, { filter, first: 100 });
    expect(expected.data.list.nodes.length).toBeGreaterThan(0);
  });

  it('answers an empty page, and a page of none, as the resolvers do', async () => {
    expect((await answer(LIST, { filter: { supplier: 'ZZT', fromYear: 2100 } })).expected.data.list.nodes).toEqual([]);
    expect((await answer(LIST, { filter: { supplier: 'ZZT' }, first: 0 })).expected.data.list.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['an unknown name', { filter: { supplier: 'Nowhere At All' } }, 'NOT_FOUND'],
    ['a page over the limit', { first: 501 }, 'BAD_USER_INPUT'],
    ['a cursor of no list', { after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    ['a year out of range', { filter: { fromYear: -5 } }, 'BAD_USER_INPUT'],
  ])('refuses %s with the resolvers\' own error', async (_label, variables, code) => {
    const { expected } = await answer(LIST, variables);
    expect(expected.errors[0].extensions.code).toBe(code);
  });

  it('leaves a selection with a field it does not declare, or a directive, to the resolvers', async () => {
    for (const query of [
      `{ armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { designation source { title } } } }`,
      `query($d: Boolean!) { armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { designation @include(if: $d) } } }`,
      `{ armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { supplier { name members { role } } } } }`,
    ]) {
      const { statements } = await answer(query, { d: true });
      expect(statements[0]).toMatch(/^\/\* listArmsTransfers \*\//);
    }
  });

  it('answers SERVICE_UNAVAILABLE while the register loads, as the resolvers do', async () => {
    compiled.services.loading.begin('The SIPRI register', 10);
    try {
      const result = comparable(await overHttp(LIST, { first: 1 }));
      expect(result.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(result).toEqual(comparable(await compiled.execute(LIST, { first: 1 })));
    } finally {
      compiled.services.loading.end();
    }
  });
});
