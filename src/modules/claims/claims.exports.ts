// Claims as bundle records (see exports/bundle-export.ts): their values, the actors, source and event they name
// by natural keys, the actors they are about and their citations in the order they were stored.
import { actorNameSql } from '../actors/actors.exports';
import { day, exportReader } from '../exports/export-reader';
import { sourceRefSql } from '../sources/sources.exports';

export const claimBundleExport = exportReader({
  entity: 'claims',
  line: 'claim',
  table: 'claim',
  alias: 'c',
  record: `json_build_object('statement', c.statement, 'predicate', c.predicate, 'objectValue', c.object_value,
    'validFrom', ${day('c.valid_from')}, 'validTo', ${day('c.valid_to')}, 'confidence', c.confidence,
    'asserter', ${actorNameSql('c.asserter_id')},
    'asserterSource', (SELECT ${sourceRefSql('s')} FROM source s WHERE s.id = c.asserter_source_id),
    'event', (SELECT json_build_object('title', e.title, 'startDate', ${day('e.start_date')}) FROM event e WHERE e.id = c.event_id),
    'subject', ${actorNameSql('c.subject_id')}, 'object', ${actorNameSql('c.object_actor_id')},
    'about', (SELECT json_agg(json_build_object('actor', ${actorNameSql('ca.actor_id')}, 'role', ca.role) ORDER BY ca.actor_id) FROM claim_actor ca WHERE ca.claim_id = c.id),
    'citations', (SELECT json_agg(json_build_object('source', ${sourceRefSql('s')}, 'quote', ci.quote, 'startOffset', ci.start_offset,
        'endOffset', ci.end_offset, 'stance', ci.stance) ORDER BY ci.id)
      FROM citation ci JOIN source s ON s.id = ci.source_id WHERE ci.claim_id = c.id))`,
});
