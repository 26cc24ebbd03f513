import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { FileFormatError } from '../../src/modules/imports/file-format-error';
import { importFile } from '../../src/modules/imports/import-file';
import { parseRegister, RegisterFormatError } from '../../src/modules/imports/sipri-register';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';
import { TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const IMPORT = `mutation($input: ImportBundleInput!, $mode: ImportMode, $dryRun: Boolean) {
  importBundle(input: $input, mode: $mode, dryRun: $dryRun) {
    mode dryRun written
    actors { created updated unchanged rejected }
    sources { created updated unchanged rejected }
    armsTransfers { created updated unchanged rejected }
    errors { entity index line field message } } }`;

/** Sums straight from the CSV file, with no code of the service involved. */
function registerFigures() {
  const lines = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
  const rows = parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const byPair = new Map<string, { count: number; tiv: number }>();
  for (const row of rows) {
    const key = `${row.Supplier!.replace(/\*+$/, '')}|${row.Recipient!.replace(/\*+$/, '')}`;
    const pair = byPair.get(key) ?? { count: 0, tiv: 0 };
    pair.count++;
    pair.tiv += Number(row['TIV delivery values']);
    byPair.set(key, pair);
  }
  return { rows: rows.length, deals: new Set(rows.map((r) => r['SIPRI AT Database ID'])).size, byPair };
}

function bundle(tag: string) {
  const url = `https://example.org/dataset/${tag}`;
  return {
    actors: [
      { kind: 'STATE', name: `Supplier ${tag}`, aliases: [`SUP-${tag}`], description: 'A supplier' },
      { kind: 'STATE', name: `Recipient ${tag}` },
    ],
    sources: [{ kind: 'DATASET', title: `Dataset ${tag}`, url }],
    armsTransfers: [2001, 2002, 2003].map((year) => ({
      supplier: `sup-${tag}`,
      recipient: `Recipient ${tag}`,
      source: { url },
      dealId: `D-${tag}`,
      designation: 'T-72',
      category: 'Armoured vehicles',
      deliveryYear: year,
      tivDelivered: 10 * (year - 2000),
    })),
  };
}

describe('importing the SIPRI trade register', () => {
  it('holds exactly the register afterwards: row count, deals and TIV per supplier-recipient pair, then re-imports with no change', async () => {
    const expected = registerFigures();
    const first = await importFile(t.services.imports, SAMPLE_REGISTER_PATH, { author: TEST_AUTHOR });
    expect(first.errors).toEqual([]);
    expect(first.armsTransfers).toEqual({ created: expected.rows, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.actors.created + first.actors.unchanged + first.actors.updated).toBe(210);

    const sums = await t.db.transaction((s) =>
      s.query<{ supplier: string; recipient: string; count: number; tiv: number }>(
        `/* registerTotalsByPair */ SELECT su.name AS supplier, re.name AS recipient, count(*)::int AS count, sum(t.tiv_delivered)::float8 AS tiv
         FROM arms_transfer t JOIN actor su ON su.id = t.supplier_id JOIN actor re ON re.id = t.recipient_id
         JOIN source so ON so.id = t.source_id WHERE so.url = 'https://www.sipri.org/databases/armstransfers' GROUP BY 1, 2`,
      ),
    );
    expect(sums.length).toBe(expected.byPair.size);
    for (const row of sums) {
      const pair = expected.byPair.get(`${row.supplier}|${row.recipient}`);
      expect({ pair: `${row.supplier}|${row.recipient}`, count: row.count, tiv: Math.round(row.tiv * 1000) }).toEqual({
        pair: `${row.supplier}|${row.recipient}`,
        count: pair?.count,
        tiv: Math.round((pair?.tiv ?? NaN) * 1000),
      });
    }
    const deals = await t.db.transaction((s) => s.query<{ n: number }>(`/* distinctDeals */ SELECT count(DISTINCT deal_id)::int AS n FROM arms_transfer`));
    expect(deals[0]!.n).toBe(expected.deals);

    const again = await importFile(t.services.imports, SAMPLE_REGISTER_PATH, { author: TEST_AUTHOR });
    expect(again.armsTransfers).toEqual({ created: 0, updated: 0, unchanged: expected.rows, rejected: 0 });
    expect(again.actors.created + again.actors.updated).toBe(0);
    expect(await t.db.prisma.armsTransfer.count()).toBe(expected.rows);
  });

  it('maps party marks to actor kinds and keeps the unknown parties as distinct placeholders', async () => {
    const { bundle: parsed } = parseRegister(readFileSync(SAMPLE_REGISTER_PATH));
    const kinds = new Map((parsed.actors as { name: string; kind: string }[]).map((a) => [a.name, a.kind]));
    expect(kinds.get('NATO')).toBe('INTERNATIONAL_ORGANISATION');
    expect(kinds.get('Hezbollah (Lebanon)')).toBe('NON_STATE_ARMED_GROUP');
    expect(kinds.get('unknown supplier(s)')).toBe('OTHER');
    expect(kinds.get('unknown recipient(s)')).toBe('OTHER');
    expect(kinds.get('Russia')).toBe('STATE');
  });
});

describe('malformed register files', () => {
  const header = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n').slice(0, 12).join('\n');
  const good = (deal: string) => `${deal},Russia,India,Su-30MK,FGA aircraft,Aircraft,1996,No,10,No,2002,No,New,35,35,350,No`;
  const file = (lines: string[]) => Buffer.from(`${header}\n${lines.join('\n')}\n`);

  it('reports a truncated line and a non-numeric TIV with their line numbers; partial mode keeps the valid rows', async () => {
    const tag = unique('m').replace(' ', '');
    const parsed = parseRegister(file([good(`${tag}1`), `${tag}2,Russia,India,Su-30MK`, good(`${tag}3`).replace(',350,', ',lots,'), good(`${tag}4`)]));
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [14, '(line)'],
      [15, 'TIV delivery values'],
    ]);
    const before = await t.db.prisma.armsTransfer.count();
    const atomic = await t.services.imports.importBundle(parsed.bundle, { author: TEST_AUTHOR, priorErrors: parsed.errors });
    expect(atomic.written).toBe(false);
    expect(await t.db.prisma.armsTransfer.count()).toBe(before);
    const partial = await t.services.imports.importBundle(parsed.bundle, { author: TEST_AUTHOR, priorErrors: parsed.errors, mode: 'PARTIAL' });
    expect(partial.armsTransfers.created).toBe(2);
    expect(await t.db.prisma.armsTransfer.count()).toBe(before + 2);
  });

  it.each([
    ['an empty file', Buffer.from(''), /the file is empty/],
    ['an unknown column layout', Buffer.from('id,from,to\n1,a,b\n'), /unknown column layout/],
    ['a file that is not UTF-8', Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0x31, 0x2c, 0xff, 0xfe, 0x0a])]), /line 13: the file is not UTF-8/],
  ])('refuses %s with a clear error', (_what, buffer, message) => {
    expect(() => parseRegister(buffer)).toThrow(RegisterFormatError);
    expect(() => parseRegister(buffer)).toThrow(message);
  });

  it.each([
    ['bad.json', '{"actors": [', 'json', /the file is not valid JSON/],
    ['list.json', '[]', 'json', /must hold a JSON object/],
    ['empty.ndjson', '\n\n', 'ndjson', /the file is empty/],
    ['empty.csv', '', 'sipri', /the file is empty/],
  ])('refuses %s as a file its format cannot read, naming that format (a JSON file is no register)', async (name, content, format, message) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-format-')), name);
    writeFileSync(file, content);
    const refused = await importFile(t.services.imports, file, { author: TEST_AUTHOR }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(FileFormatError);
    expect(refused).toMatchObject({ format, message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', field: 'file', format } });
    expect(refused instanceof RegisterFormatError).toBe(format === 'sipri');
  });
});

describe('the importBundle mutation', () => {
  it('imports records that refer to each other by natural keys, and says nothing changed when the same bundle comes again', async () => {
    const tag = unique('b').replace(' ', '');
    const first = dataOf(await t.execute(IMPORT, { input: bundle(tag) })).importBundle;
    expect(first).toMatchObject({
      mode: 'ATOMIC', written: true, errors: [],
      actors: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      sources: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      armsTransfers: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    });
    const again = dataOf(await t.execute(IMPORT, { input: bundle(tag) })).importBundle;
    expect(again).toMatchObject({
      actors: { created: 0, updated: 0, unchanged: 2 },
      sources: { created: 0, updated: 0, unchanged: 1 },
      armsTransfers: { created: 0, updated: 0, unchanged: 3 },
    });
    const changed = bundle(tag);
    changed.armsTransfers[1]!.tivDelivered = 99;
    changed.actors[1] = { ...changed.actors[1]!, aliases: [`REC-${tag}`] } as never;
    const third = dataOf(await t.execute(IMPORT, { input: changed })).importBundle;
    expect(third.armsTransfers).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
    expect(third.actors).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    const { armsTransfers } = dataOf(await t.execute(`query($r: String) { armsTransfers(filter: { recipient: $r }) { totalCount nodes { tivDelivered } } }`, { r: `rec-${tag}` }));
    expect(armsTransfers.totalCount).toBe(3);
    expect(armsTransfers.nodes.map((n: { tivDelivered: number }) => n.tivDelivered).sort()).toEqual([10, 30, 99]);
  });

  it("writes a rank a bundle gives (a copy's), keeps the stored one when it gives none, and refuses a deprecation without its reason", async () => {
    const [member, organisation] = [unique('Ranked member'), unique('Ranked organisation')];
    const input = (affiliation: Record<string, unknown>) => ({
      actors: [{ kind: 'PERSON', name: member }, { kind: 'ORGANISATION', name: organisation }],
      affiliations: [{ member, organisation, role: 'Chair', startDate: '2020-01-01', ...affiliation }],
    });
    const AFFILIATIONS = `query($name: String!) { actor(name: $name) { affiliations(includeDeprecated: true) { rank rankReason } } }`;
    expect(dataOf(await t.execute(IMPORT, { input: input({ rank: 'DEPRECATED', rankReason: 'Never held.' }) })).importBundle.errors).toEqual([]);
    expect(dataOf(await t.execute(AFFILIATIONS, { name: member })).actor.affiliations).toEqual([{ rank: 'DEPRECATED', rankReason: 'Never held.' }]);
    expect(dataOf(await t.execute(IMPORT, { input: input({}) })).importBundle.errors).toEqual([]);
    expect(dataOf(await t.execute(AFFILIATIONS, { name: member })).actor.affiliations).toEqual([{ rank: 'DEPRECATED', rankReason: 'Never held.' }]);
    const refused = dataOf(await t.execute(IMPORT, { input: input({ role: 'Treasurer', rank: 'DEPRECATED' }) })).importBundle;
    expect(refused.errors).toEqual([expect.objectContaining({ entity: 'affiliations', index: 0, field: 'rankReason' })]);
    // An alias's rank names one of the record's aliases.
    const aliasRank = (alias: string) => ({ actors: [{ kind: 'PERSON', name: member, aliases: [`${member} Jr`], aliasRanks: [{ alias, rank: 'DEPRECATED', rankReason: 'A misspelling.' }] }] });
    expect(dataOf(await t.execute(IMPORT, { input: aliasRank(`${member} Jr`) })).importBundle.errors).toEqual([]);
    const { actor } = dataOf(await t.execute(`query($name: String!) { actor(name: $name) { aliases aliasRecords(includeDeprecated: true) { alias rank rankReason } } }`, { name: member }));
    expect(actor).toEqual({ aliases: [], aliasRecords: [{ alias: `${member} Jr`, rank: 'DEPRECATED', rankReason: 'A misspelling.' }] });
    const unknown = dataOf(await t.execute(IMPORT, { input: aliasRank('Someone Else') })).importBundle;
    expect(unknown.errors).toEqual([expect.objectContaining({ entity: 'actors', index: 0, field: 'aliasRanks.0.alias' })]);
  });

  it('writes a reviewed mention with its review, and refuses one whose words are not the text between its offsets', async () => {
    const [name, url] = [unique('Mentioned'), `https://example.org/${unique('mentioning')}`];
    const text = `Yesterday ${name} said nothing.`;
    const input = (mention: Record<string, unknown>) => ({
      actors: [{ kind: 'PERSON', name }],
      sources: [{ kind: 'NEWS_ARTICLE', title: 'A mentioning text', url, text }],
      mentions: [{ source: { url }, actor: name, startOffset: 10, endOffset: 10 + name.length, text: name, form: 'NAME', status: 'REJECTED', reviewedBy: 'a-reviewer', reviewedAt: '2026-12-01T10:00:00Z', ...mention }],
    });
    expect(dataOf(await t.execute(IMPORT, { input: input({}) })).importBundle.errors).toEqual([]);
    const { sources } = dataOf(await t.execute(`query($title: String) { sources(first: 1, filter: { title: $title }) { nodes { mentions(first: 5, status: [REJECTED]) { nodes { text status reviewedBy reviewedAt } } } } }`, { title: 'A mentioning text' }));
    expect(sources.nodes[0].mentions.nodes).toEqual([{ text: name, status: 'REJECTED', reviewedBy: 'a-reviewer', reviewedAt: '2026-12-01T10:00:00.000Z' }]);
    const refused = dataOf(await t.execute(IMPORT, { input: input({ startOffset: 0, endOffset: name.length }) })).importBundle;
    expect(refused.errors).toEqual([expect.objectContaining({ entity: 'mentions', index: 0, field: 'text' })]);
  });

  it('reports each bad record with its position, field and reason; atomic writes nothing, partial writes the rest', async () => {
    const tag = unique('e').replace(' ', '');
    const input = bundle(tag);
    input.armsTransfers[0]!.supplier = 'Nobody at all';
    input.armsTransfers[1]!.deliveryYear = 1800;
    input.armsTransfers[2]!.tivDelivered = -5;
    input.armsTransfers.push({ ...input.armsTransfers[2]!, deliveryYear: 2010, tivDelivered: 1 });
    input.sources.push({ kind: 'DATASET', title: 'Bad', url: 'not a url' } as never);
    const before = { actors: await t.db.prisma.actor.count(), transfers: await t.db.prisma.armsTransfer.count() };
    const atomic = dataOf(await t.execute(IMPORT, { input })).importBundle;
    expect(atomic.written).toBe(false);
    expect(atomic.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'armsTransfers', index: 0, field: 'supplier', message: expect.stringContaining('Nobody at all') }),
        expect.objectContaining({ entity: 'armsTransfers', index: 1, field: 'deliveryYear' }),
        expect.objectContaining({ entity: 'armsTransfers', index: 2, field: 'tivDelivered', message: 'must not be negative' }),
        expect.objectContaining({ entity: 'sources', index: 1, field: 'url' }),
      ]),
    );
    expect(atomic.armsTransfers.rejected).toBe(3);
    expect({ actors: await t.db.prisma.actor.count(), transfers: await t.db.prisma.armsTransfer.count() }).toEqual(before);

    const dry = dataOf(await t.execute(IMPORT, { input, mode: 'PARTIAL', dryRun: true })).importBundle;
    expect(dry).toMatchObject({ dryRun: true, written: false, armsTransfers: { created: 1, rejected: 3 }, actors: { created: 2 } });
    expect({ actors: await t.db.prisma.actor.count(), transfers: await t.db.prisma.armsTransfer.count() }).toEqual(before);

    const partial = dataOf(await t.execute(IMPORT, { input, mode: 'PARTIAL' })).importBundle;
    expect(partial).toMatchObject({ written: true, armsTransfers: { created: 1, rejected: 3 }, actors: { created: 2 } });
    expect(await t.db.prisma.armsTransfer.count()).toBe(before.transfers + 1);
  });

  it('refuses a bundle missing a required field as a whole, naming the field', async () => {
    const input = bundle(unique('r').replace(' ', ''));
    delete (input.armsTransfers[0] as Partial<(typeof input.armsTransfers)[0]>).dealId;
    const error = errorOf(await t.execute(IMPORT, { input }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.armsTransfers[0].dealId' });
  });

  it('ends two overlapping imports running at once with one row per natural key and no error', async () => {
    const tag = unique('c').replace(' ', '');
    const results = await Promise.all([t.services.imports.importBundle(bundle(tag), { author: TEST_AUTHOR }), t.services.imports.importBundle(bundle(tag), { author: TEST_AUTHOR })]);
    expect(results.map((r) => r.errors)).toEqual([[], []]);
    expect(results[0]!.armsTransfers.created + results[1]!.armsTransfers.created).toBe(3);
    expect(await t.db.prisma.armsTransfer.count({ where: { dealId: `D-${tag}` } })).toBe(3);
    expect(await t.db.prisma.actor.count({ where: { name: { in: [`Supplier ${tag}`, `Recipient ${tag}`] } } })).toBe(2);
  });

  it.each([
    ['two new actors that are each other\'s alias', (tag: string) => [{ kind: 'STATE', name: `East ${tag}`, aliases: [`West ${tag}`] }, { kind: 'STATE', name: `West ${tag}`, aliases: [`East ${tag}`] }], 'name'],
    ['two new actors sharing an alias', (tag: string) => [{ kind: 'STATE', name: `North ${tag}`, aliases: [`Pole ${tag}`] }, { kind: 'STATE', name: `South ${tag}`, aliases: [`Pole ${tag}`] }], 'aliases'],
    ['two new actors with one ISO code', (tag: string) => [{ kind: 'STATE', name: `Upper ${tag}`, isoCode: 'QQA' }, { kind: 'STATE', name: `Lower ${tag}`, isoCode: 'QQA' }], 'isoCode'],
    ['two new actors with one Wikidata id', (tag: string) => [{ kind: 'STATE', name: `Left ${tag}`, wikidataId: 'Q999999901' }, { kind: 'STATE', name: `Right ${tag}`, wikidataId: 'Q999999901' }], 'wikidataId'],
  ])('refuses the second of %s as a per-record CONFLICT, and writes the first in partial mode', async (_what, actors, field) => {
    const tag = unique('clash').replace(' ', '');
    const query = `mutation($input: ImportBundleInput!, $mode: ImportMode) { importBundle(input: $input, mode: $mode) { written actors { created rejected } errors { entity index field code message } } }`;
    const atomic = dataOf(await t.execute(query, { input: { actors: actors(tag) } })).importBundle;
    expect(atomic).toMatchObject({ written: false, actors: { created: 0, rejected: 1 } });
    expect(atomic.errors).toEqual([{ entity: 'actors', index: 1, field, code: 'CONFLICT', message: expect.stringContaining('of record 0 of the bundle') }]);
    const partial = dataOf(await t.execute(query, { input: { actors: actors(tag) }, mode: 'PARTIAL' })).importBundle;
    expect(partial).toMatchObject({ written: true, actors: { created: 1, rejected: 1 } });
    expect(await t.db.prisma.actor.count({ where: { name: { contains: tag } } })).toBe(1);
  });

  it('answers a clash with a stored actor as CONFLICT and a missing reference as BAD_USER_INPUT', async () => {
    const tag = unique('codes').replace(' ', '');
    await t.services.imports.importBundle({ actors: [{ kind: 'STATE', name: `Stored ${tag}`, aliases: [`Taken ${tag}`] }] }, { author: TEST_AUTHOR });
    const query = `mutation($input: ImportBundleInput!) { importBundle(input: $input) { errors { entity field code } } }`;
    const { importBundle } = dataOf(await t.execute(query, { input: {
      actors: [{ kind: 'STATE', name: `New ${tag}`, aliases: [`Taken ${tag}`] }],
      armsTransfers: [{ supplier: `Nobody ${tag}`, recipient: `Stored ${tag}`, source: { url: 'https://example.org/none' }, dealId: 'X', designation: 'X', category: 'Other', deliveryYear: 2020, tivDelivered: 1 }],
    } }));
    expect(importBundle.errors).toEqual(expect.arrayContaining([
      { entity: 'actors', field: 'aliases', code: 'CONFLICT' },
      { entity: 'armsTransfers', field: 'supplier', code: 'BAD_USER_INPUT' },
    ]));
  });
});
