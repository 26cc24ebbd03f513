// Actors and affiliations as bundle records (see exports/bundle-export.ts): names, aliases and demonyms in the
// order they were stored, codes; an affiliation by its two actors' names, with the sources of its values.
import { day, exportReader } from '../exports/export-reader';
import { valueSourcesSql } from '../provenance/provenance.exports';

/** An actor's name by id: how bundle records name the actors they refer to. */
export const actorNameSql = (id: string) => `(SELECT name FROM actor WHERE id = ${id})`;

const namesOf = (kind: 'ALIAS' | 'DEMONYM') => `(SELECT jsonb_agg(al.alias ORDER BY al.id) FROM actor_alias al WHERE al.actor_id = a.id AND al.kind = '${kind}')`;

export const actorBundleExport = exportReader({
  entity: 'actors',
  line: 'actor',
  table: 'actor',
  alias: 'a',
  record: `jsonb_build_object('kind', a.kind, 'name', a.name, 'aliases', ${namesOf('ALIAS')}, 'demonyms', ${namesOf('DEMONYM')},
    'isoCode', a.iso_code, 'wikidataId', a.wikidata_id, 'description', a.description)`,
});

export const affiliationBundleExport = exportReader({
  entity: 'affiliations',
  line: 'affiliation',
  table: 'affiliation',
  alias: 'f',
  record: `jsonb_build_object('member', ${actorNameSql('f.member_id')}, 'organisation', ${actorNameSql('f.organisation_id')}, 'role', f.role,
    'startDate', ${day('f.start_date')}, 'endDate', ${day('f.end_date')}, 'sources', ${valueSourcesSql('affiliation_id', 'f.id')})`,
});
