// FollowTheMoney entities in (OpenSanctions' and Aleph's NDJSON: one entity a line, {id, schema, properties, ...}):
// people, organisations, companies and public bodies become actors with their names, aliases, Wikidata ids and
// descriptions; positions held (Occupancy of a Position), memberships, directorships and employments become
// affiliations. Each actor is matched against the stored ones first: one the matcher finds is joined through sameAs
// (its names become aliases there, and a LIKELY_DUPLICATE warning says so), never duplicated. Every line is checked
// by FollowTheMoney's own model (an unknown schema or property is the line's error), every value must be text, dates
// ISO, and every reference must name an entity of the file. Then the bundle is imported as any other.
import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';
import countries from 'world-countries';
import { firstDayOf } from '../../shared/dates';
import type { Bundle, ImportOptions, ImportResult, RecordError } from './bundle';
import { joinStoredActors } from './stored-actors';
import { FileFormatError } from './file-format-error';
import type { ImportService } from './imports.service';
import type { BundleActor, BundleAffiliation } from './imports.validation';
import { fileLines } from './sipri-register';

const model = new Model(defaultModel);

/** FtM's schemata that are actors, most specific first, with the kind each becomes. */
const ACTOR_KINDS: [schema: string, kind: BundleActor['kind']][] = [
  ['Person', 'PERSON'],
  ['PublicBody', 'ORGANISATION'],
  ['Organization', 'ORGANISATION'],
  ['LegalEntity', 'ORGANISATION'],
];

/** FtM's schemata that link a member to an organisation: the two properties and the role when none is given. */
const LINKS: Record<string, { member: string; organisation: string; role: string }> = {
  Membership: { member: 'member', organisation: 'organization', role: 'member' },
  Directorship: { member: 'director', organisation: 'organization', role: 'director' },
  Employment: { member: 'employee', organisation: 'employer', role: 'employee' },
};

/** An entity line as read: FtM's fields, the line it is on. */
interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  line: number;
}

/** A state's ISO alpha-3 code (how a bundle may name it) from FtM's country code. */
const ISO3 = new Map(countries.map((country) => [country.cca2.toLowerCase(), country.cca3]));
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/** The first value of a property, or null. */
const first = (entity: FtmEntity, property: string) => entity.properties[property]?.[0] ?? null;

/**
 * Reads and checks every line; the entities that passed, and an error per line that did not (the file's line, the
 * field at fault). A line of a known schema Dossier holds nothing of (an Address, a Sanction) is left out.
 */
async function readEntities(file: string): Promise<{ entities: FtmEntity[]; errors: RecordError[] }> {
  const entities: FtmEntity[] = [];
  const errors: RecordError[] = [];
  const fail = (line: number, field: string, message: string) => errors.push({ entity: 'file', index: -1, line, field, message });
  let blank = true;
  for await (const { text, line } of fileLines(file)) {
    if (!text.trim()) continue;
    blank = false;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      fail(line, '(line)', `not JSON: ${(error as Error).message}`);
      continue;
    }
    const entity = raw as Partial<FtmEntity> | null;
    if (!entity || typeof entity !== 'object' || typeof entity.id !== 'string' || !entity.id || typeof entity.schema !== 'string') {
      fail(line, '(line)', 'expected an entity: {"id": "...", "schema": "...", "properties": {...}}');
      continue;
    }
    // getSchema throws on a name it does not know: the model's table says so first.
    const schema = Object.hasOwn(model.schemata, entity.schema) ? model.getSchema(entity.schema) : null;
    if (!schema) {
      fail(line, 'schema', `unknown schema "${entity.schema}"`);
      continue;
    }
    const problem = propertyProblem(schema, entity.properties);
    if (problem) {
      fail(line, `properties.${problem.property}`, problem.message);
      continue;
    }
    entities.push({ id: entity.id, schema: entity.schema, caption: typeof entity.caption === 'string' ? entity.caption : undefined, properties: entity.properties ?? {}, line });
  }
  if (blank) throw new FileFormatError('ftm', 'the file is empty');
  return { entities, errors };
}

/** The first property that FtM's model does not know, or whose values are not text of its type. */
function propertyProblem(schema: Schema, properties: unknown): { property: string; message: string } | null {
  if (properties === undefined) return null;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return { property: '(all)', message: 'must be an object of lists of text' };
  for (const [name, values] of Object.entries(properties)) {
    if (!schema.hasProperty(name)) return { property: name, message: `${schema.name} has no property "${name}"` };
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) return { property: name, message: 'must be a list of text' };
    const type = schema.getProperty(name).type.name;
    if (type === 'date' && values.some((value) => !ISO_DATE.test(value))) return { property: name, message: `"${values.find((value) => !ISO_DATE.test(value))}" is not an ISO date` };
  }
  return null;
}

const actorKindOf = (schema: string) => ACTOR_KINDS.find(([name]) => model.getSchema(schema).isA(name))?.[1] ?? null;

/** The entities as a bundle: actors, and affiliations naming them; a reference to an id not in the file is the line's error. */
function bundleOf(entities: FtmEntity[], errors: RecordError[]): { bundle: Bundle; lines: { actors: number[]; affiliations: number[] }; actorIds: string[] } {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const actors: BundleActor[] = [];
  const actorLines: number[] = [];
  const actorIds: string[] = [];
  const nameOf = new Map<string, string>();
  for (const entity of entities) {
    const kind = actorKindOf(entity.schema);
    if (!kind) continue;
    const names = [...new Set([...(entity.properties.name ?? []), ...(entity.properties.alias ?? [])].map((name) => name.trim()).filter(Boolean))];
    const name = names[0] ?? entity.caption;
    if (!name) {
      errors.push({ entity: 'file', index: -1, line: entity.line, field: 'properties.name', message: `a ${entity.schema} needs a name` });
      continue;
    }
    nameOf.set(entity.id, name);
    actors.push({
      kind,
      name,
      aliases: names.filter((alias) => alias !== name),
      wikidataId: first(entity, 'wikidataId'),
      description: first(entity, 'description') ?? first(entity, 'summary') ?? first(entity, 'notes'),
    } as BundleActor);
    actorLines.push(entity.line);
    actorIds.push(entity.id);
  }

  const affiliations: BundleAffiliation[] = [];
  const affiliationLines: number[] = [];
  /** The bundle's name for the actor an entity's property refers to, or an error naming the property. */
  const actorRef = (entity: FtmEntity, property: string): string | null => {
    const id = first(entity, property);
    const name = id ? nameOf.get(id) : undefined;
    if (!name) errors.push({ entity: 'file', index: -1, line: entity.line, field: `properties.${property}`, message: id ? `refers to "${id}", which is no person or organisation of the file` : 'is missing' });
    return name ?? null;
  };
  for (const entity of entities) {
    const link = Object.entries(LINKS).find(([schema]) => entity.schema === schema)?.[1];
    let member: string | null;
    let organisation: string | null;
    let role: string | null = first(entity, 'role');
    if (link) {
      member = actorRef(entity, link.member);
      organisation = actorRef(entity, link.organisation);
      role ??= link.role;
    } else if (entity.schema === 'Occupancy') {
      // A post held: the position's organisation, else the state whose position it is.
      member = actorRef(entity, 'holder');
      const post = byId.get(first(entity, 'post') ?? '');
      if (!post || post.schema !== 'Position') {
        errors.push({ entity: 'file', index: -1, line: entity.line, field: 'properties.post', message: `refers to "${first(entity, 'post') ?? ''}", which is no Position of the file` });
        continue;
      }
      role = first(post, 'name') ?? post.caption ?? null;
      organisation = first(post, 'organization') ? actorRef(post, 'organization') : (ISO3.get(first(post, 'country') ?? '') ?? null);
      if (!organisation) errors.push({ entity: 'file', index: -1, line: post.line, field: 'properties.organization', message: 'a position needs an organisation of the file or a country' });
    } else continue;
    if (!member || !organisation || !role) continue;
    affiliations.push({ member, organisation, role, startDate: firstDayOf(first(entity, 'startDate')), endDate: firstDayOf(first(entity, 'endDate')) } as unknown as BundleAffiliation);
    affiliationLines.push(entity.line);
  }
  return { bundle: { actors, affiliations }, lines: { actors: actorLines, affiliations: affiliationLines }, actorIds };
}

/** Imports an FtM NDJSON file: reads and checks it, joins the actors the matcher finds to the stored ones, imports the bundle. */
export async function importFtm(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const { entities, errors } = await readEntities(file);
  const { bundle, lines, actorIds } = bundleOf(entities, errors);
  const joined = await joinStoredActors(imports, (bundle.actors ?? []) as BundleActor[], lines.actors, actorIds);
  const result = await imports.importBundle(bundle, { ...options, priorErrors: [...(options.priorErrors ?? []), ...errors], lineOf: (entity, index) => (lines as Record<string, number[]>)[entity]?.[index] });
  return { ...result, warnings: [...joined, ...result.warnings] };
}
