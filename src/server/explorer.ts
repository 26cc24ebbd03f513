// The explorer (web/, built by Vite into dist/web) served at /explorer: its assets, and its page for every
// view's URL (/explorer/trend?..., /explorer/actor?...), which the page itself routes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectPath } from '../shared/paths';

export const EXPLORER_PATH = '/explorer';
const BUILT_DIR = projectPath('dist', 'web');

// The page loads nothing from another host, and nothing else may load into it.
const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

export function explorerRouter(dir = BUILT_DIR): Router {
  const router = express.Router();
  const page = path.join(dir, 'index.html');
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    next();
  });
  // Vite names assets by content hash: they never change under their name.
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.get('/{*view}', (_req, res) => {
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build` (npm start does it).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(page);
  });
  return router;
}
