// Lists that read only the columns their selection needs (look-ahead, src/shared/selection.ts) must answer
// every field exactly as the row read by id does, however the fields are asked for.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { rowReads } from '../../src/reads';
import { loadSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { rowFieldsFor } from '../../src/shared/selection';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
}, 120_000);
afterAll(() => t.close());

const schema = buildSchema(readFileSync(projectPath('schema.graphql'), 'utf8'));

/** Every field of a type without required arguments: leaves as they are, an object by its first leaf. */
function everyField(typeName: string): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => arg.type.toString().slice(-1) !== '!'))
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      const leaf = isObjectType(named) ? Object.values(named.getFields()).find((inner) => isLeafType(getNamedType(inner.type)) && inner.args.length === 0) : undefined;
      return `${field.name} { ${leaf?.name ?? '__typename'} }`;
    })
    .join(' ');
}

const byId = async (field: 'actor' | 'claim' | 'event', typeName: string, id: string) =>
  dataOf(await t.execute(`query($id: ID!) { ${field}(id: $id) { ${everyField(typeName)} } }`, { id }))[field];

describe('lists that read only the columns their selection needs', () => {
  it.each(['Actor', 'ArmsTransfer', 'Claim', 'Event'])('know which row fields each field of %s reads (a field they do not know would make them read whole rows)', (typeName) => {
    const { rowFields, reads } = rowReads(typeName);
    const fields = Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields());
    for (const field of fields) expect({ field, reads: rowFieldsFor(new Set([field]), rowFields, reads) }).toEqual({ field, reads: expect.any(Array) });
    expect(rowFieldsFor(new Set(['id']), rowFields, reads)).toEqual(['id']);
  });

  it("answer every field of Russia's claims, events and counterparts as the rows read by id", async () => {
    const { actor } = dataOf(
      await t.execute(`{ actor(name: "Russia") {
        claimsAbout(first: 5) { ...EveryClaim } claimsBy(first: 5) { ...EveryClaim }
        events(first: 5) { role event { ...on Event { ${everyField('Event')} } } }
        counterparts(first: 5) { actor { ${everyField('Actor')} } } } }
        fragment EveryClaim on Claim { ${everyField('Claim')} }`),
    );
    const claims = [...actor.claimsAbout, ...actor.claimsBy];
    expect(claims.length).toBeGreaterThan(1);
    expect(actor.events.length).toBeGreaterThan(1);
    expect(actor.counterparts.length).toBeGreaterThan(1);
    for (const claim of claims) expect(claim).toEqual(await byId('claim', 'Claim', claim.id));
    for (const { event } of actor.events) expect(event).toEqual(await byId('event', 'Event', event.id));
    for (const { actor: counterpart } of actor.counterparts) expect(counterpart).toEqual(await byId('actor', 'Actor', counterpart.id));
  });

  it('answer the fields asked for under aliases and @include, and those only', async () => {
    const query = `query($withTitle: Boolean!) { actor(name: "Russia") {
      recent: events(first: 3) { event { heading: title @include(if: $withTitle) kind: type { code } } }
      claimsAbout(first: 3) { said: statement subject { name } } } }`;
    const [without, withTitle] = [dataOf(await t.execute(query, { withTitle: false })), dataOf(await t.execute(query, { withTitle: true }))];
    expect(without.actor.recent[0].event).toEqual({ kind: { code: expect.any(String) } });
    expect(withTitle.actor.recent[0].event).toEqual({ heading: expect.any(String), kind: without.actor.recent[0].event.kind });
    for (const claim of withTitle.actor.claimsAbout) expect(Object.keys(claim)).toEqual(['said', 'subject']);
    expect(withTitle.actor.claimsAbout.some((claim: { subject: unknown }) => claim.subject !== null)).toBe(true);
  });
});
