// /reconcile: the W3C Reconciliation Service API 0.2 over HTTP, for OpenRefine and other clients. A plain GET
// answers the manifest; `queries=` (query string or form body) or a JSON body `{"queries": ...}` a batch;
// /suggest/entity and /preview what OpenRefine's browser side asks for (JSONP with `callback`, or CORS as
// configured). Reads only: open like the GraphQL reads, or behind a READER key when reads need one. Every request
// was counted by the service's rate limiter before it got here (server.ts); a batch counts each of its queries.
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { DossierError, InternalError, NotFoundError, UnauthenticatedError, UserInputError } from '../errors';
import { requireRole, type Caller } from '../modules/api-keys/api-keys.service';
import type { ReconciliationService } from '../modules/reconciliation/reconciliation.service';
import type { Services } from '../services';
import { EXPLORER_PATH } from './explorer';
import { databaseErrorOf } from './format-error';
import type { RateLimiter } from './rate-limit';
import { MAX_MATCH_QUERIES } from '../modules/matching/matching.validation';

export const RECONCILE_PATH = '/reconcile';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, TIMEOUT: 503, SERVICE_UNAVAILABLE: 503,
};
const CALLBACK = /^[A-Za-z_$][\w$.]{0,99}$/;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** JSON, or JSONP when the client names a callback (a name only: anything else is refused). */
function answer(req: Request, res: Response, status: number, body: unknown): void {
  const callback = typeof req.query.callback === 'string' ? req.query.callback : undefined;
  res.status(status);
  if (callback !== undefined && CALLBACK.test(callback)) {
    res.type('application/javascript').send(`/**/${callback}(${JSON.stringify(body)});`);
    return;
  }
  res.json(body);
}

/** The error as the GraphQL path would code it (a timeout, a busy or unreachable database), with the request id; an unexpected one is logged. */
function refusal(res: Response, error: unknown, logger: Logger): DossierError {
  const requestId = String(res.getHeader('x-request-id') ?? '');
  if (error instanceof DossierError) return error;
  const database = databaseErrorOf(error);
  if (database) {
    logger.warn({ requestId, err: error, code: database.code }, 'reconcile: database unavailable or too slow');
    res.setHeader('retry-after', '5');
    return database;
  }
  logger.error({ requestId, err: error }, 'unexpected error in reconcile');
  return new InternalError(`Unexpected error; the operators can trace it by request id ${requestId}`);
}

/** The public base of this request (behind a proxy, its forwarded host and protocol as trust proxy allows). */
const baseOf = (req: Request) => `${req.protocol}://${req.get('host')}`;

export interface ReconcileOptions {
  services: Services;
  reconciliation: ReconciliationService;
  corsOrigins: string[];
  requireKeyForReads: boolean;
  maxBodyBytes: number;
  /** The service's rate limiter: a batch's queries are charged to it, and refused keys counted. */
  rateLimiter: RateLimiter;
  logger: Logger;
}

const FORM = 'application/x-www-form-urlencoded';

export function reconcileRouter(options: ReconcileOptions): express.Router {
  const { reconciliation, services, rateLimiter, logger } = options;
  const router = express.Router();
  const refuse = (req: Request, res: Response, error: unknown) => {
    const known = refusal(res, error, logger);
    answer(req, res, STATUS[known.code] ?? 500, known.toBody({ requestId: res.getHeader('x-request-id') }));
  };
  router.use(cors({ origin: options.corsOrigins, methods: ['GET', 'POST'] }));
  // OpenRefine posts forms; other clients post JSON. Anything else would be read as nothing: refused instead.
  router.use((req, res, next) => {
    if (req.method !== 'POST' || !req.headers['content-length'] && !req.headers['transfer-encoding'] || req.is([FORM, 'application/json'])) return next();
    res.setHeader('accept', `${FORM}, application/json`);
    answer(req, res, 415, new UserInputError(`Send a batch as ${FORM} (queries=...) or as application/json ({"queries": {...}})`, undefined, { extensions: { reason: 'UNSUPPORTED_MEDIA_TYPE' } }).toBody());
  });
  router.use(express.urlencoded({ extended: false, limit: options.maxBodyBytes }));
  router.use(express.json({ limit: options.maxBodyBytes }));
  // Any key sent is checked, as on /graphql: a bad one is refused (401) and counted against the address.
  router.use(async (req, res, next) => {
    let caller: Caller | null;
    try {
      caller = await services.apiKeys.authenticate(req.get('authorization'));
    } catch (error) {
      if (error instanceof UnauthenticatedError) await rateLimiter.authenticationFailed(req);
      return refuse(req, res, error);
    }
    try {
      if (options.requireKeyForReads) requireRole(caller, 'READER', 'Reconciliation (DOSSIER_REQUIRE_KEY_FOR_READS is on)');
      next();
    } catch (error) {
      refuse(req, res, error);
    }
  });

  const service = async (req: Request, res: Response) => {
    try {
      const fromBody: unknown = req.body?.queries;
      const raw = fromBody ?? (typeof req.query.queries === 'string' ? req.query.queries : undefined);
      if (raw === undefined) {
        if (req.method === 'POST' && req.is('application/json')) throw new UserInputError('A JSON body must hold "queries": an object of queries keyed by your own keys', 'queries');
        answer(req, res, 200, reconciliation.manifest(`${baseOf(req)}${RECONCILE_PATH}`, `${baseOf(req)}${EXPLORER_PATH}`));
        return;
      }
      let batch: unknown = raw;
      if (typeof raw === 'string') {
        try {
          batch = JSON.parse(raw);
        } catch {
          throw new UserInputError('queries must be a JSON object of queries keyed by your own keys', 'queries');
        }
      }
      // The request counted one already; each further query counts one more.
      const queries = batch && typeof batch === 'object' ? Object.keys(batch).length : 0;
      const limited = await rateLimiter.charge(req, Math.min(queries, MAX_MATCH_QUERIES) - 1, String(res.getHeader('x-request-id') ?? ''));
      if (limited) {
        for (const [name, value] of Object.entries(limited.headers ?? {})) res.setHeader(name, value);
        answer(req, res, limited.status, limited.body);
        return;
      }
      answer(req, res, 200, await reconciliation.reconcile(batch, 'queries'));
    } catch (error) {
      refuse(req, res, error);
    }
  };
  router.get('/', service);
  router.post('/', service);

  router.get('/suggest/entity', async (req, res) => {
    try {
      answer(req, res, 200, await reconciliation.suggest({ prefix: req.query.prefix, cursor: req.query.cursor ?? 0 }));
    } catch (error) {
      refuse(req, res, error);
    }
  });

  /** The actor an id names, or null when it names none (a malformed id names none); other failures are the request's. */
  const actorOf = async (id: unknown) => {
    if (typeof id !== 'string') return null;
    try {
      return await reconciliation.actor(id);
    } catch (error) {
      if (error instanceof UserInputError) return null;
      throw error;
    }
  };

  router.get('/preview', async (req, res) => {
    let actor;
    try {
      actor = await actorOf(req.query.id);
    } catch (error) {
      return refuse(req, res, error);
    }
    if (!actor) {
      res.status(404).type('html').send('<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><p>No actor has this id.</p></html>');
      return;
    }
    const facts = [
      ['Kind', actor.kind],
      ['ISO code', actor.isoCode],
      ['Wikidata', actor.wikidataId],
      ['Also known as', actor.aliases.slice(0, 8).join(', ')],
    ].filter((fact): fact is [string, string] => Boolean(fact[1]));
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(actor.name)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:8px}h1{font-size:16px;margin:0 0 4px}dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:4px 0}dt{color:#555}dd{margin:0}</style></head>
<body><h1><a href="${EXPLORER_PATH}/actor?name=${encodeURIComponent(actor.name)}" target="_blank" rel="noopener">${escapeHtml(actor.name)}</a></h1>
<dl>${facts.map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
${actor.description ? `<p>${escapeHtml(actor.description)}</p>` : ''}</body></html>`);
  });

  // The manifest's view: the explorer's actor page, which opens actors by name.
  router.get('/view/:id', async (req, res) => {
    let actor;
    try {
      actor = await actorOf(req.params.id);
    } catch (error) {
      return refuse(req, res, error);
    }
    if (!actor) {
      refuse(req, res, new NotFoundError('id: no actor has this id', 'id'));
      return;
    }
    res.redirect(302, `${EXPLORER_PATH}/actor?name=${encodeURIComponent(actor.name)}`);
  });
  return router;
}
