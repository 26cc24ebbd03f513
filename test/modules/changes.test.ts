// The change feed: every write leaves one change per record and transaction with the right operation, read through
// `changes`, /changes.ndjson, graphql-ws and graphql-sse subscriptions; a copy built from the NDJSON feed equals the lists; an
// expired cursor is an error naming the oldest one served.
import { EventSource } from 'eventsource';
import { createClient, type Client } from 'graphql-ws';
import { createClient as createSseClient, type Client as SseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { buildActor, buildClaim, buildEvent, buildSource, TEST_AUTHOR, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await createTestServer();
  base = await t.server.listen(0, '127.0.0.1');
});
afterAll(() => t.close());

const CHANGES = `query($after: String, $entities: [ChangeEntity!], $first: Int) {
  changes(after: $after, entities: $entities, first: $first) {
    cursor hasMore horizon retentionDays
    changes { cursor entity recordId operation fields mergedInto changedBy record { __typename ... on Actor { name } ... on Claim { statement } } }
  }
}`;

interface Change {
  cursor: string;
  entity: string;
  recordId: string;
  operation: string;
  fields: string[] | null;
  mergedInto: string | null;
  changedBy: string | null;
  record: { __typename: string; name?: string; statement?: string } | null;
}
interface ChangePage {
  cursor: string | null;
  hasMore: boolean;
  horizon: string | null;
  retentionDays: number;
  changes: Change[];
}

/** Everything after a cursor, page by page. */
async function changesAfter(after: string | null, entities?: string[]): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = dataOf(await t.execute<{ changes: ChangePage }>(CHANGES, { after: cursor, entities, first: 1000 })).changes;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

/** The cursor at the end of the log now. */
const now = async () => (await changesAfter(null)).cursor;

describe('the change log', () => {
  it('logs a create, an update and a delete once each, with the fields changed and who changed them', async () => {
    const start = await now();
    const created = dataOf(await t.execute<{ createActor: { id: string } }>(`mutation($name: String!) { createActor(input: { name: $name, kind: STATE, aliases: ["Old Name"] }) { id } }`, { name: unique('Freedonia') })).createActor;
    dataOf(await t.execute(`mutation($id: ID!) { updateActor(id: $id, input: { description: "A state", aliases: ["New Name"] }) { id } }`, { id: created.id }));
    const afterUpdate = await changesAfter(start);
    dataOf(await t.execute(`mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: created.id }));
    const all = await changesAfter(start);

    const mine = all.changes.filter((change) => change.recordId === created.id && change.entity === 'ACTOR');
    expect(mine.map(({ operation, fields, changedBy }) => ({ operation, fields, changedBy }))).toEqual([
      { operation: 'CREATE', fields: null, changedBy: TEST_AUTHOR },
      { operation: 'UPDATE', fields: ['aliases', 'description'], changedBy: TEST_AUTHOR },
      { operation: 'DELETE', fields: null, changedBy: TEST_AUTHOR },
    ]);
    // The record as it is now: gone after the deletion, its name before.
    expect(mine.every((change) => change.record === null)).toBe(true);
    expect(afterUpdate.changes.find((change) => change.recordId === created.id && change.operation === 'UPDATE')?.record).toEqual(expect.objectContaining({ __typename: 'Actor' }));
    // Each cursor once, in order.
    expect(new Set(all.changes.map((change) => change.cursor)).size).toBe(all.changes.length);
  });

  it('folds a record and its lists written in one transaction into one change (a claim with citations and actors)', async () => {
    const start = await now();
    const actor = await buildActor(t.services);
    const source = await buildSource(t.services, { text: 'Russia supplies fighter jets to India, officials said.' });
    const claim = await buildClaim(t.services, { asserterId: String(actor.id), about: [{ actorId: String(actor.id) }], citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }] });
    const { changes } = await changesAfter(start, ['CLAIM']);
    expect(changes.map(({ entity, recordId, operation }) => ({ entity, recordId, operation }))).toEqual([{ entity: 'CLAIM', recordId: String(claim.id), operation: 'CREATE' }]);
    expect(changes[0]!.record).toEqual({ __typename: 'Claim', statement: claim.statement });
  });

  it('logs a merge as MERGE of the merged actor, pointing at the survivor, and the undo as UNMERGE', async () => {
    const canonical = await buildActor(t.services);
    const duplicate = await buildActor(t.services);
    const start = await now();
    dataOf(await t.execute(`mutation($c: ID!, $d: [ID!]!) { mergeActors(canonical: $c, duplicates: $d) { canonical { id } } }`, { c: String(canonical.id), d: [String(duplicate.id)] }));
    dataOf(await t.execute(`mutation($d: ID!) { unmergeActor(merged: $d) { id } }`, { d: String(duplicate.id) }));
    const { changes } = await changesAfter(start, ['ACTOR']);
    const ofDuplicate = changes.filter((change) => change.recordId === String(duplicate.id));
    expect(ofDuplicate.map(({ operation, mergedInto }) => ({ operation, mergedInto }))).toEqual([
      { operation: 'MERGE', mergedInto: String(canonical.id) },
      { operation: 'UNMERGE', mergedInto: String(canonical.id) },
    ]);
    expect(ofDuplicate[1]!.record).toEqual({ __typename: 'Actor', name: duplicate.name });
  });

  it('hides who changed what from anonymous readers', async () => {
    const start = await now();
    await buildEvent(t.services);
    const page = dataOf(await t.executeAs<{ changes: ChangePage }>(null, CHANGES, { after: start })).changes;
    expect(page.changes.length).toBeGreaterThan(0);
    expect(page.changes.every((change) => change.changedBy === null)).toBe(true);
  });

  it('refuses a malformed cursor, and an expired one with CURSOR_EXPIRED naming the oldest cursor served', async () => {
    expect(errorOf(await t.execute(CHANGES, { after: 'yesterday' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await t.execute(CHANGES, { first: 5000 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const first = dataOf(await t.execute<{ changes: ChangePage }>(CHANGES, { first: 1 })).changes.changes[0]!;
    await buildActor(t.services);
    // Everything written so far is past a retention that ends a minute from now.
    await t.services.changes.prune(new Date(Date.now() + 60_000 + t.services.changes.retentionDays * 86_400_000));
    const expired = errorOf(await t.execute(CHANGES, { after: first.cursor }));
    const horizon = dataOf(await t.execute<{ changes: ChangePage }>(CHANGES, {})).changes.horizon;
    expect(expired).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after', extensions: { oldestCursor: horizon } });
    expect(horizon).not.toBeNull();
    // From the horizon on, the feed goes on.
    const actor = await buildActor(t.services);
    expect((await changesAfter(horizon)).changes.map((change) => change.recordId)).toContain(String(actor.id));
  });
});

describe('/changes.ndjson', () => {
  it('streams deltas that rebuild the actors, events, sources and claims lists exactly, deletions and merges included', async () => {
    // A database of its own: the copy is built from the log's start.
    const u = await createTestServer();
    try {
      const url = await u.server.listen(0, '127.0.0.1');
      const actors = await Promise.all([1, 2, 3, 4].map(() => buildActor(u.services)));
      const source = await buildSource(u.services, { text: 'Russia supplies fighter jets to India, officials said.' });
      await buildEvent(u.services, { participants: [{ actorId: String(actors[0]!.id), role: 'HOST' }] });
      const doomed = await buildEvent(u.services);
      await buildClaim(u.services, { asserterId: String(actors[1]!.id), citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India', stance: 'SUPPORTS' }] });
      await u.services.actors.update(String(actors[2]!.id), { description: 'renamed later' }, TEST_AUTHOR);
      dataOf(await u.execute(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: String(doomed.id) }));
      dataOf(await u.execute(`mutation($c: ID!, $d: [ID!]!) { mergeActors(canonical: $c, duplicates: $d) { canonical { id } } }`, { c: String(actors[2]!.id), d: [String(actors[3]!.id)] }));

      const response = await fetch(`${url}/changes.ndjson`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { op: string; cursor: string; entity: Record<string, unknown> & { id: number; schema: string } });
      expect(new Set(lines.map((line) => line.cursor)).size).toBe(lines.length);
      // Anonymous: no authors in the records.
      expect(lines.some((line) => 'createdBy' in line.entity || 'changedBy' in line)).toBe(false);

      const copy = new Map<string, Record<string, unknown>>();
      for (const { op, entity } of lines) {
        const id = `${entity.schema}:${entity.id}`;
        if (op === 'DEL') copy.delete(id);
        else copy.set(id, entity);
      }
      const inCopy = (schema: string, field: string) => [...copy.values()].filter((record) => record.schema === schema).map((record) => `${record.id} ${record[field]}`).sort();
      const lists = dataOf(await u.execute<Record<string, { nodes: Record<string, string>[] }>>(`{
        actors(first: 500) { nodes { id name } } events(first: 500) { nodes { id title } }
        sources(first: 500) { nodes { id title } } claims(first: 500) { nodes { id statement } } }`));
      const listed = (list: string, field: string) => lists[list]!.nodes.map((node) => `${node.id} ${node[field]}`).sort();
      expect(inCopy('Actor', 'name')).toEqual(listed('actors', 'name'));
      expect(inCopy('Event', 'title')).toEqual(listed('events', 'title'));
      expect(inCopy('Source', 'title')).toEqual(listed('sources', 'title'));
      expect(inCopy('Claim', 'statement')).toEqual(listed('claims', 'statement'));
      // The merge: a deletion of the merged actor naming the survivor; its creation, gone since, carries no record either.
      const ofMerged = lines.filter((line) => line.entity.id === actors[3]!.id && line.entity.schema === 'Actor');
      expect(ofMerged).toEqual([
        expect.objectContaining({ op: 'DEL', operation: 'CREATE', entity: { id: actors[3]!.id, schema: 'Actor' } }),
        expect.objectContaining({ op: 'DEL', operation: 'MERGE', mergedInto: actors[2]!.id, entity: { id: actors[3]!.id, schema: 'Actor' } }),
      ]);
    } finally {
      await u.close();
    }
  });

  it('answers a bad cursor with 400 and its code, before streaming', async () => {
    const response = await fetch(`${base}/changes.ndjson?after=nonsense`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('the live feed of an instance', () => {
  it('reads nothing of a bulk write while nobody subscribes, and a subscriber from now on gets only what follows', async () => {
    const u = await createTestServer();
    try {
      // The feed starts with its first subscriber, who leaves.
      const first = await u.services.changes.subscribe(null, ['ACTOR']);
      void first.next();
      await first.return?.();
      const statements = await recordStatements(u.db, async () => {
        await u.db.query(`/* testBulkActors */ INSERT INTO actor (kind, name, name_key, updated_at) SELECT 'STATE', 'Bulk ' || g, 'bulk ' || g, now() FROM generate_series(1, 3000) g`);
        // A NOTIFY, or at worst the poll, wakes the feed meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      });
      expect(statements.filter((sql) => sql.includes('/* readChanges */'))).toEqual([]);
      expect(statements.some((sql) => sql.includes('/* changeLogEnd */'))).toBe(true);
      // The latest first, by the log's order (not by the cursor's text, where 999 sorts after 3000).
      const [last] = await u.db.query<{ cursor: string }>(`/* testLastChange */ SELECT xid::text || '-' || seq::text AS cursor FROM change_log ORDER BY change_log.xid DESC, change_log.seq DESC LIMIT 1`);
      const recent = await u.services.changes.recent(['ACTOR'], 3);
      expect(recent.cursor).toBe(last!.cursor);
      expect(recent.changes.map((change) => change.cursor.seq)).toEqual([...recent.changes.map((change) => change.cursor.seq)].sort((a, b) => (a > b ? -1 : 1)));
      expect(`${recent.changes[0]!.cursor.xid}-${recent.changes[0]!.cursor.seq}`).toBe(last!.cursor);

      const live = await u.services.changes.subscribe(null, ['ACTOR']);
      const next = live.next();
      const actor = await buildActor(u.services);
      expect((await next).value).toMatchObject({ entity: 'actor', recordId: actor.id, operation: 'CREATE' });
      await live.return?.();
    } finally {
      await u.close();
    }
  });
});

describe('the changes subscription', () => {
  let client: Client;
  afterEach(async () => {
    await client?.dispose();
  });

  it('delivers each change as it commits to a graphql-ws client, and resumes from a cursor without a gap', async () => {
    client = createClient({ url: base.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
    const received: Change[] = [];
    const iterator = client.iterate<{ changes: Change }>({ query: 'subscription { changes(entities: [ACTOR]) { cursor entity recordId operation record { ... on Actor { name } } } }' });
    const next = async () => {
      const result = await iterator.next();
      if (result.done) throw new Error('the subscription ended');
      if (result.value.errors) throw new Error(JSON.stringify(result.value.errors));
      received.push(result.value.data!.changes);
      return result.value.data!.changes;
    };
    // The subscription starts from now: wait until the server has it, then write.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const actor = await buildActor(t.services);
    expect(await next()).toMatchObject({ entity: 'ACTOR', recordId: String(actor.id), operation: 'CREATE', record: { name: actor.name } });
    await iterator.return?.();

    // Offline, two more changes; a reconnecting client passes its last cursor and gets exactly those.
    const second = await buildActor(t.services);
    await t.services.actors.update(String(second.id), { description: 'changed while away' }, TEST_AUTHOR);
    const resumed = client.iterate<{ changes: Change }>({ query: 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { cursor recordId operation } }', variables: { after: received[0]!.cursor } });
    const got: Change[] = [];
    for await (const result of resumed) {
      got.push(result.data!.changes);
      if (got.length === 2) break;
    }
    expect(got.map(({ recordId, operation }) => ({ recordId, operation }))).toEqual([
      { recordId: String(second.id), operation: 'CREATE' },
      { recordId: String(second.id), operation: 'UPDATE' },
    ]);
  });
});

describe('/changes.events (Server-Sent Events)', () => {
  /** The next `count` change events of an EventSource. */
  function events(source: EventSource, count: number): Promise<MessageEvent[]> {
    return new Promise((resolve, reject) => {
      const got: MessageEvent[] = [];
      source.addEventListener('change', (event) => {
        got.push(event);
        if (got.length === count) resolve(got);
      });
      source.onerror = (error) => reject(new Error(`EventSource failed: ${error.message ?? error.code}`));
    });
  }

  it('streams changes live to an EventSource, each with its cursor as the event id, and resumes from that id', async () => {
    const start = await now();
    const source = new EventSource(`${base}/changes.events?after=${start}&entities=ACTOR`);
    // Listening before the write: an event that arrives while the write's promise settles is not dispatched twice.
    const arrived = events(source, 1);
    const first = await buildActor(t.services);
    const [event] = await arrived;
    source.close();
    const line = JSON.parse(event!.data);
    expect(line).toMatchObject({ op: 'ADD', operation: 'CREATE', cursor: event!.lastEventId, entity: { id: first.id, schema: 'Actor', name: first.name } });

    // What a reconnecting EventSource sends: the last id it received, as Last-Event-ID.
    const second = await buildActor(t.services);
    const resumed = new EventSource(`${base}/changes.events?entities=ACTOR`, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Last-Event-ID': event!.lastEventId } }),
    });
    const [next] = await events(resumed, 1);
    resumed.close();
    expect(JSON.parse(next!.data)).toMatchObject({ op: 'ADD', entity: { id: second.id, name: second.name } });
  });

  it('refuses a bad cursor with 400 before streaming', async () => {
    const response = await fetch(`${base}/changes.events?after=nonsense`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});


describe('the changes subscription over Server-Sent Events (graphql-sse)', () => {
  const SUBSCRIPTION = 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { cursor recordId operation record { ... on Actor { name } } } }';

  /** The next `count` changes of a graphql-sse client's subscription. */
  async function take(client: SseClient, after: string, count: number): Promise<Change[]> {
    const got: Change[] = [];
    for await (const result of client.iterate<{ changes: Change }>({ query: SUBSCRIPTION, variables: { after } })) {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      got.push(result.data!.changes);
      if (got.length === count) break;
    }
    return got;
  }

  it('delivers changes to graphql-sse\'s client on /graphql/stream, and resumes from a cursor without a gap', async () => {
    const client = createSseClient({ url: `${base}/graphql/stream`, retryAttempts: 0 });
    try {
      const start = await now();
      const first = await buildActor(t.services);
      const [change] = await take(client, start!, 1);
      expect(change).toMatchObject({ recordId: String(first.id), operation: 'CREATE', record: { name: first.name } });

      const second = await buildActor(t.services);
      await t.services.actors.update(String(second.id), { description: 'changed while away' }, TEST_AUTHOR);
      expect((await take(client, change!.cursor, 2)).map(({ recordId, operation }) => ({ recordId, operation }))).toEqual([
        { recordId: String(second.id), operation: 'CREATE' },
        { recordId: String(second.id), operation: 'UPDATE' },
      ]);
    } finally {
      client.dispose();
    }
  });

  it('answers an invalid subscription with 400 and its errors, as a query', async () => {
    const response = await fetch(`${base}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { changes { nonsense } }' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/nonsense/);
  });
});
