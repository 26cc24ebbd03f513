// Files the import CLI refuses whole or reads in part: a per-record error for each bad record, a clear refusal for
// a bundle of the wrong shape, a register read line by line with bounded memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/database';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { runScript } from '../helpers/run-script';

const TSX_LOADER = ['--import', 'tsx'];
const CLI = projectPath('src/cli/import.ts');

/** An embedded database of the file's own, and its row counts. */
function pgliteTarget() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-files-db-'));
  return {
    env: { DATABASE_URL: '', DOSSIER_DATA_DIR: dataDir },
    async counts() {
      const db = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const [row] = await db.query<Record<string, unknown>>(`SELECT (SELECT count(*) FROM actor) AS actors, (SELECT count(*) FROM source) AS sources, (SELECT count(*) FROM arms_transfer) AS transfers`);
        return { actors: Number(row!.actors), sources: Number(row!.sources), transfers: Number(row!.transfers) };
      } finally {
        await db.close();
      }
    },
  };
}

describe('files the CLI refuses whole or in part', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-files-'));
  const target = pgliteTarget();
  const run = (file: string, ...args: string[]) => runScript('src/cli/import.ts', [file, ...args], target.env);
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const header = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n').slice(0, 12).join('\n');
  const good = (deal: string) => `${deal},Russia,India,Su-30MK,FGA aircraft,Aircraft,1996,No,10,No,2002,No,New,35,35,350,No`;

  it('reports a NUL in a text and a count beyond what a row holds as errors of their records; partial mode writes the rest', () => {
    const file = write('bad-records.json', JSON.stringify({
      actors: [{ kind: 'STATE', name: 'Counted supplier' }, { kind: 'STATE', name: 'Counted recipient' }],
      sources: [
        { kind: 'REPORT', title: 'Holds a NUL', text: 'before\u0000after' },
        { kind: 'DATASET', title: 'Counted dataset', url: 'https://example.org/counted' },
      ],
      armsTransfers: [
        { supplier: 'Counted supplier', recipient: 'Counted recipient', source: { url: 'https://example.org/counted' }, dealId: 'C-1', designation: 'X', category: 'Other', deliveryYear: 2020, tivDelivered: 1, numberDelivered: 99_999_999_999 },
        { supplier: 'Counted supplier', recipient: 'Counted recipient', source: { url: 'https://example.org/counted' }, dealId: 'C-2', designation: 'X', category: 'Other', deliveryYear: 2020, tivDelivered: 1e308 },
        { supplier: 'Counted supplier', recipient: 'Counted recipient', source: { url: 'https://example.org/counted' }, dealId: 'C-3', designation: 'X', category: 'Other', deliveryYear: 2020, tivDelivered: 2 },
      ],
    }));
    const result = run(file, '--mode', 'partial');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/sources\[0\]: text: must not contain the NUL character/);
    expect(result.output).toMatch(/armsTransfers\[0\]: numberDelivered: must be at most 1000000/);
    expect(result.output).toMatch(/armsTransfers\[1\]: tivDelivered: must be at most 100000/);
    expect(result.output).toMatch(/arms transfers +created 1, updated 0, unchanged 0, rejected 2/);
    expect(result.output).not.toMatch(/invalid byte sequence|out of range for type|PrismaClient/);
  });

  it.each([
    ['a misspelt top-level key', '{"actor": [{"kind": "STATE", "name": "Misspelt"}]}', /unknown key "actor" at the top of the bundle; a bundle holds actors, sources, events, affiliations, claims, armsTransfers/],
    ['a null bundle', 'null', /must hold a JSON object with the lists actors, sources, events, affiliations, claims, armsTransfers, mentions; it holds null/],
    ['a list that is not a list', '{"actors": {"name": "x"}}', /"actors" must be a list of records/],
  ])('refuses %s as a whole, naming the problem, and writes nothing', async (_what, content, message) => {
    const before = await target.counts();
    const result = run(write('refused.json', content));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).not.toMatch(/TypeError/);
    expect(await target.counts()).toEqual(before);
  });

  it('reads numbers in a register as plain decimals only, and reports an unbalanced quote on its own line while the rest is read', async () => {
    const file = write('quotes.csv', `${header}\n${[good('Q1'), good('Q2').replace(',350,', ',0x10,'), good('Q3').replace('FGA aircraft', '"FGA, aircraft'), good('Q4'), good('Q5')].join('\n')}\n`);
    const result = run(file, '--mode', 'partial');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/line 14: TIV delivery values: "0x10" is not a number/);
    expect(result.output).toMatch(/line 15: \(line\): a quote is opened and never closed on this line/);
    expect(result.output).toMatch(/arms transfers +created 3, updated 0, unchanged 0, rejected 2/);
  });

  it('reads a register of a million lines with bounded memory (a 160 MB heap), reporting the bad last line and writing nothing', () => {
    const file = path.join(dir, 'million.csv');
    const lines = Array.from({ length: 1_000_000 }, (_, i) => good(`M${i}`));
    writeFileSync(file, `${header}\n${lines.join('\n')}\n${good('LAST').replace(',2002,', ',20O2,')}\n`);
    const result = spawnSync(process.execPath, ['--max-old-space-size=160', ...TSX_LOADER, CLI, file], {
      cwd: projectPath(),
      env: { ...process.env, ...target.env },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.stderr).not.toMatch(/heap out of memory/i);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/line 1000013: Delivery year: "20O2" is not a whole number/);
    expect(result.stdout).toContain('Import (atomic): nothing written');
  }, 300_000);
});

describe('several files in one run', () => {
  it("imports a folder's files in turn by their extensions, each with its summary, and a page it cannot read is that file's error", async () => {
    const target = pgliteTarget();
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-cli-folder-'));
    const page = readFileSync(projectPath('test/fixtures/article.html'), 'utf8');
    writeFileSync(path.join(folder, 'a-article.html'), page);
    writeFileSync(path.join(folder, 'b-copy.htm'), page.replaceAll('delhi-moscow-arms', 'delhi-moscow-arms-2').replace('Delhi and Moscow talk arms, again</h1>', 'Delhi and Moscow talk arms, once more</h1>'));
    writeFileSync(path.join(folder, 'c-empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
    writeFileSync(path.join(folder, 'notes.txt'), 'not a format any import reads by its extension');
    const result = runScript('src/cli/import.ts', [folder], target.env);
    expect(result.status).toBe(1);
    expect(result.output).toContain('(1 of 3)');
    expect(result.output).toContain(`${path.join(folder, 'c-empty.html')}: the page holds no readable text`);
    expect(result.output).toContain('2 of 3 files imported without error.');
    expect(result.output).not.toContain('notes.txt');
    expect((await target.counts()).sources).toBe(2);
  }, 120_000);
});
