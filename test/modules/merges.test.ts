// mergeActors and unmergeActor: every reference moves and comes back, the old id and name keep answering, and an
// undo leaves the rows exactly as they were before the merge.
import { TEST_AUTHOR, buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, unique } from '../builders';
import { REFERENCES } from '../../src/modules/merges/merges.repository';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const MERGE = `mutation($canonical: ID!, $duplicates: [ID!]!, $reason: String) {
  mergeActors(canonical: $canonical, duplicates: $duplicates, reason: $reason) {
    canonical { id name aliases mergedIds }
    merged { id name reason mergedBy combined moved { reference count } undoneAt canonical { id } }
  }
}`;
const UNMERGE = `mutation($merged: ID!, $reason: String) { unmergeActor(merged: $merged, reason: $reason) { id name aliases isoCode } }`;

/** Every row of every table that refers to actors (those merges move: REFERENCES), and the actors themselves. */
async function dump(): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of ['actor', ...new Set(REFERENCES.map((reference) => reference.table))]) {
    result[table] = await t.db.query(`/* testDump */ SELECT * FROM ${table} t ORDER BY t::text`);
  }
  return result;
}

/** Two actors that are one, each with references of every kind, some of which meet (one event, one claim). */
async function duplicates() {
  const name = unique('Freedonia');
  const canonical = await buildActor(t.services, { name, aliases: [`${name} Kingdom`] });
  const duplicate = await buildActor(t.services, { name: `Republic of ${name}x`, aliases: [`${name}x Capital`], isoCode: null, wikidataId: 'Q' + String(Math.floor(Math.random() * 1e8) + 1) });
  const other = await buildActor(t.services);
  const shared = await buildEvent(t.services, { participants: [{ actorId: String(canonical.id), role: 'INITIATOR' }, { actorId: String(duplicate.id), role: 'INITIATOR' }] });
  const own = await buildEvent(t.services, { participants: [{ actorId: String(duplicate.id), role: 'TARGET' }, { actorId: String(other.id), role: 'INITIATOR' }] });
  const claim = await buildClaim(t.services, { asserterId: String(duplicate.id), subjectId: String(other.id), objectActorId: String(duplicate.id), about: [{ actorId: String(duplicate.id) }, { actorId: String(canonical.id) }] });
  const transfer = await buildArmsTransfer(t.services, { supplierId: String(duplicate.id), recipientId: String(other.id) });
  const membership = await t.services.actors.createAffiliation({ memberId: String(duplicate.id), organisationId: String(other.id), role: 'member' }, TEST_AUTHOR);
  const between = await t.services.actors.createAffiliation({ memberId: String(duplicate.id), organisationId: String(canonical.id), role: 'province' }, TEST_AUTHOR);
  const source = await buildSource(t.services, { text: `Officials of ${name}x Capital met. ${name} answered.` });
  return { canonical, duplicate, other, shared, own, claim, transfer, membership, between, source };
}

describe('mergeActors', () => {
  it('moves every reference to the canonical actor, combining rows that would repeat, and makes the name an alias', async () => {
    const d = await duplicates();
    const { mergeActors } = dataOf(await t.execute(MERGE, { canonical: String(d.canonical.id), duplicates: [String(d.duplicate.id)], reason: 'same state' }));
    expect(mergeActors.canonical).toEqual({
      id: String(d.canonical.id),
      name: d.canonical.name,
      aliases: [`${d.canonical.name} Kingdom`, `${d.canonical.name}x Capital`, d.duplicate.name],
      mergedIds: [String(d.duplicate.id)],
    });
    const [merged] = mergeActors.merged;
    expect(merged).toMatchObject({ id: String(d.duplicate.id), name: d.duplicate.name, reason: 'same state', mergedBy: TEST_AUTHOR, undoneAt: null, canonical: { id: String(d.canonical.id) } });
    // The shared event's participation, the claim's link and the affiliation between the two are combined.
    expect(merged.combined).toBe(3);
    expect(Object.fromEntries(merged.moved.map((m: { reference: string; count: number }) => [m.reference, m.count]))).toEqual({
      eventParticipants: 1, claimAsserters: 1, claimObjects: 1, affiliationMembers: 1, armsSuppliers: 1, mentions: 1, aliases: 1, wikidataId: 1,
    });
    const rows = await dump();
    const ids = (table: string, column: string) => rows[table]!.filter((row: any) => row[column] === d.duplicate.id);
    for (const [table, column] of [['event_participant', 'actor_id'], ['claim', 'asserter_id'], ['claim', 'object_actor_id'], ['claim_actor', 'actor_id'],
      ['affiliation', 'member_id'], ['arms_transfer', 'supplier_id'], ['mention', 'actor_id'], ['actor_alias', 'actor_id'], ['actor', 'id']] as const) {
      expect({ table, column, rows: ids(table, column) }).toEqual({ table, column, rows: [] });
    }
    const { actor } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { name wikidataId events { event { id } role } claimsBy { id } } }`, { id: String(d.canonical.id) }));
    expect(actor.wikidataId).toBe(d.duplicate.wikidataId);
    expect(actor.events.map((e: { event: { id: string }; role: string }) => [e.event.id, e.role]).sort()).toEqual([[String(d.own.id), 'TARGET'], [String(d.shared.id), 'INITIATOR']].sort());
    expect(actor.claimsBy).toEqual([{ id: String(d.claim.id) }]);
  });

  it('keeps the old id and name answering: the id redirects, the name is an alias, a bundle naming it resolves there', async () => {
    const d = await duplicates();
    dataOf(await t.execute(MERGE, { canonical: String(d.canonical.id), duplicates: [String(d.duplicate.id)] }));
    const { byId, byName } = dataOf(await t.execute(`query($id: ID!, $name: String!) {
      byId: actor(id: $id) { id name redirectedFrom }
      byName: actor(name: $name) { id redirectedFrom }
    }`, { id: String(d.duplicate.id), name: d.duplicate.name }));
    expect(byId).toEqual({ id: String(d.canonical.id), name: d.canonical.name, redirectedFrom: String(d.duplicate.id) });
    expect(byName).toEqual({ id: String(d.canonical.id), redirectedFrom: null });
    const result = await t.services.imports.importBundle({ claims: [{ statement: unique('A claim'), subject: d.duplicate.name }] }, { author: TEST_AUTHOR });
    expect(result.errors).toEqual([]);
    const stored = await t.db.prisma.claim.findFirst({ orderBy: { id: 'desc' } });
    expect(stored!.subjectId).toBe(d.canonical.id);
  });

  it('follows merges of merges, and refuses to merge an actor merged already', async () => {
    const [a, b, c] = [await buildActor(t.services), await buildActor(t.services), await buildActor(t.services)];
    dataOf(await t.execute(MERGE, { canonical: String(b.id), duplicates: [String(a.id)] }));
    dataOf(await t.execute(MERGE, { canonical: String(c.id), duplicates: [String(b.id)] }));
    const { actor } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { id redirectedFrom } }`, { id: String(a.id) }));
    expect(actor).toEqual({ id: String(c.id), redirectedFrom: String(a.id) });
    const error = errorOf(await t.execute(MERGE, { canonical: String(c.id), duplicates: [String(a.id)] }));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'duplicates.0' });
    expect(error.message).toContain(`already merged into actor ${b.id}`);
  });

  it('tells a write that names a merged id which actor it is now, writing nothing', async () => {
    const [canonical, duplicate] = [await buildActor(t.services), await buildActor(t.services)];
    dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }));
    const before = await t.db.prisma.claim.count();
    const error = errorOf(await t.execute(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`, { input: { statement: unique('A claim'), subjectId: String(duplicate.id) } }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', extensions: { mergedInto: String(canonical.id) } });
    expect(error.message).toBe(`input.subjectId: actor ${duplicate.id} was merged into actor ${canonical.id}; use id ${canonical.id}`);
    expect(await t.db.prisma.claim.count()).toBe(before);
  });

  it.each([
    [{ canonical: '1', duplicates: [] }, 'duplicates', 'BAD_USER_INPUT'],
    [{ canonical: '1', duplicates: ['1'] }, 'duplicates.0', 'BAD_USER_INPUT'],
    [{ canonical: '1', duplicates: ['2', '2'] }, 'duplicates', 'BAD_USER_INPUT'],
    [{ canonical: '999999', duplicates: ['1'] }, 'canonical', 'NOT_FOUND'],
  ])('refuses %j naming the field, writing nothing', async (variables, field, code) => {
    const before = await dump();
    expect(errorOf(await t.execute(MERGE, variables))).toMatchObject({ code, field });
    expect(await dump()).toEqual(before);
  });

  it('needs an EDITOR key to merge and an ADMIN key to undo', async () => {
    const [a, b] = [await buildActor(t.services), await buildActor(t.services)];
    expect(errorOf(await t.executeAs({ name: 'reader', role: 'READER' }, MERGE, { canonical: String(a.id), duplicates: [String(b.id)] })).code).toBe('FORBIDDEN');
    dataOf(await t.executeAs({ name: 'editor', role: 'EDITOR' }, MERGE, { canonical: String(a.id), duplicates: [String(b.id)] }));
    expect(errorOf(await t.executeAs({ name: 'editor', role: 'EDITOR' }, UNMERGE, { merged: String(b.id) })).code).toBe('FORBIDDEN');
    expect(dataOf(await t.execute(UNMERGE, { merged: String(b.id) })).unmergeActor.id).toBe(String(b.id));
  });
});

describe('unmergeActor', () => {
  it('restores every reference, alias and row exactly as before the merge', async () => {
    const d = await duplicates();
    const before = await dump();
    dataOf(await t.execute(MERGE, { canonical: String(d.canonical.id), duplicates: [String(d.duplicate.id)], reason: 'looked alike' }));
    expect(await dump()).not.toEqual(before);
    const { unmergeActor } = dataOf(await t.execute(UNMERGE, { merged: String(d.duplicate.id), reason: 'two states after all' }));
    expect(unmergeActor).toMatchObject({ id: String(d.duplicate.id), name: d.duplicate.name });
    expect(await dump()).toEqual(before);
    const { actor } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { mergedIds merges { id undoneBy undoReason reason } } }`, { id: String(d.canonical.id) }));
    expect(actor).toEqual({ mergedIds: [], merges: [{ id: String(d.duplicate.id), undoneBy: TEST_AUTHOR, undoReason: 'two states after all', reason: 'looked alike' }] });
  });

  it('undoes one of several duplicates merged at once, and refuses to undo a merge that a later one builds on', async () => {
    const [canonical, first, second, later] = [await buildActor(t.services), await buildActor(t.services), await buildActor(t.services), await buildActor(t.services)];
    const event = await buildEvent(t.services, { participants: [{ actorId: String(first.id), role: 'INITIATOR' }, { actorId: String(second.id), role: 'INITIATOR' }] });
    const before = await dump();
    dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(first.id), String(second.id)] }));
    dataOf(await t.execute(MERGE, { canonical: String(later.id), duplicates: [String(canonical.id)] }));
    const refused = errorOf(await t.execute(UNMERGE, { merged: String(first.id) }));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'merged', extensions: { undoFirst: [String(canonical.id)] } });
    dataOf(await t.execute(UNMERGE, { merged: String(canonical.id) }));
    dataOf(await t.execute(UNMERGE, { merged: String(second.id) }));
    dataOf(await t.execute(UNMERGE, { merged: String(first.id) }));
    expect(await dump()).toEqual(before);
    expect(event.id).toBeGreaterThan(0);
  });

  it('keeps a value changed since the merge: the canonical actor\'s ISO code set by an editor stays', async () => {
    const letter = () => String.fromCharCode(65 + Math.floor(Math.random() * 26));
    const taken = `Q${letter()}${letter()}`;
    const later = `Z${letter()}${letter()}`;
    const canonical = await buildActor(t.services, { isoCode: null });
    const duplicate = await buildActor(t.services, { isoCode: taken });
    dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }));
    expect((await t.services.actors.getById(String(canonical.id)))!.isoCode).toBe(taken);
    dataOf(await t.execute(`mutation($id: ID!, $code: String!) { updateActor(id: $id, input: { isoCode: $code }) { id } }`, { id: String(canonical.id), code: later }));
    const { unmergeActor } = dataOf(await t.execute(UNMERGE, { merged: String(duplicate.id) }));
    expect(unmergeActor).toMatchObject({ id: String(duplicate.id), isoCode: taken });
    // Once the undo set it back to what it was before the merge (null), silently.
    expect((await t.services.actors.getById(String(canonical.id)))!.isoCode).toBe(later);
  });

  it('refuses with CONFLICT, naming the actor, when the merged actor\'s name was given to another since', async () => {
    const canonical = await buildActor(t.services);
    const duplicate = await buildActor(t.services);
    dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }));
    // The name, now the canonical actor's alias, is taken off it and given to a new actor.
    dataOf(await t.execute(`mutation($id: ID!) { updateActor(id: $id, input: { aliases: [] }) { id } }`, { id: String(canonical.id) }));
    const heir = dataOf(await t.execute(`mutation($name: String!) { createActor(input: { kind: STATE, name: $name, allowDuplicate: true }) { id } }`, { name: duplicate.name })).createActor;
    const before = await dump();
    const refused = errorOf(await t.execute(UNMERGE, { merged: String(duplicate.id) }));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'merged', extensions: { heldBy: heir.id, clash: 'name' } });
    expect(refused.message).toContain(`actor ${heir.id} ("${duplicate.name}")`);
    expect(await dump()).toEqual(before);
  });

  it('takes the merged name off the canonical actor by its value, after its aliases were written anew', async () => {
    const canonical = await buildActor(t.services, { aliases: [unique('Canonical alias')] });
    const ownAlias = unique('Duplicate alias');
    const duplicate = await buildActor(t.services, { aliases: [ownAlias] });
    const { mergeActors } = dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }));
    // The same aliases written again: new rows, new ids.
    dataOf(await t.execute(`mutation($id: ID!, $aliases: [String!]) { updateActor(id: $id, input: { aliases: $aliases }) { id } }`, { id: String(canonical.id), aliases: mergeActors.canonical.aliases }));
    const { unmergeActor } = dataOf(await t.execute(UNMERGE, { merged: String(duplicate.id) }));
    expect(unmergeActor).toMatchObject({ name: duplicate.name, aliases: [ownAlias] });
    const { actor } = dataOf(await t.execute(`query($id: ID!) { actor(id: $id) { aliases } }`, { id: String(canonical.id) }));
    expect(actor.aliases).toEqual([mergeActors.canonical.aliases[0]]);
  });

  it('lets one of several undos of the same merge at once succeed; the others are CONFLICT', async () => {
    const canonical = await buildActor(t.services);
    const duplicate = await buildActor(t.services);
    await buildEvent(t.services, { participants: [{ actorId: String(duplicate.id), role: 'INITIATOR' }] });
    dataOf(await t.execute(MERGE, { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }));
    const results = await Promise.all(Array.from({ length: 5 }, () => t.execute(UNMERGE, { merged: String(duplicate.id) })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map((result) => errorOf(result).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
  });

  it('answers NOT_FOUND for an actor that is not merged', async () => {
    const actor = await buildActor(t.services);
    expect(errorOf(await t.execute(UNMERGE, { merged: String(actor.id) }))).toMatchObject({ code: 'NOT_FOUND', field: 'merged' });
  });
});
