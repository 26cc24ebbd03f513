import { TEST_AUTHOR, buildActor, buildClaim, buildEvent, buildSource, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name kind aliases isoCode wikidataId } }`;
const countActors = () => t.db.prisma.actor.count();

describe('actors', () => {
  it('creates an actor and finds it by name, any alias or ISO code, case-insensitively', async () => {
    const name = unique('Freedonia');
    const { createActor } = dataOf(
      await t.execute(CREATE, { input: { kind: 'STATE', name, aliases: [`${name} City`, `The ${name} Government`], isoCode: 'FRD', wikidataId: 'Q123' } }),
    );
    expect(createActor).toMatchObject({ name, kind: 'STATE', isoCode: 'FRD', aliases: [`${name} City`, `The ${name} Government`] });
    for (const identifier of [name.toUpperCase(), `${name} city`, `the ${name} government`, 'frd']) {
      const { actor } = dataOf(await t.execute(`query($n: String) { actor(name: $n) { id name } }`, { n: identifier }));
      expect(actor).toEqual({ id: createActor.id, name });
    }
  });

  it('answers null for a name nobody has', async () => {
    expect(dataOf(await t.execute(`{ actor(name: "Atlantis-nowhere") { id } }`)).actor).toBeNull();
  });

  it.each([
    [{ kind: 'STATE', name: 'X', isoCode: 'ru' }, 'input.isoCode'],
    [{ kind: 'STATE', name: '   ' }, 'input.name'],
    [{ kind: 'STATE', name: 'Y', wikidataId: '159' }, 'input.wikidataId'],
    [{ kind: 'STATE', name: 'Z', aliases: ['a', 'A'] }, 'input.aliases'],
  ])('refuses bad input %j with BAD_USER_INPUT naming %s, writing nothing', async (input, field) => {
    const before = await countActors();
    const error = errorOf(await t.execute(CREATE, { input }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(await countActors()).toBe(before);
  });

  it('refuses a name or alias that another actor already uses, with CONFLICT', async () => {
    const existing = await buildActor(t.services, { aliases: [unique('Alias')] });
    const byName = errorOf(await t.execute(CREATE, { input: { kind: 'PERSON', name: existing.name.toLowerCase() } }));
    expect(byName).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const [alias] = dataOf(await t.execute(`query($id: ID) { actor(id: $id) { aliases } }`, { id: String(existing.id) })).actor.aliases;
    const byAlias = errorOf(await t.execute(CREATE, { input: { kind: 'PERSON', name: unique('Other'), aliases: [alias] } }));
    expect(byAlias).toMatchObject({ code: 'CONFLICT', field: 'input.aliases.0' });
  });

  it('updates fields and replaces aliases', async () => {
    const actor = await buildActor(t.services, { aliases: ['old alias ' + unique('x')] });
    const alias = unique('New alias');
    const { updateActor } = dataOf(
      await t.execute(`mutation($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { description aliases } }`, {
        id: String(actor.id),
        input: { description: 'Renamed', aliases: [alias] },
      }),
    );
    expect(updateActor).toEqual({ description: 'Renamed', aliases: [alias] });
  });

  it('answers NOT_FOUND for updating an actor that does not exist', async () => {
    const error = errorOf(await t.execute(`mutation { updateActor(id: "999999", input: { description: "x" }) { id } }`));
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses to delete an actor that an event refers to, and keeps it', async () => {
    const actor = await buildActor(t.services);
    await buildEvent(t.services, { participants: [{ actorId: String(actor.id), role: 'HOST' }] });
    const error = errorOf(await t.execute(`mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: String(actor.id) }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/still referenced by 1 event; remove those first/);
    expect(error.extensions.references).toMatchObject({ events: 1 });
    expect(await t.db.prisma.actor.findUnique({ where: { id: actor.id } })).not.toBeNull();
  });

  it('counts the records that refer to an actor, not the fields: a claim naming it three ways is one claim', async () => {
    const actor = await buildActor(t.services);
    const other = await buildActor(t.services);
    const id = String(actor.id);
    await buildClaim(t.services, { asserterId: id, subjectId: id, objectActorId: String(other.id), about: [{ actorId: id, role: 'MENTIONED' }] });
    await buildClaim(t.services, { subjectId: id });
    await buildEvent(t.services, { participants: [{ actorId: id, role: 'HOST' }, { actorId: id, role: 'MEDIATOR' }] });
    const error = errorOf(await t.execute(`mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id }));
    expect(error.message).toBe(`Actor "${actor.name}" is still referenced by 1 event, 2 claims; remove those first`);
    expect(error.extensions.references).toEqual({ affiliations: 0, events: 1, claims: 2, armsTransfers: 0 });
  });

  it('deletes an actor nothing refers to, with its aliases', async () => {
    const actor = await buildActor(t.services, { aliases: [unique('gone')] });
    const { deleteActor } = dataOf(await t.execute(`mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: String(actor.id) }));
    expect(deleteActor).toEqual({ id: String(actor.id) });
    expect(await t.db.prisma.actorAlias.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it('lists actors by kind and name fragment, a page at a time, with totalCount', async () => {
    const stem = unique('Pagestem').replace(' ', '');
    for (let i = 0; i < 5; i++) await buildActor(t.services, { kind: 'NON_STATE_ARMED_GROUP', name: `${stem} group ${i}` });
    await buildActor(t.services, { kind: 'PERSON', name: `${stem} person` });
    const query = `query($after: String) { actors(filter: { kind: [NON_STATE_ARMED_GROUP], name: "${stem.toLowerCase()}" }, first: 2, after: $after) {
      totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const { actors }: { actors: any } = dataOf(await t.execute(query, { after }));
      expect(actors.totalCount).toBe(5);
      expect(actors.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...actors.nodes.map((n: { name: string }) => n.name));
      after = actors.pageInfo.endCursor;
      expect(actors.pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${stem} group ${i}`));
  });

  it('refuses a page larger than the maximum and a forged cursor', async () => {
    expect(errorOf(await t.execute(`{ actors(first: 501) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await t.execute(`{ actors(after: "bm9wZQ") { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('returns affiliations in force at a date, from both sides', async () => {
    const state = await buildActor(t.services);
    const first = await buildActor(t.services, { kind: 'PERSON' });
    const second = await buildActor(t.services, { kind: 'PERSON' });
    await t.services.actors.createAffiliation({ memberId: String(first.id), organisationId: String(state.id), role: 'President', startDate: '2000-05-07', endDate: '2008-05-07' }, TEST_AUTHOR);
    await t.services.actors.createAffiliation({ memberId: String(second.id), organisationId: String(state.id), role: 'President', startDate: '2008-05-07' }, TEST_AUTHOR);
    const query = `query($id: ID, $at: Date) { actor(id: $id) { members(at: $at) { role member { name } } } }`;
    const at2005 = dataOf(await t.execute(query, { id: String(state.id), at: '2005-01-01' })).actor.members;
    expect(at2005).toEqual([{ role: 'President', member: { name: first.name } }]);
    const at2020 = dataOf(await t.execute(query, { id: String(state.id), at: '2020-01-01' })).actor.members;
    expect(at2020).toEqual([{ role: 'President', member: { name: second.name } }]);
    const all = dataOf(await t.execute(query, { id: String(state.id), at: null })).actor.members;
    expect(all).toHaveLength(2);
    const memberSide = dataOf(await t.execute(`query($id: ID) { actor(id: $id) { affiliations { role organisation { name } } } }`, { id: String(first.id) }));
    expect(memberSide.actor.affiliations).toEqual([{ role: 'President', organisation: { name: state.name } }]);
  });

  it('refuses an affiliation that ends before it starts, or names an unknown actor', async () => {
    const a = await buildActor(t.services);
    const b = await buildActor(t.services);
    const before = await t.db.prisma.affiliation.count();
    const mutation = `mutation($input: CreateAffiliationInput!) { createAffiliation(input: $input) { id } }`;
    expect(
      errorOf(await t.execute(mutation, { input: { memberId: String(a.id), organisationId: String(b.id), role: 'Envoy', startDate: '2020-01-01', endDate: '2019-01-01' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    expect(errorOf(await t.execute(mutation, { input: { memberId: '999999', organisationId: String(b.id), role: 'Envoy' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.memberId',
    });
    expect(errorOf(await t.execute(mutation, { input: { memberId: String(a.id), organisationId: String(b.id), role: 'Envoy', startDate: '2020-02-30' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await t.db.prisma.affiliation.count()).toBe(before);
  });

  it('matches % and _ in a name filter literally, not as wildcards', async () => {
    const tag = unique('Literal').replace(' ', '');
    await buildActor(t.services, { name: `${tag} 100% Ltd` });
    await buildActor(t.services, { name: `${tag} A_B Group` });
    await buildActor(t.services, { name: `${tag} AxB Group` });
    const count = async (name: string) => dataOf(await t.execute(`query($name: String) { actors(filter: { name: $name }) { totalCount } }`, { name })).actors.totalCount;
    expect(await count('%')).toBe(1);
    expect(await count(`${tag} A_B`)).toBe(1);
    expect(await count(`${tag}%`)).toBe(0);
    expect(await count(tag)).toBe(3);
  });

  it('matches % and _ in a publisher filter literally', async () => {
    const publisher = unique('Press_100%');
    await buildSource(t.services, { publisher });
    await buildSource(t.services, { publisher: publisher.replace('_', 'x') });
    const exact = dataOf(await t.execute(`query($p: String) { sources(filter: { publisher: $p }) { totalCount } }`, { p: publisher }));
    expect(exact.sources.totalCount).toBe(1);
  });
});
