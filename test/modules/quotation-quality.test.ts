// The quality targets of quotations, held on the labelled set (samples/labelled/quotations.json) through the API,
// on each database: quote spans F1 ≥ 0.95, the speaker right for ≥ 0.85 of the quotes a stored actor said, and no
// title or scare-quoted term proposed. `npm run quality` prints the same figures into docs/QUALITY.md.
import { meetsQuotationTargets, QUOTATION_TARGETS, readLabelledQuotations, scoreQuotations, type QuotationScore } from '../../scripts/quality/quotation-quality';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
const labelled = readLabelledQuotations();
beforeAll(async () => {
  t = await createTestServer();
  for (const actor of labelled.actors) await t.services.actors.create({ ...actor }, 'test-admin');
});
afterAll(() => t.close());

const ANALYZE = `query($text: String!) { analyzeSource(text: $text) { text quotations(first: 1000) { quote startOffset rule speaker { actor { name } } } } }`;

describe('quotations proposed for the labelled news texts', () => {
  let score: QuotationScore;
  beforeAll(async () => {
    score = await scoreQuotations(labelled, async (text) => {
      const analysis = dataOf(await t.execute(ANALYZE, { text })).analyzeSource;
      return {
        text: analysis.text,
        quotations: analysis.quotations.map((q: { quote: string; startOffset: number; rule: string; speaker: { actor: { name: string } | null } | null }) => ({
          quote: q.quote, startOffset: q.startOffset, rule: q.rule, speakerActor: q.speaker?.actor?.name ?? null,
        })),
      };
    });
  });

  it('covers at least 40 labelled quotations, every attribution rule among them', () => {
    expect(score.labelled).toBeGreaterThanOrEqual(40);
    const rules = new Set(labelled.documents.flatMap((document) => document.quotations.map((quotation) => quotation.rule)));
    expect([...rules].sort()).toEqual(['ADJACENT_CUE', 'CONTINUATION', 'LEADING_COLON', 'PRONOUN', 'SAME_SENTENCE', 'SPLIT_QUOTE']);
  });

  it(`finds the quote spans with an F1 of at least ${QUOTATION_TARGETS.spanF1}, and proposes no title or scare-quoted term`, () => {
    expect({ spanF1: score.spanF1 >= QUOTATION_TARGETS.spanF1, titlesProposed: score.titlesProposed, misses: score.misses })
      .toEqual({ spanF1: true, titlesProposed: 0, misses: expect.any(Array) });
  });

  it(`names the right speaker for at least ${QUOTATION_TARGETS.speakerAccuracy} of the quotes a stored actor said`, () => {
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(QUOTATION_TARGETS.speakerAccuracy);
    expect(meetsQuotationTargets(score)).toBe(true);
  });
});
