// Typed claims checked against SIPRI's register: every verdict of every arms-supply predicate, with figures that
// equal sums computed from the CSV in this test, the verdict filter, conflicting claims and the vocabulary.
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { buildClaim, TEST_AUTHOR } from '../builders';
import { registerRows, type RegisterRow } from '../helpers/sipri-csv';
import { recordStatements } from '../helpers/statements';
import { createTestDatabase } from '../helpers/database';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestServer({ db: await createTestDatabase({ poolSize: 1 }) });
  await loadSample(t.services);
  await loadSipriSample(t.services);
  for (const name of ['Russia', 'India', 'France', 'China', 'United States', 'Australia', 'Germany', 'Israel']) {
    ids[name] = String((await t.services.actors.resolveName(name, 'name')).id);
  }
}, 180_000);
afterAll(() => t.close());

/** TIV summed in hundredths, as exact as the data's two decimals. */
const exactTivOf = (keep: (row: RegisterRow) => boolean) => registerRows().reduce((cents, row) => (keep(row) ? cents + Math.round(row.tiv * 100) : cents), 0) / 100;
const inYears = (from: number, to: number) => (row: RegisterRow) => row.deliveryYear >= from && row.deliveryYear <= to;

const CHECK = `check { verdict explanation fromYear toYear series unit attribution dataset { title edition importedAt }
  periods { fromYear toYear years value valuePerYear share ... on ArmsSupplyPeriod { tiv tivPerYear recipientTotalTiv byCategory { category tiv } } } }`;

/** A typed claim about the pair over the span, and its check. */
async function checked(predicate: string, supplier: string, recipient: string, validFrom: string | null, validTo: string | null, objectValue?: string) {
  const claim = await buildClaim(t.services, {
    subjectId: ids[supplier], predicate, objectActorId: ids[recipient], validFrom, validTo, ...(objectValue ? { objectValue } : {}),
  });
  const { claim: read } = dataOf(await t.execute(`query($id: ID!) { claim(id: $id) { id ${CHECK} } }`, { id: String(claim.id) }));
  return read.check;
}

describe('the sample\'s "notable decline" claim', () => {
  it('is typed ARMS_SUPPLY_FALLING over 2009 to the article, and SIPRI bears it out: SUPPORTED, with the windows and their figures', async () => {
    const { claims } = dataOf(await t.execute(`{ claims(filter: { predicate: "ARMS_SUPPLY_FALLING" }, first: 5) { nodes {
      statement validFrom validTo freeTextPredicate predicateDefinition { code series } subject { name } objectActor { name }
      citations { quote } ${CHECK} } } }`));
    const decline = claims.nodes.find((claim: { statement: string }) => claim.statement.includes('declined notably'));
    expect(decline).toMatchObject({
      validFrom: '2009-01-01', validTo: '2025-12-04', freeTextPredicate: false, predicateDefinition: { code: 'ARMS_SUPPLY_FALLING', series: 'ARMS_SUPPLY' },
      subject: { name: 'Russia' }, objectActor: { name: 'India' },
      citations: [{ quote: expect.stringContaining('notable decline in recent years') }],
    });
    const { check } = decline;
    expect(check).toMatchObject({ verdict: 'SUPPORTED', fromYear: 2009, toYear: 2023, series: 'ARMS_SUPPLY', unit: 'TIV', attribution: expect.stringContaining('SIPRI') });
    // As a SeriesPeriod, an arms-supply window's figure is its TIV.
    for (const period of check.periods) expect([period.value, period.valuePerYear]).toEqual([period.tiv, period.tivPerYear]);
    expect(check.dataset).toMatchObject({ title: expect.stringContaining('SIPRI'), edition: '2025-01-03', importedAt: expect.any(String) });
    expect(check.periods.map((p: { fromYear: number; toYear: number }) => [p.fromYear, p.toYear])).toEqual([[2009, 2013], [2014, 2018], [2019, 2023]]);
    for (const period of check.periods) {
      const span = inYears(period.fromYear, period.toYear);
      expect(period.tiv).toBe(exactTivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && span(row)));
      expect(period.recipientTotalTiv).toBe(exactTivOf((row) => row.recipient === 'India' && span(row)));
      expect(period.tivPerYear).toBeCloseTo(period.tiv / 5, 9);
      // Rounded as the TIV sums are, with no float noise (once 1517.1499999999996).
      expect(String(period.tivPerYear)).toMatch(/^\d+(\.\d{1,4})?$/);
      expect(period.share).toBeCloseTo(period.tiv / period.recipientTotalTiv, 9);
    }
    expect(check.periods.map((p: { share: number }) => Math.round(p.share * 1000) / 10)).toEqual([75.9, 57.7, 36.5]);
    expect(check.explanation).toContain('75.9% in 2009-13, 57.7% in 2014-18, 36.5% in 2019-23');
    expect(check.explanation).toContain('the data end in 2023');
  });

  it('checks a page of claims in one statement, whatever their number', async () => {
    const statements = await recordStatements(t.db, async () => {
      dataOf(await t.execute(`{ claims(first: 50) { nodes { id check { verdict } } } }`));
    });
    expect(statements.filter((sql) => sql.includes('claimCheckWindows'))).toHaveLength(1);
  });

  it('answers null for claims with no data series, and marks free-text predicates', async () => {
    const { claims } = dataOf(await t.execute(`{ claims(first: 50) { nodes { statement predicate freeTextPredicate check { verdict } } } }`));
    const threat = claims.nodes.find((claim: { predicate: string }) => claim.predicate === 'THREATENS');
    expect(threat).toMatchObject({ freeTextPredicate: false, check: null });
    const freeText = claims.nodes.find((claim: { predicate: string }) => claim.predicate === 'unlikely_to_yield_breakthroughs_on');
    expect(freeText).toMatchObject({ freeTextPredicate: true, check: null });
  });
});

describe('ARMS_SUPPLY_RISING, _FALLING and _FLAT', () => {
  // From the CSV, 2009-13 against 2019-23: France to India rose by share and TIV; the US to Australia moved under
  // 20% on both (share 74.0% to 79.6%, TIV +14%); Germany to Israel rose in TIV (+423%) but not in share (+6%).
  it('is SUPPORTED when both measures move the claimed way, CONTRADICTED when they move the other way', async () => {
    expect((await checked('ARMS_SUPPLY_RISING', 'France', 'India', '2009-01-01', '2023-12-31')).verdict).toBe('SUPPORTED');
    expect((await checked('ARMS_SUPPLY_FALLING', 'France', 'India', '2009-01-01', '2023-12-31')).verdict).toBe('CONTRADICTED');
    expect((await checked('ARMS_SUPPLY_RISING', 'Russia', 'India', '2009-01-01', '2023-12-31')).verdict).toBe('CONTRADICTED');
    expect((await checked('ARMS_SUPPLY_FLAT', 'Russia', 'India', '2009-01-01', '2023-12-31')).verdict).toBe('CONTRADICTED');
  });

  it('is SUPPORTED for FLAT when neither measure moves 20%, and INCONCLUSIVE for RISING there', async () => {
    const flat = await checked('ARMS_SUPPLY_FLAT', 'United States', 'Australia', '2009-01-01', '2023-12-31');
    expect(flat.verdict).toBe('SUPPORTED');
    const [first, , last] = flat.periods;
    const us = (from: number, to: number) => exactTivOf((row) => row.supplier === 'United States' && row.recipient === 'Australia' && inYears(from, to)(row));
    expect([first.tiv, last.tiv]).toEqual([us(2009, 2013), us(2019, 2023)]);
    expect(flat.explanation).toContain('less than the 20% threshold');
    expect((await checked('ARMS_SUPPLY_RISING', 'United States', 'Australia', '2009-01-01', '2023-12-31')).verdict).toBe('INCONCLUSIVE');
  });

  it('is INCONCLUSIVE when the measures disagree, the span holds one window, or the supplier delivered nothing', async () => {
    const mixed = await checked('ARMS_SUPPLY_RISING', 'Germany', 'Israel', '2009-01-01', '2023-12-31');
    expect(mixed).toMatchObject({ verdict: 'INCONCLUSIVE', explanation: expect.stringContaining('disagree') });
    const short = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2020-01-01', '2023-12-31');
    expect(short).toMatchObject({ verdict: 'INCONCLUSIVE', explanation: expect.stringContaining('a trend needs two') });
    expect(short.periods).toHaveLength(1);
    const none = await checked('ARMS_SUPPLY_RISING', 'China', 'India', '2009-01-01', '2023-12-31');
    expect(none).toMatchObject({ verdict: 'INCONCLUSIVE', explanation: expect.stringContaining('no deliveries from China to India') });
  });
});

describe('LARGEST_ARMS_SUPPLIER', () => {
  it("is SUPPORTED for Russia to India over 2009-23 and CONTRADICTED for France, naming India's largest suppliers", async () => {
    const russia = await checked('LARGEST_ARMS_SUPPLIER', 'Russia', 'India', '2009-01-01', '2023-12-31');
    expect(russia.verdict).toBe('SUPPORTED');
    const france = await checked('LARGEST_ARMS_SUPPLIER', 'France', 'India', '2009-01-01', '2023-12-31');
    expect(france.verdict).toBe('CONTRADICTED');
    const russianTotal = exactTivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && inYears(2009, 2023)(row));
    expect(france.explanation).toContain(`Russia ${russianTotal.toLocaleString('en-GB', { maximumFractionDigits: 1 })}`);
  });
});

describe('a figure stated by a rising or falling claim', () => {
  /** Russia's deliveries to India over 2009-23 as the data give them: the first and last windows' shares and the TIV change. */
  async function dataFigures() {
    const { periods } = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31');
    const [first, last] = [periods[0], periods[periods.length - 1]];
    return { first: first.share * 100, last: last.share * 100, change: Math.abs(last.tivPerYear / first.tivPerYear - 1) * 100 };
  }
  const pct = (value: number) => `${value.toFixed(1)}%`;

  it('holds when the shares stated are the data\'s, first and last or last alone, and the change stated is', async () => {
    const data = await dataFigures();
    for (const objectValue of [pct(data.last), `${pct(data.first)} to ${pct(data.last)}`, `by ${pct(data.change)}`]) {
      const check = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', objectValue);
      expect({ objectValue, verdict: check.verdict, explanation: check.explanation }).toEqual({ objectValue, verdict: 'SUPPORTED', explanation: expect.stringMatching(/Stated figure: .*within/) });
    }
  });

  it('makes the claim CONTRADICTED when the data give another figure, whatever its direction, naming both (46% against the data)', async () => {
    const data = await dataFigures();
    const off = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', pct(data.last + 4));
    expect(off.verdict).toBe('CONTRADICTED');
    expect(off.explanation).toContain(`${pct(data.last + 4)} stated, ${pct(data.last)} in the data for 2019-23 (beyond 2 percentage points)`);
    expect((await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', `${pct(data.first - 10)} to ${pct(data.last)}`)).verdict).toBe('CONTRADICTED');
    expect((await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', `by ${pct(data.change + 12)}`)).verdict).toBe('CONTRADICTED');
    // A hedged share is read with 5 points.
    expect((await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', `about ${pct(data.last + 4)}`)).verdict).toBe('SUPPORTED');
  });

  it('is said not to be compared when it is no share or change', async () => {
    const check = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31', 'a lot');
    expect(check).toMatchObject({ verdict: 'SUPPORTED', explanation: expect.stringContaining('"a lot" is no share') });
  });
});

describe('ARMS_SUPPLY_SHARE', () => {
  it('is SUPPORTED within 2 percentage points of the stated share (5 when hedged), CONTRADICTED beyond, INCONCLUSIVE without imports', async () => {
    expect((await checked('ARMS_SUPPLY_SHARE', 'Russia', 'India', '2019-01-01', '2023-12-31', '36.5%')).verdict).toBe('SUPPORTED');
    expect((await checked('ARMS_SUPPLY_SHARE', 'Russia', 'India', '2019-01-01', '2023-12-31', 'about 40%')).verdict).toBe('SUPPORTED');
    expect((await checked('ARMS_SUPPLY_SHARE', 'Russia', 'India', '2019-01-01', '2023-12-31', '40%')).verdict).toBe('CONTRADICTED');
    const wrong = await checked('ARMS_SUPPLY_SHARE', 'Russia', 'India', '2019-01-01', '2023-12-31', '60%');
    expect(wrong).toMatchObject({ verdict: 'CONTRADICTED', explanation: expect.stringContaining('36.5%') });
    const before = await checked('ARMS_SUPPLY_SHARE', 'Russia', 'India', '1990-01-01', '1995-12-31', '50%');
    expect(before).toMatchObject({ verdict: 'INCONCLUSIVE', periods: [] });
  });

  it('refuses a share claim without a share, naming objectValue', async () => {
    const result = await t.execute(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`, {
      input: { statement: 'Russia supplies most of India\'s arms.', subjectId: ids.Russia, predicate: 'ARMS_SUPPLY_SHARE', objectActorId: ids.India, objectValue: 'most' },
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.objectValue' });
  });
});

describe('claims(filter: { verdict })', () => {
  it('finds the claims the data contradict, and only those', async () => {
    const contradicted = await buildClaim(t.services, { subjectId: ids.Russia, predicate: 'ARMS_SUPPLY_RISING', objectActorId: ids.India, validFrom: '2009-01-01', validTo: '2023-12-31' });
    const { claims } = dataOf(await t.execute(`{ claims(filter: { verdict: CONTRADICTED }, first: 500) { totalCount nodes { id check { verdict } } } }`));
    expect(claims.nodes.map((claim: { id: string }) => claim.id)).toContain(String(contradicted.id));
    expect(claims.nodes.every((claim: { check: { verdict: string } }) => claim.check.verdict === 'CONTRADICTED')).toBe(true);
    expect(claims.totalCount).toBe(claims.nodes.length);
    const { claims: supported } = dataOf(await t.execute(`{ claims(filter: { verdict: SUPPORTED, actor: "Russia" }) { nodes { statement } } }`));
    expect(supported.nodes.map((claim: { statement: string }) => claim.statement)).toContain("Russia's arms supplies to India have declined notably in recent years.");
  });
});

describe('Claim.conflicts', () => {
  it('lists claims saying the opposite about the same pair over an overlapping span, on each other', async () => {
    const falling = await buildClaim(t.services, { subjectId: ids.Israel, predicate: 'ARMS_SUPPLY_FALLING', objectActorId: ids.India, validFrom: '2010-01-01', validTo: '2020-12-31' });
    const rising = await buildClaim(t.services, { subjectId: ids.Israel, predicate: 'ARMS_SUPPLY_RISING', objectActorId: ids.India, validFrom: '2015-01-01', validTo: null });
    const later = await buildClaim(t.services, { subjectId: ids.Israel, predicate: 'ARMS_SUPPLY_RISING', objectActorId: ids.India, validFrom: '2021-01-01', validTo: '2023-12-31' });
    const other = await buildClaim(t.services, { subjectId: ids.Israel, predicate: 'ARMS_SUPPLY_RISING', objectActorId: ids.China, validFrom: '2010-01-01', validTo: '2020-12-31' });
    const conflictsOf = async (id: number) =>
      dataOf(await t.execute(`query($id: ID!) { claim(id: $id) { conflicts { id } } }`, { id: String(id) })).claim.conflicts.map((c: { id: string }) => Number(c.id));
    expect(await conflictsOf(falling.id)).toEqual([rising.id]);
    expect(await conflictsOf(rising.id)).toEqual([falling.id]);
    expect(await conflictsOf(later.id)).toEqual([]);
    expect(await conflictsOf(other.id)).toEqual([]);
  });
});

describe('the predicate vocabulary', () => {
  it('lists the predicates with their subject, object and value type', async () => {
    const { predicates } = dataOf(await t.execute(`{ predicates { code label description subject object valueType series opposites } }`));
    const codes = predicates.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining([
      'ARMS_SUPPLY_RISING', 'ARMS_SUPPLY_FALLING', 'ARMS_SUPPLY_FLAT', 'LARGEST_ARMS_SUPPLIER', 'ARMS_SUPPLY_SHARE',
      'HOLDS_OFFICE', 'THREATENS', 'BALANCES_AGAINST', 'PARTNERS_WITH', 'SANCTIONS', 'DIVERSIFIES_AWAY_FROM',
    ]));
    expect(predicates.find((p: { code: string }) => p.code === 'ARMS_SUPPLY_SHARE')).toMatchObject({ subject: 'the supplier', valueType: 'ACTOR_AND_SHARE', series: 'ARMS_SUPPLY' });
    expect(predicates.find((p: { code: string }) => p.code === 'ARMS_SUPPLY_RISING').opposites).toEqual(['ARMS_SUPPLY_FALLING', 'ARMS_SUPPLY_FLAT']);
  });

  it('holds bundles to the same rules: words stored as the code, an object the vocabulary demands, the field named', async () => {
    const statement = `Russia's arms supply to India is falling (${Date.now()}).`;
    const imported = await t.services.imports.importBundle({
      claims: [
        { statement, subject: 'Russia', predicate: 'arms supply falling', object: 'India', validFrom: '2009-01-01', validTo: '2023-12-31' },
        { statement: `${statement} A share.`, subject: 'Russia', predicate: 'ARMS_SUPPLY_SHARE', object: 'India', objectValue: 'most of them' },
      ],
    }, { author: TEST_AUTHOR, mode: 'PARTIAL' });
    expect(imported.errors).toEqual([expect.objectContaining({ entity: 'claims', index: 1, field: 'objectValue' })]);
    const { claims } = dataOf(await t.execute(`query($p: String) { claims(filter: { predicate: $p }, first: 50) { nodes { statement check { verdict } } } }`, { p: 'ARMS_SUPPLY_FALLING' }));
    expect(claims.nodes.find((claim: { statement: string }) => claim.statement === statement)).toEqual({ statement, check: { verdict: 'SUPPORTED' } });
  });

  it('stores a vocabulary predicate written as words as its code, and keeps free text as given', async () => {
    const typed = await t.services.claims.create({ statement: 'Russia threatens Ukraine.', subjectId: ids.Russia, predicate: 'threatens', objectActorId: ids.China }, TEST_AUTHOR);
    expect(typed.predicate).toBe('THREATENS');
    const free = await buildClaim(t.services, { predicate: 'courts investors from' });
    expect(free.predicate).toBe('courts investors from');
    const missing = await t.execute(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`, {
      input: { statement: 'Russia is the largest supplier.', subjectId: ids.Russia, predicate: 'LARGEST_ARMS_SUPPLIER' },
    });
    expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.objectActorId' });
  });
});

describe('the dataset a claim is checked against', () => {
  // Last in this file: the rows of another dataset it adds must change nothing above, and do not here either.
  const DECLINE = { predicate: 'ARMS_SUPPLY_FALLING', supplier: 'Russia', recipient: 'India', validFrom: '2009-01-01', validTo: '2025-12-04' } as const;
  const otherDataset = { url: `https://example.org/datasets/other-${Date.now()}` };

  it("is the one holding most of the recipient's deliveries: another dataset's 2024 delivery neither adds to SIPRI's windows nor moves them", async () => {
    const before = await checked(DECLINE.predicate, DECLINE.supplier, DECLINE.recipient, DECLINE.validFrom, DECLINE.validTo);
    const imported = await t.services.imports.importBundle({
      sources: [{ kind: 'DATASET', title: 'Another arms dataset', ...otherDataset }],
      armsTransfers: [{ supplier: 'Russia', recipient: 'India', source: otherDataset, dealId: `OTHER-${Date.now()}`, designation: 'T-90S', category: 'Armoured vehicles', deliveryYear: 2024, tivDelivered: 5000 }],
    }, { author: TEST_AUTHOR, mode: 'ATOMIC' });
    expect(imported.errors).toEqual([]);
    const after = await checked(DECLINE.predicate, DECLINE.supplier, DECLINE.recipient, DECLINE.validFrom, DECLINE.validTo);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ fromYear: 2009, toYear: 2023, dataset: { title: expect.stringContaining('SIPRI') } });
  });

  it("is the other dataset for a recipient only it has deliveries to, with the span cut at that dataset's years", async () => {
    const recipient = `Checked Republic ${Date.now()}`;
    const imported = await t.services.imports.importBundle({
      actors: [{ name: recipient, kind: 'STATE' }],
      sources: [{ kind: 'DATASET', title: 'Another arms dataset', ...otherDataset }],
      armsTransfers: [2022, 2024].map((deliveryYear) => ({
        supplier: 'France', recipient, source: otherDataset, dealId: `CHECKED-${deliveryYear}`, designation: 'Rafale', category: 'Aircraft', deliveryYear, tivDelivered: 100,
      })),
    }, { author: TEST_AUTHOR, mode: 'ATOMIC' });
    expect(imported.errors).toEqual([]);
    ids[recipient] = String((await t.services.actors.resolveName(recipient, 'name')).id);
    const check = await checked('LARGEST_ARMS_SUPPLIER', 'France', recipient, '2015-01-01', '2025-12-31');
    expect(check).toMatchObject({ verdict: 'SUPPORTED', fromYear: 2022, toYear: 2024, dataset: { title: 'Another arms dataset' } });
    expect(check.periods.map((p: { fromYear: number; toYear: number; tiv: number }) => [p.fromYear, p.toYear, p.tiv])).toEqual([[2022, 2024, 200]]);
  });
});

describe('checkClaim, a typed claim before it is stored', () => {
  const CHECK_DRAFT = `query($input: CheckClaimInput!) { checkClaim(input: $input) { verdict explanation fromYear toYear periods { fromYear toYear share } } }`;

  it('gets the check the stored claim would get, its actors by name or alias, writing nothing', async () => {
    const claims = await t.db.prisma.claim.count();
    const draft = dataOf(await t.execute(CHECK_DRAFT, { input: { predicate: 'arms supply falling', subject: 'Moscow', object: 'India', validFrom: '2009-01-01', validTo: '2023-12-31' } })).checkClaim;
    const stored = await checked('ARMS_SUPPLY_FALLING', 'Russia', 'India', '2009-01-01', '2023-12-31');
    expect(draft).toEqual({ verdict: stored.verdict, explanation: stored.explanation, fromYear: stored.fromYear, toYear: stored.toYear, periods: stored.periods.map(({ fromYear, toYear, share }: { fromYear: number; toYear: number; share: number }) => ({ fromYear, toYear, share })) });
    expect(draft.verdict).toBe('SUPPORTED');
    expect(await t.db.prisma.claim.count()).toBe(claims + 1);
  });

  it('is null for a predicate no data series checks, and names the field of an unknown actor or a missing share', async () => {
    expect(dataOf(await t.execute(CHECK_DRAFT, { input: { predicate: 'praised', subject: 'Russia', object: 'India' } })).checkClaim).toBeNull();
    expect(errorOf(await t.execute(CHECK_DRAFT, { input: { predicate: 'ARMS_SUPPLY_RISING', subject: 'Atlantis', object: 'India' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.subject' });
    expect(errorOf(await t.execute(CHECK_DRAFT, { input: { predicate: 'ARMS_SUPPLY_SHARE', subject: 'Russia', object: 'India' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.objectValue' });
  });
});
