import { readFileSync } from 'node:fs';
import { SAMPLE_ARTICLE_PATH, sampleArticleText } from '../helpers/sample-article';
import { contentHashOf } from '../../src/modules/sources/sources.service';
import { buildActor, buildClaim, buildSource, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { id title contentHash text publishedAt reliability } }`;

describe('sources', () => {
  it('stores a source with a content hash of its normalised text', async () => {
    const text = `${unique('Line one')}\r\nLine two\r\n`;
    const { createSource } = dataOf(await t.execute(CREATE, { input: { kind: 'REPORT', title: 'Report', text, publishedAt: '2024-03-01', reliability: 'B' } }));
    expect(createSource.text).toBe(text.replace(/\r\n/g, '\n').trim());
    expect(createSource.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(createSource).toMatchObject({ publishedAt: '2024-03-01', reliability: 'B' });
  });

  it('stores the raw sample article, with its repeated paragraphs, once: its stored form is the sample\'s, with what was left out counted', async () => {
    const raw = readFileSync(SAMPLE_ARTICLE_PATH, 'utf8');
    const { createSource } = dataOf(
      await t.execute(`mutation($input: CreateSourceInput!) { createSource(input: $input) { text contentHash originalLength repeatedParagraphs } }`, {
        input: { kind: 'NEWS_ARTICLE', title: 'The sample, pasted raw', text: raw },
      }),
    );
    const paragraphs = raw.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(createSource).toEqual({
      text: sampleArticleText(),
      contentHash: contentHashOf(sampleArticleText(), null),
      originalLength: Array.from(raw).length,
      repeatedParagraphs: paragraphs.length - new Set(paragraphs).size,
    });
    expect(createSource.repeatedParagraphs).toBeGreaterThan(0);
  });

  it('never stores the same document twice: same text or same URL is a CONFLICT naming the existing source', async () => {
    const text = unique('Same document');
    const first = await buildSource(t.services, { text, url: `https://example.org/${unique('a').replace(' ', '-')}` });
    const sameText = errorOf(await t.execute(CREATE, { input: { kind: 'REPORT', title: 'Copy', text: `  ${text}\n` } }));
    expect(sameText).toMatchObject({ code: 'CONFLICT', field: 'input.text' });
    expect(sameText.extensions.existingId).toBe(String(first.id));
    const sameUrl = errorOf(await t.execute(CREATE, { input: { kind: 'REPORT', title: 'Copy', url: first.url } }));
    expect(sameUrl).toMatchObject({ code: 'CONFLICT', field: 'input.url' });
  });

  it.each([
    [{ kind: 'REPORT', title: 'No text' }, 'input.text'],
    [{ kind: 'REPORT', title: 'Bad URL', url: 'ftp://example.org/x' }, 'input.url'],
    [{ kind: 'REPORT', title: 'Bad date', url: 'https://example.org/d', publishedAt: '2024-13-01' }, 'input.publishedAt'],
  ])('refuses %j naming %s and writes nothing', async (input, field) => {
    const before = await t.db.prisma.source.count();
    const error = errorOf(await t.execute(CREATE, { input }));
    expect(error.code).toBe('BAD_USER_INPUT');
    if (!error.message.startsWith('Variable')) expect(error.field).toBe(field);
    expect(await t.db.prisma.source.count()).toBe(before);
  });

  it('refuses a text change that would move cited quotes away from their offsets', async () => {
    const source = await buildSource(t.services, { text: `${unique('Intro')}. The quoted sentence stays here.` });
    await buildClaim(t.services, { citations: [{ sourceId: String(source.id), quote: 'The quoted sentence', stance: 'SUPPORTS' }] });
    const mutation = `mutation($id: ID!, $input: UpdateSourceInput!) { updateSource(id: $id, input: $input) { id text } }`;
    const error = errorOf(await t.execute(mutation, { id: String(source.id), input: { text: `Prefix. ${source.text}` } }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const appended = dataOf(await t.execute(mutation, { id: String(source.id), input: { text: `${source.text} More.` } }));
    expect(appended.updateSource.text).toBe(`${source.text} More.`);
  });

  it('filters by kind, publisher and publication dates', async () => {
    const publisher = unique('Gazette');
    await buildSource(t.services, { kind: 'OFFICIAL_STATEMENT', publisher, publishedAt: '2023-05-01' });
    await buildSource(t.services, { kind: 'OFFICIAL_STATEMENT', publisher, publishedAt: '2021-05-01' });
    await buildSource(t.services, { kind: 'REPORT', publisher, publishedAt: '2023-06-01' });
    const { sources } = dataOf(
      await t.execute(`query($p: String) { sources(filter: { kind: [OFFICIAL_STATEMENT], publisher: $p, publishedFrom: "2022-01-01" }) { totalCount nodes { publishedAt } } }`, {
        p: publisher.toUpperCase(),
      }),
    );
    expect(sources).toEqual({ totalCount: 1, nodes: [{ publishedAt: '2023-05-01' }] });
  });


  it('filters by title and by the actor a text mentions, by any of its names; an unknown actor is NOT_FOUND naming the filter', async () => {
    const name = unique('Mentionland').replace(/\s+/g, '');
    await buildActor(t.services, { name, aliases: [`${name} Republic`] });
    const title = unique('Dispatch');
    await buildSource(t.services, { title: `${title} one`, text: `Talks were held in ${name} on Monday.` });
    await buildSource(t.services, { title: `${title} two`, text: 'Nothing about it here.' });
    const list = async (filter: Record<string, unknown>) =>
      dataOf(await t.execute(`query($filter: SourceFilter) { sources(filter: $filter) { totalCount nodes { title } } }`, { filter })).sources;
    expect(await list({ title: title.toLowerCase() })).toEqual({ totalCount: 2, nodes: expect.arrayContaining([{ title: `${title} one` }, { title: `${title} two` }]) });
    expect(await list({ title, mentioning: `${name} Republic` })).toEqual({ totalCount: 1, nodes: [{ title: `${title} one` }] });
    const error = errorOf(await t.execute(`{ sources(filter: { mentioning: "Nowhereland Unknown" }) { totalCount } }`));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.mentioning' });
  });
  it('refuses to delete a cited source, deletes an uncited one', async () => {
    const cited = await buildSource(t.services);
    await buildClaim(t.services, { citations: [{ sourceId: String(cited.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }] });
    expect(errorOf(await t.execute(`mutation($id: ID!) { deleteSource(id: $id) { id } }`, { id: String(cited.id) }))).toMatchObject({ code: 'CONFLICT' });
    const free = await buildSource(t.services);
    expect(dataOf(await t.execute(`mutation($id: ID!) { deleteSource(id: $id) { id } }`, { id: String(free.id) })).deleteSource.id).toBe(String(free.id));
  });
});

describe('long texts', () => {
  // 4.9 million characters of many distinct words: indexed whole, such a text once passed tsvector's limit or
  // made every search time out, and six anonymous lists of such sources exhausted the service's memory.
  const marker = unique('needle').replace(/\W/g, '');
  const words = Array.from({ length: 700_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
  const text = `${words.slice(0, 50_000)} ${marker}prefix ${words.slice(50_000, 4_000_000)} ${marker}beyond ${words.slice(4_000_000)}`.slice(0, 4_900_000);
  let id: string;
  beforeAll(async () => {
    ({ id } = dataOf(await t.execute(`mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }`, { input: { kind: 'REPORT', title: unique('Long report'), text } })).createSource);
  }, 120_000);

  it('answers a window of the text by offset and length, the first 100,000 code points by default, and the whole length', async () => {
    const { source } = dataOf(await t.execute(`query($id: ID!) { source(id: $id) { textLength head: text window: text(offset: 4000000, length: 30) } }`, { id }));
    expect(source.textLength).toBe(text.length);
    expect(source.head).toBe(text.slice(0, 100_000));
    expect(source.window).toBe(text.slice(4_000_000, 4_000_030));
    const listed = dataOf(await t.execute(`{ sources(first: 5) { nodes { id textLength text(offset: 99990, length: 20) } } }`));
    expect(listed.sources.nodes.find((node: { id: string }) => node.id === id)).toEqual({ id, textLength: text.length, text: text.slice(99_990, 100_010) });
  });

  it('refuses a window longer than 1,000,000 code points or a negative offset, naming the argument', async () => {
    expect(errorOf(await t.execute(`query($id: ID!) { source(id: $id) { text(length: 1000001) } }`, { id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'length' });
    expect(errorOf(await t.execute(`query($id: ID!) { source(id: $id) { text(offset: -1) } }`, { id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });

  it('counts the text asked for in the cost limit: a list of 100 texts is refused before it runs, saying what it costs', async () => {
    const refused = errorOf(await t.executeAs(null, `{ sources(first: 100) { nodes { text } } }`));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'COST_LIMIT', limit: 10_000 } });
    expect(refused.extensions.cost).toBeGreaterThan(10_000);
    expect(refused.message).toMatch(/^Query cost limit of 10000 exceeded: this query costs \d+/);
    expect(dataOf(await t.executeAs(null, `{ sources(first: 100) { nodes { textLength text(length: 1000) } } }`)).sources.nodes.length).toBeGreaterThan(0);
  });

  it('searches the first 100,000 characters of a text, and quotes from them', async () => {
    const { search } = dataOf(await t.execute(`query($q: String!) { search(query: $q) { kind snippet source { id } } }`, { q: `${marker}prefix` }));
    expect(search).toEqual([{ kind: 'SOURCE', snippet: expect.stringContaining(`<mark>${marker}prefix</mark>`), source: { id } }]);
    expect(dataOf(await t.execute(`query($q: String!) { search(query: $q) { kind } }`, { q: `${marker}beyond` })).search).toEqual([]);
  });
});
