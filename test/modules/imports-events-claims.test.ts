// Bundles with events, affiliations and claims: they refer to actors, sources and each other by natural keys, and a
// re-import of the same bundle changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/modules/imports/import-file';
import { ENTITIES } from '../../src/modules/imports/bundle';
import { BundleDocument } from '../../src/modules/imports/imports.validation';
import type { BundleActorInput, BundleAffiliationInput, BundleSourceInput } from '../../src/generated/graphql';
import { projectPath } from '../../src/shared/paths';
import { TEST_AUTHOR, unique } from '../builders';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

const COUNTS = 'created updated unchanged rejected';
const IMPORT = `mutation($input: ImportBundleInput!, $mode: ImportMode, $dryRun: Boolean) {
  importBundle(input: $input, mode: $mode, dryRun: $dryRun) {
    written
    actors { ${COUNTS} } sources { ${COUNTS} } events { ${COUNTS} } claims { ${COUNTS} }
    errors { entity index field message } } }`;

const ARTICLE = 'The two leaders met in Nowhere City. Aland agreed to buy ten frigates from Borduria. Critics doubt the deal.';

/** A small knowledge graph: two states, a leader, an article, a summit and two claims citing the article. */
function bundle(tag: string) {
  const url = `https://example.org/news/${tag}`;
  const summit = { title: `Summit ${tag}`, startDate: '2024-05-01' };
  return {
    actors: [
      { kind: 'STATE', name: `Aland ${tag}`, aliases: [`ALD-${tag}`] },
      { kind: 'STATE', name: `Borduria ${tag}` },
      { kind: 'PERSON', name: `Leader ${tag}` },
    ],
    sources: [{ kind: 'NEWS_ARTICLE', title: `Frigate deal ${tag}`, url, text: `${ARTICLE} Filed as ${tag}.` }],
    events: [
      {
        cameoCode: '043',
        ...summit,
        location: 'Nowhere City',
        participants: [
          { actor: `ald-${tag}`, role: 'VISITOR' },
          { actor: `Borduria ${tag}`, role: 'HOST' },
        ],
      },
    ],
    claims: [
      {
        statement: `Aland ${tag} buys frigates from Borduria ${tag}.`,
        asserterSource: { url },
        event: summit,
        subject: `Borduria ${tag}`,
        predicate: 'supplies_arms_to',
        object: `ALD-${tag}`,
        confidence: 0.7,
        citations: [{ source: { url }, quote: 'Aland agreed to buy ten frigates from Borduria.', stance: 'SUPPORTS' }],
      },
      {
        statement: `The frigate deal of ${tag} is doubtful.`,
        asserter: `Leader ${tag}`,
        about: [{ actor: `Aland ${tag}` }],
        citations: [{ source: { url }, quote: 'Critics doubt the deal.', stance: 'MENTIONS' }],
      },
    ],
  };
}

const CLAIMS_OF_EVENT = `query($actor: String!) {
  events(filter: { participant: $actor }) { nodes { id title location participants { role actor { name } } } }
  claims(filter: { actor: $actor }) { nodes { statement confidence subject { name } objectActor { name } asserterSource { title } event { title }
      about { role actor { name } }
      citations { quote startOffset endOffset stance source { url } } } } }`;

async function countRows() {
  const [events, claims, citations, participants] = await Promise.all([
    t.db.prisma.event.count(),
    t.db.prisma.claim.count(),
    t.db.prisma.citation.count(),
    t.db.prisma.eventParticipant.count(),
  ]);
  return { events, claims, citations, participants };
}

describe('events and claims in a bundle', () => {
  it('imports an event and claims that cite their source, locates each quote, and changes nothing when the bundle comes again', async () => {
    const tag = unique('g').replace(' ', '');
    const first = dataOf(await t.execute(IMPORT, { input: bundle(tag) })).importBundle;
    expect(first).toMatchObject({
      written: true,
      errors: [],
      events: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      claims: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
    });

    const { events, claims } = dataOf(await t.execute(CLAIMS_OF_EVENT, { actor: `Borduria ${tag}` }));
    const [summit] = events.nodes;
    expect(summit).toMatchObject({ title: `Summit ${tag}`, location: 'Nowhere City' });
    expect(summit.participants).toEqual(
      expect.arrayContaining([
        { role: 'VISITOR', actor: { name: `Aland ${tag}` } },
        { role: 'HOST', actor: { name: `Borduria ${tag}` } },
      ]),
    );
    const [claim] = claims.nodes;
    expect(claim).toMatchObject({
      event: { title: `Summit ${tag}` },
      subject: { name: `Borduria ${tag}` },
      objectActor: { name: `Aland ${tag}` },
      asserterSource: { title: `Frigate deal ${tag}` },
      confidence: 0.7,
    });
    const quote = 'Aland agreed to buy ten frigates from Borduria.';
    expect(claim.citations).toEqual([
      { quote, startOffset: ARTICLE.indexOf(quote), endOffset: ARTICLE.indexOf(quote) + quote.length, stance: 'SUPPORTS', source: { url: `https://example.org/news/${tag}` } },
    ]);
    expect(claim.about.map((a: { role: string }) => a.role).sort()).toEqual(['OBJECT', 'SUBJECT']);

    const before = await countRows();
    const again = dataOf(await t.execute(IMPORT, { input: bundle(tag) })).importBundle;
    expect(again).toMatchObject({
      events: { created: 0, updated: 0, unchanged: 1 },
      claims: { created: 0, updated: 0, unchanged: 2 },
      actors: { created: 0, updated: 0, unchanged: 3 },
      sources: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(await countRows()).toEqual(before);
  });

  it('updates a changed event, claim or citation in place instead of adding another', async () => {
    const tag = unique('u').replace(' ', '');
    dataOf(await t.execute(IMPORT, { input: bundle(tag) }));
    const before = await countRows();

    const changed = bundle(tag);
    changed.events[0]!.participants.pop();
    changed.claims[0]!.confidence = 0.9;
    changed.claims[1]!.citations[0]!.stance = 'REFUTES';
    const result = dataOf(await t.execute(IMPORT, { input: changed })).importBundle;
    expect(result.events).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(result.claims).toEqual({ created: 0, updated: 2, unchanged: 0, rejected: 0 });
    expect(await countRows()).toEqual({ ...before, participants: before.participants - 1 });

    const stored = await t.db.prisma.claim.findMany({ where: { statement: { contains: tag } }, include: { citations: true }, orderBy: { statement: 'asc' } });
    expect(stored.map((c) => c.confidence)).toEqual([0.9, null]);
    expect(stored[1]!.citations.map((c) => c.stance)).toEqual(['REFUTES']);
  });

  it('finds events and sources stored by an earlier import, by title and date and by content hash', async () => {
    const tag = unique('k').replace(' ', '');
    dataOf(await t.execute(IMPORT, { input: bundle(tag) }));
    const source = await t.db.prisma.source.findFirstOrThrow({ where: { url: `https://example.org/news/${tag}` } });
    const later = {
      claims: [
        {
          statement: `A later claim about ${tag}.`,
          asserter: `Borduria ${tag}`,
          event: { title: `Summit ${tag}`, startDate: '2024-05-01' },
          citations: [{ source: { contentHash: source.contentHash }, quote: 'The two leaders met in Nowhere City.', stance: 'MENTIONS' }],
        },
      ],
    };
    const result = dataOf(await t.execute(IMPORT, { input: later })).importBundle;
    expect(result).toMatchObject({ errors: [], claims: { created: 1 } });
    const claim = await t.db.prisma.claim.findFirstOrThrow({ where: { statement: `A later claim about ${tag}.` }, include: { citations: true, event: true } });
    expect(claim.event?.title).toBe(`Summit ${tag}`);
    expect(claim.citations[0]).toMatchObject({ sourceId: source.id, startOffset: 0, endOffset: 36 });
  });

  it('reports bad events and claims with position, field and reason; atomic writes nothing, partial writes the valid ones', async () => {
    const tag = unique('x').replace(' ', '');
    const input = bundle(tag);
    input.events.push({ ...input.events[0]!, title: `Other ${tag}`, cameoCode: '999', participants: [{ actor: 'Nobody at all', role: 'HOST' }] });
    (input.claims as object[]).push(
      { ...input.claims[1]!, statement: `Misquoted ${tag}.`, citations: [{ source: { url: `https://example.org/news/${tag}` }, quote: 'Words nobody wrote.', stance: 'SUPPORTS' }] },
      // The same asserter and statement as claim 1, the asserter named differently: the same claim twice.
      { ...input.claims[1]!, asserter: `leader ${tag}` },
      { statement: `About a missing event ${tag}.`, event: { title: 'No such summit', startDate: '2024-01-01' } },
      { statement: `Backwards ${tag}.`, validFrom: '2024-02-03', validTo: '2024-01-01' },
    );
    const before = await countRows();
    const atomic = dataOf(await t.execute(IMPORT, { input })).importBundle;
    expect(atomic.written).toBe(false);
    expect(atomic.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'events', index: 1, field: 'cameoCode' }),
        expect.objectContaining({ entity: 'events', index: 1, field: 'participants.0.actor', message: expect.stringContaining('Nobody at all') }),
        expect.objectContaining({ entity: 'claims', index: 2, field: 'citations.0.quote', message: expect.stringContaining("the quote does not occur in the source's text; the closest passage is") }),
        expect.objectContaining({ entity: 'claims', index: 3, field: 'statement', message: expect.stringContaining('repeats record 1') }),
        expect.objectContaining({ entity: 'claims', index: 4, field: 'event', message: expect.stringContaining('No such summit') }),
        expect.objectContaining({ entity: 'claims', index: 5, field: 'validTo', message: 'must not be before validFrom' }),
      ]),
    );
    expect(atomic.events.rejected).toBe(1);
    expect(atomic.claims.rejected).toBe(4);
    expect(await countRows()).toEqual(before);

    const partial = dataOf(await t.execute(IMPORT, { input, mode: 'PARTIAL' })).importBundle;
    expect(partial).toMatchObject({ written: true, events: { created: 1, rejected: 1 }, claims: { created: 2, rejected: 4 } });
    expect((await countRows()).claims).toBe(before.claims + 2);
  });

  it('reads events and claims from an NDJSON file, one record a line', async () => {
    const tag = unique('n').replace(' ', '');
    const records = bundle(tag);
    const lines = [
      ...records.actors.map((actor) => ({ actor })),
      ...records.sources.map((source) => ({ source })),
      ...records.events.map((event) => ({ event })),
      ...records.claims.map((claim) => ({ claim })),
    ];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-')), 'bundle.ndjson');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const result = await importFile(t.services.imports, file, { author: TEST_AUTHOR });
    expect(result).toMatchObject({ errors: [], events: { created: 1 }, claims: { created: 2 } });
  });

  it('ends two imports of the same claims running at once with one claim and one set of citations', async () => {
    const tag = unique('p').replace(' ', '');
    const results = await Promise.all([t.services.imports.importBundle(bundle(tag), { author: TEST_AUTHOR }), t.services.imports.importBundle(bundle(tag), { author: TEST_AUTHOR })]);
    expect(results.map((r) => r.errors)).toEqual([[], []]);
    expect(results[0]!.claims.created + results[1]!.claims.created).toBe(2);
    const claims = await t.db.prisma.claim.findMany({ where: { statement: { contains: tag } }, include: { citations: true } });
    expect(claims.map((c) => c.citations.length)).toEqual([1, 1]);
    expect(await t.db.prisma.event.count({ where: { title: `Summit ${tag}` } })).toBe(1);
  });

  it('retries a transaction that meets a unique key committed meanwhile by another import, and counts each record once', async () => {
    // The race is microseconds wide, so a trigger stands in for it: the first insert of this actor fails as a
    // concurrent commit makes it fail (23505); the sequence is not rolled back, so the retry gets through.
    const tag = unique('r').replace(' ', '');
    const name = `Raced ${tag}`;
    await t.db.transaction((session) =>
      session.exec(`
        CREATE SEQUENCE raced_${tag};
        CREATE FUNCTION raced_${tag}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.name = '${name}' AND nextval('raced_${tag}') = 1 THEN
            RAISE unique_violation USING MESSAGE = 'duplicate key value violates unique constraint "actor_name_key"';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER raced_${tag} BEFORE INSERT ON actor FOR EACH ROW EXECUTE FUNCTION raced_${tag}();`),
    );
    try {
      const result = await t.services.imports.importBundle({ actors: [{ kind: 'STATE', name }, { kind: 'STATE', name: `Calm ${tag}` }] }, { author: TEST_AUTHOR });
      expect(result).toMatchObject({ written: true, errors: [], actors: { created: 2, updated: 0, unchanged: 0 } });
      expect(await t.db.prisma.actor.count({ where: { name: { endsWith: tag } } })).toBe(2);
    } finally {
      await t.db.transaction((session) => session.exec(`DROP TRIGGER raced_${tag} ON actor; DROP FUNCTION raced_${tag}(); DROP SEQUENCE raced_${tag};`));
    }
  });

  it('refuses a second event with the same title and start date through createEvent, with CONFLICT', async () => {
    const tag = unique('d').replace(' ', '');
    const create = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
    const input = { cameoCode: '043', title: `Twice ${tag}`, startDate: '2024-03-03' };
    dataOf(await t.execute(create, { input }));
    expect(errorOf(await t.execute(create, { input }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('affiliations in a bundle', () => {
  const AFFILIATE = `mutation($input: ImportBundleInput!, $mode: ImportMode) {
    importBundle(input: $input, mode: $mode) { written affiliations { ${COUNTS} } errors { entity index field message } } }`;
  const termsOf = async (name: string) =>
    dataOf(await t.execute(`query($name: String!) { actor(name: $name) { affiliations { role startDate endDate organisation { name } provenance { field quote source { url } } } } }`, { name })).actor.affiliations;

  function terms(tag: string): { actors: BundleActorInput[]; sources: BundleSourceInput[]; affiliations: BundleAffiliationInput[] } {
    const url = `https://example.org/terms/${tag}`;
    return {
      actors: [
        { kind: 'STATE', name: `Aland ${tag}`, aliases: [`ALD-${tag}`] },
        { kind: 'PERSON', name: `Leader ${tag}` },
      ],
      sources: [{ kind: 'DATASET', title: `Terms ${tag}`, url, text: `Leader ${tag} was President of Aland from 2001 to 2009.` }],
      affiliations: [
        { member: `Leader ${tag}`, organisation: `ALD-${tag}`, role: 'President', startDate: '2001-01-01', endDate: null, sources: [{ source: { url }, field: 'startDate', quote: 'President of Aland from 2001' }] },
        { member: `Leader ${tag}`, organisation: `Aland ${tag}`, role: 'Prime Minister', startDate: '1998-01-01', endDate: '2000-12-31' },
      ],
    };
  }

  it("imports a leader's terms with the source of each, changes nothing when they come again, and fills in an end date later", async () => {
    const tag = unique('t').replace(' ', '');
    const first = dataOf(await t.execute(AFFILIATE, { input: terms(tag) })).importBundle;
    expect(first).toMatchObject({ written: true, errors: [], affiliations: { created: 2, updated: 0, unchanged: 0, rejected: 0 } });
    expect(await termsOf(`Leader ${tag}`)).toEqual(expect.arrayContaining([
      { role: 'President', startDate: '2001-01-01', endDate: null, organisation: { name: `Aland ${tag}` },
        provenance: [{ field: 'startDate', quote: 'President of Aland from 2001', source: { url: `https://example.org/terms/${tag}` } }] },
      { role: 'Prime Minister', startDate: '1998-01-01', endDate: '2000-12-31', organisation: { name: `Aland ${tag}` }, provenance: [] },
    ]));
    const again = dataOf(await t.execute(AFFILIATE, { input: terms(tag) })).importBundle;
    expect(again.affiliations).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    // The term ended: an end date fills in the open one, named by another of the state's names.
    const ended = dataOf(await t.execute(AFFILIATE, { input: { affiliations: [{ member: `Leader ${tag}`, organisation: `Aland ${tag}`, role: 'President', startDate: '2001-01-01', endDate: '2009-05-01' }] } })).importBundle;
    expect(ended.affiliations).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(await t.db.prisma.affiliation.count({ where: { member: { name: `Leader ${tag}` } } })).toBe(2);
    expect((await termsOf(`Leader ${tag}`)).find((term: { role: string }) => term.role === 'President').endDate).toBe('2009-05-01');
  });

  it('refuses a term that ends before it starts, one held in itself, one naming no actor, a repeated one and a quote not in its source; atomic writes nothing', async () => {
    const tag = unique('t').replace(' ', '');
    const input = terms(tag);
    const base = input.affiliations[1]!;
    input.affiliations.push(
      { ...base, role: 'Minister', startDate: '2005-01-01', endDate: '2004-01-01' },
      { ...base, role: 'Governor', organisation: `Leader ${tag}` },
      { ...base, role: 'Envoy', organisation: `Nowhere ${tag}` },
      { ...base, organisation: `ALD-${tag}` },
      { ...base, role: 'Judge', sources: [{ source: { url: `https://example.org/terms/${tag}` }, field: 'role', quote: 'never said' }] },
    );
    const result = dataOf(await t.execute(AFFILIATE, { input })).importBundle;
    expect(result.written).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ entity: 'affiliations', index: 2, field: 'endDate', message: 'must not be before startDate' }),
      expect.objectContaining({ entity: 'affiliations', index: 3, field: 'organisation', message: 'must differ from member' }),
      expect.objectContaining({ entity: 'affiliations', index: 4, field: 'organisation' }),
      expect.objectContaining({ entity: 'affiliations', index: 5, field: 'role', message: 'repeats affiliations[1]' }),
      expect.objectContaining({ entity: 'affiliations', index: 6, field: expect.stringMatching(/^sources\.0\./) }),
    ]));
    expect(result.errors).toHaveLength(5);
    expect(await t.db.prisma.actor.count({ where: { name: { endsWith: tag } } })).toBe(0);
    // An affiliation's value is its role or dates, not an event's location.
    const field = dataOf(await t.execute(AFFILIATE, { input: { affiliations: [{ ...base, sources: [{ source: { url: 'https://example.org/x' }, field: 'location' }] }] } })).importBundle;
    expect(field.errors).toEqual([expect.objectContaining({ entity: 'affiliations', index: 0, field: 'sources.0.field', message: expect.stringContaining('"role"|"startDate"|"endDate"') })]);
  });

  it('reads affiliations from an NDJSON file', async () => {
    const tag = unique('t').replace(' ', '');
    const { actors, affiliations } = terms(tag);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-terms-')), 'terms.ndjson');
    writeFileSync(file, [...actors.map((actor) => ({ actor })), { affiliation: affiliations[1] }].map((line) => JSON.stringify(line)).join('\n'));
    const result = await importFile(t.services.imports, file, { author: TEST_AUTHOR });
    expect(result).toMatchObject({ errors: [], affiliations: { created: 1 } });
  });
});

describe('the published bundle format', () => {
  it('imports samples/bundle-example.json, which the JSON Schema in samples/ describes, with no error and then with no change', async () => {
    const example = JSON.parse(readFileSync(projectPath('samples', 'bundle-example.json'), 'utf8'));
    expect(BundleDocument.safeParse(example).success).toBe(true);
    const first = await t.services.imports.importBundle(example, { author: TEST_AUTHOR });
    expect(first).toMatchObject({ errors: [], written: true, events: { created: 1 }, affiliations: { created: 1 }, claims: { created: 1 }, armsTransfers: { created: 1 } });
    const again = await t.services.imports.importBundle(example, { author: TEST_AUTHOR });
    for (const entity of ENTITIES) expect({ entity, ...again[entity] }).toMatchObject({ entity, created: 0, updated: 0 });
  });
});
