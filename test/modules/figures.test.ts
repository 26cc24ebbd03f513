// Stored figures: every stored source gives the sentences of its text that state a figure a data series can check,
// as typed claim candidates with their check; people accept one as a typed claim (asserted by the source, or by the
// speaker of the quotation it is part of, cited to the exact sentence) or reject it, and a relink keeps both. A claim
// that cites a candidate's exact span, however written (the Add-a-source page's bundle, createClaim), accepts it.
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { figureSlices, type FoundFigure } from '../../src/modules/figures/figure-finder';
import { MentionMatcher } from '../../src/modules/mentions/mention-matcher';
import { sliceCodePoints } from '../../src/shared/text';
import { buildActor, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  for (const name of ['Russia', 'India', 'France']) ids[name] = String((await t.services.actors.resolveName(name, 'name')).id);
}, 180_000);
afterAll(() => t.close());

const STORED = `query($id: ID!, $status: [ReviewStatus!], $first: Int, $after: String) { source(id: $id) { text figures(status: $status, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id text startOffset endOffset predicate subject { name } object { name } validFrom validTo objectValue status reviewedBy
          check { verdict explanation }
          claim { id statement predicate subject { name } objectActor { name } objectValue validFrom validTo asserter { name } asserterSource { id }
                  citations { quote startOffset endOffset stance } check { verdict explanation } } } } } }`;

interface StoredFigure {
  id: string;
  text: string;
  startOffset: number;
  endOffset: number;
  predicate: string;
  objectValue: string | null;
  status: string;
  check: { verdict: string; explanation: string } | null;
  claim: Record<string, unknown> | null;
}

async function stored(sourceId: string | number, variables: Record<string, unknown> = {}): Promise<{ text: string; figures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: StoredFigure[] } }> {
  return dataOf(await t.execute(STORED, { id: String(sourceId), ...variables })).source;
}

const ACCEPT = `mutation($input: AcceptFigureInput!) { acceptFigure(input: $input) { id status reviewedBy claim { id statement predicate objectValue asserter { name } asserterSource { id } } } }`;
const REJECT = `mutation($id: ID!) { rejectFigure(id: $id) { id status reviewedBy } }`;

async function storedSource(text: string, title = unique('Figures')) {
  return t.services.sources.create({ kind: 'NEWS_ARTICLE', title, text }, 'test-admin');
}

const FALL = "Russia's share of India's arms imports fell from 69 per cent in 2010-14 to 46 per cent in 2015-19.";
const LARGEST = 'Russia remained the largest arms supplier to India between 2019 and 2023.';
const RISE = "India's arms imports from France increased by 40 per cent between 2014-18 and 2019-23.";

describe('stored figures', () => {
  it('are found when a source is stored, at offsets that slice its stored text, with their check, and paged with their count', async () => {
    const source = await storedSource(`${unique('Delhi')}. ${FALL} Talks went on. ${LARGEST}\n${RISE}`);
    const { text, figures } = await stored(source.id);
    expect(figures.totalCount).toBe(3);
    for (const figure of figures.nodes) expect(sliceCodePoints(text, figure.startOffset, figure.endOffset)).toBe(figure.text);
    expect(figures.nodes.map((f) => [f.predicate, f.objectValue, f.status])).toEqual([
      ['ARMS_SUPPLY_FALLING', '69% to 46%', 'PROPOSED'],
      ['LARGEST_ARMS_SUPPLIER', null, 'PROPOSED'],
      ['ARMS_SUPPLY_RISING', 'by 40%', 'PROPOSED'],
    ]);
    expect(figures.nodes[0]).toMatchObject({ text: FALL, check: { verdict: expect.stringMatching(/SUPPORTED|CONTRADICTED|INCONCLUSIVE/), explanation: expect.stringContaining('Stated figure') } });
    const largest = dataOf(await t.execute(`{ checkClaim(input: { predicate: "LARGEST_ARMS_SUPPLIER", subject: "Russia", object: "India", validFrom: "2019-01-01", validTo: "2023-12-31" }) { verdict explanation } }`)).checkClaim;
    expect(figures.nodes[1]!.check).toEqual({ ...largest, explanation: expect.stringContaining("India's largest suppliers") });
    const page = (await stored(source.id, { first: 1 })).figures;
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect((await stored(source.id, { first: 5, after: page.pageInfo.endCursor })).figures.nodes.map((f) => f.predicate)).toEqual(['LARGEST_ARMS_SUPPLIER', 'ARMS_SUPPLY_RISING']);
  });

  it('are accepted as a typed claim asserted by the source, cited to the sentence, checked as the candidate was', async () => {
    const source = await storedSource(`${unique('Report')}. ${FALL}`);
    const [figure] = (await stored(source.id)).figures.nodes;
    const accepted = dataOf(await t.execute(ACCEPT, { input: { id: figure!.id } })).acceptFigure;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', reviewedBy: 'test-admin', claim: { statement: FALL, predicate: 'ARMS_SUPPLY_FALLING', objectValue: '69% to 46%', asserter: null, asserterSource: { id: String(source.id) } } });
    const [after] = (await stored(source.id)).figures.nodes;
    expect(after!.claim).toMatchObject({
      subject: { name: 'Russia' }, objectActor: { name: 'India' }, validFrom: '2010-01-01', validTo: '2019-12-31',
      citations: [{ quote: FALL, startOffset: figure!.startOffset, endOffset: figure!.endOffset, stance: 'SUPPORTS' }],
      check: figure!.check,
    });
    // Accepted once: a second accept is a conflict and writes no second claim; an accepted one cannot be rejected.
    const claims = await t.db.prisma.claim.count();
    expect(errorOf(await t.execute(ACCEPT, { input: { id: figure!.id } }))).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(errorOf(await t.execute(REJECT, { id: figure!.id }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await t.db.prisma.claim.count()).toBe(claims);
    expect(errorOf(await t.execute(ACCEPT, { input: { id: '999999' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    // The claim is about the other actors the sentence names too.
    const ahead = await storedSource(`${unique('Report')}. Russia remained the largest arms supplier to India between 2019 and 2023, well ahead of France.`);
    const [third] = (await stored(ahead.id)).figures.nodes;
    const { claim } = dataOf(await t.execute(ACCEPT, { input: { id: third!.id } })).acceptFigure;
    const about = dataOf(await t.execute(`query($id: ID!) { claim(id: $id) { about { role actor { name } } } }`, { id: claim.id })).claim.about;
    expect(about.map((a: { role: string; actor: { name: string } }) => `${a.role} ${a.actor.name}`).sort()).toEqual(['MENTIONED France', 'OBJECT India', 'SUBJECT Russia']);
  });

  it('inside a quotation are asserted by its speaker, and take an asserter and a corrected figure given', async () => {
    const quoted = `"${LARGEST.slice(0, -1)}," Putin said.`;
    const source = await storedSource(`${unique('Moscow')}: ${quoted} ${FALL}`);
    const [inQuote, plain] = (await stored(source.id)).figures.nodes;
    const byPutin = dataOf(await t.execute(ACCEPT, { input: { id: inQuote!.id } })).acceptFigure;
    expect(byPutin.claim).toMatchObject({ asserter: { name: 'Vladimir Putin' }, asserterSource: null });
    // About its supplier and recipient, as subject and object.
    const about = dataOf(await t.execute(`query($id: ID!) { claim(id: $id) { about { role actor { name } } } }`, { id: byPutin.claim.id })).claim.about;
    expect(about.map((a: { role: string; actor: { name: string } }) => `${a.role} ${a.actor.name}`).sort()).toEqual(['OBJECT India', 'SUBJECT Russia']);
    const corrected = dataOf(await t.execute(ACCEPT, { input: { id: plain!.id, asserterId: ids.India, objectValue: '46%', statement: unique('Russia lost share') } })).acceptFigure;
    expect(corrected.claim).toMatchObject({ asserter: { name: 'India' }, objectValue: '46%' });
  });

  it('keep their reviews when the sources are relinked and when the text is edited; rejected ones are not proposed again', async () => {
    const newcomer = unique('Freedonia');
    const text = `${FALL} ${LARGEST} ${newcomer}'s share of India's arms imports rose to 12 per cent in 2019-23.`;
    const source = await storedSource(text);
    const [accepted, rejected] = (await stored(source.id)).figures.nodes;
    dataOf(await t.execute(ACCEPT, { input: { id: accepted!.id } }));
    expect(dataOf(await t.execute(REJECT, { id: rejected!.id })).rejectFigure).toEqual({ id: rejected!.id, status: 'REJECTED', reviewedBy: 'test-admin' });
    // A new actor changes the forms: every source is relinked, and the sentence naming it is now a figure.
    await buildActor(t.services, { name: newcomer, kind: 'STATE' });
    const after = await stored(source.id);
    expect(after.figures.nodes.map((f) => [f.id === accepted!.id, f.status, f.objectValue])).toEqual([[true, 'ACCEPTED', '69% to 46%'], [false, 'PROPOSED', '12%']]);
    expect((await stored(source.id, { status: ['REJECTED'] })).figures.nodes.map((f) => f.id)).toEqual([rejected!.id]);
    await t.services.sources.update(String(source.id), { text: `${text} Nothing else changed.` }, 'test-admin');
    expect((await stored(source.id, { status: ['PROPOSED', 'ACCEPTED', 'REJECTED'] })).figures.nodes.map((f) => f.status)).toEqual(['ACCEPTED', 'REJECTED', 'PROPOSED']);
  });

  it('are accepted by a claim that cites their exact sentence: in the bundle that stores the source, as the Add-a-source page saves, or by createClaim', async () => {
    const title = unique('Saved with its claims');
    const url = `https://example.org/${encodeURIComponent(title)}`;
    const text = `${unique('Paris')}. ${FALL} "We will keep buying from everyone," Narendra Modi said. ${LARGEST}`;
    const [fallStart, quoteStart] = [[...text].length - [...text.slice(text.indexOf(FALL))].length, [...text.slice(0, text.indexOf('We will'))].length];
    const quote = 'We will keep buying from everyone,';
    const result = await t.services.imports.importBundle({
      sources: [{ kind: 'NEWS_ARTICLE', title, url, text }],
      claims: [
        { statement: FALL, asserterSource: { url }, predicate: 'ARMS_SUPPLY_FALLING', subject: 'Russia', object: 'India', objectValue: '69% to 46%',
          citations: [{ source: { url }, quote: FALL, startOffset: fallStart, endOffset: fallStart + [...FALL].length, stance: 'SUPPORTS' }] },
        { statement: quote, asserter: 'Narendra Modi', citations: [{ source: { url }, quote, startOffset: quoteStart, endOffset: quoteStart + [...quote].length, stance: 'SUPPORTS' }] },
      ],
    } as never, { author: 'test-admin' });
    expect(result.errors).toEqual([]);
    const source = await t.db.prisma.source.findFirstOrThrow({ where: { title } });
    const read = dataOf(await t.execute(`query($id: ID!) { source(id: $id) {
      figures { nodes { text status reviewedBy claim { statement } } } quotations { nodes { quote status claim { statement } } } } }`, { id: String(source.id) })).source;
    expect(read.figures.nodes).toEqual([
      { text: FALL, status: 'ACCEPTED', reviewedBy: 'test-admin', claim: { statement: FALL } },
      { text: LARGEST, status: 'PROPOSED', reviewedBy: null, claim: null },
    ]);
    expect(read.quotations.nodes).toEqual([{ quote, status: 'ACCEPTED', claim: { statement: quote } }]);
    // createClaim citing the other sentence exactly accepts it too.
    const largestStart = [...text].length - [...LARGEST].length;
    await t.services.claims.create({ statement: unique('Russia stays first'), asserterId: ids.India, citations: [{ sourceId: String(source.id), quote: LARGEST, startOffset: largestStart, endOffset: largestStart + [...LARGEST].length, stance: 'SUPPORTS' }] }, 'test-admin');
    expect((await stored(source.id)).figures.nodes.map((f) => f.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });
});

describe('figures of a long text', () => {
  it('are read a slice of sentences at a time, so that a relink or an analysis of a 2 MB text lets other requests go on', () => {
    const sentence = 'Russia and India met again in 2019 and the talks on supplies fell quiet. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const matcher = new MentionMatcher([{ actorId: 1, form: 'Russia', kind: 'NAME' }, { actorId: 2, form: 'India', kind: 'NAME' }]);
    const found: FoundFigure[] = [];
    let slices = 0;
    for (const _slice of figureSlices(text, matcher.find(text), 1000, found)) slices++;
    // 27,000 sentences that name two actors and a verb, none a figure: read through, in more than ten slices (the
    // time a slice takes is the benchmarks' to measure, not a test's).
    expect({ found: found.length, manySlices: slices > 10 }).toEqual({ found: 0, manySlices: true });
  });
});
