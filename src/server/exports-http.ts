// The knowledge base out over HTTP, for a copy or another tool:
// - GET /export/bundle.ndjson: Dossier's bundle (what `npm run import` and importBundle read), streamed page by
//   page from one snapshot with the socket's backpressure, its edition in X-Dossier-Data-Version and
//   X-Dossier-Exported-At.
// Behind the app's rate limit; a key as for queries (needed when reads need one); an export is a long stream, so it
// counts against the client's cap on open connections, and a client that stops reading is dropped rather than
// left holding the snapshot (on the embedded database, its one connection).
import express from 'express';
import type { Logger } from 'pino';
import { RateLimitedError } from '../errors';
import { dropSlowStream, liveCaller, refuseStream, whenWritable, type LiveAccess, type LiveConnections } from './live';

interface ExportsHttpOptions extends LiveAccess {
  liveConnections: LiveConnections;
  /** A client that reads nothing for this long is dropped. */
  slowConsumerMs: number;
  logger: Logger;
}

export const EXPORT_PATH = '/export';

export function exportsRouter(options: ExportsHttpOptions): express.Router {
  const router = express.Router();
  router.get('/bundle.ndjson', async (req, res) => {
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
        'Content-Disposition': 'attachment; filename="dossier-bundle.ndjson"',
        'Cache-Control': 'no-store',
        'X-Dossier-Data-Version': edition.dataVersion ?? '',
        'X-Dossier-Exported-At': edition.exportedAt,
      });
      const pages = options.services.exports.bundleLines();
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
  });
  return router;
}
