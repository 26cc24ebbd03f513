// Wikidata entities in, in Wikidata's own layouts (the API's wbgetentities answer and a dump, one entity a line):
// items become actors with their labels, aliases, QIDs and ISO codes, kinds from instance-of; positions held and
// memberships become affiliations with their dates and reference URLs; a stored actor is joined, not duplicated;
// a second import (of the dump) changes nothing; a reference to an item nobody holds is the line's error.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { loadSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
}, 60_000);
afterAll(() => t?.close());

const importWikidata = (file: string) => importFile(t.services.imports, file, { author: TEST_AUTHOR, mode: 'ATOMIC', format: 'wikidata' });

describe("Wikidata's entity JSON", () => {
  it('creates the items as actors with their labels, aliases, QIDs, ISO codes and kinds, and their posts and memberships as affiliations', async () => {
    const result = await importWikidata(projectPath('test/fixtures/wikidata-entities.json'));
    expect(result.errors).toEqual([]);
    expect(result.actors).toEqual({ created: 3, updated: 1, unchanged: 0, rejected: 0 });
    expect(result.affiliations).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const data = dataOf(await t.execute(`{
      lavrov: actor(name: "Sergei Lavrov") { name kind wikidataId aliases description
        affiliations { role startDate organisation { name } provenance { source { url } } } }
      armenia: actor(name: "ARM") { name kind isoCode wikidataId affiliations { role startDate organisation { name kind wikidataId } } }
      putin: actor(name: "Vladimir Vladimirovich Putin") { name wikidataId }
    }`));
    expect(data.lavrov).toEqual({
      name: 'Sergey Lavrov', kind: 'PERSON', wikidataId: 'Q172435', aliases: ['Sergei Lavrov', 'Sergey Viktorovich Lavrov'], description: 'Russian diplomat',
      affiliations: [{ role: 'Minister of Foreign Affairs of Russia', startDate: '2004-03-09', organisation: { name: 'Russia' }, provenance: [{ source: { url: 'https://www.mid.ru/en/about/structure/minister/' } }] }],
    });
    expect(data.armenia).toEqual({
      name: 'Armenia', kind: 'STATE', isoCode: 'ARM', wikidataId: 'Q399',
      affiliations: [{ role: 'member', startDate: '1994-04-20', organisation: { name: 'Collective Security Treaty Organization', kind: 'INTERNATIONAL_ORGANISATION', wikidataId: 'Q188810' } }],
    });
    // The stored Putin, with Wikidata's alias added: one Putin.
    expect(data.putin).toEqual({ name: 'Vladimir Putin', wikidataId: 'Q7747' });
    // A position held is no actor.
    expect(dataOf(await t.execute('{ actors(filter: { name: "Minister of Foreign Affairs" }) { totalCount } }')).actors.totalCount).toBe(0);
  });

  it('changes nothing when the same items come again, as a dump', async () => {
    const again = await importWikidata(projectPath('test/fixtures/wikidata-dump.json'));
    expect(again.errors).toEqual([]);
    expect(again.actors).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(again.affiliations).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('reads the labels of the languages asked for through importFile, the first naming the actor, and refuses a code that is no language', async () => {
    const IMPORT = `mutation($text: String!, $languages: [String!]) { importFile(format: WIKIDATA, text: $text, languages: $languages) { actors { created updated unchanged } errors { field message } } }`;
    const text = readFileSync(projectPath('test/fixtures/wikidata-entities.json'), 'utf8');
    const { importFile: result } = dataOf(await t.execute(IMPORT, { text, languages: ['en', 'ru'] }));
    expect(result).toEqual({ actors: { created: 0, updated: 1, unchanged: 3 }, errors: [] });
    const { actor } = dataOf(await t.execute('{ actor(name: "Сергей Викторович Лавров") { name aliases } }'));
    expect(actor).toEqual({ name: 'Sergey Lavrov', aliases: expect.arrayContaining(['Sergei Lavrov', 'Сергей Викторович Лавров']) });
    const refused = await t.execute(IMPORT, { text, languages: ['English'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'languages.0' });
  });

  it("reports an item a statement points at that neither the file nor Dossier holds, and a dump line that is not JSON, by line and field", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-wikidata-')), 'bad.json');
    const orphan = {
      type: 'item', id: 'Q99999901', labels: { en: { language: 'en', value: 'Orphan Member Wikidata' } }, aliases: {}, descriptions: {}, sitelinks: {},
      claims: { P463: [{ mainsnak: { snaktype: 'value', property: 'P463', datavalue: { value: { 'entity-type': 'item', 'numeric-id': 99999902, id: 'Q99999902' }, type: 'wikibase-entityid' }, datatype: 'wikibase-item' }, type: 'statement', id: 'Q99999901$1', rank: 'normal' }] },
    };
    writeFileSync(file, `[\n${JSON.stringify(orphan)},\n{"type": "item", "id": \n]\n`);
    const result = await importWikidata(file);
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([[2, 'claims.P463'], [3, '(line)']]);
    expect(result.written).toBe(false);
  });
});
