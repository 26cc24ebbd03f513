// /reconcile: the W3C Reconciliation Service API 0.2 over HTTP, for OpenRefine and other clients. A plain GET
// answers the manifest; `queries=` (query string or form body) a batch; /suggest/entity and /preview what
// OpenRefine's browser side asks for (JSONP with `callback`, or CORS as configured). Reads only: open like the
// GraphQL reads, or behind a READER key when reads need one.
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import { DossierError, InternalError, NotFoundError, UserInputError } from '../errors';
import { requireRole } from '../modules/api-keys/api-keys.service';
import type { ReconciliationService } from '../modules/reconciliation/reconciliation.service';
import type { Services } from '../services';
import { EXPLORER_PATH } from './explorer';

export const RECONCILE_PATH = '/reconcile';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 };
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

function refuse(req: Request, res: Response, error: unknown): void {
  const known = error instanceof DossierError ? error : new InternalError('Unexpected error');
  answer(req, res, STATUS[known.code] ?? 500, known.toBody());
}

/** The public base of this request (behind a proxy, its forwarded host and protocol as trust proxy allows). */
const baseOf = (req: Request) => `${req.protocol}://${req.get('host')}`;

export function reconcileRouter(options: { services: Services; reconciliation: ReconciliationService; corsOrigins: string[]; requireKeyForReads: boolean; maxBodyBytes: number }): express.Router {
  const { reconciliation, services } = options;
  const router = express.Router();
  router.use(cors({ origin: options.corsOrigins, methods: ['GET', 'POST'] }));
  router.use(express.urlencoded({ extended: false, limit: options.maxBodyBytes }));
  router.use(async (req, res, next) => {
    if (!options.requireKeyForReads) return next();
    try {
      requireRole(await services.apiKeys.authenticate(req.get('authorization')), 'READER', 'Reconciliation (DOSSIER_REQUIRE_KEY_FOR_READS is on)');
      next();
    } catch (error) {
      refuse(req, res, error);
    }
  });

  const service = async (req: Request, res: Response) => {
    try {
      const raw = (typeof req.body?.queries === 'string' ? req.body.queries : undefined) ?? (typeof req.query.queries === 'string' ? req.query.queries : undefined);
      if (raw === undefined) {
        answer(req, res, 200, reconciliation.manifest(`${baseOf(req)}${RECONCILE_PATH}`, `${baseOf(req)}${EXPLORER_PATH}`));
        return;
      }
      let batch: unknown;
      try {
        batch = JSON.parse(raw);
      } catch {
        throw new UserInputError('queries must be a JSON object of queries keyed by your own keys', 'queries');
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

  router.get('/preview', async (req, res) => {
    const actor = typeof req.query.id === 'string' ? await reconciliation.actor(req.query.id).catch(() => null) : null;
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
    const actor = await reconciliation.actor(req.params.id).catch(() => null);
    if (!actor) {
      refuse(req, res, new NotFoundError('id: no actor has this id', 'id'));
      return;
    }
    res.redirect(302, `${EXPLORER_PATH}/actor?name=${encodeURIComponent(actor.name)}`);
  });
  return router;
}
