// The knowledge base out over HTTP, for a copy or another tool:
// - GET /export/bundle.ndjson: Dossier's bundle (what `npm run import` and importBundle read), and
//   GET /export/ftm.ndjson: FollowTheMoney entities; each streamed page by page from one snapshot with the
//   socket's backpressure, its edition in X-Dossier-Data-Version and X-Dossier-Exported-At.
// - GET /export/<list>.csv (actors, events, claims, checks, transfers; exports/csv-exports.ts): a list as a
//   spreadsheet opens it, read page by page through the schema with the list's own filter from the query string
//   (?kind=STATE,PERSON&name=ind), with the same edition headers; SIPRI credited above the header of its data.
// Behind the app's rate limit; a key as for queries (needed when reads need one); an export is a long stream, so it
// counts against the client's cap on open connections, and a client that stops reading is dropped rather than
// left holding the snapshot (on the embedded database, its one connection).
import { stringify } from 'csv-stringify/sync';
import express from 'express';
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { type DossierError, InternalError, NotFoundError, RateLimitedError, UnauthenticatedError, UserInputError } from '../errors';
import type { Caller } from '../modules/api-keys/api-keys.service';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../modules/exports/bundle-export';
import { CSV_EXPORT_NAMES, CSV_EXPORTS, type CsvExport, type CsvExportName } from '../modules/exports/csv-exports';
import { dropSlowStream, liveCaller, refuseStream, whenWritable, type LiveAccess, type LiveConnections } from './live';

/** Runs one operation of the schema as `caller` would (its plugins, limits and authorization). */
export type ExecuteAs = (caller: Caller | null, query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

interface ExportsHttpOptions extends LiveAccess {
  schema: GraphQLSchema;
  execute: ExecuteAs;
  liveConnections: LiveConnections;
  /** A client that reads nothing for this long is dropped. */
  slowConsumerMs: number;
  logger: Logger;
}

export const EXPORT_PATH = '/export';

export function exportsRouter(options: ExportsHttpOptions): express.Router {
  const router = express.Router();
  for (const format of EXPORT_FORMAT_NAMES) router.get(`/${format}.ndjson`, (req, res) => wholeExport(format, req, res, options));
  for (const name of CSV_EXPORT_NAMES) router.get(`/${name}.csv`, (req, res) => csvExport(name, req, res, options));
  return router;
}

/** The whole knowledge base in `format`, page by page from one snapshot, with the socket's backpressure. */
async function wholeExport(format: ExportFormat, req: express.Request, res: express.Response, options: ExportsHttpOptions): Promise<void> {
  try {
    await liveCaller(options, req, req.headers.authorization, 'Exports');
  } catch (error) {
    return refuseStream(res, error, 'The export');
  }
  const release = options.liveConnections.open(req);
  if (!release) return refuseStream(res, new RateLimitedError(`At most ${options.liveConnections.max} long-running connections per client`, 60), 'The export');
  try {
    const edition = await options.services.exports.edition();
    res.status(200).set({
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="dossier-${format}.ndjson"`,
      'Cache-Control': 'no-store',
      'X-Dossier-Data-Version': edition.dataVersion ?? '',
      'X-Dossier-Exported-At': edition.exportedAt,
    });
    const pages = options.services.exports.lines(format);
    try {
      for await (const page of pages) {
        res.write(page);
        const state = await whenWritable(res, options.slowConsumerMs);
        if (state === 'closed') break;
        if (state === 'slow') {
          dropSlowStream(res, 'export', options.slowConsumerMs, options.logger);
          break;
        }
      }
    } finally {
      await pages.return(undefined);
    }
  } catch (error) {
    // Before the status, a refusal with its code; after it, a stream that ends early (its last line incomplete).
    if (!res.headersSent) return refuseStream(res, error, 'The export');
    options.logger.warn({ err: error }, 'export stream failed');
  } finally {
    release();
    res.end();
  }
}

/** A list as CSV, page by page, with the socket's backpressure; a bad filter is refused before anything is sent. */
async function csvExport(name: CsvExportName, req: express.Request, res: express.Response, options: ExportsHttpOptions): Promise<void> {
  const spec: CsvExport = CSV_EXPORTS[name];
  let caller: Caller | null;
  let filter: Record<string, unknown> | null;
  try {
    caller = await liveCaller(options, req, req.headers.authorization, 'Exports');
    filter = filterOf(options.schema, spec.filterType, req.query);
  } catch (error) {
    return refuseStream(res, error, 'The export');
  }
  const release = options.liveConnections.open(req);
  if (!release) return refuseStream(res, new RateLimitedError(`At most ${options.liveConnections.max} long-running connections per client`, 60), 'The export');
  const columns = spec.columns.filter((column) => caller || !column.authorOnly);
  try {
    const pageAfter = async (after: string | null) => {
      const result = await options.execute(caller, spec.query, { filter, after });
      if (result.errors?.length) throw errorOf(result.errors[0]!);
      return (result.data as { page: { nodes: Record<string, unknown>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).page;
    };
    // The first page before the status: a filter naming an unknown actor is a 404 with its code, not a broken file.
    let page = await pageAfter(null);
    const edition = await options.services.exports.edition();
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="dossier-${name}.csv"`,
      'Cache-Control': 'no-store',
      'X-Dossier-Data-Version': edition.dataVersion ?? '',
      'X-Dossier-Exported-At': edition.exportedAt,
    });
    if (spec.credit) res.write(`${spec.credit}\n`);
    res.write(stringify([columns.map((column) => column.header)]));
    for (;;) {
      const rows = page.nodes.filter((node) => !spec.keep || spec.keep(node)).map((node) => columns.map((column) => column.value(node) ?? null));
      res.write(stringify(rows, { cast: { boolean: (value) => String(value) } }));
      const state = await whenWritable(res, options.slowConsumerMs);
      if (state === 'closed') break;
      if (state === 'slow') {
        dropSlowStream(res, `export ${name}.csv`, options.slowConsumerMs, options.logger);
        break;
      }
      if (!page.pageInfo.hasNextPage) break;
      page = await pageAfter(page.pageInfo.endCursor);
    }
  } catch (error) {
    if (!res.headersSent) return refuseStream(res, error, 'The export');
    options.logger.warn({ err: error }, 'CSV export failed');
  } finally {
    release();
    res.end();
  }
}

/**
 * The list's filter from the query string: each parameter a field of the filter's input type, a list given as
 * comma-separated values (or the parameter repeated), numbers and booleans as written; an unknown parameter is
 * BAD_USER_INPUT naming it. The values are then checked by GraphQL's own coercion, as a query's variables are.
 */
function filterOf(schema: GraphQLSchema, typeName: string, query: express.Request['query']): Record<string, unknown> | null {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type`);
  const fields = type.getFields();
  const filter: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    const field = fields[key];
    if (!field) throw new UserInputError(`unknown filter "${key}"; the list takes ${Object.keys(fields).join(', ')}`, key);
    const texts = (Array.isArray(raw) ? raw : [raw]).map(String);
    const named = getNamedType(field.type);
    const scalar = (text: string) => (named.name === 'Int' || named.name === 'Float' ? (text.trim() === '' ? text : Number(text)) : named.name === 'Boolean' ? text === 'true' ? true : text === 'false' ? false : text : text);
    const list = isListType(getNullableType(field.type));
    filter[key] = list ? texts.flatMap((text) => text.split(',')).map(scalar) : scalar(texts.at(-1)!);
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

/** A GraphQL error of a page as the service's error, so that its code and status carry over. */
function errorOf(error: { message: string; extensions?: Record<string, unknown> }): DossierError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
  if (code === 'NOT_FOUND') return new NotFoundError(error.message, field);
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') return new UserInputError(error.message.replace('Variable "$filter"', 'filter'), field);
  if (code === 'UNAUTHENTICATED') return new UnauthenticatedError(error.message);
  return new InternalError(error.message);
}
