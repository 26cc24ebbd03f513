// matchActors: candidates with scores and the evidence behind them, for the register's states as shipped and for
// actors written by hand; a batch of examples is a bounded number of statements.
import { PGLITE_MATCH_SLICE } from '../../src/modules/matching/matching.repository';
import { loadSipriSample } from '../../src/sample/sample';
import { buildActor } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSipriSample(t.services);
  await buildActor(t.services, { kind: 'ORGANISATION', name: 'Dassault', description: 'French aircraft maker' });
  await buildActor(t.services, { kind: 'PERSON', name: 'Muammar Gaddafi' });
}, 180_000);
afterAll(() => t.close());

const MATCH = `query($queries: [ActorMatchInput!]!, $threshold: Float, $first: Int) {
  matchActors(queries: $queries, threshold: $threshold, first: $first) {
    query candidates { actor { name isoCode } score match features { code name score } }
  }
}`;

async function match(queries: Record<string, unknown>[], options: { threshold?: number; first?: number } = {}) {
  return dataOf(await t.execute(MATCH, { queries, ...options })).matchActors as {
    query: string;
    candidates: { actor: { name: string; isoCode: string | null }; score: number; match: boolean; features: { code: string; name: string; score: number }[] }[];
  }[];
}

describe('matchActors', () => {
  it.each([
    ['Turkey', 'Turkiye'],
    ['Türkiye', 'Turkiye'],
    ['Vietnam', 'Viet Nam'],
    ['United Arab Emirates', 'UAE'],
    ['Czech Republic', 'Czechia'],
    ['Republic of Korea', 'South Korea'],
    ['FRA', 'France'],
    ['Paris', 'France'],
  ])('resolves %s to the register\'s %s, as its best match', async (name, expected) => {
    const [result] = await match([{ name }]);
    expect(result!.query).toBe(name);
    expect(result!.candidates[0]).toMatchObject({ actor: { name: expected }, match: true });
    expect(result!.candidates[0]!.score).toBeGreaterThanOrEqual(0.95);
  });

  it('finds "Republic of France" as the same name once normalised, and says so', async () => {
    const [result] = await match([{ name: 'Republic of France', kind: 'STATE' }]);
    const [best] = result!.candidates;
    expect(best).toMatchObject({ actor: { name: 'France' }, score: 1, match: true });
    expect(best!.features.map((feature) => feature.code)).toEqual(['SAME_NORMALISED_NAME', 'SAME_KIND']);
    expect(best!.features[0]!.name).toBe('same name once normalised: the example and its name "France" are both "france"');
  });

  it('finds a company by its name without the legal form, and a longer name that contains it', async () => {
    const [withForm, longer] = await match([{ name: 'Dassault SA' }, { name: 'Dassault Aviation SA', kind: 'ORGANISATION' }]);
    expect(withForm!.candidates[0]).toMatchObject({ actor: { name: 'Dassault' }, score: 0.95, match: true });
    expect(longer!.candidates[0]).toMatchObject({ actor: { name: 'Dassault' }, match: true });
    expect(longer!.candidates[0]!.features.map((feature) => feature.code)).toEqual(['SHARED_WORDS', 'SIMILAR_SPELLING', 'SAME_KIND']);
  });

  it('finds a transliteration by sound, word for word', async () => {
    const [result] = await match([{ name: 'Moammar Qadhafi' }]);
    expect(result!.candidates[0]).toMatchObject({ actor: { name: 'Muammar Gaddafi' }, score: 0.9, match: true });
    expect(result!.candidates[0]!.features[0]).toMatchObject({ code: 'SOUNDS_ALIKE', name: 'sounds like its name "Muammar Gaddafi", word for word' });
  });

  it('takes an identifier as decisive and another identifier or kind as evidence against', async () => {
    const [byCode, wrongCode, wrongKind] = await match([
      { name: 'Frankreich', isoCode: 'fra' },
      { name: 'France', isoCode: 'DEU' },
      { name: 'France', kind: 'PERSON' },
    ]);
    expect(byCode!.candidates[0]).toMatchObject({ actor: { name: 'France' }, score: 1, match: true });
    expect(byCode!.candidates[0]!.features[0]).toEqual({ code: 'SAME_ISO_CODE', name: 'same ISO code FRA', score: 1 });
    // The ISO code DEU names Germany: decisive; France keeps its name's evidence, less the other code.
    expect(wrongCode!.candidates.map((candidate) => [candidate.actor.name, candidate.score])).toEqual([['Germany', 1], ['France', 0.5]]);
    expect(wrongKind!.candidates[0]).toMatchObject({ actor: { name: 'France' }, score: 0.75, match: true });
    expect(wrongKind!.candidates[0]!.features.at(-1)).toEqual({ code: 'OTHER_KIND', name: 'another kind: STATE, not PERSON', score: -0.25 });
  });

  it('tells near names apart: neighbours score below the threshold', async () => {
    const [niger, kingdom] = await match([{ name: 'Niger' }, { name: 'United Kingdom' }], { first: 5 });
    expect(niger!.candidates[0]).toMatchObject({ actor: { name: 'Niger' }, score: 1 });
    expect(niger!.candidates.find((candidate) => candidate.actor.name === 'Nigeria')).toMatchObject({ match: false });
    expect(kingdom!.candidates[0]).toMatchObject({ actor: { name: 'United Kingdom' }, score: 1 });
    expect(kingdom!.candidates.filter((candidate) => candidate.match).map((candidate) => candidate.actor.name)).toEqual(['United Kingdom']);
  });

  it('answers an example that resembles nothing with no candidates, and respects first and threshold', async () => {
    const [nothing, two] = await match([{ name: 'Xqzzyv Wrrmp' }, { name: 'Korea' }], { first: 2, threshold: 0.99 });
    expect(nothing!.candidates).toEqual([]);
    expect(two!.candidates).toHaveLength(2);
    expect(two!.candidates.every((candidate) => !candidate.match)).toBe(true);
  });

  it('answers a batch of 100 examples in two statements (on PGlite, in slices that let other requests run between them)', async () => {
    const names = ['Turkey', 'FRA', 'Paris', 'Vietnam', 'Dassault Aviation'];
    const queries = Array.from({ length: 100 }, (_unused, i) => ({ name: `${names[i % names.length]}` }));
    let result: Awaited<ReturnType<typeof match>> = [];
    const statements = await recordStatements(t.db, async () => {
      result = await match(queries);
    });
    expect(result).toHaveLength(100);
    expect(result[2]!.candidates[0]!.actor.name).toBe('France');
    const slices = t.db.kind === 'pglite' ? 100 / PGLITE_MATCH_SLICE : 1;
    expect(statements.map((sql) => sql.match(/\/\* (\w+) \*\//)?.[1] ?? sql.slice(0, 40))).toEqual([...Array<string>(slices).fill('actorMatchCandidates'), 'actorsByIds']);
  });

  it.each([
    [{ queries: [], first: 5 }, 'queries', 'must list at least one example'],
    [{ queries: Array.from({ length: 101 }, () => ({ name: 'x' })) }, 'queries', 'must list at most 100 examples'],
    [{ queries: [{ name: '  ' }] }, 'queries.0.name', 'must not be empty'],
    [{ queries: [{ name: 'France' }], first: 21 }, 'first', 'must be between 1 and 20'],
    [{ queries: [{ name: 'France' }], threshold: 1.5 }, 'threshold', 'must be between 0 and 1'],
  ])('refuses bad arguments with BAD_USER_INPUT naming the field (%j)', async (variables, field, message) => {
    const error = errorOf(await t.execute(MATCH, variables));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(message);
  });
});
