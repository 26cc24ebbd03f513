// Query.timeline: one date-ordered stream of what concerns an actor, each item linking to its record, dates of mixed
// precision in a total order, a cursor that neither skips nor repeats, and its arguments checked at the boundary.
import { RequestBatches } from '../../src/shared/batches';
import { buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, TEST_AUTHOR, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let actorName: string;
let mergedName: string;
let buyerName: string;
let organisationName: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestServer();
  actorName = unique('Timeline State');
  const actor = await buildActor(t.services, { name: actorName });
  const organisation = await buildActor(t.services, { kind: 'ORGANISATION', name: unique('Timeline Alliance') });
  const [buyer, seller] = [await buildActor(t.services), await buildActor(t.services)];
  [buyerName, organisationName] = [buyer.name, organisation.name];
  const id = String(actor.id);
  ids.actor = id;
  // A year-precision event and a day-precision one on the year's first day: the year sorts first.
  ids.yearEvent = String((await buildEvent(t.services, { title: 'Summit of the year', startDate: '2014-01-01', startPrecision: 'YEAR', participants: [{ actorId: id, role: 'HOST' }] })).id);
  ids.dayEvent = String((await buildEvent(t.services, { title: 'New Year talks', startDate: '2014-01-01', participants: [{ actorId: id, role: 'VISITOR' }, { actorId: id, role: 'INITIATOR' }, { actorId: String(buyer.id), role: 'HOST' }] })).id);
  ids.affiliation = String((await t.services.actors.createAffiliation({ memberId: id, organisationId: String(organisation.id), role: 'member', startDate: '2014-03-01', endDate: '2018-05-31' }, TEST_AUTHOR)).id);
  ids.claim = String((await buildClaim(t.services, { statement: 'The state rearms.', about: [{ actorId: id, role: 'SUBJECT' }], validFrom: '2016-01-01' })).id);
  await buildClaim(t.services, { statement: 'A claim valid whenever.', about: [{ actorId: id, role: 'SUBJECT' }] });
  const dataset = String((await buildSource(t.services, { kind: 'DATASET', text: null, url: `https://example.org/${unique('timeline').replace(' ', '-')}` })).id);
  for (const [supplierId, recipientId, tiv] of [[id, String(buyer.id), 10.25], [id, String(buyer.id), 5.5], [String(seller.id), id, 7]] as const) {
    await buildArmsTransfer(t.services, { supplierId, recipientId, sourceId: dataset, deliveryYear: 2015, tivDelivered: tiv });
  }
  ids.source = String((await buildSource(t.services, { title: 'Profile of the state', text: `${actorName} rearms, officials said.`, publishedAt: '2017-05-05' })).id);
  // An actor merged into this one: a MERGE item today, and its old name still finds the timeline.
  mergedName = unique('Timeline Duplicate');
  const duplicate = await buildActor(t.services, { name: mergedName });
  await t.services.merges.merge(new RequestBatches(), { canonical: id, duplicates: [String(duplicate.id)] }, TEST_AUTHOR);
});
afterAll(() => t.close());

const TIMELINE = `query($actor: String!, $with: String, $from: Date, $to: Date, $kinds: [TimelineKind!], $first: Int, $after: String, $newestFirst: Boolean) {
  timeline(actor: $actor, with: $with, from: $from, to: $to, kinds: $kinds, first: $first, after: $after, newestFirst: $newestFirst) {
    actor { name }
    items { kind date precision title role cursor
      event { id title } affiliation { id role } claim { id statement } source { id title }
      armsDeliveries { year direction tiv deliveries partners attribution } merge { name canonical { name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  } }`;

interface Item { kind: string; date: string; title: string; cursor: string; [field: string]: any }

const timeline = async (variables: Record<string, unknown>) => dataOf(await t.execute(TIMELINE, { actor: actorName, ...variables })).timeline as {
  actor: { name: string }; items: Item[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};
const today = () => new Date().toISOString().slice(0, 10);

describe('an actor\'s timeline', () => {
  it('lists its events, affiliations, claims, arms deliveries, sources and merges in date order, a year before its first day', async () => {
    const { actor, items, pageInfo } = await timeline({});
    expect(actor.name).toBe(actorName);
    expect(items.map((item) => [item.kind, item.date])).toEqual([
      ['EVENT', '2014'],
      ['EVENT', '2014-01-01'],
      ['AFFILIATION_START', '2014-03-01'],
      ['ARMS_DELIVERIES', '2015'],
      ['ARMS_DELIVERIES', '2015'],
      ['CLAIM', '2016-01-01'],
      ['SOURCE', '2017-05-05'],
      ['AFFILIATION_END', '2018-05-31'],
      ['MERGE', today()],
    ]);
    expect(pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, endCursor: items.at(-1)!.cursor });
  });

  it('links each item to its record, with the figures of a year\'s deliveries and their credit', async () => {
    const { items } = await timeline({});
    const byKind = (kind: string) => items.filter((item) => item.kind === kind);
    expect(byKind('EVENT').map((item) => [item.event.id, item.title, item.role, item.precision])).toEqual([
      [ids.yearEvent, 'Summit of the year', 'HOST', 'YEAR'],
      [ids.dayEvent, 'New Year talks', 'INITIATOR, VISITOR', 'DAY'],
    ]);
    expect(byKind('AFFILIATION_START')[0]).toMatchObject({ affiliation: { id: ids.affiliation, role: 'member' }, title: expect.stringMatching(/^Timeline State .*, member of Timeline Alliance/) });
    expect(byKind('CLAIM')).toEqual([expect.objectContaining({ claim: { id: ids.claim, statement: 'The state rearms.' }, title: 'The state rearms.' })]);
    expect(byKind('SOURCE')).toEqual([expect.objectContaining({ source: { id: ids.source, title: 'Profile of the state' } })]);
    expect(byKind('ARMS_DELIVERIES').map((item) => [item.title, item.armsDeliveries])).toEqual([
      ['Received TIV 7 in 1 deliveries from 1 supplier', { year: 2015, direction: 'RECEIVED', tiv: 7, deliveries: 1, partners: 1, attribution: expect.stringContaining('SIPRI') }],
      ['Supplied TIV 15.75 in 2 deliveries to 1 recipient', { year: 2015, direction: 'SUPPLIED', tiv: 15.75, deliveries: 2, partners: 1, attribution: expect.stringContaining('SIPRI') }],
    ]);
    expect(byKind('MERGE')).toEqual([expect.objectContaining({ title: `${mergedName} merged into this actor`, merge: { name: mergedName, canonical: { name: actorName } } })]);
    for (const item of items) {
      const linked = ['event', 'affiliation', 'claim', 'source', 'armsDeliveries', 'merge'].filter((field) => item[field] !== null);
      expect({ kind: item.kind, linked: linked.length }).toEqual({ kind: item.kind, linked: 1 });
    }
  });

  it('is the survivor\'s for a merged actor\'s old name', async () => {
    const merged = dataOf(await t.execute(TIMELINE, { actor: mergedName, kinds: ['MERGE'] })).timeline;
    expect(merged.actor.name).toBe(actorName);
  });

  it('pages with a cursor that neither skips nor repeats an item, whatever the page size', async () => {
    const { items: all } = await timeline({});
    for (const first of [1, 2, 4]) {
      const read: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const { items, pageInfo } = await timeline({ first, after });
        read.push(...items.map((item) => item.cursor));
        if (!pageInfo.hasNextPage) break;
        expect(pageInfo.hasPreviousPage).toBe(page > 0 || after !== null);
        after = pageInfo.endCursor;
      }
      expect(read).toEqual(all.map((item) => item.cursor));
    }
  });

  it('reads newest first, the same items in exactly the reverse order, page by page', async () => {
    const { items: all } = await timeline({});
    const read: Item[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { items, pageInfo } = await timeline({ newestFirst: true, first: 2, after });
      read.push(...items);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(read.map((item) => [item.kind, item.date, item.title])).toEqual([...all].reverse().map((item) => [item.kind, item.date, item.title]));
  });

  it('keeps the kinds asked for, and the items reaching into from..to (a year counts to its end)', async () => {
    expect((await timeline({ kinds: ['CLAIM', 'SOURCE'] })).items.map((item) => item.kind)).toEqual(['CLAIM', 'SOURCE']);
    const spanned = await timeline({ from: '2015-06-01', to: '2017-12-31' });
    expect(spanned.items.map((item) => [item.kind, item.date])).toEqual([
      ['ARMS_DELIVERIES', '2015'],
      ['ARMS_DELIVERIES', '2015'],
      ['CLAIM', '2016-01-01'],
      ['SOURCE', '2017-05-05'],
    ]);
    expect((await timeline({ from: '2014-06-01', to: '2014-12-31' })).items.map((item) => [item.kind, item.date])).toEqual([['EVENT', '2014']]);
  });

  it('of a pair keeps what concerns both: the event they shared and their arms trade; an affiliation between them', async () => {
    const pair = await timeline({ with: buyerName });
    expect(pair.items.map((item) => [item.kind, item.date, item.title])).toEqual([
      ['EVENT', '2014-01-01', 'New Year talks'],
      ['ARMS_DELIVERIES', '2015', 'Supplied TIV 15.75 in 2 deliveries to 1 recipient'],
    ]);
    const membership = await timeline({ with: organisationName });
    expect(membership.items.map((item) => [item.kind, item.date])).toEqual([['AFFILIATION_START', '2014-03-01'], ['AFFILIATION_END', '2018-05-31']]);
    expect(errorOf(await t.execute(TIMELINE, { actor: actorName, with: mergedName }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'with' });
  });

  it('reads a page and every record it links in a bounded number of statements', async () => {
    const statements = await recordStatements(t.db, () => timeline({}));
    // The page, the actor, then one statement per kind of record linked (events, affiliations, claims, sources, merges).
    expect(statements.length).toBeLessThanOrEqual(8);
    expect(statements.filter((sql) => sql.includes('timelineOfActor'))).toHaveLength(1);
  });

  it('refuses bad arguments with BAD_USER_INPUT or NOT_FOUND naming the argument', async () => {
    const refused = async (variables: Record<string, unknown>) => errorOf(await t.execute(TIMELINE, { actor: actorName, ...variables }));
    expect(await refused({ actor: 'No such actor anywhere' })).toMatchObject({ code: 'NOT_FOUND', field: 'actor' });
    expect(await refused({ after: 'not-a-cursor' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refused({ after: Buffer.from('2014-01-01|0|9|1|0').toString('base64url') })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refused({ first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const small = 'query($actor: String!, $first: Int) { timeline(actor: $actor, first: $first) { items { date } } }';
    expect(errorOf(await t.execute(small, { actor: actorName, first: 501 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // The whole selection over 500 items costs more than a query may: the items count as rows of `first`.
    expect(await refused({ first: 500 })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'COST_LIMIT' } });
    expect(await refused({ from: '2020-01-01', to: '2019-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(await refused({ actor: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actor' });
  });
});
