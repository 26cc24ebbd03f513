// Who wrote what: every row names the key that created and last changed it, and claims and events keep every
// committed version, whichever path wrote them (a mutation, a bundle import), so an update never erases history.
import { buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const editor = (name: string) => ({ name, role: 'EDITOR' as const });
const admin = (name: string) => ({ name, role: 'ADMIN' as const });

const HISTORY_FIELDS = `history { version operation changedBy changedAt changedFields data }`;
const CLAIM = `query($id: ID!) { claim(id: $id) { statement createdBy updatedBy ${HISTORY_FIELDS} } }`;
const EVENT = `query($id: ID!) { event(id: $id) { title createdBy updatedBy ${HISTORY_FIELDS} } }`;

interface Version {
  version: number;
  operation: string;
  changedBy: string | null;
  changedAt: string;
  changedFields: string[];
  data: Record<string, any>;
}

async function createClaim(by: string, statement: string, sourceId: string) {
  const result = await t.executeAs(
    editor(by),
    `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id createdBy updatedBy } }`,
    { input: { statement, citations: [{ sourceId, quote: 'Russia supplies fighter jets to India.', stance: 'SUPPORTS' }] } },
  );
  return dataOf(result).createClaim as { id: string; createdBy: string; updatedBy: string };
}

describe('the audit trail', () => {
  it('names the key that created a record and the one that last changed it', async () => {
    const created = dataOf(await t.executeAs(editor('alice'), `mutation($name: String!) { createActor(input: { kind: STATE, name: $name }) { id createdBy updatedBy } }`, { name: unique('Audited') })).createActor;
    expect(created).toMatchObject({ createdBy: 'alice', updatedBy: 'alice' });
    const updated = dataOf(await t.executeAs(editor('bob'), `mutation($id: ID!) { updateActor(id: $id, input: { description: "changed" }) { createdBy updatedBy } }`, { id: created.id })).updateActor;
    expect(updated).toEqual({ createdBy: 'alice', updatedBy: 'bob' });
  });

  it('stamps the rows of a bundle import with the importing key', async () => {
    const name = unique('Imported');
    const result = dataOf(await t.executeAs(editor('importer'), `mutation($input: ImportBundleInput!) { importBundle(input: $input) { written } }`, {
      input: { actors: [{ kind: 'STATE', name }], events: [{ cameoCode: '043', title: name, startDate: '2024-01-02', participants: [{ actor: name, role: 'HOST' }] }] },
    }));
    expect(result.importBundle.written).toBe(true);
    const actor = dataOf(await t.execute(`query($name: String!) { actor(name: $name) { createdBy updatedBy events { event { createdBy history { changedBy operation } } } } }`, { name })).actor;
    expect(actor).toMatchObject({ createdBy: 'importer', updatedBy: 'importer' });
    expect(actor.events[0].event).toEqual({ createdBy: 'importer', history: [{ changedBy: 'importer', operation: 'CREATE' }] });
  });
});

describe('claim history', () => {
  it('keeps every committed state: who changed what and when, and the earlier text stays readable', async () => {
    const source = await buildSource(t.services);
    const first = unique('Russia remains the main supplier');
    const claim = await createClaim('alice', first, String(source.id));
    expect(claim).toMatchObject({ createdBy: 'alice', updatedBy: 'alice' });

    const second = `${first}, by far`;
    dataOf(await t.executeAs(editor('bob'), `mutation($id: ID!, $s: String!) { updateClaim(id: $id, input: { statement: $s }) { id } }`, { id: claim.id, s: second }));
    // A change to a list alone (the citations) is a version too.
    dataOf(await t.executeAs(editor('carol'), `mutation($id: ID!, $c: [CitationInput!]) { updateClaim(id: $id, input: { citations: $c }) { id } }`, {
      id: claim.id,
      c: [{ sourceId: String(source.id), quote: 'Oil imports from Moscow fell.', stance: 'MENTIONS' }],
    }));

    const read = dataOf(await t.execute(CLAIM, { id: claim.id })).claim;
    expect(read).toMatchObject({ statement: second, createdBy: 'alice', updatedBy: 'carol' });
    const history = read.history as Version[];
    expect(history.map((v) => [v.version, v.operation, v.changedBy])).toEqual([
      [1, 'CREATE', 'alice'],
      [2, 'UPDATE', 'bob'],
      [3, 'UPDATE', 'carol'],
    ]);
    expect(history[0]!.data.statement).toBe(first);
    expect(history[0]!.data.citations).toEqual([expect.objectContaining({ quote: 'Russia supplies fighter jets to India.', stance: 'SUPPORTS' })]);
    expect(history[1]!.changedFields).toEqual(['statement']);
    expect(history[2]!.changedFields).toEqual(['citations']);
    expect(history[2]!.data.citations).toEqual([expect.objectContaining({ quote: 'Oil imports from Moscow fell.', stance: 'MENTIONS' })]);
    expect(new Date(history[2]!.changedAt).getTime()).toBeGreaterThanOrEqual(new Date(history[0]!.changedAt).getTime());
  });

  it('adds no version for an update that changes nothing, nor for a refused one', async () => {
    const source = await buildSource(t.services);
    const statement = unique('Unchanged claim');
    const claim = await createClaim('alice', statement, String(source.id));
    dataOf(await t.executeAs(editor('bob'), `mutation($id: ID!, $s: String!) { updateClaim(id: $id, input: { statement: $s }) { id } }`, { id: claim.id, s: statement }));
    const refused = await t.executeAs(editor('bob'), `mutation($id: ID!) { updateClaim(id: $id, input: { confidence: 7 }) { id } }`, { id: claim.id });
    expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
    const history = dataOf(await t.execute(CLAIM, { id: claim.id })).claim.history as Version[];
    expect(history.map((v) => v.operation)).toEqual(['CREATE']);
  });

  it('keeps the history of a deleted claim, ending with who deleted it', async () => {
    const source = await buildSource(t.services);
    const statement = unique('Deleted claim');
    const claim = await createClaim('alice', statement, String(source.id));
    dataOf(await t.executeAs(admin('root'), `mutation($id: ID!) { deleteClaim(id: $id) { id } }`, { id: claim.id }));
    expect(dataOf(await t.execute(CLAIM, { id: claim.id })).claim).toBeNull();
    const history = dataOf(await t.execute(`query($id: ID!) { recordHistory(entity: CLAIM, id: $id) { version operation changedBy changedFields data } }`, { id: claim.id })).recordHistory as Version[];
    expect(history.map((v) => [v.operation, v.changedBy])).toEqual([['CREATE', 'alice'], ['DELETE', 'root']]);
    expect(history[1]!.data.statement).toBe(statement);
  });

  it('records one version per import that changes a claim, none for a re-import of the same bundle', async () => {
    const source = await buildSource(t.services);
    const actor = await buildActor(t.services);
    const bundle = (confidence: number) => ({
      claims: [{ statement: `${actor.name} is a supplier`, asserter: actor.name, confidence, citations: [{ source: { contentHash: source.contentHash }, quote: 'Russia supplies fighter jets to India.', stance: 'SUPPORTS' }] }],
    });
    const IMPORT = `mutation($input: ImportBundleInput!) { importBundle(input: $input) { claims { created updated unchanged } } }`;
    dataOf(await t.executeAs(editor('first-import'), IMPORT, { input: bundle(0.5) }));
    dataOf(await t.executeAs(editor('again'), IMPORT, { input: bundle(0.5) }));
    dataOf(await t.executeAs(editor('second-import'), IMPORT, { input: bundle(0.9) }));
    const claimId = (await t.db.prisma.claim.findFirstOrThrow({ where: { asserterId: actor.id } })).id;
    const history = dataOf(await t.execute(CLAIM, { id: String(claimId) })).claim.history as Version[];
    expect(history.map((v) => [v.operation, v.changedBy, v.data.confidence])).toEqual([
      ['CREATE', 'first-import', 0.5],
      ['UPDATE', 'second-import', 0.9],
    ]);
  });
});

describe('every mutation of a versioned record adds a version', () => {
  const versionsOf = async (entity: 'CLAIM' | 'EVENT', id: string) =>
    (dataOf(await t.execute(`query($e: VersionedEntity!, $id: ID!) { recordHistory(entity: $e, id: $id) { operation changedBy changedFields data } }`, { e: entity, id })).recordHistory as Version[]);

  it('for claims: create, update, rank, deprecate with and without a refutation, delete', async () => {
    const source = await buildSource(t.services);
    const claim = await createClaim('alice', unique('A versioned claim'), String(source.id));
    const steps: [string, string, Record<string, unknown>][] = [
      ['updateClaim', `mutation($id: ID!) { updateClaim(id: $id, input: { confidence: 0.4 }) { id } }`, {}],
      // The rank and its reason are part of the claim's state (once they were missing from the snapshot's columns).
      ['rankClaim', `mutation($id: ID!) { rankClaim(id: $id, rank: PREFERRED) { id } }`, {}],
      ['deprecateClaim', `mutation($id: ID!) { deprecateClaim(id: $id, reason: "superseded by the ministry's figures") { id } }`, {}],
      ['rankClaim', `mutation($id: ID!) { rankClaim(id: $id, rank: NORMAL) { id } }`, {}],
      ['deprecateClaim', `mutation($id: ID!, $c: CitationInput) { deprecateClaim(id: $id, reason: "refuted", refutation: $c) { id } }`,
        { c: { sourceId: String(source.id), quote: 'Oil imports from Moscow fell.', stance: 'REFUTES' } }],
      ['deleteClaim', `mutation($id: ID!) { deleteClaim(id: $id) { id } }`, {}],
    ];
    for (const [index, [name, mutation, variables]] of steps.entries()) {
      dataOf(await t.executeAs(admin(`${name}-${index}`), mutation, { id: claim.id, ...variables }));
      const versions = await versionsOf('CLAIM', claim.id);
      expect({ name, versions: versions.length, last: versions.at(-1)!.changedBy }).toEqual({ name, versions: index + 2, last: `${name}-${index}` });
    }
    const versions = await versionsOf('CLAIM', claim.id);
    expect(versions.map((v) => v.operation)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE', 'DELETE']);
    expect(versions[2]!.changedFields).toEqual(['rank']);
    expect(versions[3]!.data).toMatchObject({ rank: 'DEPRECATED', rankReason: "superseded by the ministry's figures" });
    // Stamps and derived keys are no part of a version.
    expect(Object.keys(versions[0]!.data)).not.toEqual(expect.arrayContaining(['createdBy']));
    expect(Object.keys(versions[0]!.data).filter((key) => /^(id|createdAt|updatedAt|createdBy|updatedBy|naturalKey|searchVector)$/.test(key))).toEqual([]);
  });

  it('for events: create, update, delete', async () => {
    const host = await buildActor(t.services);
    const event = dataOf(await t.executeAs(editor('alice'), `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: { cameoCode: '043', title: unique('Versioned summit'), startDate: '2024-05-06', participants: [{ actorId: String(host.id), role: 'HOST' }] },
    })).createEvent;
    dataOf(await t.executeAs(editor('bob'), `mutation($id: ID!) { updateEvent(id: $id, input: { description: "talks" }) { id } }`, { id: event.id }));
    dataOf(await t.executeAs(admin('root'), `mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: event.id }));
    expect((await versionsOf('EVENT', event.id)).map((v) => [v.operation, v.changedBy])).toEqual([['CREATE', 'alice'], ['UPDATE', 'bob'], ['DELETE', 'root']]);
  });
});

describe('event history', () => {
  it('keeps each state of an event and its participants', async () => {
    const [host, visitor] = [await buildActor(t.services), await buildActor(t.services)];
    const title = unique('Summit');
    const created = dataOf(await t.executeAs(editor('alice'), `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: { cameoCode: '043', title, startDate: '2024-05-06', participants: [{ actorId: String(host.id), role: 'HOST' }] },
    })).createEvent;
    dataOf(await t.executeAs(editor('bob'), `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`, {
      id: created.id,
      input: { location: 'New Delhi', participants: [{ actorId: String(host.id), role: 'HOST' }, { actorId: String(visitor.id), role: 'VISITOR' }] },
    }));
    const event = dataOf(await t.execute(EVENT, { id: created.id })).event;
    expect(event).toMatchObject({ createdBy: 'alice', updatedBy: 'bob' });
    const history = event.history as Version[];
    expect(history.map((v) => [v.operation, v.changedBy])).toEqual([['CREATE', 'alice'], ['UPDATE', 'bob']]);
    expect(history[1]!.changedFields.sort()).toEqual(['location', 'participants']);
    expect(history[0]!.data.participants).toEqual([{ actorId: host.id, role: 'HOST' }]);
    expect(history[1]!.data.participants).toHaveLength(2);
  });

  it('answers an empty history for an id that never existed, and BAD_USER_INPUT for a bad id', async () => {
    expect(dataOf(await t.execute(`{ recordHistory(entity: EVENT, id: "999999999") { version } }`)).recordHistory).toEqual([]);
    expect(errorOf(await t.execute(`{ recordHistory(entity: EVENT, id: "x") { version } }`)).code).toBe('BAD_USER_INPUT');
  });
});

describe('history of actors, affiliations, sources and arms transfers', () => {
  it('keeps each committed state of every entity, an actor with its aliases', async () => {
    const actor = await buildActor(t.services, { aliases: [unique('Alias')] });
    const organisation = await buildActor(t.services, { kind: 'ORGANISATION' });
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!, $a: String!) { updateActor(id: $id, input: { aliases: [$a] }) { id } }`, { id: String(actor.id), a: unique('Other') }));
    const affiliation = await t.services.actors.createAffiliation({ memberId: String(actor.id), organisationId: String(organisation.id), role: 'member' }, 'curator');
    const source = await buildSource(t.services);
    const transfer = await buildArmsTransfer(t.services, { supplierId: String(actor.id), recipientId: String(organisation.id) });
    const answer = dataOf(await t.executeAs<Record<string, { history: Version[] }>>(admin('reader'), `query($a: ID!, $f: ID!, $s: ID!, $x: ID!) {
      actor(id: $a) { ${HISTORY_FIELDS} } affiliation(id: $f) { ${HISTORY_FIELDS} } source(id: $s) { ${HISTORY_FIELDS} } armsTransfer(id: $x) { ${HISTORY_FIELDS} } }`,
    { a: String(actor.id), f: String(affiliation.id), s: String(source.id), x: String(transfer.id) }));
    expect(answer.actor!.history.map(({ version, operation, changedBy, changedFields }) => ({ version, operation, changedBy, changedFields }))).toEqual([
      { version: 1, operation: 'CREATE', changedBy: 'test-admin', changedFields: expect.arrayContaining(['name', 'aliases']) },
      { version: 2, operation: 'UPDATE', changedBy: 'curator', changedFields: ['aliases'] },
    ]);
    expect(answer.affiliation!.history).toEqual([expect.objectContaining({ version: 1, operation: 'CREATE', data: expect.objectContaining({ role: 'member' }) })]);
    expect(answer.source!.history).toEqual([expect.objectContaining({ version: 1, operation: 'CREATE', data: expect.objectContaining({ title: source.title }) })]);
    expect(answer.armsTransfer!.history).toEqual([expect.objectContaining({ version: 1, operation: 'CREATE', data: expect.objectContaining({ supplierId: actor.id }) })]);
  });

  it('snapshots a row of a statement-versioned table exactly as dossier_row_snapshot does, every column but the unversioned', async () => {
    // The trigger's snapshot is built from the catalog (one jsonb_build_object per statement): it must equal the
    // row's own snapshot (the history's reading of a live row), or an unchanged row would get a version.
    const source = await buildSource(t.services);
    const transfer = await buildArmsTransfer(t.services);
    const member = await buildActor(t.services);
    const affiliation = await t.services.actors.createAffiliation({ memberId: String(member.id), organisationId: String((await buildActor(t.services, { kind: 'ORGANISATION' })).id), role: 'envoy', startDate: '2020-01-01' }, 'curator');
    for (const [table, id] of [['source', source.id], ['arms_transfer', transfer.id], ['affiliation', affiliation.id]] as const) {
      // A change of a stamp only: the first change writes the row's CREATE from its state, and no UPDATE.
      await t.db.query(`/* testTouchRow */ UPDATE ${table} SET updated_at = now() WHERE id = $1`, [Number(id)]);
      const rows = await t.db.query<{ operation: string; same: boolean }>(
        `/* testSnapshotSame */ SELECT v.operation::text AS operation, v.data = dossier_row_snapshot(to_jsonb(r)) AS same
         FROM ${table} r JOIN record_version v ON v.entity = $1 AND v.record_id = r.id WHERE r.id = $2 ORDER BY v.version`,
        [table, Number(id)],
      );
      expect({ table, rows }).toEqual({ table, rows: [{ operation: 'CREATE', same: true }] });
    }
  });

  it('keeps no version of a new transfer until it changes, then its creation and each change, its deletion and its restore', async () => {
    const transfer = await buildArmsTransfer(t.services);
    const id = Number(transfer.id);
    const stored = () => t.db.query<{ count: number }>(`/* testStoredVersions */ SELECT count(*)::int AS count FROM record_version WHERE entity = 'arms_transfer' AND record_id = $1`, [id]);
    const history = async () => dataOf(await t.execute<{ armsTransfer: { history: Version[] } }>(`query($id: ID!) { armsTransfer(id: $id) { ${HISTORY_FIELDS} } }`, { id: String(id) })).armsTransfer.history;
    expect(await stored()).toEqual([{ count: 0 }]);
    const [created] = await history();
    expect(created).toMatchObject({ version: 1, operation: 'CREATE', changedBy: 'test-admin', data: expect.objectContaining({ tivDelivered: transfer.tivDelivered }) });

    await t.db.transaction((session) => session.query(`/* testChangeTransfer */ UPDATE arms_transfer SET tiv_delivered = tiv_delivered + 1 WHERE id = $1`, [id]), { author: 'curator' });
    const changed = await history();
    expect(changed.map(({ version, operation, changedBy, changedFields }) => ({ version, operation, changedBy, changedFields }))).toEqual([
      { version: 1, operation: 'CREATE', changedBy: 'test-admin', changedFields: expect.arrayContaining(['tivDelivered']) },
      { version: 2, operation: 'UPDATE', changedBy: 'curator', changedFields: ['tivDelivered'] },
    ]);
    // The creation kept is the one read before the change, stamps and all.
    expect(changed[0]).toEqual(created);

    await t.db.transaction((session) => session.query(`/* testDeleteTransfer */ DELETE FROM arms_transfer WHERE id = $1`, [id]), { author: 'curator' });
    dataOf(await t.executeAs(admin('restorer'), `mutation($id: ID!) { restoreRecord(entity: ARMS_TRANSFER, id: $id) { __typename } }`, { id: String(id) }));
    const restored = await history();
    expect(restored.map(({ version, operation, changedBy }) => `${version} ${operation} ${changedBy}`)).toEqual(['1 CREATE test-admin', '2 UPDATE curator', '3 DELETE curator', '4 CREATE restorer']);
    expect(restored[3]!.data).toEqual(restored[1]!.data);
  });
});

describe('one version per record and writing transaction', () => {
  // The record's triggers and its lists' all fire at commit: the first versions the record's final state, the others
  // find that version and stop; a list row of a record whose own row the transaction wrote queues nothing.
  const versions = (entity: string, id: number) => t.db.query<{ version: number; operation: string; data: Record<string, any> }>(
    `/* testVersionsOf */ SELECT version, operation::text AS operation, data FROM record_version WHERE entity = $1 AND record_id = $2 ORDER BY version`,
    [entity, id],
  );
  const aliasesOf = (version: { data: Record<string, any> }) => (version.data.aliases as { alias: string }[]).map((alias) => alias.alias);

  it('versions an actor created with its names once, with every name and the last change of each', async () => {
    const name = unique('Once');
    const id = await t.db.transaction(async (session) => {
      const [actor] = await session.query<{ id: number }>(`/* testInsertActor */ INSERT INTO actor (kind, name, name_key, updated_at) VALUES ('STATE', $1, lower($1), now()) RETURNING id`, [name]);
      await session.query(`/* testInsertAliases */ INSERT INTO actor_alias (actor_id, alias, alias_key) SELECT $1, a, lower(a) FROM unnest($2::text[]) a`, [actor!.id, [`${name} one`, `${name} two`]]);
      await session.query(`/* testRankAlias */ UPDATE actor_alias SET rank = 'PREFERRED' WHERE alias = $1`, [`${name} two`]);
      await session.query(`/* testDescribeActor */ UPDATE actor SET description = 'described' WHERE id = $1`, [actor!.id]);
      return actor!.id;
    }, { author: 'curator' });
    const stored = await versions('actor', id);
    expect(stored.map(({ version, operation }) => `${version} ${operation}`)).toEqual(['1 CREATE']);
    expect(aliasesOf(stored[0]!)).toEqual([`${name} one`, `${name} two`]);
    expect(stored[0]!.data).toMatchObject({ description: 'described', aliases: [expect.objectContaining({ rank: 'NORMAL' }), expect.objectContaining({ rank: 'PREFERRED' })] });
  });

  it('versions a change of an actor\'s names alone (its row untouched) once, and a change of its row and names once', async () => {
    const actor = await buildActor(t.services, { aliases: [unique('Kept'), unique('Dropped')] });
    const [kept, dropped] = (await versions('actor', actor.id))[0]!.data.aliases.map((alias: { alias: string }) => alias.alias) as string[];
    await t.db.transaction(async (session) => {
      await session.query(`/* testDropAlias */ DELETE FROM actor_alias WHERE alias = $1`, [dropped]);
      await session.query(`/* testAddAliases */ INSERT INTO actor_alias (actor_id, alias, alias_key) SELECT $1, a, lower(a) FROM unnest($2::text[]) a`, [actor.id, ['Added one', 'Added two'].map(unique)]);
    }, { author: 'curator' });
    await t.db.transaction(async (session) => {
      await session.query(`/* testDescribeActor */ UPDATE actor SET description = 'changed' WHERE id = $1`, [actor.id]);
      await session.query(`/* testDropAlias */ DELETE FROM actor_alias WHERE alias = $1`, [kept]);
    }, { author: 'curator' });
    const stored = await versions('actor', actor.id);
    expect(stored.map(({ version, operation }) => `${version} ${operation}`)).toEqual(['1 CREATE', '2 UPDATE', '3 UPDATE']);
    expect(aliasesOf(stored[1]!)).toEqual([kept, expect.stringMatching(/^Added one/), expect.stringMatching(/^Added two/)]);
    expect(aliasesOf(stored[2]!)).toEqual([expect.stringMatching(/^Added one/), expect.stringMatching(/^Added two/)]);
    expect(stored[2]!.data.description).toBe('changed');
  });

  it('keeps no version of an actor created and deleted in one transaction, and one DELETE of an actor changed and deleted', async () => {
    const created = await t.db.transaction(async (session) => {
      const [actor] = await session.query<{ id: number }>(`/* testInsertActor */ INSERT INTO actor (kind, name, name_key, updated_at) VALUES ('STATE', $1, lower($1), now()) RETURNING id`, [unique('Gone')]);
      await session.query(`/* testInsertAliases */ INSERT INTO actor_alias (actor_id, alias, alias_key) VALUES ($1, $2, lower($2))`, [actor!.id, unique('Gone alias')]);
      await session.query(`/* testDeleteActor */ DELETE FROM actor WHERE id = $1`, [actor!.id]);
      return actor!.id;
    });
    expect(await versions('actor', created)).toEqual([]);
    const actor = await buildActor(t.services, { aliases: [unique('Alias')] });
    await t.db.transaction(async (session) => {
      await session.query(`/* testDescribeActor */ UPDATE actor SET description = 'last words' WHERE id = $1`, [actor.id]);
      await session.query(`/* testDeleteActor */ DELETE FROM actor WHERE id = $1`, [actor.id]);
    }, { author: 'curator' });
    const stored = await versions('actor', actor.id);
    expect(stored.map(({ version, operation }) => `${version} ${operation}`)).toEqual(['1 CREATE', '2 DELETE']);
    expect(stored[1]!.data).toEqual(stored[0]!.data);
  });

  it('versions a claim created with its actors and citations once, and a citation added later once', async () => {
    const source = await buildSource(t.services);
    const [subject, object] = [await buildActor(t.services), await buildActor(t.services)];
    const claim = await buildClaim(t.services, {
      about: [{ actorId: String(subject.id), role: 'SUBJECT' }, { actorId: String(object.id), role: 'OBJECT' }],
      citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India.', stance: 'SUPPORTS' }],
    });
    await t.db.transaction((session) => session.query(
      `/* testAddCitation */ INSERT INTO citation (claim_id, source_id, quote, stance) VALUES ($1, $2, 'Oil imports from Moscow fell.', 'MENTIONS')`,
      [claim.id, source.id],
    ), { author: 'curator' });
    const stored = await versions('claim', claim.id);
    expect(stored.map(({ version, operation }) => `${version} ${operation}`)).toEqual(['1 CREATE', '2 UPDATE']);
    expect(stored[0]!.data.about).toHaveLength(2);
    expect(stored[0]!.data.citations).toHaveLength(1);
    expect(stored[1]!.data.citations).toHaveLength(2);
  });

  it('logs a record inserted again under its id in the transaction that deleted it as one change', async () => {
    // New ids are logged by a plain INSERT; an id this transaction has logged already goes through the upsert.
    const transfer = await buildArmsTransfer(t.services);
    const xid = await t.db.transaction(async (session) => {
      const [row] = await session.query<{ row: Record<string, unknown> }>(`/* testDeleteTransfer */ DELETE FROM arms_transfer WHERE id = $1 RETURNING to_jsonb(arms_transfer) AS row`, [transfer.id]);
      await session.query(`/* testReinsertTransfer */ SELECT dossier_restore_row('arms_transfer', $1::jsonb)`, [row!.row]);
      const [current] = await session.query<{ xid: string }>(`/* testXid */ SELECT pg_current_xact_id()::text AS xid`);
      return current!.xid;
    }, { author: 'curator' });
    expect(await t.db.query(`/* testLoggedOnce */ SELECT operation FROM change_log WHERE entity = 'arms_transfer' AND record_id = $1 AND xid = $2::xid8`, [transfer.id, xid])).toEqual([
      { operation: 'UPDATE' },
    ]);
  });
});

describe('restoreRecord', () => {
  const RESTORE = `mutation($entity: VersionedEntity!, $id: ID!) { restoreRecord(entity: $entity, id: $id) {
    __typename ... on Event { id title participants { actor { id } role } } ... on Actor { id name aliases }
    ... on Claim { id statement citations { quote source { id } } about { actor { id } } } } }`;

  it('brings a deleted event back with its id and participants, its history going on, and the change feed telling copies', async () => {
    const host = await buildActor(t.services);
    const event = await buildEvent(t.services, { participants: [{ actorId: String(host.id), role: 'HOST' }] });
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: String(event.id) }));
    const restored = dataOf(await t.executeAs<{ restoreRecord: Record<string, any> }>(admin('curator'), RESTORE, { entity: 'EVENT', id: String(event.id) })).restoreRecord;
    expect(restored).toEqual({ __typename: 'Event', id: String(event.id), title: event.title, participants: [{ actor: { id: String(host.id) }, role: 'HOST' }] });
    const history = dataOf(await t.execute<{ event: { history: Version[] } }>(EVENT, { id: String(event.id) })).event.history;
    expect(history.map(({ version, operation }) => `${version} ${operation}`)).toEqual(['1 CREATE', '2 DELETE', '3 CREATE']);
    expect(history[2]!.data).toEqual(history[0]!.data);
    const changes = dataOf(await t.execute<{ changes: { changes: { recordId: string; operation: string }[] } }>(`{ changes(entities: [EVENT], first: 1000) { changes { recordId operation } } }`)).changes.changes;
    expect(changes.filter((change) => change.recordId === String(event.id)).map((change) => change.operation).slice(-2)).toEqual(['DELETE', 'CREATE']);
  });

  it('brings back an actor with its aliases and a claim with its citations', async () => {
    const alias = unique('Restored Alias');
    const actor = await buildActor(t.services, { aliases: [alias] });
    const source = await buildSource(t.services, { text: 'Russia supplies fighter jets to India, officials said.' });
    const claim = await buildClaim(t.services, { asserterId: String(actor.id), about: [{ actorId: String(actor.id) }], citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }] });
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteClaim(id: $id) { id } }`, { id: String(claim.id) }));
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: String(actor.id) }));
    expect(dataOf(await t.executeAs<{ restoreRecord: Record<string, any> }>(admin('curator'), RESTORE, { entity: 'ACTOR', id: String(actor.id) })).restoreRecord)
      .toEqual({ __typename: 'Actor', id: String(actor.id), name: actor.name, aliases: [alias] });
    expect(dataOf(await t.executeAs<{ restoreRecord: Record<string, any> }>(admin('curator'), RESTORE, { entity: 'CLAIM', id: String(claim.id) })).restoreRecord).toEqual({
      __typename: 'Claim', id: String(claim.id), statement: claim.statement,
      citations: [{ quote: 'Russia supplies fighter jets to India', source: { id: String(source.id) } }], about: [{ actor: { id: String(actor.id) } }],
    });
    // The actor answers to its name again.
    expect(dataOf(await t.execute<{ actor: { id: string } }>(`query($n: String!) { actor(name: $n) { id } }`, { n: alias })).actor.id).toBe(String(actor.id));
  });

  it('refuses with CONFLICT a record not deleted, a name taken since, and a reference deleted since, writing nothing', async () => {
    const kept = await buildActor(t.services);
    expect(errorOf(await t.executeAs(admin('curator'), RESTORE, { entity: 'ACTOR', id: String(kept.id) }))).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const name = unique('Taken');
    const gone = await buildActor(t.services, { name });
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: String(gone.id) }));
    await buildActor(t.services, { name });
    const taken = errorOf(await t.executeAs(admin('curator'), RESTORE, { entity: 'ACTOR', id: String(gone.id) }));
    expect(taken).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(taken.message).toMatch(/clashes/);

    const host = await buildActor(t.services);
    const event = await buildEvent(t.services, { participants: [{ actorId: String(host.id), role: 'HOST' }] });
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: String(event.id) }));
    dataOf(await t.executeAs(admin('curator'), `mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: String(host.id) }));
    const orphan = errorOf(await t.executeAs(admin('curator'), RESTORE, { entity: 'EVENT', id: String(event.id) }));
    expect(orphan).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(orphan.message).toMatch(/refers to a record deleted since/);
    // Nothing half-written: the event is still gone.
    expect(dataOf(await t.execute<{ event: unknown }>(`query($id: ID!) { event(id: $id) { id } }`, { id: String(event.id) })).event).toBeNull();

    expect(errorOf(await t.executeAs(editor('someone'), RESTORE, { entity: 'EVENT', id: String(event.id) }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.executeAs(admin('curator'), RESTORE, { entity: 'EVENT', id: '999999' }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
