// FollowTheMoney entities in, as OpenSanctions publishes them: people and organisations become actors with their
// aliases and Wikidata ids, positions held and directorships become affiliations, an actor the matcher finds is
// joined through sameAs rather than duplicated, a second import changes nothing, and every bad line is an error
// naming its line and field, with nothing written in the all-or-nothing mode.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FILE_FORMAT_NAMES, importFile } from '../../src/modules/imports/import-file';
import { loadSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

const FIXTURE = projectPath('test/fixtures/opensanctions-entities.ndjson');
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-ftm-'));
let t: TestServer;

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
}, 60_000);
afterAll(() => t?.close());

const importFtm = (file: string, mode: 'ATOMIC' | 'PARTIAL' = 'ATOMIC') => importFile(t.services.imports, file, { author: TEST_AUTHOR, mode, format: 'ftm' });

describe("an OpenSanctions file of FollowTheMoney entities", () => {
  it('creates the people and organisations with their aliases and Wikidata ids, and their posts as affiliations', async () => {
    const result = await importFtm(FIXTURE);
    expect(result.errors).toEqual([]);
    expect(result.actors).toEqual({ created: 3, updated: 1, unchanged: 0, rejected: 0 });
    expect(result.affiliations).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const { lavrov, shugayev } = dataOf(await t.execute(`{
      lavrov: actor(name: "Sergey Viktorovich Lavrov") { name kind wikidataId aliases affiliations { role startDate organisation { name } } }
      shugayev: actor(name: "FSVTS") { name kind members { role startDate member { name wikidataId } } }
    }`));
    expect(lavrov).toEqual({
      name: 'Sergei Lavrov', kind: 'PERSON', wikidataId: 'Q172435', aliases: ['Sergey Viktorovich Lavrov', 'Сергей Лавров'],
      affiliations: [{ role: 'Minister of Foreign Affairs of Russia', startDate: '2004-03-09', organisation: { name: 'Russia' } }],
    });
    expect(shugayev).toEqual({
      name: 'Federal Service for Military-Technical Cooperation', kind: 'ORGANISATION',
      members: [{ role: 'Director', startDate: '2017-04-01', member: { name: 'Dmitry Shugayev', wikidataId: 'Q4165374' } }],
    });
  });

  it('joins an entity the matcher finds to the stored actor through sameAs, with a warning, rather than duplicating it', async () => {
    const { putin } = dataOf(await t.execute('{ putin: actor(name: "Vladimir Vladimirovich Putin") { name wikidataId aliases } }'));
    expect(putin).toEqual({ name: 'Vladimir Putin', wikidataId: 'Q7747', aliases: expect.arrayContaining(['Putin', 'Vladimir Vladimirovich Putin']) });
    expect(dataOf(await t.execute('{ actors(filter: { name: "Putin" }) { totalCount } }')).actors.totalCount).toBe(1);
  });

  it('changes nothing when imported again', async () => {
    const again = await importFtm(FIXTURE);
    expect(again.errors).toEqual([]);
    expect(again.actors).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(again.affiliations).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('reports a matched actor of another name as LIKELY_DUPLICATE, joined', async () => {
    const file = path.join(dir, 'misspelt.ndjson');
    writeFileSync(file, `${JSON.stringify({ id: 'x-1', schema: 'Person', properties: { name: ['Narendra Damodardas Modi'], wikidataId: ['Q1058'] } })}\n`);
    const result = await importFtm(file);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'LIKELY_DUPLICATE', line: 1, candidate: expect.objectContaining({ name: 'Narendra Modi' }) })]);
    expect(result.actors.created).toBe(0);
  });
});

describe('a bad FollowTheMoney file', () => {
  it('reports each bad line with its line and field, and writes nothing in the all-or-nothing mode', async () => {
    const file = path.join(dir, 'bad.ndjson');
    const lines = [
      JSON.stringify({ id: 'ok-1', schema: 'Person', properties: { name: ['Valid Person Badfile'] } }),
      '{"id": "broken", "schema": ',
      JSON.stringify({ id: 'u-1', schema: 'Spaceship', properties: { name: ['Enterprise'] } }),
      JSON.stringify({ id: 'u-2', schema: 'Person', properties: { name: ['Someone Badfile'], favouriteColour: ['red'] } }),
      JSON.stringify({ id: 'u-3', schema: 'Person', properties: { name: ['Other Badfile'], birthDate: [1950] } }),
      JSON.stringify({ id: 'u-4', schema: 'Person', properties: { name: ['Late Badfile'], birthDate: ['last spring'] } }),
      JSON.stringify({ id: 'u-5', schema: 'Directorship', properties: { director: ['ok-1'], organization: ['nowhere'], role: ['Chair'] } }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const before = dataOf(await t.execute('{ actors { totalCount } }')).actors.totalCount;
    const result = await importFtm(file);
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([
      [2, '(line)'],
      [3, 'schema'],
      [4, 'properties.favouriteColour'],
      [5, 'properties.birthDate'],
      [6, 'properties.birthDate'],
      [7, 'properties.organization'],
    ]);
    expect(result.written).toBe(false);
    expect(dataOf(await t.execute('{ actors { totalCount } }')).actors.totalCount).toBe(before);
    // Partial: the valid person is written, the rest reported the same way.
    const partial = await importFtm(file, 'PARTIAL');
    expect(partial.actors.created).toBe(1);
    expect(partial.errors).toHaveLength(6);
  });
});

describe('the importFile mutation', () => {
  const IMPORT_FILE = `mutation($format: ImportFileFormat!, $text: String!, $mode: ImportMode) {
    importFile(format: $format, text: $text, mode: $mode) {
      actors { created updated unchanged rejected } affiliations { created unchanged } armsTransfers { created }
      errors { line field message } warnings { code line }
    } }`;

  it('takes every format the CLI reads, by the same names', async () => {
    const { __type } = dataOf(await t.execute('{ __type(name: "ImportFileFormat") { enumValues { name } } }'));
    expect(__type.enumValues.map((value: { name: string }) => value.name)).toEqual(FILE_FORMAT_NAMES.map((name) => name.toUpperCase()));
  });

  it('imports FollowTheMoney text as the CLI imports the file: the same counts, a second time unchanged', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const { importFile: result } = dataOf(await t.execute(IMPORT_FILE, { format: 'FTM', text }));
    expect(result).toMatchObject({ actors: { created: 0, updated: 0, unchanged: 4, rejected: 0 }, affiliations: { created: 0, unchanged: 2 }, errors: [] });
  });

  it("imports a SIPRI register's text, and reports a bad line by its line", async () => {
    const register = readFileSync(projectPath('samples/sipri-trade-register-2000-2023.csv'), 'utf8').split('\n');
    const header = register.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
    const text = [...register.slice(0, header + 3), '99999999,Russia,India,Su-30MK,fighter,Aircraft,2001,No,lots,No,2002,No,New,10,10,20,No'].join('\n');
    const { importFile: result } = dataOf(await t.execute(IMPORT_FILE, { format: 'SIPRI', text, mode: 'PARTIAL' }));
    expect(result.armsTransfers.created).toBe(2);
    expect(result.errors).toEqual([{ line: header + 4, field: 'Numbers delivered', message: '"lots" is not a whole number' }]);
  });

  it('refuses an empty text or one its format cannot read at all, naming the argument, writing nothing', async () => {
    expect(errorOf(await t.execute(IMPORT_FILE, { format: 'FTM', text: '  \n' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await t.execute(IMPORT_FILE, { format: 'SIPRI', text: 'no,header,here\n1,2,3' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('needs an EDITOR key', async () => {
    const reader = await t.executeAs({ name: 'a-reader', role: 'READER' }, IMPORT_FILE, { format: 'FTM', text: '{}' });
    expect(errorOf(reader).code).toBe('FORBIDDEN');
  });
});
