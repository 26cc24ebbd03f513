// Every export of a list read through the schema (GET /export/<file>): the CSV lists and the claims as
// ClaimReview. Each is a query of one page (variables $filter and $after, the list aliased `page`) and a writer that
// turns the pages into the file's text; the HTTP route reads the pages, with the list's filter from the query
// string, the caller's authorization and the query limits. Adding a file is one entry here.
import { stringify } from 'csv-stringify/sync';
import { CLAIM_REVIEW_QUERY, claimReviewsOf } from './claim-review';
import { CSV_EXPORT_NAMES, CSV_EXPORTS, type CsvExport } from './csv-exports';

/** What a file may depend on besides its pages: who asks, where the service is, and when. */
export interface ExportContext {
  keyHolder: boolean;
  /** The service's URL as the client reached it (links in the file). */
  base: string;
  exportedAt: string;
}

/** A node of a page, as the query's selection returns it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

export interface ListExportWriter {
  /** Text before the first page, each page's text, and text after the last. */
  head(): string;
  page(nodes: Node[]): string;
  tail(): string;
}

export interface ListExport {
  filterType: string;
  query: string;
  contentType: string;
  writer(context: ExportContext): ListExportWriter;
}

function csvExport(name: (typeof CSV_EXPORT_NAMES)[number]): ListExport {
  const spec: CsvExport = CSV_EXPORTS[name];
  return {
    filterType: spec.filterType,
    query: spec.query,
    contentType: 'text/csv; charset=utf-8',
    writer: ({ keyHolder }) => {
      const columns = spec.columns.filter((column) => keyHolder || !column.authorOnly);
      return {
        head: () => `${spec.credit ? `${spec.credit}\n` : ''}${stringify([columns.map((column) => column.header)])}`,
        page: (nodes) => stringify(nodes.filter((node) => spec.keep?.(node) ?? true).map((node) => columns.map((column) => column.value(node) ?? null)), { cast: { boolean: (value) => String(value) } }),
        tail: () => '',
      };
    },
  };
}

/** The claims as one JSON-LD document, its @graph written a page at a time. */
const claimReviews: ListExport = {
  filterType: 'ClaimFilter',
  query: CLAIM_REVIEW_QUERY,
  contentType: 'application/ld+json; charset=utf-8',
  writer: ({ base, exportedAt }) => {
    let written = 0;
    return {
      head: () => '{"@context":"https://schema.org","@graph":[\n',
      page: (nodes) =>
        nodes
          .flatMap((node) => claimReviewsOf(node, base, exportedAt.slice(0, 10)))
          .map((review) => `${written++ > 0 ? ',\n' : ''}${JSON.stringify(review)}`)
          .join(''),
      tail: () => '\n]}\n',
    };
  },
};

/** Every list export by its file name under /export/. */
export const LIST_EXPORTS: Record<string, ListExport> = {
  ...Object.fromEntries(CSV_EXPORT_NAMES.map((name) => [`${name}.csv`, csvExport(name)])),
  'claims.jsonld': claimReviews,
};
