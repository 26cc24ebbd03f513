// analyzeSource reads a text as Dossier would store it, without writing: its stored form and hash, the actors it
// mentions at their offsets, the names no actor carries, and the stored sources it repeats.
import { readFileSync } from 'node:fs';
import { loadSample } from '../../src/sample/sample';
import { SAMPLE_ARTICLE_PATH, sampleArticleText } from '../helpers/sample-article';
import { ActorRepository } from '../../src/modules/actors/actors.repository';
import { ActorService } from '../../src/modules/actors/actors.service';
import { MentionLinker } from '../../src/modules/mentions/mention-linker';
import { MentionRepository } from '../../src/modules/mentions/mentions.repository';
import { SourceRepository } from '../../src/modules/sources/sources.repository';
import { contentHashOf, SourceService } from '../../src/modules/sources/sources.service';
import { sliceCodePoints } from '../../src/shared/text';
import { buildActor, unique } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
});
afterAll(() => t.close());

const ANALYZE = `query($text: String!, $url: String) { analyzeSource(text: $text, url: $url) {
  text contentHash repeatedParagraphs
  mentions { actor { name } startOffset endOffset text form alternatives { name } }
  unknownNames { text startOffset endOffset }
  duplicates { source { title } similarity exact } } }`;

interface Analysis {
  text: string;
  contentHash: string;
  repeatedParagraphs: number;
  mentions: { actor: { name: string }; startOffset: number; endOffset: number; text: string; form: string; alternatives: { name: string }[] }[];
  unknownNames: { text: string; startOffset: number; endOffset: number }[];
  duplicates: { source: { title: string }; similarity: number; exact: boolean }[];
}

async function analyze(text: string): Promise<Analysis> {
  return dataOf(await t.execute(ANALYZE, { text })).analyzeSource;
}

const mentioned = (analysis: Analysis) => analysis.mentions.map((m) => `${m.actor.name} <- ${m.text} (${m.form})`);

describe('analyzeSource', () => {
  it('reads the raw sample article as stored, lists the stored sample as an exact duplicate, and writes nothing', async () => {
    const before = await t.db.prisma.source.count();
    const analysis = await analyze(readFileSync(SAMPLE_ARTICLE_PATH, 'utf8'));
    expect(analysis.text).toBe(sampleArticleText());
    expect(analysis.contentHash).toBe(contentHashOf(sampleArticleText(), null));
    expect(analysis.repeatedParagraphs).toBeGreaterThan(0);
    expect(analysis.duplicates).toEqual([expect.objectContaining({ similarity: 1, exact: true })]);
    expect(await t.db.prisma.source.count()).toBe(before);
  });

  it("finds the sample article's actors through their names, aliases, demonyms and codes, at their offsets in the stored text", async () => {
    const analysis = await analyze(sampleArticleText());
    for (const mention of analysis.mentions) expect(sliceCodePoints(analysis.text, mention.startOffset, mention.endOffset)).toBe(mention.text);
    const found = new Set(mentioned(analysis));
    for (const expected of [
      'Russia <- Moscow (ALIAS)',
      'Russia <- Russian (DEMONYM)',
      'Russia <- Russia (NAME)',
      'India <- New Delhi (ALIAS)',
      'China <- Beijing (ALIAS)',
      'China <- Chinese (DEMONYM)',
      'Vladimir Putin <- Vladimir Putin (NAME)',
      'Vladimir Putin <- Putin (ALIAS)',
      'Narendra Modi <- Narendra Modi (NAME)',
      'Ukraine <- Ukraine (NAME)',
      'United States <- US (ALIAS)',
    ]) {
      expect(found).toContain(expected);
    }
    // "Russia's" is a mention of Russia without its possessive; "Vladimir Putin" is one mention, not "Putin" inside it.
    const possessive = analysis.text.indexOf("Russia's");
    expect(analysis.mentions).toContainEqual(expect.objectContaining({ text: 'Russia', startOffset: possessive }));
    const fullName = analysis.text.indexOf('Vladimir Putin');
    expect(analysis.mentions.filter((m) => m.startOffset >= fullName && m.endOffset <= fullName + 'Vladimir Putin'.length)).toHaveLength(1);
  });

  it('never takes the words "us", "are" and "can" for the codes and short aliases they spell; the longest form wins', async () => {
    await buildActor(t.services, { name: unique('Emirates'), isoCode: 'ARE' });
    await buildActor(t.services, { name: unique('Canada'), isoCode: 'CAN' });
    const analysis = await analyze('Let us see what they are doing; we can wait. The United States of America are no part of it, nor are us.');
    expect(mentioned(analysis)).toEqual(['United States <- United States of America (ALIAS)']);
  });

  it('matches whatever the case and diacritics of a name, and gives a form two actors carry to one with the other as alternative', async () => {
    const first = await buildActor(t.services, { name: unique('Côte Ivoire') });
    const second = await buildActor(t.services, { name: unique('Ivoire Coast'), aliases: [first.name.replace('Côte', 'Cote')] });
    const analysis = await analyze(`Officials from ${first.name.replace('Côte', 'COTE')} spoke.`);
    expect(analysis.mentions).toEqual([
      expect.objectContaining({ actor: { name: first.name }, form: 'NAME', alternatives: [{ name: second.name }], text: first.name.replace('Côte', 'COTE') }),
    ]);
  });

  it('lists capitalised names that no actor carries, without the words that open a sentence', async () => {
    const analysis = await analyze("The Quad met in Canberra. Engineers from Dassault Aviation and Moscow's envoys attended. Later they left.");
    expect(analysis.unknownNames.map((name) => name.text)).toEqual(['Quad', 'Canberra', 'Dassault Aviation']);
    const canberra = analysis.unknownNames.find((name) => name.text === 'Canberra')!;
    expect(sliceCodePoints(analysis.text, canberra.startOffset, canberra.endOffset)).toBe('Canberra');
  });

  it("proposes a titled person's name without the title (kept as the role) and an institution's whole name, and lists no dateline month, title alone or \"-based\" compound", async () => {
    await buildActor(t.services, { name: 'Sweden', kind: 'STATE', aliases: ['Stockholm'] });
    const NAMES = `query($text: String!) { analyzeSource(text: $text) { mentions { text actor { name } } unknownNames { text name kind role } } }`;
    const { analyzeSource } = dataOf(await t.execute(NAMES, { text: [
      'STOCKHOLM, Mar 11 (Reuters) - Russian Foreign Minister Sergei Lavrov met the Prime Minister.',
      'Russia’s Federal Service for Military-Technical Cooperation signed the deal.',
      'The Stockholm International Peace Research Institute published the figures.',
      'The Stockholm-based institute and Stockholm officials agreed.',
    ].join('\n') }));
    expect(analyzeSource.unknownNames).toEqual([
      { text: 'Reuters', name: 'Reuters', kind: null, role: null },
      { text: 'Foreign Minister Sergei Lavrov', name: 'Sergei Lavrov', kind: 'PERSON', role: 'Foreign Minister' },
      { text: 'Federal Service for Military-Technical Cooperation', name: 'Federal Service for Military-Technical Cooperation', kind: 'ORGANISATION', role: null },
      { text: 'Stockholm International Peace Research Institute', name: 'Stockholm International Peace Research Institute', kind: 'ORGANISATION', role: null },
    ]);
    // A capital inside a longer name, or in a "-based" compound, mentions no state; the dateline's and the last one do.
    expect(analyzeSource.mentions.filter((m: { actor: { name: string } }) => m.actor.name === 'Sweden').map((m: { text: string }) => m.text)).toEqual(['STOCKHOLM', 'Stockholm']);
  });

  it('finds an actor created after the last analysis: the matcher follows the stored forms', async () => {
    const name = unique('Gondor').replace(/\s+/g, '');
    expect((await analyze(`Envoys of ${name} arrived.`)).mentions).toEqual([]);
    await buildActor(t.services, { name });
    expect(mentioned(await analyze(`Envoys of ${name} arrived.`))).toEqual([`${name} <- ${name} (NAME)`]);
  });

  it('counts every mention and gives them a page at a time, from an offset (a text repeating a name 140,000 times once ran the process out of memory)', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Moscow and New Delhi ${i}.`).join(' ');
    const PAGE = `query($text: String!, $from: Int) { analyzeSource(text: $text) {
      mentionCount mentions(first: 1000, fromOffset: $from) { startOffset text } unknownNameCount unknownNames(first: 5) { text } } }`;
    const seen: { startOffset: number; text: string }[] = [];
    let from = 0;
    for (;;) {
      const page = dataOf(await t.execute(PAGE, { text, from })).analyzeSource;
      expect(page.mentionCount).toBe(6000);
      expect(page.unknownNameCount).toBe(0);
      if (page.mentions.length === 0) break;
      expect(page.mentions.length).toBeLessThanOrEqual(1000);
      seen.push(...page.mentions);
      from = page.mentions.at(-1).startOffset + 1;
    }
    expect(seen).toHaveLength(6000);
    expect(seen.slice(0, 2).map((m) => m.text)).toEqual(['Moscow', 'New Delhi']);
    expect(new Set(seen.map((m) => m.startOffset)).size).toBe(6000);
    const refused = await t.execute(`{ analyzeSource(text: "Moscow") { mentions(first: 1001) { text } } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses an anonymous caller a text over 100,000 characters, naming the field and the limit; a key holder may send 1,000,000', async () => {
    const long = 'Moscow. '.repeat(12_600);
    const refused = await t.executeAs(null, `query($text: String!) { analyzeSource(text: $text) { mentionCount } }`, { text: long });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', limit: 100_000 });
    expect(refused.errors?.[0]?.message).toMatch(/without an API key a text may hold at most 100,000 characters/);
    expect(dataOf(await t.execute(`query($text: String!) { analyzeSource(text: $text) { mentionCount } }`, { text: long })).analyzeSource.mentionCount).toBe(12_600);
  });

  it('lists the stored sample as a near duplicate of an edited copy, with the share of shingles in common', async () => {
    const edited = sampleArticleText().replace('set to strengthen', 'about to strengthen').replace('highly anticipated', 'long awaited');
    const analysis = await analyze(edited);
    expect(analysis.duplicates).toHaveLength(1);
    expect(analysis.duplicates[0]!.exact).toBe(false);
    expect(analysis.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(analysis.duplicates[0]!.similarity).toBeLessThan(1);
  });
});

const SOURCE_MENTIONS = `query($id: ID!, $status: [MentionStatus!]) { source(id: $id) {
  mentions(status: $status) { totalCount nodes { id actor { name } text form origin status startOffset endOffset snippet } }
  actors { name } } }`;

async function storedMentions(sourceId: number | string, status?: string[]) {
  const { source } = dataOf(await t.execute(SOURCE_MENTIONS, { id: String(sourceId), status }));
  expect(source.mentions.totalCount).toBe(source.mentions.nodes.length);
  return { actors: source.actors, mentions: source.mentions.nodes };
}

describe('stored mentions', () => {
  it('are written with the sample source through the import, at their offsets, and count in Source.actors and Actor.sources', async () => {
    const sample = await t.db.prisma.source.findFirstOrThrow({ where: { contentHash: contentHashOf(sampleArticleText(), null) } });
    const { mentions, actors } = await storedMentions(sample.id);
    expect(mentions.map((m: { actor: { name: string }; text: string }) => `${m.actor.name} <- ${m.text}`)).toEqual(
      expect.arrayContaining(['Russia <- Moscow', 'Russia <- Russian', 'India <- New Delhi', 'China <- Beijing', 'United States <- US']),
    );
    for (const m of mentions) {
      expect(sliceCodePoints(sample.text!, m.startOffset, m.endOffset)).toBe(m.text);
      expect(m.snippet).toContain(m.text);
      expect(m).toMatchObject({ origin: 'AUTOMATIC', status: 'PROPOSED' });
    }
    expect(actors.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['China', 'Ukraine', 'United States']));
    const { actor } = dataOf(await t.execute(`{ actor(name: "Beijing") { sources { source { id } mentions } mentions(first: 3) { nodes { source { id } text } } } }`));
    expect(actor.sources).toContainEqual({ source: { id: String(sample.id) }, mentions: expect.any(Number) });
    expect(actor.sources.find((s: { source: { id: string } }) => s.source.id === String(sample.id)).mentions).toBeGreaterThanOrEqual(3);
    expect(actor.mentions.nodes[0]).toMatchObject({ source: { id: String(sample.id) } });
  });

  it('follow an alias added later, and a rejected mention stays rejected when the sources are relinked', async () => {
    const place = unique('Zembla').replace(/\s+/g, '');
    const actor = await buildActor(t.services, { name: unique('Zemblan Republic') });
    const { createSource } = dataOf(
      await t.execute(`mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }`, {
        input: { kind: 'NEWS_ARTICLE', title: unique('Zembla news'), text: `Talks in ${place} began. Later, ${place} said no.` },
      }),
    );
    expect((await storedMentions(createSource.id)).mentions).toEqual([]);

    dataOf(await t.execute(`mutation($id: ID!, $aliases: [String!]) { updateActor(id: $id, input: { aliases: $aliases }) { id } }`, { id: String(actor.id), aliases: [place] }));
    const [first, second] = (await storedMentions(createSource.id)).mentions;
    expect([first.text, second.text, first.actor.name]).toEqual([place, place, actor.name]);

    const reviewed = dataOf(await t.execute(`mutation($id: ID!) { reviewMention(id: $id, status: REJECTED) { status } }`, { id: first.id })).reviewMention;
    expect(reviewed).toEqual({ status: 'REJECTED' });
    // Another change of forms relinks every source: the rejected mention is not found again as a new one.
    dataOf(await t.execute(`mutation($id: ID!, $aliases: [String!]) { updateActor(id: $id, input: { aliases: $aliases }) { id } }`, { id: String(actor.id), aliases: [place, `${place} City`] }));
    expect((await storedMentions(createSource.id)).mentions.map((m: { id: string }) => m.id)).toEqual([second.id]);
    expect((await storedMentions(createSource.id, ['REJECTED'])).mentions.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([[first.id, 'REJECTED']]);
  });

  it('can be added by hand (confirmed, with the words at the offsets), and refuse offsets past the text', async () => {
    const actor = await buildActor(t.services, { name: unique('Hand Actor') });
    const text = `${unique('Memo')}: the northern neighbour refused.`;
    const source = await t.services.sources.create({ kind: 'REPORT', title: unique('Memo'), text }, 'test');
    const start = text.indexOf('the northern neighbour');
    const added = dataOf(
      await t.execute(`mutation($input: AddMentionInput!) { addMention(input: $input) { text origin status actor { name } } }`, {
        input: { sourceId: String(source.id), actorId: String(actor.id), startOffset: start, endOffset: start + 'the northern neighbour'.length },
      }),
    ).addMention;
    expect(added).toEqual({ text: 'the northern neighbour', origin: 'MANUAL', status: 'CONFIRMED', actor: { name: actor.name } });
    const refused = await t.execute(`mutation($input: AddMentionInput!) { addMention(input: $input) { id } }`, {
      input: { sourceId: String(source.id), actorId: String(actor.id), startOffset: 0, endOffset: text.length + 5 },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOffset' });
  });
});

describe('relinking a large store', () => {
  it('runs in the background past the inline limit, with its progress visible, and links what the new forms name', async () => {
    const linker = new MentionLinker(t.db, new MentionRepository(), { inlineBytes: 0 });
    const name = unique('Backgroundia').replace(/\s+/g, '');
    const source = await t.services.sources.create({ kind: 'REPORT', title: unique('Background'), text: `Troops of ${name} moved.` }, 'test');
    // The relink owed is recorded by the transaction that changed the forms.
    expect(await t.db.transaction(async (session) => {
      await session.query(`/* testActor */ INSERT INTO actor (kind, name, name_key, updated_at) VALUES ('STATE', $1, lower($1), now())`, [name]);
      return linker.afterFormsChanged(session);
    })).toBe(true);
    expect(await linker.progress()).toEqual({ done: 0, total: expect.any(Number) });
    linker.kick();
    await linker.idle();
    expect(await linker.progress()).toBeNull();
    expect((await storedMentions(source.id)).mentions.map((m: { text: string }) => m.text)).toEqual([name]);
  });
});

describe('a relink and a text edit at the same time', () => {
  it('leaves the mentions of a text edited between the relink\'s read and its write to that edit (once, they kept the old offsets)', async () => {
    const name = unique('Racingland').replace(/\s+/g, '');
    const source = await t.services.sources.create({ kind: 'REPORT', title: unique('Raced'), text: `${name} moved troops.` }, 'test');
    const edited = `Yesterday, after long talks, ${name} moved troops again.`;
    // The text is edited right after the relink read it, before it writes.
    const repository = new (class extends MentionRepository {
      override async sourcesToRelink(...args: Parameters<MentionRepository['sourcesToRelink']>) {
        const rows = await super.sourcesToRelink(...args);
        if (rows.some((row) => row.id === source.id)) await t.services.sources.update(String(source.id), { text: edited }, 'editor');
        return rows;
      }
    })();
    const linker = new MentionLinker(t.db, repository, { inlineBytes: 0 });
    await t.db.transaction(async (session) => {
      await session.query(`/* testActor */ INSERT INTO actor (kind, name, name_key, updated_at) VALUES ('STATE', $1, lower($1), now())`, [name]);
      await linker.afterFormsChanged(session);
    });
    await linker.runPending();
    const { mentions } = await storedMentions(source.id);
    expect(mentions.map((m: { text: string; startOffset: number; endOffset: number }) => [m.text, sliceCodePoints(edited, m.startOffset, m.endOffset)])).toEqual([[name, name]]);
  });
});

describe('a text that names an actor very often', () => {
  it('stores its first mentions only, up to the cap, and counts the source once in the actor\'s sources', async () => {
    const name = unique('Cappedland').replace(/\s+/g, '');
    await buildActor(t.services, { name });
    const linker = new MentionLinker(t.db, new MentionRepository(), { maxStoredMentions: 50 });
    const sources = new SourceService(new SourceRepository(t.db), { defaultPageSize: 100, maxPageSize: 500 }, linker, t.services.actors);
    const source = await sources.create({ kind: 'REPORT', title: unique('Capped'), text: `${name} `.repeat(500) }, 'test');
    const { mentions } = await storedMentions(source.id);
    expect(mentions).toHaveLength(50);
    expect(mentions[49].startOffset).toBe(49 * (name.length + 1));
  });
});

describe('pages of stored mentions', () => {
  it("page through a source's mentions by cursor, in text order, with the total on every page", async () => {
    const sample = await t.db.prisma.source.findFirstOrThrow({ where: { contentHash: contentHashOf(sampleArticleText(), null) } });
    const PAGE = `query($id: ID!, $after: String) { source(id: $id) { mentions(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id startOffset } } } }`;
    const seen: { id: string; startOffset: number }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = dataOf(await t.execute(PAGE, { id: String(sample.id), after })).source.mentions;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.nodes);
      pages++;
      if (!page.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.totalCount);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(2);
    expect(seen.map((m) => m.startOffset)).toEqual([...seen.map((m) => m.startOffset)].sort((a, b) => a - b));
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
  });
});

describe('an alias change and its relink', () => {
  it('commit together: when the relink fails, the alias change is rolled back', async () => {
    const failing = new (class extends MentionLinker {
      override async afterFormsChanged(): Promise<boolean> {
        throw new Error('the relink failed');
      }
    })(t.db, new MentionRepository());
    const actors = new ActorService(new ActorRepository(t.db), { defaultPageSize: 100, maxPageSize: 500 }, failing);
    const actor = await buildActor(t.services, { name: unique('Atomic Land') });
    await expect(actors.update(String(actor.id), { aliases: ['Atomicville'] }, 'test')).rejects.toThrow('the relink failed');
    expect(dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { aliases } }`, { id: String(actor.id) })).actor.aliases).toEqual([]);
  });
});

describe('weapon systems in a text', () => {
  it('are recognised by the designations the arms-transfer data hold, counted with their transfers, and not proposed as new actors', async () => {
    const source = await t.services.sources.create({ kind: 'DATASET', title: unique('Weapons register'), url: `https://register.example/${Date.now()}` }, 'test');
    for (const [designation, dealId] of [['Su-30MK', 'W1'], ['S-400 Triumf', 'W2'], ['BrahMos LAND', 'W3'], ['BrahMos NAVAL', 'W4'], ['Kuznetsov', 'W5'], ['vehicle engine 201-300', 'W6']]) {
      await t.services.armsTransfers.create({
        supplierId: String((await t.services.actors.resolveName('Russia', 'x')).id), recipientId: String((await t.services.actors.resolveName('India', 'x')).id),
        sourceId: String(source.id), dealId: `${dealId}-${unique('d')}`, designation, category: 'aircraft', deliveryYear: 2020, tivDelivered: 10,
      } as never, 'test');
    }
    const WEAPONS = `query($text: String!) { analyzeSource(text: $text) { weaponCount weapons { text family designations transferCount } unknownNames { text } } }`;
    const { analyzeSource } = dataOf(await t.execute(WEAPONS, { text:
      'India flies the Su-30 MKI and the Su-30MKI, deploys the S-400 Triumf air defence system and BrahMos missiles. Admiral Kuznetsov said the Kuznetsov class was old. The King spoke.' }));
    expect(analyzeSource.weapons).toEqual([
      { text: 'Su-30 MKI', family: 'Su-30', designations: ['Su-30MK'], transferCount: 1 },
      { text: 'Su-30MKI', family: 'Su-30', designations: ['Su-30MK'], transferCount: 1 },
      { text: 'S-400 Triumf', family: 'S-400', designations: ['S-400 Triumf'], transferCount: 1 },
      { text: 'BrahMos', family: 'BrahMos', designations: ['BrahMos LAND', 'BrahMos NAVAL'], transferCount: 2 },
      { text: 'Kuznetsov', family: 'Kuznetsov', designations: ['Kuznetsov'], transferCount: 1 },
    ]);
    expect(analyzeSource.weaponCount).toBe(5);
    // A surname alone is no weapon; a weapon is no unknown name.
    expect(analyzeSource.unknownNames.map((name: { text: string }) => name.text)).toEqual(['Admiral Kuznetsov']);
  });

  it('are read in a stored source too, linked to the transfers that carry them, newest first, in one statement for every weapon', async () => {
    const register = await t.services.sources.create({ kind: 'DATASET', title: unique('Weapons register'), url: `https://register.example/${unique('r')}` }, 'test');
    const [russia, india] = [await t.services.actors.resolveName('Russia', 'x'), await t.services.actors.resolveName('India', 'x')];
    const family = unique('Zx').replace(/[^A-Za-z]/g, '').slice(0, 6);
    for (const [designation, year] of [[`${family}-7A`, 2015], [`${family}-7B`, 2021], [`${family}-7A`, 2018], [`${family}-9`, 2019]] as const) {
      await t.services.armsTransfers.create({
        supplierId: String(russia.id), recipientId: String(india.id), sourceId: String(register.id), dealId: unique('deal'), designation, category: 'aircraft', deliveryYear: year, tivDelivered: 5,
      } as never, 'test');
    }
    const article = await t.services.sources.create({ kind: 'NEWS_ARTICLE', title: unique('Jets'), text: `India ordered more ${family}-7 jets and the ${family}-9 drone from Russia.` }, 'test');
    const statements: string[] = [];
    const stop = t.db.onStatement((sql) => statements.push(sql));
    const { source } = dataOf(await t.execute(`query($id: ID!) { source(id: $id) { text weaponCount weapons { text startOffset endOffset family transferCount
      transfers(first: 2) { designation deliveryYear supplier { name } recipient { name } } } } }`, { id: String(article.id) }));
    stop();
    expect(source.weaponCount).toBe(2);
    expect(source.weapons.map((w: { text: string; family: string; transferCount: number; transfers: { designation: string; deliveryYear: number }[] }) =>
      [w.text, w.family, w.transferCount, w.transfers.map((transfer) => `${transfer.designation} ${transfer.deliveryYear}`)])).toEqual([
      [`${family}-7`, `${family}-7`, 3, [`${family}-7B 2021`, `${family}-7A 2018`]],
      [`${family}-9`, `${family}-9`, 1, [`${family}-9 2019`]],
    ]);
    for (const weapon of source.weapons) expect([...source.text].slice(weapon.startOffset, weapon.endOffset).join('')).toBe(weapon.text);
    expect(source.weapons[0].transfers[0]).toMatchObject({ supplier: { name: 'Russia' }, recipient: { name: 'India' } });
    expect(statements.filter((sql) => sql.includes('transfersByWeapon'))).toHaveLength(1);
  });
});
