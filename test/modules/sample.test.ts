import { loadSample, sampleBundle, SAMPLE_AUTHOR, SAMPLE_BUNDLE_PATH } from '../../src/sample/sample';
import { sampleArticleText, SAMPLE_ARTICLE_PATH } from '../helpers/sample-article';
import { readFileSync } from 'node:fs';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
});
afterAll(() => t.close());

describe('the sample', () => {
  it('is an import bundle like any other: it passes the bundle schema, holds the article in its stored form, and a second import changes nothing', async () => {
    const bundle = sampleBundle();
    expect(bundle.sources?.[0]?.text?.text).toBe(sampleArticleText());
    expect(Object.keys(bundle).sort()).toEqual(['actors', 'affiliations', 'claims', 'events', 'sources']);
    const again = await t.services.imports.importBundle(JSON.parse(readFileSync(SAMPLE_BUNDLE_PATH, 'utf8')), { author: SAMPLE_AUTHOR });
    expect(again.errors).toEqual([]);
    for (const entity of ['actors', 'sources', 'events', 'affiliations', 'claims'] as const) {
      expect({ entity, ...again[entity] }).toEqual({ entity, created: 0, updated: 0, unchanged: bundle[entity]?.length, rejected: 0 });
    }
    expect(await loadSample(t.services)).toBe(false);
  });

  it('answers Russia for "Moscow", with Putin as its president', async () => {
    const { actor } = dataOf(await t.execute(`{ actor(name: "Moscow") { name kind isoCode members(at: "2025-12-04") { role member { name } } } }`));
    expect(actor).toEqual({ name: 'Russia', kind: 'STATE', isoCode: 'RUS', members: [{ role: 'President', member: { name: 'Vladimir Putin' } }] });
  });

  it('stores the article once, each repeated paragraph once', async () => {
    const file = readFileSync(SAMPLE_ARTICLE_PATH, 'utf8').split('\n').filter((line) => line.trim());
    const stored = sampleArticleText().split('\n');
    expect(new Set(file).size).toBe(stored.length);
    expect(stored.length).toBeLessThan(file.length);
    const { sources } = dataOf(await t.execute(`{ sources(first: 10, filter: { kind: [NEWS_ARTICLE] }) { totalCount nodes { text } } }`));
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

  it("holds Putin's three terms and Modi's, each with its source, so that Russia answers Putin across SIPRI's span", async () => {
    const at = async (date: string) =>
      dataOf(await t.execute(`query($at: Date) { actor(name: "Russia") { members(at: $at) { role member { name } } } }`, { at: date })).actor.members;
    expect(await at('2005-01-01')).toEqual([{ role: 'President', member: { name: 'Vladimir Putin' } }]);
    expect(await at('2010-01-01')).toEqual([{ role: 'Prime Minister', member: { name: 'Vladimir Putin' } }]);
    expect(await at('2023-06-01')).toEqual([{ role: 'President', member: { name: 'Vladimir Putin' } }]);
    const { actor } = dataOf(await t.execute(`{ actor(name: "Narendra Modi") { affiliations { role startDate endDate organisation { name } provenance { source { url } } } } }`));
    expect(actor.affiliations).toEqual([
      { role: 'Prime Minister', startDate: '2014-05-26', endDate: null, organisation: { name: 'India' }, provenance: [{ source: { url: 'https://www.wikidata.org/wiki/Q1058' } }] },
    ]);
    const { actor: putin } = dataOf(await t.execute(`{ actor(name: "Putin") { affiliations { role startDate endDate } } }`));
    expect(putin.affiliations).toEqual(expect.arrayContaining([
      { role: 'President', startDate: '2000-05-07', endDate: '2008-05-07' },
      { role: 'Prime Minister', startDate: '2008-05-08', endDate: '2012-05-07' },
      { role: 'President', startDate: '2012-05-07', endDate: null },
    ]));
  });

  it('holds the US sanctions on Rosneft and Lukoil as the event the sanctions claim is about, after the EU embargo of 2022', async () => {
    const { claims } = dataOf(await t.execute(`{ claims(filter: { predicate: "SANCTIONS" }) { nodes { statement subject { name } objectActor { name }
      event { title startDate participants { role actor { name } } provenance { field source { publisher url } } } } } }`));
    expect(claims.nodes).toHaveLength(1);
    const [claim] = claims.nodes;
    expect(claim).toMatchObject({ statement: 'Western sanctions have disrupted oil imports from Russia.', subject: { name: 'United States' }, objectActor: { name: 'Russia' } });
    expect(claim.event).toMatchObject({ title: 'US sanctions on Rosneft and Lukoil', startDate: '2025-10-22', provenance: [{ field: null, source: { publisher: 'U.S. Department of the Treasury' } }] });
    expect(claim.event.participants).toEqual(expect.arrayContaining([{ role: 'TARGET', actor: { name: 'Rosneft' } }, { role: 'TARGET', actor: { name: 'Lukoil' } }]));
    const { events } = dataOf(await t.execute(`{ events(filter: { cameoPrefix: "163" }) { nodes { title startDate provenance { field source { publisher } } } } }`));
    expect(events.nodes).toEqual(expect.arrayContaining([
      { title: 'Western sanctions on Russian oil', startDate: '2022-12-05', provenance: [{ field: 'startDate', source: { publisher: 'Council of the European Union' } }] },
    ]));
  });

  it("turns the article's assertions into typed claims, each cited at its exact quote", async () => {
    const { claims } = dataOf(await t.execute(`{ claims(first: 50) { nodes { statement predicate freeTextPredicate } } }`));
    const predicates = claims.nodes.map((claim: { predicate: string }) => claim.predicate);
    expect(predicates).toEqual(expect.arrayContaining(['ARMS_SUPPLY_FALLING', 'PARTNERS_WITH', 'TENSIONS_WITH', 'AVOIDS', 'TRADES_WITH', 'HAS_LIMITED_INFLUENCE_ON', 'BALANCES_AGAINST', 'THREATENS']));
    // One free-text predicate, marked as such; every other claim uses the vocabulary.
    expect(claims.nodes.filter((claim: { freeTextPredicate: boolean }) => claim.freeTextPredicate)).toHaveLength(1);
    expect(claims.nodes).toHaveLength(14);
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
