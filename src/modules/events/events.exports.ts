// Events as bundle records (see exports/bundle-export.ts): their fields, participants by name and role, and the
// sources of their values.
import { actorNameSql } from '../actors/actors.exports';
import { day, exportReader, ftmEntity, ftmId, ftmTime, ftmValue, ftmValues, json, jsonArray, jsonObject, jsonDay } from '../exports/export-reader';
import type { ExportScope } from '../exports/export-selection';
import { valueSourcesSql } from '../provenance/provenance.exports';

export const eventBundleExport = exportReader({
  entity: 'events',
  line: 'event',
  table: 'event',
  alias: 'e',
  record: jsonObject({
    cameoCode: 'e.cameo_code',
    title: 'e.title',
    startDate: jsonDay('e.start_date'),
    startPrecision: 'e.start_precision',
    endDate: jsonDay('e.end_date'),
    endPrecision: 'e.end_precision',
    location: 'e.location',
    description: 'e.description',
    participants: json(jsonArray(jsonObject({ actor: actorNameSql('p.actor_id'), role: 'p.role' }), 'FROM event_participant p WHERE p.event_id = e.id', 'p.id')),
    sources: json(valueSourcesSql('event_id', 'e.id')),
  }),
});

/** An event with the actors involved (each once) and its CAMEO type as a keyword. */
export const eventFtmExport = exportReader({
  entity: 'events',
  line: null,
  table: 'event',
  alias: 'e',
  record: ftmEntity({
    id: ftmId('event', 'e.id'),
    schema: `'Event'`,
    caption: 'e.title',
    properties: {
      name: ftmValue('e.title'),
      startDate: ftmValue(day('e.start_date')),
      endDate: ftmValue(day('e.end_date')),
      location: ftmValue('e.location'),
      summary: ftmValue('e.description'),
      keywords: ftmValue(`'CAMEO ' || e.cameo_code || ': ' || (SELECT label FROM cameo_code WHERE code = e.cameo_code)`),
      // Each actor once, whatever roles it had.
      involved: ftmValues(`'dossier-actor-' || p.actor_id`, 'FROM (SELECT DISTINCT actor_id FROM event_participant WHERE event_id = e.id) p', 'p.actor_id'),
    },
    firstSeen: ftmTime('e.created_at'),
    lastChange: ftmTime('e.updated_at'),
  }),
});

/**
 * An event in a filtered export: with an actor asked for among its participants; overlapping the dates; with a
 * value from the source asked for. It brings its participants and its values' sources.
 */
export const eventExportScope: ExportScope = {
  table: 'event',
  alias: 'e',
  concerns: `EXISTS (SELECT 1 FROM event_participant p WHERE p.event_id = e.id AND p.actor_id IN (SELECT id FROM export_seed_actor))`,
  within: `e.start_date <= $2::date AND COALESCE(e.end_date, e.start_date) >= $1::date`,
  cites: `EXISTS (SELECT 1 FROM value_source v WHERE v.event_id = e.id AND v.source_id = $3::int)`,
  refers: {
    actor: (picked) => `SELECT p.actor_id FROM event_participant p WHERE p.event_id IN (SELECT id FROM ${picked})`,
    source: (picked) => `SELECT v.source_id FROM value_source v WHERE v.event_id IN (SELECT id FROM ${picked})`,
  },
};
