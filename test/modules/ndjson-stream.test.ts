// A large NDJSON bundle (the export of a large knowledge base) is imported a chunk at a time in the file's order:
// memory holds one chunk, all or nothing still writes nothing when a line is refused (every error of the file
// reported at once), a dry run writes nothing, and a partial import keeps what is valid. Files here are made
// "large" by setting the whole-file size to nothing, with chunks of 1,000 records.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import type { ImportOptions } from '../../src/modules/imports/bundle';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let original: TestServer;
let lines: string[];
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-stream-'));

async function exportOf(server: TestServer): Promise<string[]> {
  let text = '';
  for await (const page of server.services.exports.bundleLines()) text += page;
  return text.split('\n').filter(Boolean);
}

/** Writes `content` to a file and imports it, streamed, into `server`. */
function importStreamed(server: TestServer, name: string, content: string[], options: Partial<ImportOptions> = {}) {
  const file = path.join(dir, name);
  writeFileSync(file, `${content.join('\n')}\n`);
  return importFile(server.services.imports, file, { author: TEST_AUTHOR, mode: 'ATOMIC', chunkSize: 1_000, wholeFileBytes: 0, ...options });
}

const COUNTS = `{ actors(first: 1) { totalCount } sources(first: 1) { totalCount } claims(first: 1) { totalCount } armsTransfers(first: 1) { totalCount } }`;

beforeAll(async () => {
  original = await createTestServer();
  await loadSample(original.services);
  await loadSipriSample(original.services);
  lines = await exportOf(original);
}, 120_000);
afterAll(() => original?.close());

describe('a streamed NDJSON import', () => {
  it('imports an export chunk by chunk into an empty database, which exports the same lines, with progress to the last line', async () => {
    const copy = await createTestServer();
    try {
      const progress: { done: number; total: number }[] = [];
      const result = await importStreamed(copy, 'whole.ndjson', lines, { onProgress: (step) => progress.push(step) });
      expect(result.errors).toEqual([]);
      expect(result.written).toBe(true);
      expect(lines.length).toBeGreaterThan(5_000);
      expect(progress.length).toBeGreaterThan(5);
      expect(progress.at(-1)).toEqual({ done: lines.length, total: lines.length });
      expect((await exportOf(copy)).sort()).toEqual([...lines].sort());
      expect(dataOf(await copy.execute(COUNTS))).toEqual(dataOf(await original.execute(COUNTS)));
      // The same file again: nothing changes.
      const again = await importStreamed(copy, 'whole.ndjson', lines);
      expect(again.armsTransfers).toMatchObject({ created: 0, updated: 0 });
      expect(again.actors).toMatchObject({ created: 0, updated: 0 });
    } finally {
      await copy.close();
    }
  }, 180_000);

  it('all or nothing: reports every refused line of the file, in every chunk, by line and field, and writes nothing', async () => {
    const copy = await createTestServer();
    try {
      const bad = [...lines];
      bad.splice(3, 0, '{"actor": {"kind": "EMPIRE", "name": "Badland"}}');
      bad.splice(2_500, 0, 'not json');
      bad[bad.length - 1] = bad.at(-1)!.replace(/"supplier":"[^"]*"/, '"supplier":"Nowhere-land"');
      const result = await importStreamed(copy, 'bad.ndjson', bad);
      expect(result.written).toBe(false);
      expect(result.errors.map((error) => [error.line, error.field])).toEqual([[4, 'kind'], [2_501, '(line)'], [bad.length, 'supplier']]);
      // Counted as nothing written, the refused lines as rejected.
      expect(result.armsTransfers).toMatchObject({ created: 0, rejected: 1 });
      expect(result.actors).toMatchObject({ created: 0, rejected: 1 });
      const counts = dataOf(await copy.execute(COUNTS));
      expect([counts.actors.totalCount, counts.sources.totalCount, counts.armsTransfers.totalCount]).toEqual([0, 0, 0]);
    } finally {
      await copy.close();
    }
  }, 180_000);

  it('a dry run counts what it would write and writes nothing; a partial import keeps every valid record', async () => {
    const copy = await createTestServer();
    try {
      const dry = await importStreamed(copy, 'dry.ndjson', lines, { dryRun: true });
      expect(dry.errors).toEqual([]);
      expect(dry.written).toBe(false);
      expect(dry.armsTransfers.created).toBe(lines.filter((line) => line.startsWith('{"armsTransfer"')).length);
      expect(dataOf(await copy.execute(COUNTS)).armsTransfers.totalCount).toBe(0);

      const bad = [...lines];
      bad[bad.length - 1] = bad.at(-1)!.replace(/"supplier":"[^"]*"/, '"supplier":"Nowhere-land"');
      const partial = await importStreamed(copy, 'partial.ndjson', bad, { mode: 'PARTIAL' });
      expect(partial.errors.map((error) => error.field)).toEqual(['supplier']);
      expect(partial.written).toBe(true);
      expect(dataOf(await copy.execute(COUNTS)).armsTransfers.totalCount).toBe(dry.armsTransfers.created - 1);
    } finally {
      await copy.close();
    }
  }, 180_000);
});
