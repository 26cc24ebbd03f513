import { buildClaim, buildSource, unique } from '../builders';
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

  it('refuses to delete a cited source, deletes an uncited one', async () => {
    const cited = await buildSource(t.services);
    await buildClaim(t.services, { citations: [{ sourceId: String(cited.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }] });
    expect(errorOf(await t.execute(`mutation($id: ID!) { deleteSource(id: $id) { id } }`, { id: String(cited.id) }))).toMatchObject({ code: 'CONFLICT' });
    const free = await buildSource(t.services);
    expect(dataOf(await t.execute(`mutation($id: ID!) { deleteSource(id: $id) { id } }`, { id: String(free.id) })).deleteSource.id).toBe(String(free.id));
  });
});
