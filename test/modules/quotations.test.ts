// Quotations: analyzeSource and every stored source give the quotes of a text with who said them (the cue, the
// speaker's words and the actor they are, the rule and a confidence); people accept one as a claim (asserted by
// the speaker, cited to the exact quote, about the actors named inside) or reject it, and a relink keeps both.
import { loadSample } from '../../src/sample/sample';
import { sliceCodePoints } from '../../src/shared/text';
import { buildActor, unique } from '../builders';
import { MAX_STORED_QUOTATIONS } from '../../src/modules/quotations/quotations.validation';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let lavrovId: string;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  lavrovId = String((await buildActor(t.services, { name: 'Sergei Lavrov', kind: 'PERSON', aliases: ['Lavrov'] })).id);
});
afterAll(() => t.close());

const ANALYZE = `query($text: String!, $first: Int, $fromOffset: Int) { analyzeSource(text: $text) {
  text quotationCount
  quotations(first: $first, fromOffset: $fromOffset) { startOffset endOffset quote cue rule confidence speaker { text startOffset endOffset actor { name } } } } }`;

interface Quotation {
  startOffset: number;
  endOffset: number;
  quote: string;
  cue: string | null;
  rule: string;
  confidence: number;
  speaker: { text: string; startOffset: number; endOffset: number; actor: { name: string } | null } | null;
}

async function quotationsOf(text: string, variables: Record<string, unknown> = {}): Promise<{ text: string; quotationCount: number; quotations: Quotation[] }> {
  return dataOf(await t.execute(ANALYZE, { text, ...variables })).analyzeSource;
}

/** Each quotation as quote, rule, cue, speaker's words and actor, after checking its offsets slice the text. */
function described(analysis: { text: string; quotations: Quotation[] }) {
  return analysis.quotations.map((q) => {
    expect(sliceCodePoints(analysis.text, q.startOffset, q.endOffset)).toBe(q.quote);
    if (q.speaker) expect(sliceCodePoints(analysis.text, q.speaker.startOffset, q.speaker.endOffset)).toBe(q.speaker.text);
    return [q.quote, q.rule, q.cue, q.speaker?.text ?? null, q.speaker?.actor?.name ?? null];
  });
}

describe('analyzeSource proposes quotations with their speakers', () => {
  it.each([
    ['a cue after the quote, the speaker before it', '"We will keep buying what we need," Lavrov said on Monday.',
      [['We will keep buying what we need,', 'ADJACENT_CUE', 'said', 'Lavrov', 'Sergei Lavrov']]],
    ['a cue after the quote, the speaker after it, with a title', '“These supplies will continue,” said Foreign Minister Sergei Lavrov.',
      [['These supplies will continue,', 'ADJACENT_CUE', 'said', 'Foreign Minister Sergei Lavrov', 'Sergei Lavrov']]],
    ['a cue before the quote', 'Russian President Vladimir Putin said that "the partnership will only grow stronger".',
      [['the partnership will only grow stronger', 'ADJACENT_CUE', 'said', 'Russian President Vladimir Putin', 'Vladimir Putin']]],
    ['according to, after the quote', '"The market is changing fast," according to Sergei Lavrov.',
      [['The market is changing fast,', 'ADJACENT_CUE', 'according to', 'Sergei Lavrov', 'Sergei Lavrov']]],
    ['according to, before the quote', 'According to Narendra Modi, "India will buy where it gets the best terms."',
      [['India will buy where it gets the best terms.', 'ADJACENT_CUE', 'according to', 'Narendra Modi', 'Narendra Modi']]],
    ['a speaker, a cue and a colon', 'Vladimir Putin told reporters in New Delhi: “We are ready for dialogue at any time.”',
      [['We are ready for dialogue at any time.', 'LEADING_COLON', 'told', 'Vladimir Putin', 'Vladimir Putin']]],
    ['a speaker and a colon alone', 'Modi: "Our choices are our own."',
      [['Our choices are our own.', 'LEADING_COLON', null, 'Modi', 'Narendra Modi']]],
    ['a split quote', '“These supplies will continue,” Lavrov said, “whatever Washington thinks of them.”',
      [['These supplies will continue,', 'ADJACENT_CUE', 'said', 'Lavrov', 'Sergei Lavrov'], ['whatever Washington thinks of them.', 'SPLIT_QUOTE', 'said', 'Lavrov', 'Sergei Lavrov']]],
    ['a pronoun pointing back', '"We will keep buying," Lavrov said. "Nobody can dictate to India," he added.',
      [['We will keep buying,', 'ADJACENT_CUE', 'said', 'Lavrov', 'Sergei Lavrov'], ['Nobody can dictate to India,', 'PRONOUN', 'added', 'he', 'Sergei Lavrov']]],
    ['a cue earlier in the sentence', 'Lavrov said the talks had been "frank and useful for both sides".',
      [['frank and useful for both sides', 'SAME_SENTENCE', 'said', 'Lavrov', 'Sergei Lavrov']]],
    ['a quote going on after an attributed one', '"The deal is done," Putin said.\n"The first deliveries come next year."',
      [['The deal is done,', 'ADJACENT_CUE', 'said', 'Putin', 'Vladimir Putin'], ['The first deliveries come next year.', 'CONTINUATION', null, 'Putin', 'Vladimir Putin']]],
    ['an alias of a state as speaker', '"We see no reason to change course," the Kremlin said.',
      [['We see no reason to change course,', 'ADJACENT_CUE', 'said', 'the Kremlin', 'Russia']]],
    ['a spokesman speaking for an actor', "The talks were \"frank and useful\", the Kremlin's spokesman said.",
      [['frank and useful', 'ADJACENT_CUE', 'said', "the Kremlin's spokesman", 'Russia']]],
    ['a speaker no actor is', "“We regret the decision,” India's defence ministry said in a statement.",
      [['We regret the decision,', 'ADJACENT_CUE', 'said', "India's defence ministry", null]]],
    ['no attribution: a sentence-long quote', 'A banner read "no more weapons for the war in Ukraine" outside the embassy.',
      [['no more weapons for the war in Ukraine', 'NONE', null, null, null]]],
  ])('%s', async (_pattern, text, expected) => {
    expect(described(await quotationsOf(text))).toEqual(expected);
  });

  it('reads guillemets, „German“ marks, typographic single quotes and a quote nested in another', async () => {
    const analysis = await quotationsOf([
      'Lavrov said the talks had been «very productive and friendly».',
      'Putin said: „We are ready for talks at any time.“',
      '‘We buy what we need,’ Modi said.',
      '"He called it \'a betrayal of trust\' and left," Lavrov said.',
    ].join('\n'));
    expect(described(analysis)).toEqual([
      ['very productive and friendly', 'SAME_SENTENCE', 'said', 'Lavrov', 'Sergei Lavrov'],
      ['We are ready for talks at any time.', 'LEADING_COLON', 'said', 'Putin', 'Vladimir Putin'],
      ['We buy what we need,', 'ADJACENT_CUE', 'said', 'Modi', 'Narendra Modi'],
      ["He called it 'a betrayal of trust' and left,", 'ADJACENT_CUE', 'said', 'Lavrov', 'Sergei Lavrov'],
    ]);
  });

  it('reads a quote running over paragraphs, each reopening with a mark, as one quotation', async () => {
    const text = '“The first paragraph of a long statement runs on.\n“And it ends in the second one,” Putin said.';
    const [quotation] = (await quotationsOf(text)).quotations;
    expect(quotation!.quote).toBe('The first paragraph of a long statement runs on.\n“And it ends in the second one,');
    expect(quotation!.speaker!.actor).toEqual({ name: 'Vladimir Putin' });
  });

  it('proposes no title, no scare-quoted term and no so-called phrase', async () => {
    const analysis = await quotationsOf([
      'Moscow calls it a "special military operation" and Delhi stays "neutral".',
      'The report "Trends in International Arms Transfers" was published.',
      'The so-called "strategic partnership of two old friends and allies" was praised.',
      'SIPRI released "Arms Transfers to Asia and Oceania" on Monday.',
    ].join('\n'));
    expect(analysis.quotations).toEqual([]);
    expect(analysis.quotationCount).toBe(0);
  });

  it('counts offsets in code points, past characters outside the Basic Multilingual Plane', async () => {
    const text = '🇷🇺🇮🇳 "We will keep buying what we need," Lavrov said. 𝐍𝐨𝐭𝐞: "Nobody dictates to us," he added.';
    const analysis = await quotationsOf(text);
    expect(described(analysis)).toHaveLength(2);
    expect(analysis.quotations[0]!.startOffset).toBe(Array.from('🇷🇺🇮🇳 "').length);
  });

  it('pages the quotations of a text from an offset, and counts them all', async () => {
    const text = Array.from({ length: 30 }, (_, index) => `"Statement number ${index} is on the record," Lavrov said.`).join('\n');
    const first = await quotationsOf(text, { first: 10 });
    expect(first.quotationCount).toBe(30);
    expect(first.quotations).toHaveLength(10);
    const next = await quotationsOf(text, { first: 10, fromOffset: first.quotations[9]!.startOffset + 1 });
    expect(next.quotations[0]!.quote).toBe('Statement number 10 is on the record,');
    expect(errorOf(await t.execute(ANALYZE, { text, first: 1001 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

const STORED = `query($id: ID!, $status: [ReviewStatus!], $first: Int, $after: String) { source(id: $id) { text quotations(status: $status, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id quote startOffset endOffset cue rule status reviewedBy claim { id statement asserter { name } about { actor { name } role } citations { quote startOffset endOffset stance } }
          speaker { text actor { name } } } } } }`;

interface StoredQuotation {
  id: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  status: string;
  reviewedBy: string | null;
  speaker: { text: string; actor: { name: string } | null } | null;
  claim: { id: string; statement: string; asserter: { name: string }; about: { actor: { name: string }; role: string }[]; citations: { quote: string; startOffset: number; endOffset: number; stance: string }[] } | null;
}

async function stored(sourceId: string | number, variables: Record<string, unknown> = {}): Promise<{ text: string; quotations: { totalCount: number; nodes: StoredQuotation[] } }> {
  return dataOf(await t.execute(STORED, { id: String(sourceId), ...variables })).source;
}

const ACCEPT = `mutation($input: AcceptQuotationInput!) { acceptQuotation(input: $input) { id status reviewedBy claim { id statement asserter { name } about { actor { name } } citations { quote startOffset endOffset stance } } } }`;
const REJECT = `mutation($id: ID!) { rejectQuotation(id: $id) { id status reviewedBy } }`;

async function storedSource(text: string, title = unique('Quotes')) {
  return t.services.sources.create({ kind: 'NEWS_ARTICLE', title, text }, 'test-admin');
}

describe('stored quotations', () => {
  it('are found when a source is stored, at offsets that slice its stored text, and paged with their count', async () => {
    const text = `${unique('Moscow')}: "Russia will keep supplying India," Lavrov said.\n"The contracts are signed," he added.\nThe so-called "friendship" endures.`;
    const source = await storedSource(text);
    const { text: storedText, quotations } = await stored(source.id);
    expect(quotations.totalCount).toBe(2);
    for (const q of quotations.nodes) expect(sliceCodePoints(storedText, q.startOffset, q.endOffset)).toBe(q.quote);
    expect(quotations.nodes.map((q) => [q.quote, q.status, q.speaker?.actor?.name])).toEqual([
      ['Russia will keep supplying India,', 'PROPOSED', 'Sergei Lavrov'],
      ['The contracts are signed,', 'PROPOSED', 'Sergei Lavrov'],
    ]);
    const page = dataOf(await t.execute(STORED, { id: String(source.id), first: 1 })).source.quotations;
    expect(page).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const rest = await stored(source.id, { first: 1, after: page.pageInfo.endCursor });
    expect(rest.quotations.nodes.map((q) => q.quote)).toEqual(['The contracts are signed,']);
  });

  it('are accepted as a claim: the speaker asserts the quote, cited exactly, about the actors named inside it', async () => {
    const source = await storedSource(`${unique('Delhi')}: "Russia will keep supplying India with arms," Lavrov said.`);
    const [quotation] = (await stored(source.id)).quotations.nodes;
    const accepted = dataOf(await t.execute(ACCEPT, { input: { id: quotation!.id } })).acceptQuotation;
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'test-admin',
      claim: {
        statement: 'Russia will keep supplying India with arms,',
        asserter: { name: 'Sergei Lavrov' },
        citations: [{ quote: quotation!.quote, startOffset: quotation!.startOffset, endOffset: quotation!.endOffset, stance: 'SUPPORTS' }],
      },
    });
    expect(accepted.claim.about.map((a: { actor: { name: string } }) => a.actor.name).sort()).toEqual(['India', 'Russia']);
    // Accepted once: a second accept is a conflict and writes no second claim.
    const claims = await t.db.prisma.claim.count();
    expect(errorOf(await t.execute(ACCEPT, { input: { id: quotation!.id } }))).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(await t.db.prisma.claim.count()).toBe(claims);
    expect(errorOf(await t.execute(REJECT, { id: quotation!.id }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  it('need the actor who said it when the speaker is no stored actor, and take a statement and actors given', async () => {
    const source = await storedSource(`${unique('Report')}: "We regret the decision of the committee," India's defence ministry said.`);
    const [quotation] = (await stored(source.id)).quotations.nodes;
    expect(quotation!.speaker).toEqual({ text: "India's defence ministry", actor: null });
    const claims = await t.db.prisma.claim.count();
    expect(errorOf(await t.execute(ACCEPT, { input: { id: quotation!.id } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.speakerId' });
    expect(errorOf(await t.execute(ACCEPT, { input: { id: quotation!.id, speakerId: '999999' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.speakerId' });
    expect(await t.db.prisma.claim.count()).toBe(claims);
    const india = await t.db.prisma.actor.findFirstOrThrow({ where: { name: 'India' } });
    const accepted = dataOf(await t.execute(ACCEPT, { input: { id: quotation!.id, speakerId: String(india.id), statement: 'India regrets the committee decision', about: [lavrovId] } })).acceptQuotation;
    expect(accepted.claim).toMatchObject({ statement: 'India regrets the committee decision', asserter: { name: 'India' }, about: [{ actor: { name: 'Sergei Lavrov' } }] });
  });

  it('keep their reviews when the sources are relinked, and a proposed one takes a speaker stored since', async () => {
    const speaker = unique('Minister');
    const source = await storedSource(`"${unique('First')} statement of the day," Lavrov said. "We disagree with this," ${speaker} said. "A third and last statement," Putin said.`);
    const [accepted, unknown, rejected] = (await stored(source.id)).quotations.nodes;
    expect(unknown!.speaker).toEqual({ text: speaker, actor: null });
    dataOf(await t.execute(ACCEPT, { input: { id: accepted!.id } }));
    expect(dataOf(await t.execute(REJECT, { id: rejected!.id })).rejectQuotation).toEqual({ id: rejected!.id, status: 'REJECTED', reviewedBy: 'test-admin' });
    // A new actor changes the forms: every source is relinked, and the unknown speaker is now an actor.
    await buildActor(t.services, { name: speaker, kind: 'PERSON' });
    const after = await stored(source.id);
    expect(after.quotations.nodes.map((q) => [q.id, q.status, q.speaker?.actor?.name ?? null])).toEqual([
      [accepted!.id, 'ACCEPTED', 'Sergei Lavrov'],
      [unknown!.id, 'PROPOSED', speaker],
    ]);
    expect((await stored(source.id, { status: ['REJECTED'] })).quotations.nodes.map((q) => q.id)).toEqual([rejected!.id]);
  });

  it('follow an edit of the text: proposed ones not found again go, reviewed ones stay', async () => {
    const source = await storedSource(`"The first version of the quote is here," Lavrov said. "A second quote to reject right away," Putin said.`);
    const [first, second] = (await stored(source.id)).quotations.nodes;
    dataOf(await t.execute(REJECT, { id: second!.id }));
    await t.services.sources.update(String(source.id), { text: `"An edited quote replaces it now," Lavrov said.` }, 'test-admin');
    expect((await stored(source.id)).quotations.nodes.map((q) => q.quote)).toEqual(['An edited quote replaces it now,']);
    expect((await stored(source.id, { status: ['REJECTED'] })).quotations.nodes.map((q) => q.id)).toEqual([second!.id]);
    expect((await stored(source.id, { status: ['PROPOSED', 'ACCEPTED', 'REJECTED'] })).quotations.nodes.map((q) => q.id)).not.toContain(first!.id);
  });

  it('of a text quoting more than 2,000 times are its first 2,000', async () => {
    const text = Array.from({ length: 2100 }, (_, index) => `"Line ${index} of the transcript is here," Lavrov said.`).join('\n');
    const source = await storedSource(text);
    const { quotations } = await stored(source.id, { first: 1 });
    expect(quotations.totalCount).toBe(MAX_STORED_QUOTATIONS);
  });

  it('of a bundle of many sources are found with one statement for which speakers are people, however many the sources', async () => {
    const statements: string[] = [];
    const stop = t.db.onStatement((sql) => statements.push(sql));
    const sources = Array.from({ length: 6 }, (_, index) => ({ kind: 'NEWS_ARTICLE', title: unique(`Bundled ${index}`), text: `"Statement ${unique(String(index))} is on the record," Lavrov said.` }));
    const result = await t.services.imports.importBundle({ sources }, { author: 'test-admin' });
    stop();
    expect(result.sources.created).toBe(6);
    expect(statements.filter((sql) => sql.includes('peopleAmong'))).toHaveLength(1);
  });

  it('of many sources are read in one statement', async () => {
    const batch = unique('Batch');
    for (let index = 0; index < 5; index++) await storedSource(`"Statement ${index} ${unique('x')} is on the record," Lavrov said.`, `${batch} ${index}`);
    const statements: string[] = [];
    const stop = t.db.onStatement((sql) => statements.push(sql));
    const result = dataOf(await t.execute(`query($title: String!) { batch: sources(filter: { title: $title }, first: 10) { nodes { quotations(first: 10) { totalCount nodes { quote speaker { actor { name } } } } } } }`, { title: batch }));
    stop();
    expect(result.batch.nodes.map((s: { quotations: { totalCount: number } }) => s.quotations.totalCount)).toEqual([1, 1, 1, 1, 1]);
    expect(statements.filter((sql) => sql.includes('quotationsOfSources'))).toHaveLength(1);
  });
});
