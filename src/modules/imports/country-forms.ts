// The names a state of SIPRI's register goes by, from the maintained `world-countries` data: its ISO 3166-1 alpha-3
// code, its common and official names and other spellings ("Turkey", "Vietnam", "Ivory Coast"), its capital (a
// metonym: "Ankara says") as aliases, and its demonyms ("Turkish"). A form two states share ("Congo", "Congolese"),
// or that names another party of the register, is given to none of them: it would name no one for certain.
import countries from 'world-countries';
import { lookupKey } from '../../shared/lookup-key';
import { EXTRA_NAMES, NOT_ISO_CODES, SIPRI_NON_STATES, SIPRI_STATES } from './sipri-states';

export interface CountryForms {
  isoCode: string | null;
  aliases: string[];
  demonyms: string[];
}

/** Latin-script forms only (the texts Dossier reads are English), and not the two-letter codes ("IN", "IT"), which read as words. */
const usable = (form: string) => /^[\p{Script=Latin}\p{M}\s'’.()-]+$/u.test(form) && form.replace(/[^\p{L}]/gu, '').length > 2;

function formsOf(name: string, code: string): CountryForms {
  const country = countries.find((entry) => entry.cca3 === code);
  if (!country) throw new Error(`world-countries has no ${code} (SIPRI's ${name})`);
  const demonym = country.demonyms?.eng;
  return {
    isoCode: NOT_ISO_CODES.has(code) ? null : code,
    aliases: [country.name.common, country.name.official, ...country.altSpellings, ...(EXTRA_NAMES[name] ?? []), ...(country.capital ?? [])].filter(usable),
    // "Bosnian, Herzegovinian": one demonym per people.
    demonyms: [...new Set([demonym?.m, demonym?.f].flatMap((form) => (form ? form.split(/,\s*/) : [])))].filter(usable),
  };
}

/** Every state's forms, less those another party of the register names or another state shares. */
function buildForms(): Map<string, CountryForms> {
  const raw = new Map(Object.entries(SIPRI_STATES).map(([name, code]) => [name, formsOf(name, code)]));
  const holders = new Map<string, Set<string>>();
  const hold = (key: string, name: string) => holders.set(key, (holders.get(key) ?? new Set()).add(name));
  for (const name of [...Object.keys(SIPRI_STATES), ...Object.keys(SIPRI_NON_STATES)]) hold(lookupKey(name), name);
  for (const [name, forms] of raw) for (const form of [...forms.aliases, ...forms.demonyms]) hold(lookupKey(form), name);
  const own = (name: string, iso: string | null) => (form: string) => {
    const key = lookupKey(form);
    return key !== lookupKey(name) && key !== iso?.toLowerCase() && holders.get(key)?.size === 1;
  };
  const dedupe = (forms: string[]) => [...new Map(forms.map((form) => [lookupKey(form), form])).values()];
  return new Map(
    [...raw].map(([name, forms]) => {
      const keep = own(name, forms.isoCode);
      const aliases = dedupe(forms.aliases.filter(keep));
      const aliasKeys = new Set(aliases.map(lookupKey));
      return [name, { isoCode: forms.isoCode, aliases, demonyms: dedupe(forms.demonyms.filter(keep)).filter((d) => !aliasKeys.has(lookupKey(d))) }];
    }),
  );
}

let forms: Map<string, CountryForms> | null = null;

/** The forms of the state SIPRI spells `name`; null for a party that is no state (or one not mapped). */
export function countryFormsOf(name: string): CountryForms | null {
  forms ??= buildForms();
  return forms.get(name) ?? null;
}
