// Every party of SIPRI's register is known for what it is: a state mapped to its world-countries entry (ISO code,
// other names, capital, demonyms), or one of the non-states SIPRI marks or Dossier lists.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { countryFormsOf } from '../../src/modules/imports/country-forms';
import { SIPRI_NON_STATES, SIPRI_STATES } from '../../src/modules/imports/sipri-states';
import { lookupKey } from '../../src/shared/lookup-key';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';

function registerParties(): string[] {
  const lines = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split(/\r?\n/);
  const header = lines.findIndex((line) => line.includes('Supplier') && line.includes('Recipient'));
  const rows = parse(lines.slice(header).join('\n'), { columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
  return [...new Set(rows.flatMap((row) => [row.Supplier, row.Recipient]).filter((party): party is string => Boolean(party)))].sort();
}

describe("SIPRI's parties", () => {
  const parties = registerParties();

  it('are each a mapped state, a marked armed group (*) or organisation (**), or a listed non-state', () => {
    const unknown = parties.filter((party) => !(party in SIPRI_STATES) && !/\*$/.test(party) && !(party in SIPRI_NON_STATES));
    expect(unknown).toEqual([]);
    expect(parties.length).toBeGreaterThan(200);
  });

  it('map the spellings SIPRI uses to the states they are, with their ISO codes', () => {
    const codes = Object.fromEntries(['Turkiye', 'Viet Nam', 'UAE', 'DR Congo', 'Congo', 'Czechia', "Cote d'Ivoire", 'eSwatini', 'Bosnia-Herzegovina', 'Cabo Verde'].map((name) => [name, countryFormsOf(name)?.isoCode]));
    expect(codes).toEqual({ Turkiye: 'TUR', 'Viet Nam': 'VNM', UAE: 'ARE', 'DR Congo': 'COD', Congo: 'COG', Czechia: 'CZE', "Cote d'Ivoire": 'CIV', eSwatini: 'SWZ', 'Bosnia-Herzegovina': 'BIH', 'Cabo Verde': 'CPV' });
    expect(countryFormsOf('Turkiye')).toMatchObject({ aliases: expect.arrayContaining(['Republic of Turkey', 'Ankara']), demonyms: ['Turkish'] });
    expect(countryFormsOf('Viet Nam')!.aliases).toContain('Vietnam');
    expect(countryFormsOf('Kosovo')!.isoCode).toBeNull();
  });

  it('give no form to two parties: each alias, demonym and code names one state only', () => {
    const holder = new Map<string, string>();
    for (const party of parties) holder.set(lookupKey(party.replace(/\*+$/, '')), party);
    for (const state of Object.keys(SIPRI_STATES)) {
      const forms = countryFormsOf(state)!;
      for (const form of [...forms.aliases, ...forms.demonyms, ...(forms.isoCode ? [forms.isoCode] : [])]) {
        const key = lookupKey(form);
        expect({ form, held: holder.get(key) ?? state }).toEqual({ form, held: state });
        holder.set(key, state);
      }
    }
  });
});
