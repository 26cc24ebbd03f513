// Fact-checkers' ClaimReview in: a feed in Google's DataFeed layout becomes claims with their fact checks kept as
// given (the reviewer, the URL, the date, the rating on the reviewer's own scale), said by their authors (actors) or
// by the place they first appeared (a source), with the quotes of their appearances as citations; two fact-checkers'
// reviews of one claim are one claim; a second import changes nothing; a review without a URL is its error. Out
// again as ClaimReview, an empty database that imports the export gives the same fact-checkers' reviews back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { projectPath } from '../../src/shared/paths';
import { buildActor, TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

const FEED = projectPath('test/fixtures/claimreview-feed.json');
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-claimreview-'));
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
}, 60_000);
afterAll(() => t?.close());

const importReviews = (server: TestServer, file: string) => importFile(server.services.imports, file, { author: TEST_AUTHOR, mode: 'PARTIAL', format: 'claimreview' });

const CLAIMS = `{ claims(first: 10) { nodes { statement asserter { name kind } asserterSource { url title }
  citations { quote source { url title publisher publishedAt } }
  factChecks { reviewer reviewerUrl url publishedAt ratingValue bestRating worstRating ratingName ratingExplanation } } } }`;
type ClaimNode = { statement: string; factChecks: unknown[] };
const byStatement = (claims: ClaimNode[]) => [...claims].sort((a, b) => a.statement.localeCompare(b.statement));

const addresses = new WeakMap<TestServer, Promise<string>>();
/** The server's address, listening from the first call on. */
function baseOf(server: TestServer): Promise<string> {
  if (!addresses.has(server)) addresses.set(server, server.server.listen(0, '127.0.0.1'));
  return addresses.get(server)!;
}

/** The fact-checkers' reviews of an export (Dossier's own reviews left out; claims' ids are each database's own), comparable across databases. */
async function factCheckReviews(server: TestServer): Promise<Record<string, any>[]> {
  const document = await (await fetch(`${await baseOf(server)}/export/claims.jsonld`)).json();
  return (document['@graph'] as Record<string, any>[])
    .filter((node) => node['@type'] === 'ClaimReview' && node.author.name !== 'Dossier')
    .map(({ itemReviewed: { '@id': _id, ...claim }, ...review }): Record<string, any> => ({ ...review, itemReviewed: claim }))
    .sort((a, b) => String(a.url).localeCompare(String(b.url)));
}

describe("a fact-checkers' ClaimReview feed", () => {
  it('becomes claims with their fact checks as given, by their authors or where they appeared, and reports a review without a URL', async () => {
    const result = await importReviews(t, FEED);
    expect(result.errors).toEqual([{ entity: 'file', index: 3, field: 'url', message: 'the review has no URL' }]);
    expect(result.claims).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(result.actors.created).toBe(1);
    expect(result.sources.created).toBe(2);
    const claims = byStatement(dataOf(await t.execute(CLAIMS)).claims.nodes);
    expect(claims).toEqual([
      {
        statement: "France has become India's second-largest arms supplier.",
        asserter: null,
        asserterSource: { url: 'https://video.example/watch/12345', title: 'Evening debate' },
        citations: [],
        factChecks: [{ reviewer: 'Checkers', reviewerUrl: null, url: 'https://checkers.example/2026/03/france-second-supplier', publishedAt: '2026-03-06', ratingValue: null, bestRating: null, worstRating: null, ratingName: 'True', ratingExplanation: null }],
      },
      {
        statement: "Russia still supplies two thirds of India's arms imports.",
        asserter: { name: 'Anil Commentator', kind: 'PERSON' },
        asserterSource: null,
        citations: [{ quote: "Russia still supplies two thirds of India's arms", source: { url: 'https://news.example/2026/02/27/defence-talk', title: 'Defence talk', publisher: 'News Example', publishedAt: '2026-02-27' } }],
        factChecks: [
          { reviewer: 'Checkers', reviewerUrl: null, url: 'https://checkers.example/2026/03/russia-india-arms', publishedAt: '2026-03-05', ratingValue: 1, bestRating: 6, worstRating: 1, ratingName: 'Outdated', ratingExplanation: "SIPRI puts Russia's share at 36% in 2019-2023." },
          { reviewer: 'Fact Desk', reviewerUrl: 'https://factdesk.example', url: 'https://factdesk.example/checks/russia-share-of-indian-arms-imports', publishedAt: '2026-03-02', ratingValue: 2, bestRating: 5, worstRating: 1, ratingName: 'Mostly false', ratingExplanation: null },
        ],
      },
    ]);
  });

  it('changes nothing when the same feed comes again, through the importFile mutation', async () => {
    const { importFile: again } = dataOf(
      await t.execute(`mutation($text: String!) { importFile(format: CLAIMREVIEW, text: $text, mode: PARTIAL) { claims { created updated unchanged } actors { created } errors { field } } }`, {
        text: readFileSync(FEED, 'utf8'),
      }),
    );
    expect(again).toEqual({ claims: { created: 0, updated: 0, unchanged: 2 }, actors: { created: 0 }, errors: [{ field: 'url' }] });
  });

  it('goes out as ClaimReview and comes back the same into an empty database, which exports the same reviews', async () => {
    const exported = await factCheckReviews(t);
    expect(exported).toHaveLength(3);
    expect(exported[0]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://checkers.example/2026/03/france-second-supplier',
      author: { '@type': 'Organization', name: 'Checkers' },
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    });
    const file = path.join(dir, 'claims.jsonld');
    writeFileSync(file, await (await fetch(`${await baseOf(t)}/export/claims.jsonld`)).text());
    const copy = await createTestServer();
    try {
      const result = await importReviews(copy, file);
      expect(result.errors).toEqual([]);
      expect(await factCheckReviews(copy)).toEqual(exported);
      expect(byStatement(dataOf(await copy.execute(CLAIMS)).claims.nodes).map((claim) => claim.factChecks)).toEqual(
        byStatement(dataOf(await t.execute(CLAIMS)).claims.nodes).map((claim) => claim.factChecks),
      );
    } finally {
      await copy.close();
    }
  });

  it("logs a new fact-checker's review as a change of its claim, and restores a deleted claim with its fact checks", async () => {
    const { recentChanges } = dataOf(await t.execute('{ recentChanges(entities: [CLAIM], first: 1) { cursor } }'));
    const claim = dataOf(await t.execute(`{ claims(first: 10) { nodes { id statement } } }`)).claims.nodes.find((node: ClaimNode) => node.statement.startsWith('France'));
    const review = {
      reviewer: 'Third Desk', url: 'https://third.example/france', ratingName: 'Half true',
    };
    const added = await t.services.imports.importBundle(
      { claims: [{ statement: claim.statement, asserterSource: { url: 'https://video.example/watch/12345' }, factChecks: [review] }] },
      { author: TEST_AUTHOR },
    );
    expect(added.claims).toMatchObject({ updated: 1 });
    const { changes } = dataOf(await t.execute(`query($after: String) { changes(after: $after, entities: [CLAIM]) { changes { recordId operation fields } } }`, { after: recentChanges.cursor }));
    expect(changes.changes).toEqual([{ recordId: claim.id, operation: 'UPDATE', fields: ['factChecks'] }]);

    const CHECKS = `query($id: ID!) { claim(id: $id) { factChecks { reviewer url ratingName } } }`;
    const before = dataOf(await t.execute(CHECKS, { id: claim.id })).claim.factChecks;
    expect(before).toHaveLength(2);
    dataOf(await t.execute(`mutation($id: ID!) { deleteClaim(id: $id) { id } }`, { id: claim.id }));
    dataOf(await t.execute(`mutation($id: ID!) { restoreRecord(entity: CLAIM, id: $id) { ... on Claim { id } } }`, { id: claim.id }));
    expect(dataOf(await t.execute(CHECKS, { id: claim.id })).claim.factChecks).toEqual(before);
  });

  it('links a claim to the actors it is about or mentions when the database holds them, and leaves topics out', async () => {
    const india = await buildActor(t.services, { kind: 'STATE', name: unique('Indiana Republic') });
    const review = {
      '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://checkers.example/2026/03/about', claimReviewed: `${india.name} buys most of its arms abroad.`,
      author: { '@type': 'Organization', name: 'Checkers' }, reviewRating: { '@type': 'Rating', alternateName: 'True' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Anil Commentator' }, about: { '@type': 'Country', name: india.name }, mentions: [{ '@type': 'Thing', name: 'Arms trade' }, { '@type': 'Person', name: 'Anil Commentator' }] },
    };
    const file = path.join(dir, 'about.json');
    writeFileSync(file, JSON.stringify(review));
    expect((await importReviews(t, file)).errors).toEqual([]);
    const { claims } = dataOf(await t.execute(`query($actor: String) { claims(first: 5, filter: { actor: $actor }) { nodes { statement about { role actor { name } } } } }`, { actor: india.name }));
    expect(claims.nodes).toEqual([{ statement: review.claimReviewed, about: expect.arrayContaining([{ role: 'SUBJECT', actor: { name: india.name } }, { role: 'MENTIONED', actor: { name: 'Anil Commentator' } }]) }]);
    expect(claims.nodes[0].about).toHaveLength(2);
  });

  it('refuses a file that holds no review, naming the argument through the API', async () => {
    const refused = await t.execute(`mutation($text: String!) { importFile(format: CLAIMREVIEW, text: $text) { written } }`, { text: '{"@type": "Person", "name": "Nobody"}' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
