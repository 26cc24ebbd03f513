// Actors and affiliations as bundle records (see exports/bundle-export.ts): names, aliases and demonyms in the
// order they were stored, codes; an affiliation by its two actors' names, with the sources of its values.
import countries from 'world-countries';
import { day, exportReader, ftmEntity, ftmId, ftmTime, ftmValue, ftmValues, json, jsonArray, jsonObject, jsonDay } from '../exports/export-reader';
import type { ExportScope } from '../exports/export-selection';
import { valueSourcesSql } from '../provenance/provenance.exports';

/** An actor's name by id: how bundle records name the actors they refer to. */
export const actorNameSql = (id: string) => `(SELECT name FROM actor WHERE id = ${id})`;

const namesFrom = (kind: 'ALIAS' | 'DEMONYM') => `FROM actor_alias al WHERE al.actor_id = a.id AND al.kind = '${kind}'`;
const namesOf = (kind: 'ALIAS' | 'DEMONYM') => json(jsonArray('to_json(al.alias)::text', namesFrom(kind), 'al.id'));

export const actorBundleExport = exportReader({
  entity: 'actors',
  line: 'actor',
  table: 'actor',
  alias: 'a',
  record: jsonObject({
    kind: 'a.kind',
    name: 'a.name',
    aliases: namesOf('ALIAS'),
    demonyms: namesOf('DEMONYM'),
    isoCode: 'a.iso_code',
    wikidataId: 'a.wikidata_id',
    description: 'a.description',
    aliasRanks: json(
      jsonArray(jsonObject({ alias: 'al.alias', rank: 'al.rank', rankReason: 'al.rank_reason' }), `FROM actor_alias al WHERE al.actor_id = a.id AND al.rank <> 'NORMAL'`, 'al.id'),
    ),
  }),
});

export const affiliationBundleExport = exportReader({
  entity: 'affiliations',
  line: 'affiliation',
  table: 'affiliation',
  alias: 'f',
  record: jsonObject({
    member: actorNameSql('f.member_id'),
    organisation: actorNameSql('f.organisation_id'),
    role: 'f.role',
    startDate: jsonDay('f.start_date'),
    endDate: jsonDay('f.end_date'),
    sources: json(valueSourcesSql('affiliation_id', 'f.id')),
    rank: `NULLIF(f.rank::text, 'NORMAL')`,
    rankReason: 'f.rank_reason',
  }),
});

/**
 * FtM's schema for each kind of actor. FtM 3's model (the JS model's) has no Territory schema, so a state is a
 * PublicBody with its country.
 */
export const FTM_ACTOR_SCHEMA = {
  STATE: 'PublicBody',
  PERSON: 'Person',
  ORGANISATION: 'Organization',
  INTERNATIONAL_ORGANISATION: 'Organization',
  NON_STATE_ARMED_GROUP: 'Organization',
  OTHER: 'LegalEntity',
} as const;

/** FtM's country code (ISO 3166-1 alpha-2, lower case) of an ISO alpha-3 code, from world-countries. */
const countryOf = (iso3: string) => `(SELECT c.code FROM (VALUES ${countries.map((country) => `('${country.cca3}', '${country.cca2.toLowerCase()}')`).join(', ')}) AS c(iso3, code) WHERE c.iso3 = ${iso3})`;

export const actorFtmExport = exportReader({
  entity: 'actors',
  line: null,
  table: 'actor',
  alias: 'a',
  record: ftmEntity({
    id: ftmId('actor', 'a.id'),
    schema: `CASE a.kind::text ${Object.entries(FTM_ACTOR_SCHEMA).map(([kind, schema]) => `WHEN '${kind}' THEN '${schema}'`).join(' ')} END`,
    caption: 'a.name',
    properties: {
      name: ftmValue('a.name'),
      alias: ftmValues('al.alias', namesFrom('ALIAS'), 'al.id'),
      country: ftmValue(countryOf('a.iso_code')),
      wikidataId: ftmValue('a.wikidata_id'),
      description: ftmValue('a.description'),
    },
    // The actors merged into this one: their ids, as OpenSanctions lists the ids a deduplicated entity replaces.
    referents: jsonArray(`to_json('dossier-actor-' || m.duplicate_id)::text`, 'FROM actor_merge m WHERE m.canonical_id = a.id AND m.undone_at IS NULL', 'm.duplicate_id'),
    firstSeen: ftmTime('a.created_at'),
    lastChange: ftmTime('a.updated_at'),
  }),
});

export const affiliationFtmExport = exportReader({
  entity: 'affiliations',
  line: null,
  table: 'affiliation',
  alias: 'f',
  record: ftmEntity({
    id: ftmId('affiliation', 'f.id'),
    schema: `'Membership'`,
    caption: 'f.role',
    properties: {
      member: ftmValue(ftmId('actor', 'f.member_id')),
      organization: ftmValue(ftmId('actor', 'f.organisation_id')),
      role: ftmValue('f.role'),
      startDate: ftmValue(day('f.start_date')),
      endDate: ftmValue(day('f.end_date')),
    },
    firstSeen: ftmTime('f.created_at'),
    lastChange: ftmTime('f.updated_at'),
  }),
});

/** The actors a filtered export is about: of the kinds `kinds` (text[], null: any) among the ids `ids` (int[], null: any). */
export const actorSeedSql = (kinds: string, ids: string) =>
  `SELECT a.id FROM actor a WHERE (${kinds}::text[] IS NULL OR a.kind::text = ANY(${kinds}::text[])) AND (${ids}::int[] IS NULL OR a.id = ANY(${ids}::int[]))`;

/**
 * An affiliation in a filtered export: of an actor asked for (as member or organisation); overlapping the dates
 * (an open end is open); with a value from the source asked for. It brings both actors and its values' sources.
 */
export const affiliationExportScope: ExportScope = {
  table: 'affiliation',
  alias: 'f',
  concerns: `(f.member_id IN (SELECT id FROM export_seed_actor) OR f.organisation_id IN (SELECT id FROM export_seed_actor))`,
  within: `COALESCE(f.start_date, '-infinity') <= $2::date AND COALESCE(f.end_date, 'infinity') >= $1::date`,
  cites: `EXISTS (SELECT 1 FROM value_source v WHERE v.affiliation_id = f.id AND v.source_id = $3::int)`,
  refers: {
    actor: (picked) => `SELECT unnest(ARRAY[f.member_id, f.organisation_id]) FROM affiliation f WHERE f.id IN (SELECT id FROM ${picked})`,
    source: (picked) => `SELECT v.source_id FROM value_source v WHERE v.affiliation_id IN (SELECT id FROM ${picked})`,
  },
};
