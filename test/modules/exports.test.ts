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
let exportland: string;
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-export-'));

let listening: Promise<string> | undefined;
/** The test server's address, listening from the first call on. */
const baseUrl = () => (listening ??= t.server.listen(0, '127.0.0.1'));

/** Every line of an export (of the part a filter picks, when given), in the order written. */
async function exportOf(server: TestServer, filter?: Record<string, unknown>): Promise<string[]> {
  let text = '';
  for await (const page of server.services.exports.bundleLines({ filter: await server.services.exports.resolveFilter(filter) })) text += page;
  return text.split('\n').filter(Boolean);
}

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  // What the sample lacks: a source known by its text alone, an actor with demonyms, a claim with a source as asserter.
  const name = (exportland = unique('Exportland'));
  await buildActor(t.services, { name, aliases: [`${name} Republic`, `"Quoted; ${name}"`], demonyms: [`${name}ian`], description: 'Line one.\nLine two, "quoted".' });
  const source = await buildSource(t.services, { kind: 'REPORT', title: unique('Untitled note'), text: `${name} and Russia met on Monday. ${name}ian officials said so.` });
  await buildClaim(t.services, { statement: `${name} met Russia.`, asserterSourceId: String(source.id), citations: [{ sourceId: String(source.id), quote: `${name} and Russia met on Monday`, stance: 'SUPPORTS' }] });
  // A duplicate merged into it: FtM lists the duplicate's id among the survivor's referents.
  const [survivor, duplicate] = [await buildActor(t.services, { name: unique('Survivor') }), await buildActor(t.services, { name: unique('Duplicate') })];
  await t.services.merges.merge(new RequestBatches(), { canonical: String(survivor.id), duplicates: [String(duplicate.id)] }, TEST_AUTHOR);
  merged = { survivor: survivor.id, duplicate: duplicate.id };
  // Ranks travel with their reasons: a claim deprecated, Putin's presidency preferred.
  const { claims } = dataOf(await t.execute(`{ claims(first: 1, filter: { actor: "China" }) { nodes { id } } }`));
  await t.services.claims.rank({ id: claims.nodes[0].id, rank: 'DEPRECATED', reason: 'Refuted by a later report.' }, TEST_AUTHOR);
  const { actor } = dataOf(await t.execute(`{ actor(name: "Vladimir Putin") { affiliations { id role } } }`));
  await t.services.actors.rankAffiliation({ id: actor.affiliations.find((a: { role: string }) => a.role === 'President').id, rank: 'PREFERRED', reason: 'The current office.' }, TEST_AUTHOR);
  // Mentions reviewed: one rejected, one confirmed, one added by hand; a copy keeps each review with who made it.
  const { sources } = dataOf(await t.execute(`{ sources(first: 1, filter: { title: "India and Russia set" }) { nodes { id mentions(first: 50) { nodes { id text actor { id name } startOffset } } } } }`));
  const article = sources.nodes[0];
  const found = article.mentions.nodes as { id: string; text: string; actor: { id: string; name: string }; startOffset: number }[];
  await t.services.mentions.review({ id: found[0]!.id, status: 'REJECTED' }, 'reviewer-one');
  await t.services.mentions.review({ id: found[1]!.id, status: 'CONFIRMED' }, 'reviewer-two');
  // "Prime Minister" names Modi, though it is none of his forms.
  const modi = found.find((mention) => mention.actor.name === 'Narendra Modi')!;
  const text: string = dataOf(await t.execute(`query($id: ID!) { source(id: $id) { text(offset: 0, length: 4000) } }`, { id: article.id })).source.text;
  if (!text.includes('Prime Minister')) throw new Error('the sample article no longer says "Prime Minister"');
  const title = [...text.slice(0, text.indexOf('Prime Minister'))].length;
  await t.services.mentions.add({ sourceId: article.id, actorId: modi.actor.id, startOffset: title, endOffset: title + 'Prime Minister'.length }, 'reviewer-three');
  // An alias deprecated: the copy keeps it deprecated (left out of Russia's aliases) with its reason.
  const { actor: russiaAliases } = dataOf(await t.execute(`{ actor(name: "Russia") { aliasRecords { id alias } } }`));
  const kremlin = russiaAliases.aliasRecords.find((record: { alias: string }) => record.alias === 'the Kremlin');
  await t.services.actors.rankAlias({ id: kremlin.id, rank: 'DEPRECATED', reason: 'The seat of government, not the state.' }, TEST_AUTHOR);
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
    expect([...kinds.keys()]).toEqual(['actor', 'source', 'event', 'affiliation', 'claim', 'armsTransfer', 'mention']);
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

  it('keeps the mentions people reviewed or added, with who did it and when, and finds the others again', async () => {
    const MENTIONS = `{ sources(first: 1, filter: { title: "India and Russia set" }) { nodes { mentions(first: 100, status: [PROPOSED, CONFIRMED, REJECTED]) {
      totalCount nodes { text startOffset endOffset form origin status reviewedBy reviewedAt actor { name } } } } } }`;
    const [original, copied] = [dataOf(await t.execute(MENTIONS)), dataOf(await copy.execute(MENTIONS))];
    expect(copied).toEqual(original);
    const reviewed = original.sources.nodes[0].mentions.nodes.filter((mention: { reviewedBy: string | null }) => mention.reviewedBy);
    expect(reviewed.map((mention: { status: string; origin: string; reviewedBy: string }) => [mention.status, mention.origin, mention.reviewedBy]).sort()).toEqual([
      ['CONFIRMED', 'AUTOMATIC', 'reviewer-two'],
      ['CONFIRMED', 'MANUAL', 'reviewer-three'],
      ['REJECTED', 'AUTOMATIC', 'reviewer-one'],
    ]);
    expect(lines.filter((line) => line.startsWith('{"mention"'))).toHaveLength(3);
  });

  it("keeps ranks other than NORMAL, with their reasons: a claim's, an affiliation's and an alias's", async () => {
    const records = lines.map((line) => Object.values(JSON.parse(line))[0] as { rank?: string; rankReason?: string; aliasRanks?: { alias: string; rank: string; rankReason: string }[] });
    const ranked = records.filter((record) => record.rank);
    expect(ranked.map(({ rank, rankReason }) => [rank, rankReason]).sort()).toEqual([['DEPRECATED', 'Refuted by a later report.'], ['PREFERRED', 'The current office.']]);
    expect(records.flatMap((record) => record.aliasRanks ?? [])).toEqual([{ alias: 'the Kremlin', rank: 'DEPRECATED', rankReason: 'The seat of government, not the state.' }]);
    const ALIASES = `{ actor(name: "Russia") { aliases aliasRecords(includeDeprecated: true) { alias rank rankReason } } }`;
    expect(dataOf(await copy.execute(ALIASES))).toEqual(dataOf(await t.execute(ALIASES)));
  });

  it('keeps text that needs escaping exactly: quotes, semicolons, new lines', async () => {
    const [actor] = lines.filter((line) => line.includes('Exportland') && line.startsWith('{"actor"')).map((line) => JSON.parse(line).actor);
    expect(actor.description).toBe('Line one.\nLine two, "quoted".');
    const { actor: copied } = dataOf(await copy.execute(`query($name: String!) { actor(name: $name) { aliases description } }`, { name: actor.name }));
    expect(copied).toEqual({ aliases: expect.arrayContaining(actor.aliases), description: actor.description });
  });
});

type Records = { [kind: string]: Record<string, any>[] };
/** An export's records by their line's key (actor, source, event, ...). */
function byKind(lines: string[]): Records {
  const records: Records = {};
  for (const line of lines) {
    const [[kind, record]] = Object.entries(JSON.parse(line) as Record<string, Record<string, any>>) as [[string, Record<string, any>]];
    (records[kind] ??= []).push(record);
  }
  return records;
}
const names = (records: Records) => (records.actor ?? []).map((actor) => actor.name).sort();
/** The sources of a record's values and citations, as bundles name them (URL or text's hash). */
const sourceKeys = (records: Records) => (records.source ?? []).map((source) => source.url ?? null);

describe('a filtered export: a part of the knowledge base that imports on its own', () => {
  /** Exports the part, imports it into an empty database, and exports the same part of the copy. */
  async function part(filter: Record<string, unknown>): Promise<{ lines: string[]; records: Records; again: string[] }> {
    const lines = await exportOf(t, filter);
    const file = path.join(dir, `part-${Object.keys(filter).join('-')}.ndjson`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const empty = await createTestServer();
    try {
      const result = await importFile(empty.services.imports, file, { author: TEST_AUTHOR, mode: 'ATOMIC' });
      expect(result.errors).toEqual([]);
      return { lines, records: byKind(lines), again: await exportOf(empty, filter) };
    } finally {
      await empty.close();
    }
  }

  it("of India: India, every record about it and what those records name, and the same part again from the copy", async () => {
    const { lines, records, again } = await part({ actors: ['india'] });
    expect([...again].sort()).toEqual([...lines].sort());
    const about = (names: (string | undefined)[]) => names.includes('India');
    // The summit India attended, and the sanctions an India claim names as its event.
    expect(records.event!.map((event) => event.title).sort()).toEqual(['India-Russia annual summit in New Delhi', 'Western sanctions on Russian oil']);
    expect(records.claim!.map((claim) => claim.event?.title).filter(Boolean)).toContain('Western sanctions on Russian oil');
    expect(records.armsTransfer!.length).toBeGreaterThan(50);
    expect(records.armsTransfer!.every((transfer) => about([transfer.supplier, transfer.recipient]))).toBe(true);
    expect(records.claim!.every((claim) => about([claim.subject, claim.object, claim.asserter, ...(claim.about ?? []).map((a: { actor: string }) => a.actor)]))).toBe(true);
    expect(records.affiliation!.every((affiliation) => about([affiliation.member, affiliation.organisation]))).toBe(true);
    // The summit's participants and the suppliers come along; an actor nothing of India's names does not.
    expect(names(records)).toEqual(expect.arrayContaining(['India', 'Russia', 'Vladimir Putin', 'Narendra Modi', 'France']));
    expect(names(records)).not.toContain(exportland);
    expect(records.source!.length).toBeGreaterThan(1);
  }, 60_000);

  it('of one kind of actor: the people, their offices and the summit they attended', async () => {
    const { lines, records, again } = await part({ kinds: ['PERSON'] });
    expect([...again].sort()).toEqual([...lines].sort());
    // The two people, the states of their offices and of the summit, and Ukraine, which a claim about Putin is about.
    expect(names(records)).toEqual(['India', 'Narendra Modi', 'Russia', 'Ukraine', 'Vladimir Putin']);
    expect(records.claim!.every((claim) => [claim.subject, claim.object, claim.asserter, ...(claim.about ?? []).map((a: { actor: string }) => a.actor)].some((name) => ['Narendra Modi', 'Vladimir Putin'].includes(name)))).toBe(true);
    expect(new Set(records.affiliation!.map((affiliation) => affiliation.member))).toEqual(new Set(['Narendra Modi', 'Vladimir Putin']));
    expect(records.armsTransfer).toBeUndefined();
  }, 60_000);

  it('of 2022: the deliveries of that year, the events and offices that overlap it, and the sources published in it', async () => {
    const { lines, records, again } = await part({ from: '2022-01-01', to: '2022-12-31' });
    expect([...again].sort()).toEqual([...lines].sort());
    expect(new Set(records.armsTransfer!.map((transfer) => transfer.deliveryYear))).toEqual(new Set([2022]));
    expect(records.event!.map((event) => event.title).sort()).toEqual(["Russia's full-scale invasion of Ukraine", 'Western sanctions on Russian oil']);
    expect(records.claim!.map((claim) => claim.validFrom)).toEqual(['2009-01-01']);
    expect(records.affiliation!.every((affiliation) => (affiliation.startDate ?? '') <= '2022-12-31' && (affiliation.endDate ?? '9999') >= '2022-01-01')).toBe(true);
    expect(sourceKeys(records)).toContain('https://www.consilium.europa.eu/en/press/press-releases/2022/12/03/russia-eu-agrees-on-level-of-price-cap-for-seaborne-oil/');
    expect(sourceKeys(records)).not.toContain('https://home.treasury.gov/news/press-releases/sb0290');
  }, 60_000);

  it('of one source: the source, what cites it or takes a value from it, and the actors those name', async () => {
    const { lines, records, again } = await part({ source: 'https://home.treasury.gov/news/press-releases/sb0290' });
    expect([...again].sort()).toEqual([...lines].sort());
    expect(Object.keys(records)).toEqual(['actor', 'source', 'event']);
    expect(sourceKeys(records)).toEqual(['https://home.treasury.gov/news/press-releases/sb0290']);
    expect(records.event!.map((event) => event.title)).toEqual(['US sanctions on Rosneft and Lukoil']);
    expect(names(records)).toEqual(['Lukoil', 'Rosneft', 'Russia', 'United States']);
  }, 60_000);

  it('combines the parts of a filter: India in 2022', async () => {
    const records = byKind(await exportOf(t, { actors: ['India'], from: '2022-01-01', to: '2022-12-31' }));
    expect(records.event).toBeUndefined();
    expect(records.armsTransfer!.every((transfer) => transfer.deliveryYear === 2022 && [transfer.supplier, transfer.recipient].includes('India'))).toBe(true);
  });

  it('refuses a bad filter with the code and the field, before writing a line', async () => {
    const refusal = (filter: Record<string, unknown>) => t.services.exports.resolveFilter(filter).then(() => null, (error) => ({ code: error.code, field: error.extensions.field }));
    expect(await refusal({ actors: ['Nowhere-land'] })).toEqual({ code: 'NOT_FOUND', field: 'filter.actors.0' });
    expect(await refusal({ source: 'https://example.org/never-stored' })).toEqual({ code: 'NOT_FOUND', field: 'filter.source' });
    expect(await refusal({ from: '2022-02-30' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(await refusal({ from: '2023-01-01', to: '2022-01-01' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(await refusal({ kinds: ['EMPIRE'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.kinds.0' });
    expect(await refusal({ colour: 'red' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter' });
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

  it('exports a part from the query string, and refuses a bad one with its code before the stream starts', async () => {
    const base = await baseUrl();
    const response = await fetch(`${base}/export/bundle.ndjson?actor=India&kind=state&from=2022-01-01&to=2022-12-31`);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n').filter(Boolean)).toEqual(await exportOf(t, { actors: ['India'], kinds: ['STATE'], from: '2022-01-01', to: '2022-12-31' }));
    for (const [query, status, code] of [
      ['actor=Nowhere-land', 404, 'NOT_FOUND'],
      ['from=yesterday', 400, 'BAD_USER_INPUT'],
      ['colour=red', 400, 'BAD_USER_INPUT'],
    ] as const) {
      const refused = await fetch(`${base}/export/ftm.ndjson?${query}`);
      expect([query, refused.status, (await refused.json()).errors[0].extensions.code]).toEqual([query, status, code]);
    }
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

  /** References to entities not written before the entity that holds them. */
  function dangling(list: typeof entities): string[] {
    const seen = new Set<string>();
    const found: string[] = [];
    for (const entity of list) {
      const schema = model.getSchema(entity.schema);
      for (const [name, values] of Object.entries(entity.properties)) {
        if (schema.getProperty(name).type.name !== 'entity') continue;
        for (const id of values) if (!seen.has(id)) found.push(`${entity.id}.${name} -> ${id}`);
      }
      seen.add(entity.id);
    }
    return found;
  }

  it('refers only to entities in the file, each written before the entities that point at it', () => {
    expect(dangling(entities)).toEqual([]);
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
  });

  it("exports a part too, India's, referring only to entities in it, mentions of its actors in its documents included", async () => {
    let text = '';
    for await (const page of t.services.exports.lines('ftm', { filter: await t.services.exports.resolveFilter({ actors: ['India'] }) })) text += page;
    const part: typeof entities = text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(dangling(part)).toEqual([]);
    expect(part.length).toBeLessThan(entities.length);
    expect(part.filter((entity) => entity.schema === 'Mention').map((entity) => entity.caption)).toContain('India');
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
