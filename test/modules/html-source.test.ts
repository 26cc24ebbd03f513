// A saved web page in, as a source: the article's text without navigation, advertisements, related links or footer,
// one paragraph a line (as every stored text); its title, author, site, date and canonical URL from its metadata; its mentions found as
// for any source; the same page again is the same source; a page with nothing to read is refused as a whole.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { loadSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

const PAGE = projectPath('test/fixtures/article.html');
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
}, 60_000);
afterAll(() => t?.close());

const SOURCE = `{ sources(first: 1, filter: { title: "Delhi and Moscow talk arms" }) { totalCount nodes { kind title author publisher url publishedAt
  text(offset: 0, length: 3000) mentions(first: 20) { nodes { text actor { name } } } } } }`;

describe('a saved web page', () => {
  it("becomes a source with the article's text and the page's metadata, its mentions found", async () => {
    const result = await importFile(t.services.imports, PAGE, { author: TEST_AUTHOR });
    expect(result.errors).toEqual([]);
    expect(result.sources.created).toBe(1);
    const { sources } = dataOf(await t.execute(SOURCE));
    const [source] = sources.nodes;
    expect(source).toMatchObject({
      kind: 'NEWS_ARTICLE',
      title: 'Delhi and Moscow talk arms, again',
      author: 'Priya Reporter',
      publisher: 'The Example Times',
      url: 'https://times.example/world/2025/12/05/delhi-moscow-arms',
      publishedAt: '2025-12-05',
    });
    const paragraphs = source.text.split('\n');
    expect(paragraphs).toContain('"We are not choosing between partners; we are choosing what serves our forces," an Indian official said.');
    expect(paragraphs).toContain('Outstanding orders include air-defence systems and frigates.');
    expect(paragraphs.find((paragraph: string) => paragraph.startsWith('India and Russia opened'))).toMatch(/in New Delhi\. Officials on both sides/);
    for (const boilerplate of ['Subscribe', 'Advertisement', 'Ten things to know', 'All rights reserved']) expect(source.text).not.toContain(boilerplate);
    const named = new Set(source.mentions.nodes.map((mention: { actor: { name: string } }) => mention.actor.name));
    expect([...named].sort()).toEqual(expect.arrayContaining(['India', 'Narendra Modi', 'Russia', 'Vladimir Putin']));
  });

  it('is the same source when saved again, by its canonical URL, and comes through importFile', async () => {
    const { importFile: again } = dataOf(
      await t.execute(`mutation($text: String!) { importFile(format: HTML, text: $text) { sources { created updated unchanged } errors { message } } }`, { text: readFileSync(PAGE, 'utf8') }),
    );
    expect(again).toEqual({ sources: { created: 0, updated: 0, unchanged: 1 }, errors: [] });
    expect(dataOf(await t.execute(SOURCE)).sources.totalCount).toBe(1);
  });

  it('reports the same article saved under another address as a copy of the stored source, and stores nothing', async () => {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-html-')), 'print.html');
    writeFileSync(copy, readFileSync(PAGE, 'utf8').replaceAll('https://times.example/world/2025/12/05/delhi-moscow-arms', 'https://times.example/print/delhi-moscow-arms'));
    const result = await importFile(t.services.imports, copy, { author: TEST_AUTHOR });
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ entity: 'sources', field: 'text', code: 'CONFLICT', message: expect.stringMatching(/is stored already, as source \d+ "Delhi and Moscow talk arms, again" at https:\/\/times\.example\/world\//) })]);
    expect(dataOf(await t.execute(SOURCE)).sources.nodes[0].url).toBe('https://times.example/world/2025/12/05/delhi-moscow-arms');
  });

  it('refuses a page with nothing to read, naming the file or the argument, and writes nothing', async () => {
    const empty = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-html-')), 'empty.html');
    writeFileSync(empty, '<html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    await expect(importFile(t.services.imports, empty, { author: TEST_AUTHOR })).rejects.toThrow('the page holds no readable text');
    const refused = await t.execute(`mutation($text: String!) { importFile(format: HTML, text: $text) { written } }`, { text: readFileSync(empty, 'utf8') });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(dataOf(await t.execute('{ sources(first: 1, filter: { title: "Nothing here" }) { totalCount } }')).sources.totalCount).toBe(0);
  });
});
