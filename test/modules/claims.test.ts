import { buildActor, buildClaim, buildEvent, buildSource, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateClaimInput!) { createClaim(input: $input) {
  id statement confidence predicate objectValue
  subject { name } objectActor { name } asserter { name } asserterSource { id } event { id }
  about { role actor { name } }
  citations { quote startOffset endOffset stance source { id } } } }`;

async function counts() {
  return { claims: await t.db.prisma.claim.count(), citations: await t.db.prisma.citation.count(), links: await t.db.prisma.claimActor.count() };
}

describe('claims', () => {
  it('finds a quote typed with straight apostrophes, other dashes, spacing and case, and keeps the text\'s own words at their span', async () => {
    const text = `${unique('Report')}: “India’s imports — from Russia — fell”, the analysts wrote.`;
    const source = await buildSource(t.services, { text });
    const { createClaim } = dataOf(
      await t.execute(CREATE, {
        input: { statement: unique('Imports fell'), asserterSourceId: String(source.id), citations: [{ sourceId: String(source.id), quote: 'INDIA\'S imports - from  russia - fell', stance: 'SUPPORTS' }] },
      }),
    );
    const own = 'India’s imports — from Russia — fell';
    const start = Array.from(text.slice(0, text.indexOf(own))).length;
    expect(createClaim.citations).toEqual([{ quote: own, startOffset: start, endOffset: start + Array.from(own).length, stance: 'SUPPORTS', source: { id: String(source.id) } }]);
  });

  it('refuses a quote with one word wrong, naming the closest passage, its offsets and its similarity, and writes nothing', async () => {
    const text = `${unique('Note')}. Russia remains the largest supplier of arms to India.`;
    const source = await buildSource(t.services, { text });
    const before = await counts();
    const error = errorOf(
      await t.execute(CREATE, {
        input: { statement: unique('Largest supplier'), asserterSourceId: String(source.id), citations: [{ sourceId: String(source.id), quote: 'Russia remains the biggest supplier of arms to India', stance: 'SUPPORTS' }] },
      }),
    );
    const passage = 'Russia remains the largest supplier of arms to India.';
    const start = text.indexOf(passage);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations.0.quote' });
    expect(error.message).toContain(`the closest passage is "${passage}" at ${start}..${start + passage.length} (similarity 0.`);
    expect(await counts()).toEqual(before);
  });

  it('creates a structured claim with a citation located in the source text', async () => {
    const russia = await buildActor(t.services);
    const india = await buildActor(t.services);
    const event = await buildEvent(t.services);
    const source = await buildSource(t.services, { text: 'Ünïcode first 🚀. Russia supplies fighter jets to India.' });
    const { createClaim } = dataOf(
      await t.execute(CREATE, {
        input: {
          statement: 'Russia supplies arms to India.',
          asserterSourceId: String(source.id),
          eventId: String(event.id),
          subjectId: String(russia.id),
          predicate: 'supplies_arms_to',
          objectActorId: String(india.id),
          confidence: 0.8,
          citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }],
        },
      }),
    );
    expect(createClaim).toMatchObject({
      subject: { name: russia.name },
      objectActor: { name: india.name },
      asserter: null,
      asserterSource: { id: String(source.id) },
      event: { id: String(event.id) },
      about: expect.arrayContaining([
        { role: 'SUBJECT', actor: { name: russia.name } },
        { role: 'OBJECT', actor: { name: india.name } },
      ]),
    });
    // Offsets count code points: the emoji before the quote counts as one character, not two UTF-16 units.
    expect(createClaim.citations).toEqual([{ quote: 'Russia supplies fighter jets to India', startOffset: 17, endOffset: 54, stance: 'SUPPORTS', source: { id: String(source.id) } }]);
    expect(Array.from(source.text!).slice(17, 54).join('')).toBe('Russia supplies fighter jets to India');
  });

  it('accepts offsets that point at the quote', async () => {
    const source = await buildSource(t.services, { text: 'abc quoted words xyz' });
    const { createClaim } = dataOf(
      await t.execute(CREATE, { input: { statement: 'x', citations: [{ sourceId: String(source.id), quote: 'quoted words', startOffset: 4, endOffset: 16, stance: 'MENTIONS' }] } }),
    );
    expect(createClaim.citations[0]).toMatchObject({ startOffset: 4, endOffset: 16 });
  });

  it.each([
    ['a quote not in the text', { quote: 'not in there', stance: 'SUPPORTS' }, 'input.citations.0.quote'],
    ['offsets that point elsewhere', { quote: 'quoted words', startOffset: 0, endOffset: 12, stance: 'SUPPORTS' }, 'input.citations.0.startOffset'],
    ['an end before the start', { quote: 'quoted words', startOffset: 10, endOffset: 4, stance: 'SUPPORTS' }, 'input.citations.0.endOffset'],
    ['a start without an end', { quote: 'quoted words', startOffset: 4, stance: 'SUPPORTS' }, 'input.citations.0.endOffset'],
  ])('refuses %s, writing no claim, citation or link', async (_what, citation, field) => {
    const source = await buildSource(t.services, { text: `${unique('abc')} quoted words xyz` });
    const actor = await buildActor(t.services);
    const before = await counts();
    const error = errorOf(
      await t.execute(CREATE, { input: { statement: 'x', subjectId: String(actor.id), citations: [{ sourceId: String(source.id), ...citation }] } }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ statement: 'x', confidence: 1.5 }, 'input.confidence'],
    [{ statement: 'x', subjectId: '999999' }, 'input.subjectId'],
    [{ statement: 'x', eventId: '999999' }, 'input.eventId'],
    [{ statement: 'x', asserterId: '1', asserterSourceId: '1' }, 'input.asserterSourceId'],
    [{ statement: 'x', validFrom: '2020-01-02', validTo: '2020-01-01' }, 'input.validTo'],
    [{ statement: 'x', subjectId: 'abc' }, 'input.subjectId'],
  ])('refuses %j naming %s', async (input, field) => {
    const before = await counts();
    expect(errorOf(await t.execute(CREATE, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('filters claims by actor alias, source and stance', async () => {
    const alias = unique('Claimland');
    const actor = await buildActor(t.services, { aliases: [alias] });
    const source = await buildSource(t.services);
    const about = await buildClaim(t.services, {
      about: [{ actorId: String(actor.id) }],
      citations: [{ sourceId: String(source.id), quote: 'Oil imports from Moscow fell', stance: 'REFUTES' }],
    });
    const asserted = await buildClaim(t.services, { asserterId: String(actor.id) });
    await buildClaim(t.services);
    const query = `query($filter: ClaimFilter) { claims(filter: $filter) { totalCount nodes { id } } }`;
    const byActor = dataOf(await t.execute(query, { filter: { actor: alias.toLowerCase() } }));
    expect(byActor.claims.nodes.map((n: { id: string }) => n.id).sort()).toEqual([String(about.id), String(asserted.id)].sort());
    const bySource = dataOf(await t.execute(query, { filter: { sourceId: String(source.id), stance: 'REFUTES' } }));
    expect(bySource.claims).toEqual({ totalCount: 1, nodes: [{ id: String(about.id) }] });
    const wrongStance = dataOf(await t.execute(query, { filter: { sourceId: String(source.id), stance: 'SUPPORTS' } }));
    expect(wrongStance.claims.totalCount).toBe(0);
  });

  it('updates a claim, replacing its citations, and deletes it with them', async () => {
    const source = await buildSource(t.services);
    const claim = await buildClaim(t.services, { citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets', stance: 'SUPPORTS' }] });
    const { updateClaim } = dataOf(
      await t.execute(`mutation($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { statement citations { quote stance } } }`, {
        id: String(claim.id),
        input: { statement: 'Changed', citations: [{ sourceId: String(source.id), quote: 'Oil imports from Moscow fell', stance: 'MENTIONS' }] },
      }),
    );
    expect(updateClaim).toEqual({ statement: 'Changed', citations: [{ quote: 'Oil imports from Moscow fell', stance: 'MENTIONS' }] });
    dataOf(await t.execute(`mutation($id: ID!) { deleteClaim(id: $id) { id } }`, { id: String(claim.id) }));
    expect(await t.db.prisma.citation.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
