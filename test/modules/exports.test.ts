// Dossier's bundle out: the whole knowledge base as the NDJSON bundle the import reads, exact on a round trip
// (export, import into an empty database, export again: the same lines), with every list, count and claim check
// answering alike in the copy; streamed over HTTP with its edition, behind the same keys as reads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultModel, Model } from '@alephdata/followthemoney';
import { BUNDLE_EXPORTS } from '../../src/modules/exports/bundle-export';
import { RequestBatches } from '../../src/shared/batches';
import { BUNDLE_ENTITIES } from '../../src/modules/imports/bundle-entities';
import { importFile } from '../../src/modules/imports/import-file';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { buildActor, buildClaim, buildSource, TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let copy: TestServer;
let merged: { survivor: number; duplicate: number };
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-export-'));

let listening: Promise<string> | undefined;
/** The test server's address, listening from the first call on. */
const baseUrl = () => (listening ??= t.server.listen(0, '127.0.0.1'));

/** Every line of an export, in the order written. */
async function exportOf(server: TestServer): Promise<string[]> {
  let text = '';
  for await (const page of server.services.exports.bundleLines()) text += page;
  return text.split('\n').filter(Boolean);
}

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  // What the sample lacks: a source known by its text alone, an actor with demonyms, a claim with a source as asserter.
  const name = unique('Exportland');
  await buildActor(t.services, { name, aliases: [`${name} Republic`, `"Quoted; ${name}"`], demonyms: [`${name}ian`], description: 'Line one.\nLine two, "quoted".' });
  const source = await buildSource(t.services, { kind: 'REPORT', title: unique('Untitled note'), text: `${name} and Russia met on Monday. ${name}ian officials said so.` });
  await buildClaim(t.services, { statement: `${name} met Russia.`, asserterSourceId: String(source.id), citations: [{ sourceId: String(source.id), quote: `${name} and Russia met on Monday`, stance: 'SUPPORTS' }] });
  // A duplicate merged into it: FtM lists the duplicate's id among the survivor's referents.
  const [survivor, duplicate] = [await buildActor(t.services, { name: unique('Survivor') }), await buildActor(t.services, { name: unique('Duplicate') })];
  await t.services.merges.merge(new RequestBatches(), { canonical: String(survivor.id), duplicates: [String(duplicate.id)] }, TEST_AUTHOR);
  merged = { survivor: survivor.id, duplicate: duplicate.id };
  copy = await createTestServer();
}, 120_000);
afterAll(async () => {
  await t?.close();
  await copy?.close();
});

describe("the bundle export's table", () => {
  it('writes every entity a bundle holds, in the bundle\'s order', () => {
    expect(BUNDLE_EXPORTS.map((reader) => reader.entity)).toEqual(BUNDLE_ENTITIES.map((entity) => entity.entity));
  });
});

describe('a round trip through an empty database', () => {
  let lines: string[];

  beforeAll(async () => {
    lines = await exportOf(t);
    const file = path.join(dir, 'bundle.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await importFile(copy.services.imports, file, { author: TEST_AUTHOR, mode: 'ATOMIC' });
    expect(result.errors).toEqual([]);
  }, 120_000);

  it('exports one line per record, each a bundle record the import reads', () => {
    const kinds = new Map<string, number>();
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(record)).toHaveLength(1);
      kinds.set(Object.keys(record)[0]!, (kinds.get(Object.keys(record)[0]!) ?? 0) + 1);
    }
    expect([...kinds.keys()]).toEqual(['actor', 'source', 'event', 'affiliation', 'claim', 'armsTransfer']);
    expect(kinds.get('armsTransfer')).toBeGreaterThan(1000);
  });

  it('exports the copy line for line as the original', async () => {
    const again = await exportOf(copy);
    expect(again.length).toBe(lines.length);
    expect([...again].sort()).toEqual([...lines].sort());
  });

  it('leaves every list, count and claim check answering the same in the copy', async () => {
    const QUERY = `{
      actors(first: 1) { totalCount } sources(first: 1) { totalCount } events(first: 1) { totalCount }
      armsTransfers(first: 1) { totalCount }
      claims(first: 100) { totalCount nodes { statement subject { name } objectActor { name } check { verdict explanation } citations { quote startOffset endOffset stance } } }
      armsSupplyTrend(supplier: "Russia", recipient: "India", fromYear: 2000, toYear: 2023, periodYears: 5) { periods { fromYear tiv share } }
      actor(name: "Moscow") { name aliases members { role member { name } } }
    }`;
    const [original, copied] = [dataOf(await t.execute(QUERY)), dataOf(await copy.execute(QUERY))];
    const byStatement = (claims: { statement: string }[]) => [...claims].sort((a, b) => a.statement.localeCompare(b.statement));
    expect({ ...copied, claims: byStatement(copied.claims.nodes) }).toEqual({ ...original, claims: byStatement(original.claims.nodes) });
    expect(original.claims.nodes.some((claim: { check: unknown }) => claim.check)).toBe(true);
  });

  it('keeps text that needs escaping exactly: quotes, semicolons, new lines', async () => {
    const [actor] = lines.filter((line) => line.includes('Exportland') && line.startsWith('{"actor"')).map((line) => JSON.parse(line).actor);
    expect(actor.description).toBe('Line one.\nLine two, "quoted".');
    const { actor: copied } = dataOf(await copy.execute(`query($name: String!) { actor(name: $name) { aliases description } }`, { name: actor.name }));
    expect(copied).toEqual({ aliases: expect.arrayContaining(actor.aliases), description: actor.description });
  });
});

describe('GET /export/bundle.ndjson', () => {
  it('streams the bundle with its edition, the same lines as the CLI writes', async () => {
    const response = await fetch(`${await baseUrl()}/export/bundle.ndjson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('x-dossier-data-version')).toMatch(/\S/);
    expect(Date.parse(response.headers.get('x-dossier-exported-at')!)).not.toBeNaN();
    const text = await response.text();
    const file = path.join(dir, 'cli.ndjson');
    const { records } = await t.services.exports.toFile(file);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(text.split('\n').filter(Boolean)).toHaveLength(records);
  });

  it('needs a key where reads need one', async () => {
    const guarded = await createTestServer({ db: t.db, requireKeyForReads: true });
    try {
      const base = await guarded.server.listen(0, '127.0.0.1');
      const response = await fetch(`${base}/export/bundle.ndjson`);
      expect(response.status).toBe(401);
      expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await guarded.close({ keepDatabase: true });
    }
  });
});

describe('the FollowTheMoney export', () => {
  const model = new Model(defaultModel);
  let entities: { id: string; schema: string; caption: string; properties: Record<string, string[]>; referents: string[]; datasets: string[] }[];

  beforeAll(async () => {
    let text = '';
    for await (const page of t.services.exports.lines('ftm')) text += page;
    entities = text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  });

  it("passes FollowTheMoney's own model: every schema and property known, every value text", () => {
    const problems: string[] = [];
    for (const entity of entities) {
      try {
        model.getEntity(entity);
      } catch (error) {
        problems.push(`${entity.id}: ${(error as Error).message}`);
      }
      for (const [name, values] of Object.entries(entity.properties)) if (values.some((value) => typeof value !== 'string')) problems.push(`${entity.id}.${name}: not text`);
    }
    expect(problems).toEqual([]);
    const schemata = new Set(entities.map((entity) => entity.schema));
    expect(schemata).toEqual(new Set(['PublicBody', 'Person', 'Organization', 'LegalEntity', 'Article', 'Document', 'Event', 'Membership', 'EconomicActivity', 'Mention']));
  });

  it('refers only to entities in the file, each written before the entities that point at it', () => {
    const seen = new Set<string>();
    const dangling: string[] = [];
    for (const entity of entities) {
      const schema = model.getSchema(entity.schema);
      for (const [name, values] of Object.entries(entity.properties)) {
        if (schema.getProperty(name).type.name !== 'entity') continue;
        for (const id of values) if (!seen.has(id)) dangling.push(`${entity.id}.${name} -> ${id}`);
      }
      seen.add(entity.id);
    }
    expect(dangling).toEqual([]);
    expect(seen.size).toBe(entities.length);
  });

  it('writes states as public bodies with their country, Putin\'s office as a membership, the deals as trades, with stable ids', async () => {
    const byCaption = (caption: string, schema: string) => entities.find((entity) => entity.caption === caption && entity.schema === schema)!;
    const russia = byCaption('Russia', 'PublicBody');
    expect(russia.id).toBe(`dossier-actor-${(await t.services.actors.resolveName('Russia', 'name')).id}`);
    expect(russia.properties).toMatchObject({ country: ['ru'], wikidataId: ['Q159'], alias: expect.arrayContaining(['Moscow']) });
    expect(russia.datasets).toEqual(['dossier']);
    const putin = byCaption('Vladimir Putin', 'Person');
    const office = entities.find((entity) => entity.schema === 'Membership' && entity.properties.member?.[0] === putin.id)!;
    expect(office.properties).toMatchObject({ organization: [russia.id], role: ['President'] });
    const trade = entities.find((entity) => entity.schema === 'EconomicActivity' && entity.properties.sender?.[0] === russia.id)!;
    expect(trade.properties.summary![0]).toMatch(/^TIV [\d.]+ delivered/);
    expect(trade.properties.publisher![0]).toContain('SIPRI');
    expect(entities.find((entity) => entity.id === `dossier-actor-${merged.survivor}`)!.referents).toEqual([`dossier-actor-${merged.duplicate}`]);
  });

  it('is served at GET /export/ftm.ndjson, the same lines', async () => {
    const response = await fetch(`${await baseUrl()}/export/ftm.ndjson`);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line).id)).toEqual(entities.map((entity) => entity.id));
  });
});
