// The knowledge base out over HTTP, for a copy or another tool:
// - GET /export/bundle.ndjson: Dossier's bundle (what `npm run import` and importBundle read), and
//   GET /export/ftm.ndjson: FollowTheMoney entities, of the whole knowledge base or a part
//   (?kind=STATE&actor=India&from=2020-01-01&to=2024-12-31&source=<id or URL>); each streamed page by page from one snapshot with the
//   socket's backpressure, its edition in X-Dossier-Data-Version and X-Dossier-Exported-At.
// - GET /export/<list>.csv (actors, events, claims, checks, transfers) and GET /export/claims.jsonld (ClaimReview;
//   exports/list-exports.ts): a list read page by page through the schema with the list's own filter from the
//   query string (?kind=STATE,PERSON&name=ind), with the same edition headers.
// Behind the app's rate limit; a key as for queries (needed when reads need one); an export is a long stream, so it
// counts against the client's cap on open connections, and a client that stops reading is dropped rather than
// left holding the snapshot (on the embedded database, its one connection).
import express from 'express';
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { type DossierError, InternalError, NotFoundError, RateLimitedError, UnauthenticatedError, UserInputError } from '../errors';
import type { Caller } from '../modules/api-keys/api-keys.service';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../modules/exports/bundle-export';
import type { ResolvedExportFilter } from '../modules/exports/export-selection';
import { LIST_EXPORTS, type ListExport } from '../modules/exports/list-exports';
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
  for (const [file, spec] of Object.entries(LIST_EXPORTS)) router.get(`/${file}`, (req, res) => listExport(file, spec, req, res, options));
  return router;
}

/** The whole knowledge base in `format`, page by page from one snapshot, with the socket's backpressure. */
async function wholeExport(format: ExportFormat, req: express.Request, res: express.Response, options: ExportsHttpOptions): Promise<void> {
  let filter: ResolvedExportFilter | null;
  try {
    await liveCaller(options, req, req.headers.authorization, 'Exports');
    filter = await options.services.exports.resolveFilter(exportFilterOf(req.query));
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
    const pages = options.services.exports.lines(format, { filter });
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

/** A list export, page by page, with the socket's backpressure; a bad filter is refused before anything is sent. */
async function listExport(file: string, spec: ListExport, req: express.Request, res: express.Response, options: ExportsHttpOptions): Promise<void> {
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
  try {
    const pageAfter = async (after: string | null) => {
      const result = await options.execute(caller, spec.query, { filter, after });
      if (result.errors?.length) throw errorOf(result.errors[0]!);
      return (result.data as { page: { nodes: Record<string, unknown>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).page;
    };
    // The first page before the status: a filter naming an unknown actor is a 404 with its code, not a broken file.
    let page = await pageAfter(null);
    const edition = await options.services.exports.edition();
    const writer = spec.writer({ keyHolder: caller !== null, base: `${req.protocol}://${req.get('host') ?? 'localhost'}`, exportedAt: edition.exportedAt });
    res.status(200).set({
      'Content-Type': spec.contentType,
      'Content-Disposition': `attachment; filename="dossier-${file}"`,
      'Cache-Control': 'no-store',
      'X-Dossier-Data-Version': edition.dataVersion ?? '',
      'X-Dossier-Exported-At': edition.exportedAt,
    });
    res.write(writer.head());
    for (;;) {
      res.write(writer.page(page.nodes));
      const state = await whenWritable(res, options.slowConsumerMs);
      if (state === 'closed') return;
      if (state === 'slow') {
        dropSlowStream(res, `export ${file}`, options.slowConsumerMs, options.logger);
        return;
      }
      if (!page.pageInfo.hasNextPage) break;
      page = await pageAfter(page.pageInfo.endCursor);
    }
    res.write(writer.tail());
  } catch (error) {
    if (!res.headersSent) return refuseStream(res, error, 'The export');
    options.logger.warn({ err: error }, `export ${file} failed`);
  } finally {
    release();
    res.end();
  }
}

/** What a whole export's query string may hold, and the filter's field each fills (?kind=STATE,PERSON&actor=India&actor=Russia&from=2020-01-01). */
const EXPORT_PARAMETERS = { kind: 'kinds', actor: 'actors', from: 'from', to: 'to', source: 'source' } as const;

/** A part of the knowledge base from the query string; kinds comma-separated, actors repeated (a name may hold a comma). */
function exportFilterOf(query: express.Request['query']): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    const field = EXPORT_PARAMETERS[key as keyof typeof EXPORT_PARAMETERS];
    if (!field) throw new UserInputError(`unknown parameter "${key}"; an export takes ${Object.keys(EXPORT_PARAMETERS).join(', ')}`, key);
    const texts = (Array.isArray(raw) ? raw : [raw]).map(String);
    filter[field] = field === 'kinds' ? texts.flatMap((text) => text.split(',')).map((kind) => kind.trim().toUpperCase()) : field === 'actors' ? texts : texts.at(-1);
  }
  return filter;
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
