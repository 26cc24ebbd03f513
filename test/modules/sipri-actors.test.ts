// The register's states come with their names: a fresh start finds "Turkey", "Vietnam" or "FRA", and a text that
// says "Ankara" or "Turkish" mentions Turkiye.
import { loadSipriSample } from '../../src/sample/sample';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSipriSample(t.services);
}, 120_000);
afterAll(() => t.close());

describe("the register's states", () => {
  it.each([
    ['Turkey', 'Turkiye', 'TUR'],
    ['Vietnam', 'Viet Nam', 'VNM'],
    ['FRA', 'France', 'FRA'],
    ['United Arab Emirates', 'UAE', 'ARE'],
    ['Ivory Coast', "Cote d'Ivoire", 'CIV'],
    ['Swaziland', 'eSwatini', 'SWZ'],
  ])('are found as %s (%s, %s)', async (asked, name, isoCode) => {
    const { actor } = dataOf(await t.execute('query($name: String!) { actor(name: $name) { name isoCode kind } }', { name: asked }));
    expect(actor).toEqual({ name, isoCode, kind: 'STATE' });
  });

  it('are mentioned by their capitals and demonyms', async () => {
    const { analyzeSource } = dataOf(await t.execute('query($text: String!) { analyzeSource(text: $text) { mentions { text form actor { name } } } }', { text: 'Turkish officials in Ankara met Vietnamese envoys.' }));
    expect(analyzeSource.mentions).toEqual([
      { text: 'Turkish', form: 'DEMONYM', actor: { name: 'Turkiye' } },
      { text: 'Ankara', form: 'ALIAS', actor: { name: 'Turkiye' } },
      { text: 'Vietnamese', form: 'DEMONYM', actor: { name: 'Viet Nam' } },
    ]);
  });
});
