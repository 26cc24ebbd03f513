// The lists a user opens in a spreadsheet, as CSV (GET /export/<name>.csv): each one a GraphQL list read page by
// page through the schema itself, so that it takes the list's own filter, the caller's authorization and the
// query limits, and a column per field. Adding a CSV is one entry here.
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';
import { SIPRI_STATUS } from '../imports/sipri-register';

/** A node of a page, as the query's selection returns it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

export interface CsvColumn {
  header: string;
  /** The cell: text, a number, a boolean (written true/false) or null (empty); several values are joined with "; ". */
  value(node: Node): string | number | boolean | null | undefined;
  /** Who changed a record is shown to key holders only, as in GraphQL. */
  authorOnly?: boolean;
}

export interface CsvExport {
  /** The GraphQL list's filter input type: the query string's parameters are its fields. */
  filterType: string;
  /** One page: variables $filter and $after; the list aliased `page`, with pageInfo and nodes. */
  query: string;
  columns: CsvColumn[];
  /** Rows of the page that the file holds (default: all). */
  keep?(node: Node): boolean;
  /** A credit written above the header, for data that requires it. */
  credit?: string;
}

/** Several values in one cell. */
export const MULTI_VALUE_SEPARATOR = '; ';
const joined = (values: (string | null | undefined)[]) => values.filter((value) => value != null && value !== '').join(MULTI_VALUE_SEPARATOR);
const name = (actor: Node | null) => actor?.name ?? null;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const STATUS_WORDS = Object.fromEntries(Object.entries(SIPRI_STATUS).map(([words, status]) => [status, words]));

/** A check's figures: each window with its share, or its value per year when it has no share. */
const figures = (check: Node | null) =>
  check ? joined(check.periods.map((period: Node) => `${period.fromYear}-${period.toYear}: ${period.share != null ? `${(period.share * 100).toFixed(1)}%` : period.valuePerYear}`)) : null;

const CLAIM_FIELDS = `id statement predicate objectValue validFrom validTo confidence rank
  asserter { name } asserterSource { title } subject { name } objectActor { name } about { role actor { name } }
  citations { quote stance source { title url } } updatedBy`;

export const CSV_EXPORTS = {
  actors: {
    filterType: 'ActorFilter',
    query: `query($filter: ActorFilter, $after: String) { page: actors(filter: $filter, first: 500, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { id kind name isoCode wikidataId aliases description updatedBy } } }`,
    columns: [
      { header: 'id', value: (node) => node.id },
      { header: 'kind', value: (node) => node.kind },
      { header: 'name', value: (node) => node.name },
      { header: 'ISO code', value: (node) => node.isoCode },
      { header: 'Wikidata id', value: (node) => node.wikidataId },
      { header: 'aliases', value: (node) => joined(node.aliases) },
      { header: 'description', value: (node) => node.description },
      { header: 'updated by', value: (node) => node.updatedBy, authorOnly: true },
    ],
  },
  events: {
    filterType: 'EventFilter',
    query: `query($filter: EventFilter, $after: String) { page: events(filter: $filter, first: 200, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id title startDate endDate location description type { code label } participants { role actor { name } } updatedBy } } }`,
    columns: [
      { header: 'id', value: (node) => node.id },
      { header: 'title', value: (node) => node.title },
      { header: 'start date', value: (node) => node.startDate },
      { header: 'end date', value: (node) => node.endDate },
      { header: 'CAMEO code', value: (node) => node.type.code },
      { header: 'type', value: (node) => node.type.label },
      { header: 'location', value: (node) => node.location },
      { header: 'participants', value: (node) => joined(node.participants.map((p: Node) => `${p.actor.name} (${p.role.toLowerCase()})`)) },
      { header: 'description', value: (node) => node.description },
      { header: 'updated by', value: (node) => node.updatedBy, authorOnly: true },
    ],
  },
  claims: {
    filterType: 'ClaimFilter',
    query: `query($filter: ClaimFilter, $after: String) { page: claims(filter: $filter, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { ${CLAIM_FIELDS} } } }`,
    columns: [
      { header: 'id', value: (node) => node.id },
      { header: 'statement', value: (node) => node.statement },
      { header: 'asserted by', value: (node) => name(node.asserter) ?? node.asserterSource?.title ?? null },
      { header: 'subject', value: (node) => name(node.subject) },
      { header: 'predicate', value: (node) => node.predicate },
      { header: 'object', value: (node) => name(node.objectActor) ?? node.objectValue },
      { header: 'about', value: (node) => joined(node.about.map((link: Node) => link.actor.name)) },
      { header: 'valid from', value: (node) => node.validFrom },
      { header: 'valid to', value: (node) => node.validTo },
      { header: 'confidence', value: (node) => node.confidence },
      { header: 'rank', value: (node) => node.rank },
      { header: 'quotes', value: (node) => joined(node.citations.map((citation: Node) => citation.quote)) },
      { header: 'stances', value: (node) => joined(node.citations.map((citation: Node) => citation.stance)) },
      { header: 'sources', value: (node) => joined(node.citations.map((citation: Node) => citation.source.url ?? citation.source.title)) },
      { header: 'updated by', value: (node) => node.updatedBy, authorOnly: true },
    ],
  },
  checks: {
    filterType: 'ClaimFilter',
    query: `query($filter: ClaimFilter, $after: String) { page: claims(filter: $filter, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id statement predicate subject { name } objectActor { name } objectValue
        check { verdict explanation series unit fromYear toYear attribution dataset { title edition } periods { fromYear toYear share valuePerYear } } } } }`,
    keep: (node) => node.check !== null,
    columns: [
      { header: 'claim id', value: (node) => node.id },
      { header: 'statement', value: (node) => node.statement },
      { header: 'predicate', value: (node) => node.predicate },
      { header: 'subject', value: (node) => name(node.subject) },
      { header: 'object', value: (node) => name(node.objectActor) ?? node.objectValue },
      { header: 'verdict', value: (node) => node.check.verdict },
      { header: 'from year', value: (node) => node.check.fromYear },
      { header: 'to year', value: (node) => node.check.toYear },
      { header: 'figures', value: (node) => figures(node.check) },
      { header: 'explanation', value: (node) => node.check.explanation },
      { header: 'dataset', value: (node) => `${node.check.dataset.title}${node.check.dataset.edition ? `, edition of ${node.check.dataset.edition}` : ''}` },
      { header: 'credit', value: (node) => node.check.attribution },
    ],
  },
  transfers: {
    filterType: 'ArmsTransferFilter',
    query: `query($filter: ArmsTransferFilter, $after: String) { page: armsTransfers(filter: $filter, first: 200, after: $after, orderBy: DELIVERY_YEAR_ASC) {
      pageInfo { hasNextPage endCursor }
      nodes { dealId supplier { name } recipient { name } designation description category orderYear orderYearEstimated numberDelivered
        numberDeliveredEstimated deliveryYear deliveryYearEstimated status tivPerUnit tivDelivered localProduction firstSeen lastSeen source { title edition } } } }`,
    credit: SIPRI_ATTRIBUTION,
    // SIPRI's own column names, in the register's order, then where each row comes from.
    columns: [
      { header: 'SIPRI AT Database ID', value: (node) => node.dealId },
      { header: 'Supplier', value: (node) => node.supplier.name },
      { header: 'Recipient', value: (node) => node.recipient.name },
      { header: 'Designation', value: (node) => node.designation },
      { header: 'Description', value: (node) => node.description },
      { header: 'Armament category', value: (node) => node.category },
      { header: 'Order date', value: (node) => node.orderYear },
      { header: 'Order date is estimate', value: (node) => yesNo(node.orderYearEstimated) },
      { header: 'Numbers delivered', value: (node) => node.numberDelivered },
      { header: 'Numbers delivered is estimate', value: (node) => yesNo(node.numberDeliveredEstimated) },
      { header: 'Delivery year', value: (node) => node.deliveryYear },
      { header: 'Delivery year is estimate', value: (node) => yesNo(node.deliveryYearEstimated) },
      { header: 'Status', value: (node) => STATUS_WORDS[node.status] ?? node.status },
      { header: 'TIV deal unit', value: (node) => node.tivPerUnit },
      { header: 'TIV delivery values', value: (node) => node.tivDelivered },
      { header: 'Local production', value: (node) => yesNo(node.localProduction) },
      { header: 'Dataset', value: (node) => `${node.source.title}${node.source.edition ? `, edition of ${node.source.edition}` : ''}` },
      { header: 'First seen', value: (node) => node.firstSeen },
      { header: 'Last seen', value: (node) => node.lastSeen },
    ],
  },
} satisfies Record<string, CsvExport>;

export type CsvExportName = keyof typeof CSV_EXPORTS;
export const CSV_EXPORT_NAMES = Object.keys(CSV_EXPORTS) as CsvExportName[];
