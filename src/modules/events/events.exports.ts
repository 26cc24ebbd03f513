// Events as bundle records (see exports/bundle-export.ts): their fields, participants by name and role, and the
// sources of their values.
import { actorNameSql } from '../actors/actors.exports';
import { day, exportReader } from '../exports/export-reader';
import { valueSourcesSql } from '../provenance/provenance.exports';

export const eventBundleExport = exportReader({
  entity: 'events',
  line: 'event',
  table: 'event',
  alias: 'e',
  record: `jsonb_build_object('cameoCode', e.cameo_code, 'title', e.title, 'startDate', ${day('e.start_date')}, 'startPrecision', e.start_precision,
    'endDate', ${day('e.end_date')}, 'endPrecision', e.end_precision, 'location', e.location, 'description', e.description,
    'participants', (SELECT jsonb_agg(jsonb_build_object('actor', ${actorNameSql('p.actor_id')}, 'role', p.role) ORDER BY p.id) FROM event_participant p WHERE p.event_id = e.id),
    'sources', ${valueSourcesSql('event_id', 'e.id')})`,
});
