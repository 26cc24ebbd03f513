// Wikidata entities in, as Wikidata's API (wbgetentities: {"entities": {"Q7747": {...}}}), a single entity's JSON or a
// dump (a JSON array, one entity a line) write them, read through wikibase-sdk's simplifyEntity. Items become actors:
// the label in the first of the chosen languages as the name, the other labels and the aliases in those languages
// as aliases, the QID, the ISO code (P298, else P297), the description, the kind from instance-of (P31). Positions
// held (P39) become affiliations with the position's label as the role and its jurisdiction (P1001), country (P17)
// or the statement's "of" (P642) as the organisation, between its start (P580) and end (P582); member of (P463)
// becomes a membership. A reference URL (P854) on such a statement becomes the affiliation's value source. An item
// that is a position held by another is a position, not an actor. Actors are joined to the stored ones the matcher
// finds (stored-actors.ts); a reference to an item neither in the file nor stored is the line's error.
import type { SimplifiedEntity } from 'wikibase-sdk';
import countries from 'world-countries';
import { firstDayOf } from '../../shared/dates';
import { readFile } from 'node:fs/promises';
import type { Bundle, ImportOptions, ImportResult, RecordError } from './bundle';
import { FileFormatError } from './file-format-error';
import type { ImportService } from './imports.service';
import type { BundleActor, BundleAffiliation, BundleSource } from './imports.validation';
import { fileLines } from './sipri-register';
import { joinStoredActors } from './stored-actors';

/** Instance-of classes and the kind of actor each is; an item of none of them is an organisation. */
const KIND_OF_CLASS: Record<string, BundleActor['kind']> = {
  Q5: 'PERSON',
  Q6256: 'STATE', // country
  Q3624078: 'STATE', // sovereign state
  Q484652: 'INTERNATIONAL_ORGANISATION',
  Q245065: 'INTERNATIONAL_ORGANISATION', // intergovernmental organisation
  Q1127126: 'INTERNATIONAL_ORGANISATION', // military alliance
  Q17149090: 'NON_STATE_ARMED_GROUP', // armed organisation
  Q2912070: 'NON_STATE_ARMED_GROUP', // paramilitary organisation
};
const ISO3_OF_ISO2 = new Map(countries.map((country) => [country.cca2, country.cca3]));

/** An item as read, with the line it is on (a dump's) or its place in the file. */
interface Item {
  entity: SimplifiedEntity;
  line: number | undefined;
}

type Claim = NonNullable<SimplifiedEntity['claims']>[string][number];

/** The items of a file in any of Wikidata's layouts; a dump's line that is not an entity is its error. */
async function readItems(file: string): Promise<{ items: Item[]; errors: RecordError[] }> {
  // Loaded when a Wikidata file is read, not at every start: wikibase-sdk is an ES module that the compiled
  // CommonJS reaches through Node's require of ES modules.
  const { simplifyEntity } = await import('wikibase-sdk');
  const errors: RecordError[] = [];
  const items: Item[] = [];
  const add = (raw: unknown, line: number | undefined) => {
    if (!raw || typeof raw !== 'object' || typeof (raw as { id?: unknown }).id !== 'string') {
      errors.push({ entity: 'file', index: -1, line, field: '(line)', message: 'expected a Wikidata entity: {"id": "Q…", "type": "item", "labels": {...}, "claims": {...}}' });
      return;
    }
    try {
      const entity = simplifyEntity(raw as Record<string, unknown>, { keepQualifiers: true, keepReferences: true, timeConverter: 'simple-day' });
      if (entity.type === 'item') items.push({ entity, line });
    } catch (error) {
      errors.push({ entity: 'file', index: -1, line, field: 'claims', message: (error as Error).message });
    }
  };
  const head = (await readFile(file, 'utf8').then((text) => text.trimStart().slice(0, 1)).catch(() => ''));
  if (head === '[') {
    // A dump: "[", one entity a line followed by a comma, "]".
    for await (const { text, line } of fileLines(file)) {
      const trimmed = text.trim().replace(/,$/, '');
      if (trimmed === '[' || trimmed === ']' || trimmed === '') continue;
      try {
        add(JSON.parse(trimmed), line);
      } catch (error) {
        errors.push({ entity: 'file', index: -1, line, field: '(line)', message: `not JSON: ${(error as Error).message}` });
      }
    }
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new FileFormatError('wikidata', `the file is not JSON: ${(error as Error).message}`);
    }
    const entities = parsed && typeof parsed === 'object' && 'entities' in parsed ? Object.values((parsed as { entities: Record<string, unknown> }).entities) : [parsed];
    for (const entity of entities) add(entity, undefined);
  }
  if (items.length === 0 && errors.length === 0) throw new FileFormatError('wikidata', 'the file holds no items');
  return { items, errors };
}

const valueOf = (claim: Claim | undefined) => (claim && typeof claim.value === 'string' ? claim.value : null);
const claimsOf = (item: Item, property: string) => item.entity.claims?.[property] ?? [];
const qualifier = (claim: Claim, property: string) => {
  const value = claim.qualifiers[property]?.[0];
  return typeof value === 'string' ? value : null;
};

/** Imports a Wikidata entity file: its items as actors and affiliations, in `languages` (default English). */
export async function importWikidata(imports: ImportService, file: string, options: ImportOptions & { languages?: readonly string[] }): Promise<ImportResult> {
  const languages = options.languages?.length ? options.languages : ['en'];
  const { items, errors } = await readItems(file);
  const byId = new Map(items.map((item) => [item.entity.id, item]));
  const positions = new Set(items.flatMap((item) => claimsOf(item, 'P39').map(valueOf)).filter((id): id is string => id !== null));

  const actors: BundleActor[] = [];
  const actorLines: number[] = [];
  const actorIds: string[] = [];
  const nameOf = new Map<string, string>();
  for (const item of items) {
    if (positions.has(item.entity.id)) continue;
    const labels = languages.map((language) => item.entity.labels?.[language]).filter((label): label is string => Boolean(label));
    const name = labels[0];
    if (!name) {
      errors.push({ entity: 'file', index: -1, line: item.line, field: 'labels', message: `${item.entity.id} has no label in ${languages.join(', ')}` });
      continue;
    }
    const aliases = [...new Set([...labels.slice(1), ...languages.flatMap((language) => item.entity.aliases?.[language] ?? [])])].filter((alias) => alias !== name);
    const iso3 = valueOf(claimsOf(item, 'P298')[0]) ?? ISO3_OF_ISO2.get(valueOf(claimsOf(item, 'P297')[0]) ?? '') ?? null;
    const kind = claimsOf(item, 'P31').map((claim) => KIND_OF_CLASS[valueOf(claim) ?? '']).find(Boolean) ?? 'ORGANISATION';
    nameOf.set(item.entity.id, name);
    actors.push({
      kind,
      name,
      aliases,
      wikidataId: item.entity.id,
      ...(iso3 && kind === 'STATE' ? { isoCode: iso3 } : {}),
      description: languages.map((language) => item.entity.descriptions?.[language]).find(Boolean) ?? null,
    } as BundleActor);
    actorLines.push(item.line ?? actors.length);
    actorIds.push(item.entity.id);
  }

  // The items statements point at that the file does not hold: stored actors, by the Wikidata id they keep.
  const referenced = items.flatMap((item) => [
    ...claimsOf(item, 'P463').map(valueOf),
    ...claimsOf(item, 'P39').flatMap((claim) => {
      const post = byId.get(valueOf(claim) ?? '');
      return [qualifier(claim, 'P642'), ...(post ? [valueOf(claimsOf(post, 'P1001')[0]), valueOf(claimsOf(post, 'P17')[0])] : [])];
    }),
  ]);
  const stored = await imports.storedNamesByWikidataId([...new Set(referenced.filter((id): id is string => id !== null && !nameOf.has(id)))]);
  const actorNamed = (qid: string | null) => (qid ? (nameOf.get(qid) ?? stored.get(qid) ?? null) : null);

  const affiliations: BundleAffiliation[] = [];
  const affiliationLines: number[] = [];
  const sources = new Map<string, BundleSource>();
  const affiliate = (item: Item, property: string, claim: Claim, organisation: string | null, organisationRef: string | null, role: string) => {
    const member = nameOf.get(item.entity.id);
    if (!member) return;
    if (!organisation) {
      errors.push({ entity: 'file', index: -1, line: item.line, field: `claims.${property}`, message: `${item.entity.id}: ${organisationRef ?? 'the organisation'} is neither an item of the file nor a stored actor's Wikidata id` });
      return;
    }
    // A reference URL on the statement: the affiliation's source.
    const urls = claim.references.flatMap((reference) => (reference.P854 ?? []).filter((url): url is string => typeof url === 'string'));
    for (const url of urls) if (!sources.has(url)) sources.set(url, { kind: 'OTHER', title: `Reference: ${url}`, url } as BundleSource);
    affiliations.push({
      member,
      organisation,
      role,
      startDate: firstDayOf(qualifier(claim, 'P580')),
      endDate: firstDayOf(qualifier(claim, 'P582')),
      ...(urls.length > 0 ? { sources: urls.map((url) => ({ source: { url } })) } : {}),
    } as unknown as BundleAffiliation);
    affiliationLines.push(item.line ?? 0);
  };
  for (const item of items) {
    for (const claim of claimsOf(item, 'P39')) {
      const post = byId.get(valueOf(claim) ?? '');
      const of = qualifier(claim, 'P642') ?? (post ? (valueOf(claimsOf(post, 'P1001')[0]) ?? valueOf(claimsOf(post, 'P17')[0])) : null);
      const role = post ? (languages.map((language) => post.entity.labels?.[language]).find(Boolean) ?? post.entity.id) : (valueOf(claim) ?? 'position');
      affiliate(item, 'P39', claim, actorNamed(of), of, role);
    }
    for (const claim of claimsOf(item, 'P463')) affiliate(item, 'P463', claim, actorNamed(valueOf(claim)), valueOf(claim), 'member');
  }

  const joined = await joinStoredActors(imports, actors, actorLines, actorIds);
  const bundle: Bundle = { actors, sources: [...sources.values()], affiliations };
  const lines: Record<string, number[]> = { actors: actorLines, affiliations: affiliationLines };
  const result = await imports.importBundle(bundle, { ...options, priorErrors: [...(options.priorErrors ?? []), ...errors], lineOf: (entity, index) => lines[entity]?.[index] || undefined });
  return { ...result, warnings: [...joined, ...result.warnings] };
}
