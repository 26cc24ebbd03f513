// Claim and citation fields a one-statement read builds in the database (see shared/json-reads.ts): the same
// values as the Claim and Citation resolvers give.
import { idColumn, modelFields, type JsonObjectType } from '../../shared/json-reads';
import { CITATION_COLUMNS, CLAIM_COLUMNS } from './claims.columns';

export const CLAIM_JSON: JsonObjectType = {
  table: 'claim',
  scalars: { id: idColumn, ...modelFields(CLAIM_COLUMNS, ['statement', 'predicate', 'objectValue', 'confidence', 'rank', 'rankReason'], ['validFrom', 'validTo']) },
  references: {
    asserter: { column: 'asserter_id', type: 'Actor' },
    asserterSource: { column: 'asserter_source_id', type: 'Source' },
    event: { column: 'event_id', type: 'Event' },
    subject: { column: 'subject_id', type: 'Actor' },
    objectActor: { column: 'object_actor_id', type: 'Actor' },
  },
  lists: {
    // A claim's citations in the order they were added (as ClaimService.citationsOf).
    citations: {
      type: 'Citation',
      rows: (parentIds) => `SELECT ci.claim_id AS parent_id, row_number() OVER (PARTITION BY ci.claim_id ORDER BY ci.id) AS _n, ci.*
        FROM citation ci WHERE ci.claim_id = ANY(${parentIds})`,
    },
  },
};

export const CITATION_JSON: JsonObjectType = {
  table: 'citation',
  scalars: { id: idColumn, ...modelFields(CITATION_COLUMNS, ['quote', 'startOffset', 'endOffset', 'stance']) },
  references: {
    claim: { column: 'claim_id', type: 'Claim' },
    source: { column: 'source_id', type: 'Source' },
  },
};
