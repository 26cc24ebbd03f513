// Claims as bundle records (see exports/bundle-export.ts): their values, the actors, source and event they name
// by natural keys, the actors they are about and their citations in the order they were stored.
import { actorNameSql } from '../actors/actors.exports';
import { exportReader, json, jsonArray, jsonObject, jsonDay } from '../exports/export-reader';
import type { ExportScope } from '../exports/export-selection';
import { sourceRefSql } from '../sources/sources.exports';

export const claimBundleExport = exportReader({
  entity: 'claims',
  line: 'claim',
  table: 'claim',
  alias: 'c',
  record: jsonObject({
    statement: 'c.statement',
    predicate: 'c.predicate',
    objectValue: 'c.object_value',
    validFrom: jsonDay('c.valid_from'),
    validTo: jsonDay('c.valid_to'),
    confidence: 'c.confidence',
    asserter: actorNameSql('c.asserter_id'),
    asserterSource: json(`(SELECT ${sourceRefSql('s')} FROM source s WHERE s.id = c.asserter_source_id)`),
    event: json(`(SELECT ${jsonObject({ title: 'e.title', startDate: jsonDay('e.start_date') })} FROM event e WHERE e.id = c.event_id)`),
    subject: actorNameSql('c.subject_id'),
    object: actorNameSql('c.object_actor_id'),
    about: json(jsonArray(jsonObject({ actor: actorNameSql('ca.actor_id'), role: 'ca.role' }), 'FROM claim_actor ca WHERE ca.claim_id = c.id', 'ca.actor_id')),
    citations: json(
      jsonArray(
        jsonObject({ source: json(sourceRefSql('s')), quote: 'ci.quote', startOffset: 'ci.start_offset', endOffset: 'ci.end_offset', stance: 'ci.stance' }),
        'FROM citation ci JOIN source s ON s.id = ci.source_id WHERE ci.claim_id = c.id',
        'ci.id',
      ),
    ),
    factChecks: json(
      jsonArray(
        jsonObject({
          reviewer: 'f.reviewer',
          reviewerUrl: 'f.reviewer_url',
          url: 'f.url',
          publishedAt: jsonDay('f.published_at'),
          ratingValue: 'f.rating_value',
          bestRating: 'f.best_rating',
          worstRating: 'f.worst_rating',
          ratingName: 'f.rating_name',
          ratingExplanation: 'f.rating_explanation',
        }),
        'FROM fact_check f WHERE f.claim_id = c.id',
        'f.url',
      ),
    ),
    // A rank other than NORMAL, with its reason.
    rank: `NULLIF(c.rank::text, 'NORMAL')`,
    rankReason: 'c.rank_reason',
  }),
});

/**
 * A claim in a filtered export: about an actor asked for (as subject, object, asserter or one it is about); within
 * the dates by its validity, or, having none, by the publication of a source citing it; citing the source asked
 * for (or asserted by it). It brings its actors, its sources and its event.
 */
export const claimExportScope: ExportScope = {
  table: 'claim',
  alias: 'c',
  concerns: `(c.subject_id IN (SELECT id FROM export_seed_actor) OR c.object_actor_id IN (SELECT id FROM export_seed_actor) OR c.asserter_id IN (SELECT id FROM export_seed_actor)
    OR EXISTS (SELECT 1 FROM claim_actor ca WHERE ca.claim_id = c.id AND ca.actor_id IN (SELECT id FROM export_seed_actor)))`,
  within: `CASE WHEN c.valid_from IS NULL AND c.valid_to IS NULL
    THEN EXISTS (SELECT 1 FROM citation ci JOIN source s ON s.id = ci.source_id WHERE ci.claim_id = c.id AND s.published_at BETWEEN $1::date AND $2::date)
    ELSE COALESCE(c.valid_from, '-infinity') <= $2::date AND COALESCE(c.valid_to, 'infinity') >= $1::date END`,
  cites: `(c.asserter_source_id = $3::int OR EXISTS (SELECT 1 FROM citation ci WHERE ci.claim_id = c.id AND ci.source_id = $3::int))`,
  refers: {
    actor: (picked) => `SELECT unnest(ARRAY[c.subject_id, c.object_actor_id, c.asserter_id]) FROM claim c WHERE c.id IN (SELECT id FROM ${picked})
      UNION SELECT ca.actor_id FROM claim_actor ca WHERE ca.claim_id IN (SELECT id FROM ${picked})`,
    source: (picked) => `SELECT c.asserter_source_id FROM claim c WHERE c.id IN (SELECT id FROM ${picked})
      UNION SELECT ci.source_id FROM citation ci WHERE ci.claim_id IN (SELECT id FROM ${picked})`,
    event: (picked) => `SELECT c.event_id FROM claim c WHERE c.id IN (SELECT id FROM ${picked})`,
  },
};
