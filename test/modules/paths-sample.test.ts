// paths on the sample and SIPRI's register: how Putin and India are connected, and what `via`, `at` and `maxHops`
// make of it.
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
}, 180_000);
afterAll(() => t.close());

const PATHS = `query($from: String!, $to: String!, $via: [PathRelation!], $at: Date, $maxHops: Int) {
  paths(from: $from, to: $to, via: $via, at: $at, maxHops: $maxHops) {
    actors { name } steps { relation forward affiliation { role } event { title } claim { statement } armsTrade { supplier { name } tiv firstYear lastYear } }
  } }`;
const paths = async (variables: Record<string, unknown>) => dataOf(await t.execute(PATHS, variables)).paths as { actors: { name: string }[]; steps: any[] }[];

describe('how Putin and India are connected', () => {
  it('in one step: the 2025 summit both attended', async () => {
    const [first] = await paths({ from: 'Putin', to: 'IND' });
    expect(first!.actors.map((actor) => actor.name)).toEqual(['Vladimir Putin', 'India']);
    expect(first!.steps).toEqual([expect.objectContaining({ relation: 'EVENT', event: { title: 'India-Russia annual summit in New Delhi' } })]);
  });

  it('through his office in Russia and Russia\'s arms deliveries to India, by affiliations and arms trade', async () => {
    const [first] = await paths({ from: 'Vladimir Putin', to: 'India', via: ['AFFILIATION', 'ARMS_TRADE'] });
    expect(first!.actors.map((actor) => actor.name)).toEqual(['Vladimir Putin', 'Russia', 'India']);
    expect(first!.steps).toEqual([
      expect.objectContaining({ relation: 'AFFILIATION', forward: true, affiliation: { role: 'President' } }),
      expect.objectContaining({ relation: 'ARMS_TRADE', forward: true, armsTrade: expect.objectContaining({ supplier: { name: 'Russia' }, firstYear: 2000, lastYear: 2023 }) }),
    ]);
  });

  it('not at all before his office\'s recorded start', async () => {
    expect(await paths({ from: 'Vladimir Putin', to: 'India', via: ['AFFILIATION', 'ARMS_TRADE'], at: '2000-01-01' })).toEqual([]);
  });

  it('Russia and India through a claim when only claims are asked for, and nothing within one hop for Putin', async () => {
    const [claim] = await paths({ from: 'Russia', to: 'India', via: ['CLAIM'] });
    expect(claim!.steps).toEqual([expect.objectContaining({ relation: 'CLAIM', claim: { statement: expect.any(String) } })]);
    expect(await paths({ from: 'Vladimir Putin', to: 'India', via: ['CLAIM'], maxHops: 1 })).toEqual([]);
    expect(errorOf(await t.execute(PATHS, { from: 'Putin', to: 'India', maxHops: 5 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });
});
