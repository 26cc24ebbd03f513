// A PDF report in, as a source: its text layer read page by page (lines joined into paragraphs), each page's start
// kept as an offset of the stored text, its title, author and date from the document; mentions and quotations
// found as for any source. A scan without a text layer, and a file that is no PDF, are clear errors of the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { loadSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { sliceCodePoints } from '../../src/shared/text';
import { TEST_AUTHOR, unique } from '../builders';
import { pdfFile, type PdfDocument } from '../builders/pdf';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
}, 60_000);
afterAll(() => t?.close());

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pdf-'));
function written(document: PdfDocument, name = `${unique('report').replace(' ', '-')}.pdf`): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdfFile(document));
  return file;
}

const SOURCE = `query($title: String!) { sources(first: 1, filter: { title: $title }) { nodes { kind title author publishedAt pageStarts
  text(offset: 0, length: 5000) mentions(first: 50) { nodes { text actor { name } } } quotations { nodes { quote speaker { actor { name } } } } } } }`;

describe('a PDF report', () => {
  it('becomes a source with its text layer, page starts, title, author and date; its mentions and quotations found', async () => {
    const title = unique('Arms transfers to India, fact sheet');
    const file = written({
      title, author: 'Pieter Wezeman', created: '2024-03-11',
      pages: [
        { lines: ['Trends in arms transfers to India', '', 'Russia remained the largest supplier of arms to India,', 'accounting for 36 per cent of its imports in 2019-23.', '', '"India is diversifying its suppliers," Putin said.'] },
        { lines: ['France became the second-largest supplier of arms', 'to India between 2019 and 2023.'] },
      ],
    });
    const result = await importFile(t.services.imports, file, { author: TEST_AUTHOR });
    expect(result.errors).toEqual([]);
    expect(result.sources.created).toBe(1);
    const [source] = dataOf(await t.execute(SOURCE, { title })).sources.nodes;
    expect(source).toMatchObject({ kind: 'REPORT', title, author: 'Pieter Wezeman', publishedAt: '2024-03-11' });
    expect(source.text.split('\n')).toEqual([
      'Trends in arms transfers to India',
      'Russia remained the largest supplier of arms to India, accounting for 36 per cent of its imports in 2019-23.',
      '"India is diversifying its suppliers," Putin said.',
      'France became the second-largest supplier of arms to India between 2019 and 2023.',
    ]);
    // Page 2 starts with its first paragraph, at a code-point offset of the stored text.
    expect(source.pageStarts).toHaveLength(2);
    expect(source.pageStarts[0]).toBe(0);
    expect(sliceCodePoints(source.text, source.pageStarts[1], source.pageStarts[1] + 6)).toBe('France');
    expect(new Set(source.mentions.nodes.map((m: { actor: { name: string } }) => m.actor.name))).toEqual(new Set(['India', 'Russia', 'Vladimir Putin']));
    expect(source.quotations.nodes).toEqual([{ quote: 'India is diversifying its suppliers,', speaker: { actor: { name: 'Vladimir Putin' } } }]);
  });

  it('takes its first paragraph as title when the document names none, and comes through importFile in base64', async () => {
    const heading = unique('Quarterly note on Russian deliveries');
    const bytes = pdfFile({ pages: [{ lines: [heading, '', 'Deliveries from Russia to India continued in the quarter.'] }] });
    const { importFile: imported } = dataOf(await t.execute(
      `mutation($text: String!) { importFile(format: PDF, text: $text) { sources { created } errors { message } } }`, { text: bytes.toString('base64') },
    ));
    expect(imported).toEqual({ sources: { created: 1 }, errors: [] });
    const [source] = dataOf(await t.execute(SOURCE, { title: heading })).sources.nodes;
    expect(source).toMatchObject({ title: heading, author: null, publishedAt: null, pageStarts: [0] });
  });

  it('is reported, not stored twice, when its text is stored already', async () => {
    const document = { title: unique('Copy test'), pages: [{ lines: [unique('A paragraph only this report holds about Russia and India.')] }] };
    expect((await importFile(t.services.imports, written(document), { author: TEST_AUTHOR })).sources.created).toBe(1);
    const again = await importFile(t.services.imports, written(document), { author: TEST_AUTHOR });
    expect(again.sources.created).toBe(0);
    expect(again.errors).toEqual([expect.objectContaining({ entity: 'sources', field: 'text', code: 'CONFLICT' })]);
  });

  it('is a clear error of the file when it is a scan without a text layer, or no PDF at all, and writes nothing', async () => {
    const before = await t.db.prisma.source.count();
    const scan = written({ title: 'Scanned letter', pages: [{ scanned: true }, { scanned: true }] });
    await expect(importFile(t.services.imports, scan, { author: TEST_AUTHOR })).rejects.toThrow(/none of its 2 page\(s\) has a text layer \(a scanned document\?\)/);
    const notPdf = path.join(dir, 'not-a.pdf');
    writeFileSync(notPdf, 'This is plain text, not a PDF.');
    await expect(importFile(t.services.imports, notPdf, { author: TEST_AUTHOR })).rejects.toThrow(/no PDF pdf.js can read/);
    const answer = await t.execute(`mutation($text: String!) { importFile(format: PDF, text: $text) { sources { created } } }`, { text: pdfFile({ pages: [{ scanned: true }] }).toString('base64') });
    expect(errorOf(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', message: expect.stringMatching(/text layer/) });
    expect(await t.db.prisma.source.count()).toBe(before);
  });
});

describe('readSourceFile', () => {
  it('reads a PDF (base64) and a saved page as their imports would store them, writing nothing', async () => {
    const before = await t.db.prisma.source.count();
    const title = unique('Deliveries to India');
    const pdf = pdfFile({ title, author: 'Siemon Wezeman', created: '2024-03-11', pages: [{ lines: ['Russia remained the largest supplier.'] }, { lines: ['France came second.'] }] });
    const READ = `query($format: ImportFileFormat!, $text: String!) { readSourceFile(format: $format, text: $text) { kind title author publisher url publishedAt text pageStarts } }`;
    expect(dataOf(await t.execute(READ, { format: 'PDF', text: pdf.toString('base64') })).readSourceFile).toEqual({
      kind: 'REPORT', title, author: 'Siemon Wezeman', publisher: null, url: null, publishedAt: '2024-03-11',
      text: 'Russia remained the largest supplier.\nFrance came second.', pageStarts: [0, 38],
    });
    // The saved page html-source.test.ts imports: the same fields, its boilerplate left out.
    const page = dataOf(await t.execute(READ, { format: 'HTML', text: readFileSync(projectPath('test/fixtures/article.html'), 'utf8') })).readSourceFile;
    expect(page).toMatchObject({
      kind: 'NEWS_ARTICLE', title: 'Delhi and Moscow talk arms, again', author: 'Priya Reporter', publisher: 'The Example Times',
      url: 'https://times.example/world/2025/12/05/delhi-moscow-arms', publishedAt: '2025-12-05', pageStarts: null,
    });
    expect(page.text).toContain('Outstanding orders include air-defence systems and frigates.');
    for (const boilerplate of ['Subscribe', 'Advertisement', 'All rights reserved']) expect(page.text).not.toContain(boilerplate);
    expect(await t.db.prisma.source.count()).toBe(before);
  });

  it('refuses a scan without a text layer naming the text, and a format that holds records rather than one source', async () => {
    const READ = `query($format: ImportFileFormat!, $text: String!) { readSourceFile(format: $format, text: $text) { title } }`;
    expect(errorOf(await t.execute(READ, { format: 'PDF', text: pdfFile({ pages: [{ scanned: true }] }).toString('base64') })))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', message: expect.stringMatching(/text layer/) });
    expect(errorOf(await t.execute(READ, { format: 'SIPRI', text: 'a,b' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format', message: expect.stringContaining('HTML, PDF') });
  });
});

describe('page starts', () => {
  const CREATE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { id pageStarts } }`;

  it('are kept as given with a text, checked against it, and travel in bundles', async () => {
    const text = `${unique('First page')} of a report.\nSecond page of it.`;
    const created = dataOf(await t.execute(CREATE, { input: { kind: 'REPORT', title: unique('Paged'), text, pageStarts: [0, text.indexOf('Second')] } })).createSource;
    expect(created.pageStarts).toEqual([0, text.indexOf('Second')]);
    for (const [pageStarts, field, message] of [
      [[3], 'input.pageStarts.0', /first page starts at 0/],
      [[0, 10, 5], 'input.pageStarts.2', /before the start of the page before it/],
      [[0, 10_000], 'input.pageStarts.1', /past the end of the stored text/],
    ] as const) {
      expect(errorOf(await t.execute(CREATE, { input: { kind: 'REPORT', title: unique('Paged'), text: unique(text), pageStarts } }))).toMatchObject({ code: 'BAD_USER_INPUT', field, message: expect.stringMatching(message) });
    }
    let exported = '';
    for await (const page of t.services.exports.bundleLines({ filter: await t.services.exports.resolveFilter({ source: created.id }) })) exported += page;
    const records = exported.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(records.find((record) => record.source)?.source.pageStarts).toEqual([0, text.indexOf('Second')]);
  });
});
