// Every type read from rows, with a declaration for each of its fields (shared/reads.ts): the owning module's
// fields and those other modules add. The compiled reads' declarations and the look-ahead's row fields come from
// here; test/contract/reads.test.ts holds that every field of these types in schema.graphql is declared.
import type { JsonReadDeclarations } from './shared/json-reads';
import { jsonObjectTypeOf, rowReadsOf, type FieldRead, type TypeReads } from './shared/reads';
import { ACTOR, ACTOR_JSON_ROOT, AFFILIATION } from './modules/actors/actors.reads';
import { ARMS_TRANSFER, ARMS_TRANSFERS_JSON_ROOT } from './modules/arms-transfers/arms-transfers.reads';
import { CLAIM_CHECK_READS } from './modules/claim-checks/claim-checks.reads';
import { CITATION, CLAIM, FACT_CHECK } from './modules/claims/claims.reads';
import { EVENT } from './modules/events/events.reads';
import { HISTORY_READS } from './modules/history/history.reads';
import { MENTION_READS } from './modules/mentions/mentions.reads';
import { MERGE_READS } from './modules/merges/merges.reads';
import { FIGURE_READS } from './modules/figures/figures.reads';
import { QUOTATION_READS } from './modules/quotations/quotations.reads';
import { PROVENANCE_READS } from './modules/provenance/provenance.reads';
import { ACTOR_EVENT, COUNTERPART, RELATION_READS } from './modules/relations/relations.reads';
import { SOURCE } from './modules/sources/sources.reads';

/** The fields modules add to types other modules own. */
const ADDED: Record<string, Record<string, FieldRead>>[] = [RELATION_READS, PROVENANCE_READS, MERGE_READS, MENTION_READS, QUOTATION_READS, FIGURE_READS, HISTORY_READS, CLAIM_CHECK_READS];

const withAdded = (name: string, owned: TypeReads): TypeReads => ({
  ...owned,
  fields: Object.assign({}, owned.fields, ...ADDED.map((added) => added[name] ?? {})),
});

export const READS: Record<string, TypeReads> = Object.fromEntries(
  Object.entries({ Actor: ACTOR, Affiliation: AFFILIATION, ActorEvent: ACTOR_EVENT, ArmsTransfer: ARMS_TRANSFER, Citation: CITATION, Claim: CLAIM, Counterpart: COUNTERPART, Event: EVENT, FactCheck: FACT_CHECK, Source: SOURCE })
    .map(([name, owned]) => [name, withAdded(name, owned)]),
);

/** The types and lists that a read may get as one statement building its JSON (server/compiled-reads.ts). */
export const jsonReads: JsonReadDeclarations = {
  types: Object.fromEntries(Object.entries(READS).map(([name, reads]) => [name, jsonObjectTypeOf(reads)])),
  connections: { armsTransfers: ARMS_TRANSFERS_JSON_ROOT },
  objects: { actor: ACTOR_JSON_ROOT },
};

/** The row fields each field of a type reads, and the type's row fields, for the look-ahead (shared/selection.ts). */
export function rowReads(typeName: keyof typeof READS & string): { rowFields: readonly string[]; reads: Record<string, readonly string[]> } {
  const reads = READS[typeName]!;
  return { rowFields: reads.rowFields, reads: rowReadsOf(reads) };
}
