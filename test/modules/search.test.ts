// Full-text search over sources and claims, ranked, with the matching passage; the same on both databases.
import { loadSample } from '../../src/sample/sample';
import { TEST_AUTHOR, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
});
afterAll(() => t.close());

const SEARCH = `query($query: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) { kind rank snippet source { title } claim { statement } } }`;

describe('search', () => {
  it('finds the sample article and the claim about oil for "oil", with the word marked in each snippet', async () => {
    const hits = dataOf(await t.execute(SEARCH, { query: 'oil' })).search;
    const source = hits.find((hit: any) => hit.kind === 'SOURCE' && hit.source.title.includes('Putin arrives in New Delhi'));
    expect(source).toBeDefined();
    expect(source.snippet).toContain('<mark>oil</mark>');
    const claim = hits.find((hit: any) => hit.kind === 'CLAIM');
    expect(claim.claim.statement).toBe('Western sanctions have disrupted oil imports from Russia.');
    expect(claim.snippet).toContain('<mark>oil</mark>');
    const ranks = hits.map((hit: any) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('gives the passage as runs of plain text too, matched or not, whatever markup the text holds', async () => {
    const tag = unique('mk').replace(' ', '');
    const text = `Tanker <mark>rates</mark> & "bauxite" <script>x()</script> rose ${tag}; bauxite output fell.`;
    await t.services.sources.create({ kind: 'REPORT', title: `Markup ${tag}`, text }, TEST_AUTHOR);
    const query = `query($query: String!) { search(query: $query, kinds: [SOURCE]) { snippet snippetParts { text matched } } }`;
    const [hit] = dataOf(await t.execute(query, { query: `bauxite ${tag}` })).search;
    const parts: { text: string; matched: boolean }[] = hit.snippetParts;
    expect(parts.filter((part) => part.matched).map((part) => part.text.toLowerCase())).toEqual(expect.arrayContaining(['bauxite', tag]));
    expect(parts.filter((part) => !part.matched).map((part) => part.text).join(' ')).not.toMatch(/\bbauxite\b/i);
    // The runs are the snippet with its marks taken out, in order; no private mark character leaks.
    expect(parts.map((part) => part.text).join('')).toBe(hit.snippet.replace(/<\/?mark>/g, ''));
    expect(JSON.stringify(parts)).not.toMatch(/[\uE000\uE001]/);
  });

  it('matches word forms (stemming), phrases and exclusions, and limits the kinds', async () => {
    const kinds = async (query: string, only?: string[]) =>
      dataOf(await t.execute(SEARCH, { query, kinds: only })).search.map((hit: any) => hit.kind);
    expect(await kinds('sanction', ['CLAIM'])).toEqual(['CLAIM', 'CLAIM']);
    expect(await kinds('"strategic value"', ['CLAIM'])).toEqual(['CLAIM']);
    expect(await kinds('sanctions -oil', ['CLAIM'])).toEqual(['CLAIM']);
    // The article, and the two sanctions' official statements (Treasury's "Oil Companies", the EU's "crude oil").
    expect(await kinds('oil', ['SOURCE'])).toEqual(['SOURCE', 'SOURCE', 'SOURCE']);
    expect(await kinds('zeppelin')).toEqual([]);
  });

  it('ranks a source whose title matches above one that only mentions the word in passing', async () => {
    const tag = unique('kw').replace(' ', '');
    await t.services.sources.create({ kind: 'REPORT', title: `Helicopter fleets ${tag}`, text: 'Helicopter fleets are growing. Helicopters everywhere.' }, TEST_AUTHOR);
    await t.services.sources.create({ kind: 'REPORT', title: `Budget ${tag}`, text: 'The budget also covers one helicopter among many other items of spending and planning.' }, TEST_AUTHOR);
    const hits = dataOf(await t.execute(SEARCH, { query: `helicopter ${tag}`, kinds: ['SOURCE'] })).search;
    expect(hits.map((hit: any) => hit.source.title)).toEqual([`Helicopter fleets ${tag}`, `Budget ${tag}`]);
  });

  it('finds a claim as soon as it is written, and its new statement after an update', async () => {
    const tag = unique('fts').replace(' ', '');
    const claim = await t.services.claims.create({ statement: `The submarine ${tag} was leased.` }, TEST_AUTHOR);
    expect(dataOf(await t.execute(SEARCH, { query: tag })).search).toHaveLength(1);
    await t.services.claims.update(String(claim.id), { statement: `The frigate ${tag}x was sold.` }, TEST_AUTHOR);
    expect(dataOf(await t.execute(SEARCH, { query: 'submarine leased', kinds: ['CLAIM'] })).search.map((h: any) => h.claim.statement)).not.toContain(`The submarine ${tag} was leased.`);
    expect(dataOf(await t.execute(SEARCH, { query: `${tag}x` })).search).toHaveLength(1);
  });

  it('answers in a fixed number of statements: the search, then the sources and the claims', async () => {
    const statements = await recordStatements(t.db, async () => dataOf(await t.execute(SEARCH, { query: 'Russia India', first: 50 })));
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('refuses an empty query and a page size out of range, naming the argument', async () => {
    expect(errorOf(await t.execute(SEARCH, { query: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(errorOf(await t.execute(SEARCH, { query: 'oil', first: 1000 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
