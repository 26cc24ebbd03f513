// /reconcile as a plain HTTP client sees it: every answer checked against the W3C Reconciliation Service API 0.2
// (the checks below restate the specification's JSON schemas: manifest.json, reconciliation-result-batch.json,
// suggest-entities-response.json), on the register's states as a fresh start has them.
import { z } from 'zod';
import { loadSipriSample } from '../../src/sample/sample';
import { buildActor } from '../builders';
import { createTestServer, type TestServer } from '../helpers/test-server';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await createTestServer({ corsOrigins: ['https://refine.example'] });
  await loadSipriSample(t.services);
  await buildActor(t.services, { kind: 'ORGANISATION', name: 'Dassault', description: 'French aircraft maker' });
  base = `${await t.server.listen(0, '127.0.0.1')}/reconcile`;
}, 180_000);
afterAll(() => t.close());

// The specification's schemas, restated.
const TypeRef = z.union([z.object({ id: z.string(), name: z.string().optional() }), z.string()]);
const UrlTemplate = z.string().regex(/\{\{id\}\}/);
const Manifest = z.object({
  versions: z.array(z.string()).refine((versions) => versions.includes('0.2'), 'must contain "0.2"'),
  name: z.string(),
  identifierSpace: z.string(),
  schemaSpace: z.string(),
  documentation: z.string().optional(),
  view: z.object({ url: UrlTemplate }).optional(),
  preview: z.object({ url: UrlTemplate, width: z.number().int(), height: z.number().int() }).optional(),
  suggest: z.object({ entity: z.object({ service_url: z.string().optional(), service_path: z.string().optional() }).optional() }).optional(),
  defaultTypes: z.array(z.object({ id: z.string(), name: z.string() })).refine((types) => new Set(types.map((type) => type.id)).size === types.length, 'unique').optional(),
});
const Candidate = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  score: z.number(),
  features: z.array(z.object({ id: z.string().optional(), value: z.union([z.boolean(), z.number()]).optional() })).optional(),
  match: z.boolean().optional(),
  type: z.array(TypeRef).optional(),
});
const ResultBatch = z.record(z.string(), z.object({ result: z.array(Candidate) }));
const SuggestEntities = z.object({ result: z.array(z.object({ id: z.string(), name: z.string(), description: z.string().optional(), notable: z.array(TypeRef).optional() })) });

async function reconcile(queries: Record<string, unknown>, how: 'form' | 'get' = 'form') {
  const body = new URLSearchParams({ queries: JSON.stringify(queries) });
  const response = how === 'form' ? await fetch(base, { method: 'POST', body }) : await fetch(`${base}?${body}`);
  expect(response.status).toBe(200);
  return ResultBatch.parse(await response.json());
}

describe('/reconcile', () => {
  it('answers a plain GET with a valid manifest: spaces, view, preview, suggest and the actor kinds as types', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    const manifest = Manifest.parse(await response.json());
    expect(manifest.defaultTypes!.map((type) => type.id)).toEqual(['STATE', 'PERSON', 'ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER']);
    expect(manifest.view!.url).toBe(`${base}/view/{{id}}`);
    expect(manifest.suggest!.entity).toEqual({ service_url: base, service_path: '/suggest/entity' });
  });

  it('answers a batch of 10 queries, keyed by the client\'s keys, as form data and as a query string', async () => {
    const names = ['Turkey', 'Vietnam', 'Czech Republic', 'Republic of Korea', 'FRA', 'Paris', 'Dassault Aviation SA', 'Türkiye', 'United Arab Emirates', 'Xqzzyv'];
    const queries = Object.fromEntries(names.map((name, i) => [`q${i}`, { query: name, ...(i === 6 ? { type: 'ORGANISATION' } : {}) }]));
    for (const how of ['form', 'get'] as const) {
      const batch = await reconcile(queries, how);
      expect(Object.keys(batch)).toEqual(Object.keys(queries));
      const best = names.map((_name, i) => batch[`q${i}`]!.result[0]);
      expect(best.map((candidate) => candidate?.name ?? null)).toEqual(['Turkiye', 'Viet Nam', 'Czechia', 'South Korea', 'France', 'France', 'Dassault', 'Turkiye', 'UAE', null]);
      // A certain match (match: true) is the same name or identifier; a resemblance is left for a person to judge.
      expect(best.map((candidate) => candidate?.match ?? null)).toEqual([true, true, true, true, true, true, false, true, true, null]);
      expect(best[6]).toMatchObject({ score: 80, type: [{ id: 'ORGANISATION', name: 'Organisation' }], description: 'French aircraft maker' });
    }
  });

  it('weighs type, limit and identifier properties as matchActors does', async () => {
    const batch = await reconcile({
      a: { query: 'Sudan', limit: 2 },
      b: { query: 'Frankreich', properties: [{ pid: 'isoCode', v: 'FRA' }] },
      c: { properties: [{ pid: 'isoCode', v: ['DEU'] }] },
      d: { query: 'France', type: ['PERSON'], type_strict: 'should' },
    });
    expect(batch.a!.result).toHaveLength(2);
    expect(batch.a!.result.map((candidate) => [candidate.name, candidate.match])).toEqual([['Sudan', true], ['South Sudan', false]]);
    expect(batch.b!.result[0]).toMatchObject({ name: 'France', score: 100, match: true, features: expect.arrayContaining([{ id: 'SAME_ISO_CODE', value: 1 }]) });
    expect(batch.c!.result[0]).toMatchObject({ name: 'Germany', match: true });
    expect(batch.d!.result[0]).toMatchObject({ name: 'France', score: 75, match: false });
  });

  it('refuses a malformed batch with 400, a stable code and the field, and a JSONP callback that is not a name', async () => {
    for (const [queries, field] of [['not json', 'queries'], [JSON.stringify({ q0: { query: 'x', limit: -1 } }), 'queries.q0.limit'], [JSON.stringify({ q0: { qeury: 'x' } }), 'queries.q0']] as const) {
      const response = await fetch(base, { method: 'POST', body: new URLSearchParams({ queries }) });
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: { extensions: { code: string; field: string } }[] };
      expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const jsonp = await fetch(`${base}?callback=alert(1)//`);
    expect(jsonp.headers.get('content-type')).toContain('application/json');
  });

  it('suggests entities by prefix (JSONP too), and previews an actor as HTML', async () => {
    const suggest = SuggestEntities.parse(await (await fetch(`${base}/suggest/entity?prefix=fra`)).json());
    expect(suggest.result[0]).toMatchObject({ name: 'France', notable: [{ id: 'STATE', name: 'State' }] });
    const jsonp = await fetch(`${base}/suggest/entity?prefix=dass&callback=jQuery123_456`);
    expect(jsonp.headers.get('content-type')).toContain('application/javascript');
    expect(await jsonp.text()).toMatch(/^\/\*\*\/jQuery123_456\(\{"result":\[\{"id":"\d+","name":"Dassault"/);

    const preview = await fetch(`${base}/preview?id=${suggest.result[0]!.id}`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toContain('text/html');
    const html = await preview.text();
    expect(html).toContain('<h1><a href="/explorer/actor?name=France"');
    expect(html).toContain('<dt>ISO code</dt><dd>FRA</dd>');
    expect((await fetch(`${base}/preview?id=999999`)).status).toBe(404);
    const view = await fetch(`${base}/view/${suggest.result[0]!.id}`, { redirect: 'manual' });
    expect(view.status).toBe(302);
    expect(view.headers.get('location')).toBe('/explorer/actor?name=France');
    expect((await fetch(`${base}/view/999999`, { redirect: 'manual' })).status).toBe(404);
  });

  it('answers the browser side from a configured origin only (CORS)', async () => {
    const allowed = await fetch(`${base}/suggest/entity?prefix=fr`, { headers: { origin: 'https://refine.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://refine.example');
    const other = await fetch(`${base}/suggest/entity?prefix=fr`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
