// Query.paths: the shortest connections between two actors, each hop with its relation, direction and record;
// hubs (a summit) no hop unless asked; `at`, `via` and `maxHops` narrowing it; ties by most recent evidence.
import { RequestBatches } from '../../src/shared/batches';
import { buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, TEST_AUTHOR, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
const names: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestServer();
  const actor = async (key: string, kind: 'STATE' | 'ORGANISATION' = 'STATE') => {
    names[key] = unique(`Path ${key}`);
    return String((await buildActor(t.services, { name: names[key], kind })).id);
  };
  const [a, b, c, d, f, o, p] = [await actor('A'), await actor('B'), await actor('C'), await actor('D'), await actor('F'), await actor('O', 'ORGANISATION'), await actor('P', 'ORGANISATION')];
  const affiliate = (memberId: string, organisationId: string, startDate: string, endDate?: string) =>
    t.services.actors.createAffiliation({ memberId, organisationId, role: 'member', startDate, ...(endDate ? { endDate } : {}) }, TEST_AUTHOR);
  // A and B share two organisations: O since 2010/2012 (A's membership ended in 2015), P since 2020/2021.
  await affiliate(a, o, '2010-01-01', '2015-12-31');
  await affiliate(b, o, '2012-01-01');
  await affiliate(a, p, '2020-01-01');
  await affiliate(b, p, '2021-01-01');
  // A met C; C claims something of D; A, D and eight others were at a summit.
  await buildEvent(t.services, { title: unique('Bilateral'), startDate: '2019-05-01', participants: [{ actorId: a, role: 'HOST' }, { actorId: c, role: 'VISITOR' }] });
  await buildClaim(t.services, { statement: 'C backs D.', subjectId: c, predicate: 'PARTNERS_WITH', objectActorId: d, validFrom: '2018-01-01' });
  const others = await Promise.all(Array.from({ length: 8 }, (_, i) => actor(`S${i}`)));
  await buildEvent(t.services, { title: unique('Summit'), startDate: '2022-06-01', participants: [a, d, ...others].map((actorId) => ({ actorId, role: 'PARTICIPANT' as const })) });
  // A supplied F twice.
  for (const deliveryYear of [2001, 2005]) await buildArmsTransfer(t.services, { supplierId: a, recipientId: f, deliveryYear, tivDelivered: 12.5 });
  // A source naming G and H, and one naming fifty actors M0..M49 (G among them).
  names.G = unique('Path G');
  names.H = unique('Path H');
  const many = Array.from({ length: 50 }, (_, i) => unique(`Path M${i}`));
  many.forEach((name, i) => (names[`M${i}`] = name));
  for (const name of [names.G, names.H, ...many]) await buildActor(t.services, { name });
  await buildSource(t.services, { title: 'A note', text: `${names.G} and ${names.H} signed a memorandum.`, publishedAt: '2024-02-02' });
  await buildSource(t.services, { title: 'A list', text: `Delegations: ${many.join('; ')}; and ${names.G}.` });
  // A duplicate of B merged into it: its name still names B.
  names.B2 = unique('Path B duplicate');
  const duplicate = await buildActor(t.services, { name: names.B2 });
  await t.services.merges.merge(new RequestBatches(), { canonical: b, duplicates: [String(duplicate.id)] }, TEST_AUTHOR);
});
afterAll(() => t.close());

const PATHS = `query($from: String!, $to: String!, $maxHops: Int, $via: [PathRelation!], $at: Date, $includeHubs: Boolean, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, via: $via, at: $at, includeHubs: $includeHubs, first: $first) {
    hops actors { name }
    steps { from { name } to { name } relation forward evidence affiliation { startDate } event { title } claim { statement } source { title }
      armsTrade { supplier { name } recipient { name } tiv deliveries firstYear lastYear attribution } }
  } }`;

const paths = async (from: string, to: string, variables: Record<string, unknown> = {}) =>
  dataOf(await t.execute(PATHS, { from: names[from], to: names[to], ...variables })).paths as { hops: number; actors: { name: string }[]; steps: any[] }[];
const route = (path: { actors: { name: string }[] }) => path.actors.map((actor) => Object.entries(names).find(([, name]) => name === actor.name)![0]).join('-');

describe('the shortest connections between two actors', () => {
  it('go through shared organisations, each hop with its relation and direction, the most recent first', async () => {
    const found = await paths('A', 'B');
    expect(found.map(route)).toEqual(['A-P-B', 'A-O-B']);
    expect(found[0]!.steps.map((step) => [step.relation, step.forward, step.evidence])).toEqual([['AFFILIATION', true, '2020-01-01'], ['AFFILIATION', false, '2021-01-01']]);
    expect(found[0]!.hops).toBe(2);
  });

  it('find every shortest path of four hops, each once, from either end, and none within three', async () => {
    expect((await paths('B', 'D', { maxHops: 4 })).map(route)).toEqual(['B-P-A-C-D', 'B-O-A-C-D']);
    expect((await paths('D', 'B', { maxHops: 4 })).map(route)).toEqual(['D-C-A-P-B', 'D-C-A-O-B']);
    expect((await paths('D', 'B', { maxHops: 4, first: 1 })).map(route)).toEqual(['D-C-A-P-B']);
    expect(await paths('B', 'D', { maxHops: 3 })).toEqual([]);
  });

  it('keep only what held on the day of `at`', async () => {
    expect((await paths('A', 'B', { at: '2013-06-01' })).map(route)).toEqual(['A-O-B']);
    expect(await paths('A', 'B', { at: '2017-06-01' })).toEqual([]);
  });

  it('leave a summit out unless hubs are asked for, and go through the relations named in `via`', async () => {
    const found = await paths('A', 'D');
    expect(found.map(route)).toEqual(['A-C-D']);
    expect(found[0]!.steps.map((step) => [step.relation, step.forward, step.event?.title ?? step.claim?.statement])).toEqual([
      ['EVENT', null, expect.stringMatching(/^Bilateral/)],
      ['CLAIM', true, 'C backs D.'],
    ]);
    expect((await paths('A', 'D', { includeHubs: true })).map(route)).toEqual(['A-D']);
    expect(await paths('A', 'D', { via: ['EVENT'] })).toEqual([]);
    expect(await paths('A', 'B', { maxHops: 1 })).toEqual([]);
  });

  it('go through a source mentioning both only when `via` names sources, and one mentioning fifty only with includeHubs', async () => {
    expect(await paths('G', 'H')).toEqual([]);
    const [note] = await paths('G', 'H', { via: ['SOURCE'] });
    expect(note!.steps).toEqual([expect.objectContaining({ relation: 'SOURCE', forward: null, evidence: '2024-02-02', source: { title: 'A note' } })]);
    expect(await paths('M0', 'M49', { via: ['SOURCE'] })).toEqual([]);
    expect((await paths('M0', 'M49', { via: ['SOURCE'], includeHubs: true })).map(route)).toEqual(['M0-M49']);
    expect((await paths('M0', 'H', { via: ['SOURCE'], includeHubs: true })).map(route)).toEqual(['M0-G-H']);
  });

  it('go through arms trade, the pair\'s deliveries added, SIPRI credited', async () => {
    const [path] = await paths('F', 'A');
    expect(path!.steps).toEqual([expect.objectContaining({
      relation: 'ARMS_TRADE', forward: false, evidence: '2005-01-01',
      armsTrade: { supplier: { name: names.A }, recipient: { name: names.F }, tiv: 25, deliveries: 2, firstYear: 2001, lastYear: 2005, attribution: expect.stringContaining('SIPRI') },
    })]);
  });

  it('take a merged actor\'s old name as the actor it was merged into', async () => {
    expect((await paths('A', 'B2')).map(route)).toEqual(['A-P-B', 'A-O-B']);
  });

  it('are read in one statement, the records of every hop through the batches', async () => {
    const statements = await recordStatements(t.db, () => paths('A', 'D'));
    expect(statements.filter((sql) => sql.includes('shortestPaths'))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(6);
  });

  it('refuse bad arguments with NOT_FOUND or BAD_USER_INPUT naming the argument', async () => {
    const refused = async (variables: Record<string, unknown>) => errorOf(await t.execute(PATHS, { from: names.A, to: names.B, ...variables }));
    expect(await refused({ from: 'No such actor anywhere' })).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
    expect(await refused({ to: names.A })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await refused({ maxHops: 5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    expect(await refused({ first: 21 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused({ via: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'via' });
  });
});
