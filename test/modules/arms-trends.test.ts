// Arms-supply trends and rankings over SIPRI's whole register, checked against sums computed from the CSV
// file in this test, and the SQL each request sends.
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { registerRows, tivOf, type RegisterRow } from '../helpers/sipri-csv';
import { createTestDatabase } from '../helpers/database';
import { expectSqlSnapshot, recordStatements } from '../helpers/statements';
import { createTestServer, dataOf, errorOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  // One connection: the statements of a request in one order (see the SQL snapshot).
  t = await createTestServer({ db: await createTestDatabase({ poolSize: 1 }) });
  // The article sample gives Russia and India their aliases (Moscow, RUS, New Delhi); SIPRI's register their trade.
  await loadSample(t.services);
  await loadSipriSample(t.services);
}, 120_000);
afterAll(() => t.close());

const TREND = `query($supplier: String!, $recipient: String!, $fromYear: Int, $toYear: Int, $periodYears: Int, $category: String, $alignment: PeriodAlignment) {
  armsSupplyTrend(supplier: $supplier, recipient: $recipient, fromYear: $fromYear, toYear: $toYear, periodYears: $periodYears, category: $category, periodAlignment: $alignment) {
    supplier { name } recipient { name } totalTiv recipientTotalTiv share slope direction attribution
    periods { fromYear toYear years tiv tivPerYear recipientTotalTiv share change changeRatio byCategory { category tiv } } } }`;

/** TIV summed in hundredths, as exact as the data's two decimals: what the service must answer to the digit. */
const exactTivOf = (keep: (row: RegisterRow) => boolean) => registerRows().reduce((cents, row) => (keep(row) ? cents + Math.round(row.tiv * 100) : cents), 0) / 100;

const inYears = (from: number, to: number) => (row: RegisterRow) => row.deliveryYear >= from && row.deliveryYear <= to;

/** The supplier's deliveries to the recipient in a period, per category, from the CSV. */
function categoriesFromCsv(supplier: string, recipient: string, from: number, to: number) {
  const byCategory = new Map<string, number>();
  for (const row of registerRows()) {
    if (row.supplier === supplier && row.recipient === recipient && inYears(from, to)(row)) {
      byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.tiv);
    }
  }
  return byCategory;
}

describe('armsSupplyTrend', () => {
  it("gives Russia's deliveries to India per five-year period, India's total imports and Russia's share, as in the CSV", async () => {
    const variables = { supplier: 'Russia', recipient: 'India', fromYear: 2000, toYear: 2023, periodYears: 5 };
    let result: Record<string, any> = {};
    const statements = await recordStatements(t.db, async () => {
      result = dataOf(await t.execute(TREND, variables)).armsSupplyTrend;
    });
    expect(result).toMatchObject({ supplier: { name: 'Russia' }, recipient: { name: 'India' }, attribution: expect.stringContaining('SIPRI') });
    expect(result.periods.map((p: { fromYear: number; toYear: number }) => [p.fromYear, p.toYear])).toEqual([
      [2000, 2004], [2005, 2009], [2010, 2014], [2015, 2019], [2020, 2023],
    ]);
    for (const period of result.periods) {
      const span = inYears(period.fromYear, period.toYear);
      const tiv = tivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && span(row));
      const total = tivOf((row) => row.recipient === 'India' && span(row));
      expect(period.tiv).toBeCloseTo(tiv, 6);
      expect(period.recipientTotalTiv).toBeCloseTo(total, 6);
      expect(period.share).toBeCloseTo(tiv / total, 9);
      const categories = categoriesFromCsv('Russia', 'India', period.fromYear, period.toYear);
      expect(period.byCategory.map((c: { category: string }) => c.category).sort()).toEqual([...categories.keys()].sort());
      for (const { category, tiv: categoryTiv } of period.byCategory) expect(categoryTiv).toBeCloseTo(categories.get(category)!, 6);
      expect(period.byCategory.map((c: { tiv: number }) => c.tiv)).toEqual([...period.byCategory.map((c: { tiv: number }) => c.tiv)].sort((a, b) => b - a));
    }
    const [first, second] = result.periods;
    // Change is per year, so that the four-year 2020-23 does not read as a fall against the five-year periods.
    expect(result.periods.map((p: { years: number }) => p.years)).toEqual([5, 5, 5, 5, 4]);
    const last = result.periods[4];
    expect(last.tivPerYear).toBeCloseTo(last.tiv / 4, 9);
    // Per-year figures to four decimals, with no float noise.
    for (const period of result.periods) expect(`${period.tivPerYear} ${period.change ?? 0}`).toMatch(/^-?\d+(\.\d{1,4})? -?\d+(\.\d{1,4})?$/);
    expect(first.change).toBeNull();
    expect(second.change).toBeCloseTo(second.tiv / 5 - first.tiv / 5, 6);
    expect(second.changeRatio).toBeCloseTo((second.tiv - first.tiv) / first.tiv, 9);
    expect(last.change).toBeCloseTo(last.tiv / 4 - result.periods[3].tiv / 5, 6);
    expect(result.totalTiv).toBeCloseTo(tivOf((row) => row.supplier === 'Russia' && row.recipient === 'India'), 6);
    // Russia's share of India's imports fell from the 2000s to the 2020s: the trend is falling.
    expect(result.direction).toBe('FALLING');
    expect(result.slope).toBeLessThan(0);
    // One statement, actors included, whatever the number of periods and categories.
    expect(statements).toHaveLength(1);
    expectSqlSnapshot('arms-supply-trend', statements);
  });

  it('takes the span of the data when no years are given, one period a year, and accepts aliases and ISO codes', async () => {
    const { armsSupplyTrend } = dataOf(await t.execute(TREND, { supplier: 'RUS', recipient: 'india' }));
    const years = registerRows().filter((row) => row.supplier === 'Russia' && row.recipient === 'India').map((row) => row.deliveryYear);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    expect(armsSupplyTrend.periods).toHaveLength(last - first + 1);
    expect(armsSupplyTrend.periods[0]).toMatchObject({ fromYear: first, toYear: first });
    const year2010 = armsSupplyTrend.periods.find((p: { fromYear: number }) => p.fromYear === 2010);
    expect(year2010.tiv).toBeCloseTo(tivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && row.deliveryYear === 2010), 6);
  });

  it('adds TIV exactly: sums carry no floating-point noise', async () => {
    const { armsSupplyTrend } = dataOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 2000, toYear: 2023, periodYears: 5 }));
    for (const period of armsSupplyTrend.periods) {
      const span = inYears(period.fromYear, period.toYear);
      expect(period.tiv).toBe(exactTivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && span(row)));
      expect(period.recipientTotalTiv).toBe(exactTivOf((row) => row.recipient === 'India' && span(row)));
      expect(String(period.tiv)).toMatch(/^\d+(\.\d{1,2})?$/);
    }
    expect(armsSupplyTrend.totalTiv).toBe(exactTivOf((row) => row.supplier === 'Russia' && row.recipient === 'India'));
  });

  it("lays periods back from toYear as SIPRI's windows are (2019-23, 2014-18, ...), the first cut at fromYear", async () => {
    const { armsSupplyTrend } = dataOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 2000, toYear: 2023, periodYears: 5, alignment: 'TO_YEAR' }));
    expect(armsSupplyTrend.periods.map((p: { fromYear: number; toYear: number; years: number }) => [p.fromYear, p.toYear, p.years])).toEqual([
      [2000, 2003, 4], [2004, 2008, 5], [2009, 2013, 5], [2014, 2018, 5], [2019, 2023, 5],
    ]);
    // SIPRI's own figures for Russia's share of India's imports: 75.9% (2009-13), 57.7% (2014-18), 36.5% (2019-23).
    const shares = armsSupplyTrend.periods.slice(2).map((p: { share: number }) => Math.round(p.share * 1000) / 10);
    expect(shares).toEqual([75.9, 57.7, 36.5]);
    for (const period of armsSupplyTrend.periods) {
      const span = inYears(period.fromYear, period.toYear);
      expect(period.tiv).toBe(exactTivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && span(row)));
    }
  });

  it('cuts the last period at toYear', async () => {
    const { armsSupplyTrend } = dataOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 2000, toYear: 2010, periodYears: 4 }));
    expect(armsSupplyTrend.periods.map((p: { fromYear: number; toYear: number }) => [p.fromYear, p.toYear])).toEqual([[2000, 2003], [2004, 2007], [2008, 2010]]);
  });

  it('gives the trend of one category alone, with the recipient total of that category', async () => {
    const { armsSupplyTrend } = dataOf(
      await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 2000, toYear: 2023, periodYears: 8, category: 'aircraft' }),
    );
    for (const period of armsSupplyTrend.periods) {
      const span = inYears(period.fromYear, period.toYear);
      const aircraft = (row: RegisterRow) => row.category === 'Aircraft' && span(row);
      expect(period.tiv).toBeCloseTo(tivOf((row) => row.supplier === 'Russia' && row.recipient === 'India' && aircraft(row)), 6);
      expect(period.recipientTotalTiv).toBeCloseTo(tivOf((row) => row.recipient === 'India' && aircraft(row)), 6);
      expect(period.byCategory.map((c: { category: string }) => c.category)).toEqual(period.tiv > 0 ? ['Aircraft'] : []);
    }
  });

  it('gives a period without deliveries a TIV and share of 0', async () => {
    const { armsSupplyTrend } = dataOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 1990, toYear: 1994 }));
    expect(armsSupplyTrend.periods).toHaveLength(5);
    for (const period of armsSupplyTrend.periods) expect(period).toMatchObject({ tiv: 0, recipientTotalTiv: 0, share: 0, byCategory: [] });
    expect(armsSupplyTrend).toMatchObject({ totalTiv: 0, share: 0, direction: 'FLAT' });
  });

  it('answers an unknown actor with NOT_FOUND naming the argument, and bad spans with BAD_USER_INPUT', async () => {
    expect(errorOf(await t.execute(TREND, { supplier: 'Atlantis', recipient: 'India' }))).toMatchObject({ code: 'NOT_FOUND', field: 'supplier' });
    expect(errorOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'Nowhere' }))).toMatchObject({ code: 'NOT_FOUND', field: 'recipient' });
    expect(errorOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', periodYears: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodYears' });
    expect(errorOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', fromYear: 2010, toYear: 2000 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
    expect(errorOf(await t.execute(TREND, { supplier: 'Russia', recipient: 'India', category: 'Spaceships' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
  });
});

describe('top suppliers and recipients', () => {
  const RANKING = `query($actor: String!, $from: Int, $to: Int) {
    topArmsSuppliers(recipient: $actor, fromYear: $from, toYear: $to, first: 5) { actor { name } totalTiv attribution partners { rank actor { name } tiv share deliveries } }
    topArmsRecipients(supplier: "Russia", fromYear: $from, toYear: $to, first: 3) { totalTiv partners { rank actor { name } tiv share } } }`;

  /** Partners ranked by TIV from the CSV. */
  function rankFromCsv(side: 'supplier' | 'recipient', actor: string, from: number, to: number) {
    const other = side === 'supplier' ? 'recipient' : 'supplier';
    const totals = new Map<string, number>();
    for (const row of registerRows()) {
      if (row[other] === actor && inYears(from, to)(row)) totals.set(row[side], (totals.get(row[side]) ?? 0) + row.tiv);
    }
    const total = [...totals.values()].reduce((a, b) => a + b, 0);
    return { total, ranked: [...totals.entries()].sort((a, b) => b[1] - a[1]) };
  }

  it("ranks India's suppliers and Russia's recipients over 2014-2023 with TIV and share, as in the CSV", async () => {
    const result = dataOf(await t.execute(RANKING, { actor: 'New Delhi', from: 2014, to: 2023 }));
    const suppliers = rankFromCsv('supplier', 'India', 2014, 2023);
    expect(result.topArmsSuppliers.actor.name).toBe('India');
    expect(result.topArmsSuppliers.totalTiv).toBeCloseTo(suppliers.total, 6);
    expect(result.topArmsSuppliers.partners.map((p: { actor: { name: string } }) => p.actor.name)).toEqual(suppliers.ranked.slice(0, 5).map(([name]) => name));
    result.topArmsSuppliers.partners.forEach((partner: { rank: number; tiv: number; share: number }, i: number) => {
      expect(partner.rank).toBe(i + 1);
      expect(partner.tiv).toBeCloseTo(suppliers.ranked[i]![1], 6);
      expect(partner.share).toBeCloseTo(suppliers.ranked[i]![1] / suppliers.total, 9);
    });
    const recipients = rankFromCsv('recipient', 'Russia', 2014, 2023);
    expect(result.topArmsRecipients.partners.map((p: { actor: { name: string } }) => p.actor.name)).toEqual(recipients.ranked.slice(0, 3).map(([name]) => name));
    expect(result.topArmsRecipients.totalTiv).toBeCloseTo(recipients.total, 6);
  });
});
