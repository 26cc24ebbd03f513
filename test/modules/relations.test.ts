// Relations around an actor, an event and a source, in one request each, over the sample article and SIPRI's
// register; and the number of SQL statements such requests send, which must not grow with the rows returned.
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { sampleArticleText } from '../helpers/sample-article';
import { sliceCodePoints } from '../../src/shared/text';
import { registerRows } from '../helpers/sipri-csv';
import { createTestDatabase } from '../helpers/database';
import { expectSqlSnapshot, recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';
import { TEST_AUTHOR } from '../builders';

let t: TestServer;
beforeAll(async () => {
  // One connection: the statements of a request in one order (see the SQL snapshots).
  t = await createTestServer({ db: await createTestDatabase({ poolSize: 1 }) });
  await loadSample(t.services);
  await loadSipriSample(t.services);
}, 120_000);
afterAll(() => t.close());

const RELATIONS_PAGE = `query($name: String!, $at: Date, $first: Int) {
  actor(name: $name) {
    name kind aliases
    affiliations(at: $at) { role organisation { name } }
    members(at: $at) { role member { name } }
    events(first: $first) { role event { title startDate type { code label } participants { role actor { name } } } }
    claimsAbout(first: $first) { statement asserter { name } about { role actor { name } } citations { quote stance source { title } } }
    claimsBy(first: $first) { statement citations { quote } }
    sources(first: $first) { citations armsTransfers source { title url } }
    counterparts(first: $first) { links sharedEvents sharedClaims sharedArmsDeals actor { name } }
  } }`;

/** What the relations page sends, whatever the rows: the actor with its aliases, and one statement per relation and level. */
const RELATIONS_PAGE_STATEMENTS = 13;

/** Distinct SIPRI deals between two parties, either way, from the CSV. */
function dealsBetween(a: string, b: string): number {
  return new Set(registerRows().filter((r) => (r.supplier === a && r.recipient === b) || (r.supplier === b && r.recipient === a)).map((r) => r.dealId)).size;
}

describe('the relations around an actor, in one request', () => {
  it("shows Russia (asked for as Moscow): its president, events, claims by and about it, sources and counterparts", async () => {
    let actor: Record<string, any> = {};
    const statements = await recordStatements(t.db, async () => {
      actor = dataOf(await t.execute(RELATIONS_PAGE, { name: 'Moscow', at: '2025-12-04', first: 50 })).actor;
    });
    expect(actor.name).toBe('Russia');
    expect(actor.members).toEqual([{ role: 'President', member: { name: 'Vladimir Putin' } }]);
    expect(actor.events.map((e: any) => [e.event.type.code, e.role])).toEqual([['043', 'VISITOR'], ['163', 'TARGET'], ['163', 'TARGET'], ['190', 'INITIATOR']]);

    const russia = await t.db.prisma.actor.findFirstOrThrow({ where: { name: 'Russia' } });
    const about = await t.db.prisma.claimActor.count({ where: { actorId: russia.id } });
    expect(actor.claimsAbout).toHaveLength(about);
    for (const claim of actor.claimsAbout) expect(claim.about.map((a: any) => a.actor.name)).toContain('Russia');
    expect(actor.claimsBy.map((c: any) => c.statement)).toEqual(['Russia plans to strengthen its partnership with India and China to circumvent Western sanctions.']);

    const asParty = registerRows().filter((r) => r.supplier === 'Russia' || r.recipient === 'Russia').length;
    expect(actor.sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ armsTransfers: 0, source: expect.objectContaining({ title: expect.stringContaining('Putin arrives in New Delhi') }) }),
        expect.objectContaining({ citations: 0, armsTransfers: asParty, source: expect.objectContaining({ url: 'https://www.sipri.org/databases/armstransfers' }) }),
      ]),
    );

    const india = actor.counterparts.find((c: any) => c.actor.name === 'India');
    expect(india).toMatchObject({ sharedEvents: 1, sharedArmsDeals: dealsBetween('Russia', 'India') });
    expect(india.links).toBe(india.sharedEvents + india.sharedClaims + india.sharedArmsDeals);
    const links = actor.counterparts.map((c: any) => c.links);
    expect(links).toEqual([...links].sort((a, b) => b - a));
    expect(actor.counterparts[0].actor.name).toBe('India');

    expectSqlSnapshot('actor-relations-page', statements);
  });

  it('sends a fixed number of statements, whether each relation returns 2 rows or 50', async () => {
    const count = async (first: number) =>
      (await recordStatements(t.db, async () => dataOf(await t.execute(RELATIONS_PAGE, { name: 'Russia', first })))).length;
    // One per relation and nesting level (loaders batch each level); the rows returned do not add any.
    const [few, many] = [await count(2), await count(50)];
    expect(many).toBe(few);
    expect(many).toBe(RELATIONS_PAGE_STATEMENTS);
  });

  it('filters events by CAMEO code prefix, date range and role', async () => {
    const query = `query($prefix: String, $from: Date, $to: Date, $role: ParticipantRole) { actor(name: "Russia") {
      events(cameoPrefix: $prefix, from: $from, to: $to, role: $role) { role event { title } } } }`;
    const titles = async (variables: Record<string, unknown>) =>
      dataOf(await t.execute(query, variables)).actor.events.map((e: any) => e.event.title);
    expect(await titles({ prefix: '04' })).toEqual(['India-Russia annual summit in New Delhi']);
    // An event without an end date is taken as a day, as in the events list.
    expect(await titles({ from: '2022-06-01', to: '2023-01-01' })).toEqual(['Western sanctions on Russian oil']);
    expect(await titles({ role: 'TARGET' })).toEqual(['US sanctions on Rosneft and Lukoil', 'Western sanctions on Russian oil']);
    expect(errorOf(await t.execute(query, { prefix: 'x4' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cameoPrefix' });
  });
});

describe('the relations around an event and a source', () => {
  it("gives the summit's participants, claims and the sources they cite", async () => {
    const { events } = dataOf(await t.execute(`{ events(filter: { cameoPrefix: "043" }) { nodes {
      participants { role actor { name } } claims { statement } sources { title } } } }`));
    const [summit] = events.nodes;
    expect(summit.participants).toHaveLength(4);
    const stored = await t.db.prisma.claim.count({ where: { event: { cameoCode: '043' } } });
    expect(summit.claims).toHaveLength(stored);
    expect(summit.sources.map((s: any) => s.title)).toEqual([expect.stringContaining('Putin arrives in New Delhi')]);
  });

  it("gives the article's claims, the actors it mentions, and each cited quote located at its offsets in the text", async () => {
    const { sources } = dataOf(await t.execute(`{ sources(filter: { kind: NEWS_ARTICLE }, first: 10) { nodes {
      text claims { statement } actors { name } citations { quote startOffset endOffset stance claim { statement } } } } }`));
    const article = sources.nodes.find((s: any) => s.text === sampleArticleText());
    expect(article.claims).toHaveLength(14);
    expect(article.actors.map((a: any) => a.name)).toEqual(expect.arrayContaining(['Russia', 'India', 'China', 'Vladimir Putin']));
    expect(article.citations).toHaveLength(14);
    for (const citation of article.citations) expect(sliceCodePoints(article.text, citation.startOffset, citation.endOffset)).toBe(citation.quote);
    const offsets = article.citations.map((c: any) => c.startOffset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe('no N+1: statements per request do not grow with the rows returned', () => {
  const IMPORTS = `query($first: Int) { armsTransfers(filter: { recipient: "India" }, orderBy: DELIVERY_YEAR_DESC, first: $first) {
    nodes { deliveryYear designation tivDelivered supplier { name aliases } } } }`;

  it("reads India's 100 most recent imports with each supplier's name and aliases in a fixed number of statements", async () => {
    let nodes: any[] = [];
    const statements = await recordStatements(t.db, async () => {
      nodes = dataOf(await t.execute(IMPORTS, { first: 100 })).armsTransfers.nodes;
    });
    expect(nodes).toHaveLength(100);
    expect(nodes.find((n) => n.supplier.name === 'Russia').supplier.aliases).toContain('Moscow');
    // One statement building the JSON: the page (the recipient's name resolved inside), its suppliers and their aliases.
    expect(statements).toHaveLength(1);
    const few = await recordStatements(t.db, async () => dataOf(await t.execute(IMPORTS, { first: 3 })));
    expect(few).toHaveLength(1);
    expectSqlSnapshot('india-recent-imports', statements);
  });

  it('reads 50 claims with their citations, sources and actors in a fixed number of statements', async () => {
    const url = 'https://example.org/n-plus-one';
    const text = Array.from({ length: 50 }, (_, i) => `Sentence number ${i} says something.`).join(' ');
    const result = await t.services.imports.importBundle({
      sources: [{ kind: 'REPORT', title: 'Fifty sentences', url, text }],
      claims: Array.from({ length: 50 }, (_, i) => ({
        statement: `Claim number ${i}.`,
        asserter: i % 2 ? 'Russia' : 'India',
        subject: 'China',
        about: [{ actor: 'United States' }],
        citations: [
          { source: { url }, quote: `Sentence number ${i} says`, stance: 'SUPPORTS' },
          { source: { url: 'https://www.sipri.org/databases/armstransfers' }, quote: 'the register', stance: 'MENTIONS' },
        ],
      })),
    }, { author: TEST_AUTHOR });
    expect(result.errors).toEqual([]);
    const CLAIMS = `query($first: Int) { claims(filter: { sourceId: "${(await t.db.prisma.source.findFirstOrThrow({ where: { url } })).id}" }, first: $first) {
      nodes { statement asserter { name } subject { name } about { role actor { name aliases } }
        citations { quote stance source { title url } } } } }`;
    let nodes: any[] = [];
    const statements = await recordStatements(t.db, async () => {
      nodes = dataOf(await t.execute(CLAIMS, { first: 50 })).claims.nodes;
    });
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.citations.length === 2 && n.about.length === 2)).toBe(true);
    // The page, then one statement per relation and level: asserters and subjects, claim actors, citations, their
    // actors (a level down), their sources.
    expect(statements).toHaveLength(6);
    const few = await recordStatements(t.db, async () => dataOf(await t.execute(CLAIMS, { first: 2 })));
    expect(few).toHaveLength(6);
    expectSqlSnapshot('fifty-claims-with-citations', statements);
  });
});
