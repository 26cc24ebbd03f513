// Reads answered by one statement that builds their JSON in the database (src/server/compiled-reads.ts) must
// answer exactly what the resolvers answer, value for value, cursor for cursor and error for error, whether the
// request comes in process (parsed JSON) or over HTTP (the database's text passed through).
import { loadSample } from '../../src/sample/sample';
import { buildActor, buildArmsTransfer, buildClaim, buildSource, TEST_AUTHOR } from '../builders';
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
  // Russia with its president, events, claims, citations and counterparts: the relations page.
  await loadSample(compiled.services);
  const supplier = await buildActor(compiled.services, { name: supplierName, isoCode: 'ZZT', aliases: ['Zed Land', 'Zedonia'], demonyms: ['Zedish'], description: 'A test state 🏳️', wikidataId: 'Q999999' });
  const deprecated = dataOf(await compiled.execute(`query($id: ID!) { actor(id: $id) { aliasRecords { id alias } } }`, { id: String(supplier.id) }))
    .actor.aliasRecords.find((alias: { alias: string }) => alias.alias === 'Zedonia');
  dataOf(await compiled.execute(`mutation($id: ID!) { rankAlias(id: $id, rank: DEPRECATED, reason: "a misspelling") { id } }`, { id: deprecated.id }));
  const recipients = [await buildActor(compiled.services, { name: 'Test Recipient One' }), await buildActor(compiled.services, { name: 'Test Recipient Two', kind: 'NON_STATE_ARMED_GROUP' })];
  const dataset = await buildSource(compiled.services, { kind: 'DATASET', text: null, url: 'https://example.org/compiled-reads' });
  // A claim with two citations (their order), asserted by the supplier about a recipient; a deprecated affiliation.
  const article = await buildSource(compiled.services);
  const quotes = ['Russia supplies fighter jets to India.', 'Oil imports from Moscow fell.'];
  await buildClaim(compiled.services, {
    statement: 'A claim with two citations', asserterId: String(supplier.id), about: [{ actorId: String(recipients[0]!.id) }],
    citations: quotes.reverse().map((quote) => ({ sourceId: String(article.id), quote, stance: 'SUPPORTS' })),
  });
  for (const [index, recipient] of recipients.entries()) {
    const affiliation = await compiled.services.actors.createAffiliation({ memberId: String(recipient.id), organisationId: String(supplier.id), role: `Role ${index}`, startDate: '2020-01-01' }, TEST_AUTHOR);
    if (index === 0) dataOf(await compiled.execute(`mutation($id: ID!) { rankAffiliation(id: $id, rank: DEPRECATED, reason: "superseded") { id } }`, { id: String(affiliation.id) }));
  }
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

  it('leaves a selection with a field its resolver computes, or a directive, to the resolvers', async () => {
    for (const query of [
      `{ armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { designation source { title textLength } } } }`,
      `query($d: Boolean!) { armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { designation @include(if: $d) } } }`,
      `{ armsTransfers(filter: { supplier: "ZZT" }, first: 3) { nodes { supplier { name sources { citations } } } } }`,
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

describe('an actor and its relations read as one statement building its JSON', () => {
  const PAGE = `query($name: String) { actor(name: $name) { name kind aliases
    members(at: "2025-12-04") { role member { name } }
    events(first: 20) { role event { title startDate } }
    claimsAbout(first: 20) { statement citations { quote source { title } } }
    counterparts(first: 10) { links actor { name } } } }`;
  const EVERYTHING = `query($name: String) { actor(name: $name) { id name __typename
    affiliations { id role startDate endDate rank rankReason organisation { name } member { name } }
    members(includeDeprecated: true) { role __typename }
    claimsBy(first: 20) { id statement predicate objectValue rank rankReason validFrom validTo confidence asserter { name } subject { name } objectActor { name } event { title }
      citations { id quote startOffset endOffset stance source { id kind title publisher author url publishedAt edition reliability contentHash originalLength repeatedParagraphs } claim { id } } }
    events(role: INITIATOR, first: 3) { role event { id title startDate startPrecision endDate endPrecision location description } }
    counterparts { sharedEvents sharedClaims sharedArmsDeals links actor { id name aliases demonyms } } } }`;

  it("answers the relations page as the resolvers do, in one statement", async () => {
    const { expected, statements } = await answer(PAGE, { name: 'Russia' });
    expect(expected.data.actor.members.map((member: { member: { name: string } }) => member.member.name)).toContain('Vladimir Putin');
    expect(expected.data.actor.claimsAbout.length).toBeGreaterThan(0);
    expect(expected.data.actor.counterparts.length).toBeGreaterThan(0);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\/\* actorJson \*\//);
  });

  it.each(['Russia', 'rus', 'India', supplierName])('answers every declared field of %s and its relations as the resolvers do', async (name) => {
    expect((await answer(EVERYTHING, { name })).expected.data.actor.name).toBeTruthy();
  });

  it('orders citations and leaves deprecated affiliations out unless asked, as the resolvers do', async () => {
    const { expected } = await answer(`query($name: String) { actor(name: $name) {
      claimsBy(first: 5) { citations { quote } } members { role } all: members(includeDeprecated: true) { role } } }`, { name: supplierName });
    expect(expected.data.actor.claimsBy[0].citations).toHaveLength(2);
    expect(expected.data.actor.members).toEqual([{ role: 'Role 1' }]);
    expect(expected.data.actor.all).toHaveLength(2);
  });

  it('reads the relations of every row of a list at once', async () => {
    const query = `{ armsTransfers(first: 5) { nodes { supplier { name counterparts(first: 2) { links actor { name } } events(first: 1) { event { title } } claimsAbout(first: 1) { statement } } } } }`;
    expect((await answer(query, {})).statements).toHaveLength(1);
  });

  it('answers an unknown name with null, and leaves an id (which may redirect to a merged actor) to the resolvers', async () => {
    expect((await answer(PAGE, { name: 'Nowhere At All' })).expected.data.actor).toBeNull();
    const russia = dataOf(await compiled.execute(`{ actor(name: "Russia") { id } }`)).actor;
    const { statements } = await answer(`query($id: ID) { actor(id: $id) { name aliases } }`, { id: russia.id });
    expect(statements.some((sql) => sql.includes('Json */'))).toBe(false);
  });

  it.each([
    ['events(first: 0)', 'first'],
    ['events(from: "2020-01-01", to: "2010-01-01")', 'from'],
    ['counterparts(first: 900)', 'first'],
    ['claimsAbout(first: -1)', 'first'],
  ])('refuses %s with the resolvers\' own error', async (field, named) => {
    const { expected } = await answer(`{ actor(name: "India") { ${field.startsWith('events') ? `${field} { role }` : `${field} { __typename }`} } }`, {});
    expect(expected.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: named });
  });
});
