// Warnings before a duplicate is written: createActor refuses a likely duplicate unless told otherwise, an import
// writes it and warns, and a bundle record may say which stored actor it is.
import { loadSipriSample } from '../../src/sample/sample';
import { TEST_AUTHOR } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSipriSample(t.services);
}, 180_000);
afterAll(() => t.close());

const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }`;
const IMPORT = `mutation($input: ImportBundleInput!) {
  importBundle(input: $input) {
    actors { created updated unchanged rejected }
    errors { entity index field code message }
    warnings { entity index code message score candidate { name } features { code } }
  }
}`;

describe('createActor', () => {
  it('refuses "Republic of France" as a likely duplicate of France, naming the candidates in extensions, writing nothing', async () => {
    const before = await t.db.prisma.actor.count();
    const error = errorOf(await t.execute(CREATE, { input: { kind: 'STATE', name: 'Republic of France' } }));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    expect(error.message).toContain('likely a duplicate of "France"');
    expect(error.extensions.candidates[0]).toMatchObject({ name: 'France', score: 1 });
    expect(error.extensions.candidates[0].features.map((feature: { code: string }) => feature.code)).toContain('SAME_NORMALISED_NAME');
    expect(await t.db.prisma.actor.count()).toBe(before);
  });

  it('writes it all the same when the input says allowDuplicate', async () => {
    const { createActor } = dataOf(await t.execute(CREATE, { input: { kind: 'OTHER', name: 'Republic of France', allowDuplicate: true } }));
    expect(createActor.name).toBe('Republic of France');
  });

  it('writes an actor that resembles nothing', async () => {
    expect(dataOf(await t.execute(CREATE, { input: { kind: 'ORGANISATION', name: 'Zorblat Holdings' } })).createActor.name).toBe('Zorblat Holdings');
  });
});

describe('importBundle', () => {
  it('writes a likely duplicate and warns with its position, the candidate, the score and how to merge', async () => {
    const { importBundle } = dataOf(await t.execute(IMPORT, { input: { actors: [
      { kind: 'ORGANISATION', name: 'Quibble Works' },
      { kind: 'STATE', name: 'The Republic of Spain', aliases: ['Espana Reino'] },
    ] } }));
    expect(importBundle.actors).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(importBundle.errors).toEqual([]);
    expect(importBundle.warnings).toEqual([
      expect.objectContaining({ entity: 'actors', index: 1, code: 'LIKELY_DUPLICATE', candidate: { name: 'Spain' } }),
    ]);
    expect(importBundle.warnings[0].message).toContain('mergeActors(canonical: "');
    expect(importBundle.warnings[0].message).toContain('sameAs: "Spain"');
  });

  it('adds the names of a record that says sameAs to the stored actor, and later records resolve them there', async () => {
    const spain = await t.services.actors.findByName('Spain');
    const { importBundle } = dataOf(await t.execute(IMPORT, { input: {
      actors: [{ kind: 'OTHER', name: 'Reino de España', aliases: ['Spanish State'], sameAs: String(spain!.id) }],
      claims: [{ statement: 'Spain buys frigates.', subject: 'Reino de España' }],
    } }));
    expect(importBundle).toMatchObject({ actors: { created: 0, updated: 1, rejected: 0 }, errors: [], warnings: [] });
    const stored = await t.services.actors.findByName('reino de españa');
    expect(stored).toMatchObject({ id: spain!.id, name: 'Spain', kind: 'STATE' });
    expect(stored!.aliases).toEqual(expect.arrayContaining(['Reino de España', 'Spanish State']));
    const claim = await t.db.prisma.claim.findFirst({ where: { statement: 'Spain buys frigates.' } });
    expect(claim!.subjectId).toBe(spain!.id);
  });

  it('refuses a sameAs that names no stored actor, naming the field', async () => {
    const { importBundle } = dataOf(await t.execute(IMPORT, { input: { actors: [{ kind: 'STATE', name: 'Nowhereland', sameAs: 'Atlantis' }] } }));
    expect(importBundle.errors).toEqual([{ entity: 'actors', index: 0, field: 'sameAs', code: 'BAD_USER_INPUT', message: expect.stringContaining('"Atlantis"') }]);
    expect(await t.services.actors.findByName('Nowhereland')).toBeNull();
  });

  it('does not warn about a record whose name is stored: it is that actor', async () => {
    const rerun = await t.services.imports.importBundle({ actors: [{ kind: 'STATE', name: 'France' }] }, { author: TEST_AUTHOR });
    expect(rerun.warnings).toEqual([]);
  });
});
