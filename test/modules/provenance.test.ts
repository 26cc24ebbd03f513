// Ranks (PREFERRED, NORMAL, DEPRECATED) on claims, affiliations and aliases, a source on every value, and the
// edition of SIPRI's register with when each row was first and last seen.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { buildActor, buildClaim, buildSource, TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CLAIM = `query($id: ID!) { claim(id: $id) { rank rankReason citations { stance quote source { id } } } }`;

describe('ranks on claims', () => {
  it('deprecates a refuted claim in one mutation that records why and the refuting quote; lists leave it out, it is never deleted', async () => {
    const actor = await buildActor(t.services);
    const claim = await buildClaim(t.services, { about: [{ actorId: String(actor.id) }] });
    const ministry = await buildSource(t.services, { reliability: 'A', text: 'The ministry said the deliveries grew by a third last year.' });
    const deprecated = dataOf(await t.execute(
      `mutation($id: ID!, $refutation: CitationInput) { deprecateClaim(id: $id, reason: "Refuted by the ministry's figures", refutation: $refutation) { id rank rankReason } }`,
      { id: String(claim.id), refutation: { sourceId: String(ministry.id), quote: 'the deliveries grew by a third', stance: 'REFUTES' } },
    )).deprecateClaim;
    expect(deprecated).toMatchObject({ rank: 'DEPRECATED', rankReason: "Refuted by the ministry's figures" });
    const { claim: read } = dataOf(await t.execute(CLAIM, { id: String(claim.id) }));
    expect(read.citations).toEqual([{ stance: 'REFUTES', quote: 'the deliveries grew by a third', source: { id: String(ministry.id) } }]);

    const listed = async (filter: Record<string, unknown>) =>
      dataOf(await t.execute(`query($filter: ClaimFilter) { claims(filter: $filter) { nodes { id } } }`, { filter })).claims.nodes.map((c: { id: string }) => c.id);
    expect(await listed({ actor: actor.name })).toEqual([]);
    expect(await listed({ actor: actor.name, includeDeprecated: true })).toEqual([String(claim.id)]);
    expect(await listed({ actor: actor.name, rank: 'DEPRECATED' })).toEqual([String(claim.id)]);
    const { actor: about } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { claimsAbout { id } } }`, { id: String(actor.id) }));
    expect(about.claimsAbout).toEqual([]);
  });

  it('refuses DEPRECATED without a reason and a refutation of another stance, writing nothing', async () => {
    const claim = await buildClaim(t.services);
    const noReason = await t.execute(`mutation($id: ID!) { rankClaim(id: $id, rank: DEPRECATED) { id } }`, { id: String(claim.id) });
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const source = await buildSource(t.services);
    const supports = await t.execute(`mutation($id: ID!, $r: CitationInput) { deprecateClaim(id: $id, reason: "x", refutation: $r) { id } }`, {
      id: String(claim.id), r: { sourceId: String(source.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' },
    });
    expect(errorOf(supports)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refutation.stance' });
    const { claim: read } = dataOf(await t.execute(CLAIM, { id: String(claim.id) }));
    expect(read).toMatchObject({ rank: 'NORMAL', rankReason: null, citations: [] });
    const preferred = dataOf(await t.execute(`mutation($id: ID!) { rankClaim(id: $id, rank: PREFERRED, reason: "Primary source") { rank } }`, { id: String(claim.id) }));
    expect(preferred.rankClaim.rank).toBe('PREFERRED');
  });
});

describe('ranks on affiliations and aliases', () => {
  it('leaves deprecated affiliations and aliases out of lists unless asked for; a deprecated alias still finds its actor', async () => {
    const state = await buildActor(t.services, { aliases: [unique('Old name')] });
    const person = await buildActor(t.services, { kind: 'PERSON' });
    const affiliation = await t.services.actors.createAffiliation({ memberId: String(person.id), organisationId: String(state.id), role: 'Minister' }, TEST_AUTHOR);
    dataOf(await t.execute(`mutation($id: ID!) { rankAffiliation(id: $id, rank: DEPRECATED, reason: "Never held the post") { rank rankReason } }`, { id: String(affiliation.id) }));
    const members = async (includeDeprecated: boolean) =>
      dataOf(await t.execute(`query($id: ID!, $all: Boolean) { actor(id: $id) { members(includeDeprecated: $all) { role rank rankReason } } }`, { id: String(state.id), all: includeDeprecated })).actor.members;
    expect(await members(false)).toEqual([]);
    expect(await members(true)).toEqual([{ role: 'Minister', rank: 'DEPRECATED', rankReason: 'Never held the post' }]);

    const { actor } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { aliases aliasRecords { id alias kind rank } } }`, { id: String(state.id) }));
    const [alias] = actor.aliasRecords;
    expect(alias).toMatchObject({ kind: 'ALIAS', rank: 'NORMAL' });
    dataOf(await t.execute(`mutation($id: ID!) { rankAlias(id: $id, rank: DEPRECATED, reason: "A misspelling") { rank } }`, { id: alias.id }));
    const after = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { aliases aliasRecords { id } all: aliasRecords(includeDeprecated: true) { rank rankReason } } }`, { id: String(state.id) })).actor;
    expect(after).toEqual({ aliases: [], aliasRecords: [], all: [{ rank: 'DEPRECATED', rankReason: 'A misspelling' }] });
    const found = dataOf(await t.execute(`query($name: String!) { actor(name: $name) { id } }`, { name: alias.alias })).actor;
    expect(found).toEqual({ id: String(state.id) });
  });
});

describe('a source on every value', () => {
  const CITE = `mutation($input: CiteValueInput!) { citeValue(input: $input) { id field quote startOffset endOffset firstSeen lastSeen source { id } } }`;

  it('cites an affiliation, an event and an actor attribute, and confirms a repeated citation by moving lastSeen only', async () => {
    const source = await buildSource(t.services);
    const state = await buildActor(t.services);
    const person = await buildActor(t.services, { kind: 'PERSON' });
    const affiliation = await t.services.actors.createAffiliation({ memberId: String(person.id), organisationId: String(state.id), role: 'President', startDate: '2012-05-07' }, TEST_AUTHOR);
    const first = dataOf(await t.execute(CITE, { input: { affiliationId: String(affiliation.id), field: 'startDate', sourceId: String(source.id), quote: 'russia supplies fighter jets' } })).citeValue;
    expect(first).toMatchObject({ field: 'startDate', quote: 'Russia supplies fighter jets', source: { id: String(source.id) } });
    expect(first.startOffset).toBeGreaterThan(0);
    const again = dataOf(await t.execute(CITE, { input: { affiliationId: String(affiliation.id), field: 'startDate', sourceId: String(source.id), quote: 'Russia supplies fighter jets' } })).citeValue;
    expect(again.id).toBe(first.id);
    expect(again.firstSeen).toBe(first.firstSeen);
    expect(new Date(again.lastSeen).getTime()).toBeGreaterThanOrEqual(new Date(first.lastSeen).getTime());

    const event = await t.services.events.create({ cameoCode: '043', title: unique('Summit'), startDate: '2025-12-04', location: 'New Delhi' }, TEST_AUTHOR);
    dataOf(await t.execute(CITE, { input: { eventId: String(event.id), field: 'location', sourceId: String(source.id) } }));
    dataOf(await t.execute(CITE, { input: { actorId: String(state.id), field: 'description', sourceId: String(source.id) } }));
    const read = dataOf(await t.execute(`query($a: ID!, $e: ID!) {
      affiliation(id: ${affiliation.id}) { provenance { id field } }
      actor(id: $a) { provenance { field source { id } } }
      event(id: $e) { provenance { field quote } } }`, { a: String(state.id), e: String(event.id) }));
    expect(read.affiliation.provenance).toEqual([{ id: first.id, field: 'startDate' }]);
    expect(read.actor.provenance).toEqual([{ field: 'description', source: { id: String(source.id) } }]);
    expect(read.event.provenance).toEqual([{ field: 'location', quote: null }]);
  });

  it('refuses a value named twice or not at all, a field the record has not, and a quote not in the text, with the field named', async () => {
    const source = await buildSource(t.services);
    const state = await buildActor(t.services);
    const bad = async (input: Record<string, unknown>) => errorOf(await t.execute(CITE, { input: { sourceId: String(source.id), ...input } }));
    expect(await bad({})).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.affiliationId' });
    expect(await bad({ actorId: String(state.id), eventId: '1' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.affiliationId' });
    expect(await bad({ actorId: String(state.id), field: 'location' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.field' });
    expect(await bad({ actorId: String(state.id), quote: 'not in the text at all' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quote' });
    expect(await bad({ actorId: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actorId' });
    expect(await t.db.prisma.valueSource.count({ where: { actorId: state.id } })).toBe(0);
  });
});

describe('value sources in bundles', () => {
  it("imports an event's sources with their quotes, and a re-import confirms them instead of adding any", async () => {
    const url = `https://example.org/${unique('report').replace(' ', '-')}`;
    const title = unique('Naval exercise');
    const bundle = {
      sources: [{ kind: 'REPORT', title: unique('Report'), url, text: 'The navies of India and Russia held a joint exercise off Visakhapatnam in April.' }],
      events: [{
        cameoCode: '042', title, startDate: '2025-04-01', location: 'Visakhapatnam',
        sources: [{ source: { url }, field: 'location', quote: 'off Visakhapatnam' }, { source: { url }, field: null }],
      }],
    };
    const first = await t.services.imports.importBundle(bundle, { author: TEST_AUTHOR });
    expect(first.errors).toEqual([]);
    const read = async () => dataOf(await t.execute(`{ events(filter: { cameoPrefix: "042" }, first: 50) { nodes { title provenance { id field quote startOffset firstSeen lastSeen } } } }`))
      .events.nodes.find((event: { title: string }) => event.title === title).provenance;
    const before = await read();
    const text = bundle.sources[0]!.text;
    expect(before).toHaveLength(2);
    expect(before).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'location', quote: 'off Visakhapatnam', startOffset: text.indexOf('off Visakhapatnam') }),
      expect.objectContaining({ field: null, quote: null }),
    ]));
    expect((await t.services.imports.importBundle(bundle, { author: TEST_AUTHOR })).errors).toEqual([]);
    const after = await read();
    expect(after.map((row: { id: string }) => row.id)).toEqual(before.map((row: { id: string }) => row.id));
    expect(after[0].firstSeen).toBe(before[0].firstSeen);
    expect(new Date(after[0].lastSeen).getTime()).toBeGreaterThanOrEqual(new Date(before[0].lastSeen).getTime());
  });

  it('refuses a quote that is not in the source, naming it, and writes nothing', async () => {
    const url = `https://example.org/${unique('report').replace(' ', '-')}`;
    const title = unique('Exercise');
    const result = await t.services.imports.importBundle({
      sources: [{ kind: 'REPORT', title: unique('Report'), url, text: 'A short text.' }],
      events: [{ cameoCode: '042', title, startDate: '2025-04-01', sources: [{ source: { url }, field: 'title', quote: 'not there' }] }],
    }, { author: TEST_AUTHOR });
    expect(result.errors).toEqual([expect.objectContaining({ entity: 'events', index: 0, field: 'sources.0.quote' })]);
    expect(await t.db.prisma.event.count({ where: { title } })).toBe(0);
  });
});

describe("SIPRI's edition", () => {
  it('records the "Data generated" date as the dataset\'s edition and each row\'s first and last seen; a newer edition moves lastSeen', async () => {
    // A slice of the register keeps the test short: its notes (the edition among them), its header, 200 rows.
    const lines = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n');
    const header = lines.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
    const slice = [...lines.slice(0, header + 1), ...lines.slice(header + 1, header + 201)];
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-edition-'));
    const older = path.join(dir, 'older.csv');
    writeFileSync(older, slice.join('\n'));
    const first = await importFile(t.services.imports, older, { author: TEST_AUTHOR });
    expect(first.armsTransfers.created).toBe(200);

    const DATASET = `{ armsTransfers(first: 1) { nodes { firstSeen lastSeen source { edition importedAt } } } }`;
    const before = dataOf(await t.execute(DATASET)).armsTransfers.nodes[0];
    expect(before).toMatchObject({ firstSeen: '2025-01-03', lastSeen: '2025-01-03', source: { edition: '2025-01-03', importedAt: expect.any(String) } });

    const newer = path.join(dir, 'newer.csv');
    // The newer edition drops the slice's last row.
    writeFileSync(newer, slice.slice(0, -1).join('\n').replace(/^Data generated: .*$/m, 'Data generated: 16 Mar 2026 10:01:00 AM'));
    const second = await importFile(t.services.imports, newer, { author: TEST_AUTHOR });
    // The rows it carries are the same: nothing created or changed, each confirmed by the newer edition.
    expect(second.armsTransfers).toMatchObject({ created: 0, updated: 0, unchanged: 199 });
    const after = dataOf(await t.execute(DATASET)).armsTransfers.nodes[0];
    expect(after).toMatchObject({ firstSeen: '2025-01-03', lastSeen: '2026-03-16', source: { edition: '2026-03-16' } });
    expect(await t.db.prisma.armsTransfer.count({ where: { lastSeen: new Date('2026-03-16') } })).toBe(199);
    // The row the newer edition no longer carries is found by its older lastSeen.
    const dropped = dataOf(await t.execute(`{ armsTransfers(filter: { lastSeenBefore: "2026-03-16" }) { totalCount nodes { dealId lastSeen } } }`)).armsTransfers;
    expect(dropped).toMatchObject({ totalCount: 1, nodes: [{ lastSeen: '2025-01-03' }] });
  });

  it("keeps the days a bundle gives for a row's first and last sighting (a copy's), and refuses a last before the first", async () => {
    const [supplier, recipient, url] = [unique('Seen supplier'), unique('Seen recipient'), `https://example.org/${unique('seen-dataset')}`];
    const transfer = (firstSeen: string, lastSeen: string, dealId: string) => ({
      supplier, recipient, source: { url }, dealId, designation: 'T-90S', category: 'Armoured vehicles', deliveryYear: 2020, tivDelivered: 10, firstSeen, lastSeen,
    });
    const bundle = (transfers: unknown[]) => ({
      actors: [{ kind: 'STATE', name: supplier }, { kind: 'STATE', name: recipient }],
      sources: [{ kind: 'DATASET', title: 'A dataset seen twice', url, edition: '2026-03-16' }],
      armsTransfers: transfers,
    });
    const kept = await t.services.imports.importBundle(bundle([transfer('2021-03-15', '2025-01-03', 'seen-1')]), { author: TEST_AUTHOR });
    expect(kept.errors).toEqual([]);
    const SEEN = `query($supplier: String!) { armsTransfers(filter: { supplier: $supplier }) { nodes { firstSeen lastSeen } } }`;
    expect(dataOf(await t.execute(SEEN, { supplier })).armsTransfers.nodes).toEqual([{ firstSeen: '2021-03-15', lastSeen: '2025-01-03' }]);
    const refused = await t.services.imports.importBundle(bundle([transfer('2025-01-03', '2021-03-15', 'seen-2')]), { author: TEST_AUTHOR });
    expect(refused.errors).toEqual([expect.objectContaining({ entity: 'armsTransfers', index: 0, field: 'lastSeen', message: 'must not be before firstSeen' })]);
  });
});
