import { loadSample, sampleArticleText, SAMPLE_ARTICLE_PATH } from '../../src/sample/sample';
import { readFileSync } from 'node:fs';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
});
afterAll(() => t.close());

describe('the sample', () => {
  it('answers Russia for "Moscow", with Putin as its president', async () => {
    const { actor } = dataOf(await t.execute(`{ actor(name: "Moscow") { name kind isoCode members(at: "2025-12-04") { role member { name } } } }`));
    expect(actor).toEqual({ name: 'Russia', kind: 'STATE', isoCode: 'RUS', members: [{ role: 'President', member: { name: 'Vladimir Putin' } }] });
  });

  it('stores the article once, each repeated paragraph once', async () => {
    const file = readFileSync(SAMPLE_ARTICLE_PATH, 'utf8').split('\n').filter((line) => line.trim());
    const stored = sampleArticleText().split('\n');
    expect(new Set(file).size).toBe(stored.length);
    expect(stored.length).toBeLessThan(file.length);
    const { sources } = dataOf(await t.execute(`{ sources(first: 10) { totalCount nodes { text } } }`));
    expect(sources.totalCount).toBe(1);
    expect(sources.nodes[0].text).toBe(sampleArticleText());
  });

  it('cites every claim with a quote that stands in the article at its offsets', async () => {
    // The texts once, not once per citation: the cost limit counts each text asked for.
    const { claims, sources } = dataOf(await t.execute(`{ claims { totalCount nodes { statement citations { quote startOffset endOffset source { id } } } } sources(first: 10) { nodes { id text } } }`));
    const textOf = new Map<string, string>(sources.nodes.map((source: { id: string; text: string }) => [source.id, source.text]));
    expect(claims.totalCount).toBeGreaterThanOrEqual(8);
    for (const claim of claims.nodes) {
      expect(claim.citations.length).toBeGreaterThan(0);
      for (const citation of claim.citations) {
        expect(Array.from(textOf.get(citation.source.id)!).slice(citation.startOffset, citation.endOffset).join('')).toBe(citation.quote);
      }
    }
  });

  it('holds the summit, the invasion and the oil sanctions as events with participants', async () => {
    const { events } = dataOf(await t.execute(`{ events { nodes { title type { code } participants { role actor { name } } } } }`));
    const titles = events.nodes.map((e: { title: string }) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['India-Russia annual summit in New Delhi', "Russia's full-scale invasion of Ukraine", 'Western sanctions on Russian oil']));
    const summit = events.nodes.find((e: { title: string }) => e.title.includes('summit'));
    expect(summit.participants).toEqual(expect.arrayContaining([{ role: 'HOST', actor: { name: 'India' } }, { role: 'VISITOR', actor: { name: 'Vladimir Putin' } }]));
  });

  it('adds nothing when loaded a second time', async () => {
    const before = { actors: await t.db.prisma.actor.count(), claims: await t.db.prisma.claim.count() };
    expect(await loadSample(t.services)).toBe(false);
    expect({ actors: await t.db.prisma.actor.count(), claims: await t.db.prisma.claim.count() }).toEqual(before);
  });

  it('completes a load that was cut short, without duplicating what the first attempt wrote', async () => {
    const counts = async () => ({
      actors: await t.db.prisma.actor.count(),
      aliases: await t.db.prisma.actorAlias.count(),
      affiliations: await t.db.prisma.affiliation.count(),
      events: await t.db.prisma.event.count(),
      participants: await t.db.prisma.eventParticipant.count(),
      sources: await t.db.prisma.source.count(),
      claims: await t.db.prisma.claim.count(),
      citations: await t.db.prisma.citation.count(),
    });
    const complete = await counts();
    // As if the first start had died after writing the article but before its claims.
    await t.db.prisma.claim.deleteMany({});
    expect(await loadSample(t.services)).toBe(true);
    expect(await counts()).toEqual(complete);
  });
});
