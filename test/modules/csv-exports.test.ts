// The lists as CSV (GET /export/<list>.csv): re-read by a CSV parser, each file holds the rows its GraphQL list
// counts for the same filter, text that needs quoting survives, SIPRI is credited above its data, and who changed
// what is shown to key holders only.
import { parse } from 'csv-parse/sync';
import { CSV_EXPORT_NAMES } from '../../src/modules/exports/csv-exports';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { buildActor, unique } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let base: string;
let key: string;
const awkward = unique('Awkward; "quoted"\nname');

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  await buildActor(t.services, { kind: 'ORGANISATION', name: awkward, aliases: [`${awkward} alias`], description: 'One, two;\n"three"' });
  key = (await t.services.apiKeys.create(unique('csv-reader').replace(/\s+/g, '-'), 'READER')).key;
  base = await t.server.listen(0, '127.0.0.1');
}, 120_000);
afterAll(() => t?.close());

async function csv(path: string, withKey = false) {
  const response = await fetch(`${base}/export/${path}`, withKey ? { headers: { authorization: `Bearer ${key}` } } : {});
  return { status: response.status, headers: response.headers, text: await response.text() };
}
const rowsOf = (text: string, fromLine = 1) => parse(text, { columns: true, from_line: fromLine }) as Record<string, string>[];
const total = async (query: string) => Object.values(dataOf(await t.execute(query)) as Record<string, { totalCount: number }>)[0]!.totalCount;

describe('GET /export/<list>.csv', () => {
  it('holds as many rows as the list counts, for each list and filter', async () => {
    const cases: [string, string][] = [
      ['actors.csv', '{ actors { totalCount } }'],
      ['actors.csv?kind=STATE,PERSON', '{ actors(filter: { kind: [STATE, PERSON] }) { totalCount } }'],
      ['events.csv', '{ events { totalCount } }'],
      ['claims.csv', '{ claims { totalCount } }'],
      ['claims.csv?actor=Moscow&verdict=SUPPORTED', '{ claims(filter: { actor: "Moscow", verdict: SUPPORTED }) { totalCount } }'],
      ['transfers.csv?recipient=India&fromYear=2015', '{ armsTransfers(filter: { recipient: "India", fromYear: 2015 }) { totalCount } }'],
    ];
    for (const [path, query] of cases) {
      const { status, headers, text } = await csv(path);
      expect([path, status, headers.get('content-type')]).toEqual([path, 200, 'text/csv; charset=utf-8']);
      expect(headers.get('x-dossier-data-version')).toMatch(/\S/);
      const rows = rowsOf(text, path.startsWith('transfers') ? 2 : 1);
      expect([path, rows.length]).toEqual([path, await total(query)]);
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('pages through a long list whole: every transfer of the register, credited to SIPRI above SIPRI\'s own columns', async () => {
    const { text } = await csv('transfers.csv');
    const [credit, header] = text.split('\n');
    expect(credit).toContain('SIPRI Arms Transfers Database (c) SIPRI');
    expect(header!.split(',').slice(0, 6)).toEqual(['SIPRI AT Database ID', 'Supplier', 'Recipient', 'Designation', 'Description', 'Armament category']);
    const rows = rowsOf(text, 2);
    expect(rows.length).toBe(await total('{ armsTransfers { totalCount } }'));
    expect(rows.length).toBeGreaterThan(1000);
    // In SIPRI's words, as its register writes them: the importer reads them back.
    for (const row of rows) expect(['New', 'Second hand', 'Second hand but modernized']).toContain(row.Status);
    expect(new Set(rows.map((row) => row['Delivery year is estimate']))).toEqual(new Set(['Yes', 'No']));
    const tiv = rows.reduce((sum, row) => sum + Number(row['TIV delivery values']), 0);
    const stored = await t.db.query<{ tiv: number }>('/* registerTiv */ SELECT sum(tiv_delivered)::float8 AS tiv FROM arms_transfer');
    expect(tiv).toBeCloseTo(stored[0]!.tiv, 2);
  });

  it('keeps names holding ";", quotes and new lines, and joins several values with "; "', async () => {
    const rows = rowsOf((await csv(`actors.csv?name=${encodeURIComponent(awkward.slice(0, 20))}`)).text);
    expect(rows).toEqual([expect.objectContaining({ name: awkward, aliases: `${awkward} alias`, description: 'One, two;\n"three"', kind: 'ORGANISATION' })]);
    const russia = rowsOf((await csv('actors.csv?name=Russia&kind=STATE')).text).find((row) => row.name === 'Russia')!;
    expect(russia.aliases.split('; ')).toEqual(expect.arrayContaining(['Moscow', 'the Kremlin']));
  });

  it('lists the checked claims with their verdicts and figures, SIPRI credited', async () => {
    const rows = rowsOf((await csv('checks.csv')).text);
    const checked = dataOf(await t.execute('{ claims(first: 500) { nodes { id check { verdict } } } }')).claims.nodes.filter((claim: { check: unknown }) => claim.check);
    expect(rows.map((row) => [row['claim id'], row.verdict]).sort()).toEqual(checked.map((claim: { id: string; check: { verdict: string } }) => [claim.id, claim.check.verdict]).sort());
    const decline = rows.find((row) => row.statement.includes('declined notably'))!;
    expect(decline.figures).toMatch(/^2009-2013: 75\.9%; 2014-2018: 57\.7%; 2019-2023: 36\.5%$/);
    expect(decline.credit).toContain('SIPRI');
  });

  it('shows who changed a record to key holders only', async () => {
    expect(Object.keys(rowsOf((await csv('actors.csv?kind=STATE')).text)[0]!)).not.toContain('updated by');
    expect(Object.keys(rowsOf((await csv('actors.csv?kind=STATE', true)).text)[0]!)).toContain('updated by');
  });

  it('refuses an unknown filter, a bad value or an unknown actor before sending anything, naming it', async () => {
    const unknown = await csv('actors.csv?colour=red');
    expect([unknown.status, JSON.parse(unknown.text).errors[0].extensions]).toEqual([400, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'colour' })]);
    const bad = await csv('transfers.csv?fromYear=soon');
    expect([bad.status, JSON.parse(bad.text).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const nobody = await csv('claims.csv?actor=Nowhereland%20Unknown');
    expect([nobody.status, JSON.parse(nobody.text).errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    expect((await csv('nothing.csv')).status).toBe(404);
  });

  it('needs a key where reads need one', async () => {
    const guarded = await createTestServer({ db: t.db, requireKeyForReads: true });
    try {
      const guardedBase = await guarded.server.listen(0, '127.0.0.1');
      for (const name of CSV_EXPORT_NAMES) expect([name, (await fetch(`${guardedBase}/export/${name}.csv`)).status]).toEqual([name, 401]);
    } finally {
      await guarded.close({ keepDatabase: true });
    }
  });
});
