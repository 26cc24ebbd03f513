// The change feed over plain HTTP, for consumers that do not speak GraphQL; each change in the shape of
// OpenSanctions' deltas ({"op": "ADD"|"MOD"|"DEL", "entity": {...}}, a deletion carrying only the id) with the
// cursor to resume from:
// - GET /changes.ndjson?after=&entities=: what the log holds after the cursor, one line per change, streamed page by
//   page with the socket's backpressure (constant memory whatever the log holds), ending at the log's end;
// - GET /changes.events?after=&entities=: the same, then live, as Server-Sent Events whose ids are the cursors, so
//   that a browser's EventSource resumes by itself after a lost connection (Last-Event-ID) and misses nothing.
// Behind the app's rate limit; a key as for queries (needed when reads need one); live streams count against the
// client's cap on open connections, as sockets do.
import express from 'express';
import { RateLimitedError, SlowConsumerError } from '../errors';
import { dropSlowStream, liveCaller, refuseStream, slowConsumerMessage, whenWritable, type LiveAccess, type LiveConnections } from './live';
import type { Caller } from '../modules/api-keys/api-keys.service';
import { AUTHOR_FIELDS } from './authorization';
import type { ChangeRow } from '../modules/changes/changes.repository';
import { CHANGE_TYPENAMES, formatCursor } from '../modules/changes/changes.service';
import type { Services } from '../services';
import { RequestBatches } from '../shared/batches';
import type { Logger } from 'pino';


/** A delta's operation (OpenSanctions' names): a merge deletes the merged actor, an unmerge adds it back. */
const DELTA_OPERATION = { CREATE: 'ADD', UPDATE: 'MOD', DELETE: 'DEL', MERGE: 'DEL', UNMERGE: 'ADD' } as const;

interface ChangesHttpOptions extends LiveAccess {
  liveConnections: LiveConnections;
  /** A live stream whose client reads nothing for this long is dropped with SLOW_CONSUMER. */
  slowConsumerMs: number;
  logger: Logger;
}

/** A heartbeat comment on an idle event stream, so that proxies keep it open and a dead client is noticed. */
const HEARTBEAT_MS = 15_000;

export function changesRouter(options: ChangesHttpOptions): express.Router {
  const router = express.Router();
  router.get('/changes.ndjson', async (req, res) => {
    const caller = await authenticated(req, res, options);
    if (caller === undefined) return;
    const after = typeof req.query.after === 'string' ? req.query.after : null;
    const entities = typeof req.query.entities === 'string' && req.query.entities !== '' ? req.query.entities.split(',') : null;
    const pages = options.services.changes.pages(after, entities);
    let first: IteratorResult<ChangeRow[]>;
    try {
      // The first page is read before the status is sent: a bad or expired cursor is a 400 with its code.
      first = await pages.next();
    } catch (error) {
      return refuseStream(res, error, 'The change feed');
    }
    res.status(200).set({ 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
    let closed = false;
    res.on('close', () => (closed = true));
    try {
      for (let page = first; !page.done && !closed; page = await pages.next()) {
        if (!res.write(await deltaLines(options.services, page.value, caller))) await new Promise((resolve) => res.once('drain', resolve));
      }
    } catch {
      // The status is sent: a broken stream ends without its last line, and the consumer resumes from its last cursor.
    } finally {
      await pages.return(undefined);
      res.end();
    }
  });
  router.get('/changes.events', async (req, res) => {
    const caller = await authenticated(req, res, options);
    if (caller === undefined) return;
    // EventSource sends the id of the last event it received when it reconnects.
    const lastEventId = req.headers['last-event-id'];
    const after = typeof lastEventId === 'string' && lastEventId !== '' ? lastEventId : typeof req.query.after === 'string' ? req.query.after : null;
    const entities = typeof req.query.entities === 'string' && req.query.entities !== '' ? req.query.entities.split(',') : null;
    const release = options.liveConnections.open(req);
    if (!release) return refuseStream(res, new RateLimitedError(`At most ${options.liveConnections.max} live connections per client`, 60), 'The change feed');
    let changes: AsyncIterableIterator<ChangeRow>;
    try {
      changes = await options.services.changes.subscribe(after, entities);
    } catch (error) {
      release();
      return refuseStream(res, error, 'The change feed');
    }
    res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    res.on('close', () => void changes.return?.());
    try {
      for await (const change of changes) {
        if (res.destroyed) break;
        const data = (await deltaLines(options.services, [change], caller)).trimEnd();
        res.write(`id: ${formatCursor(change.cursor)}\nevent: change\ndata: ${data}\n\n`);
        const state = await whenWritable(res, options.slowConsumerMs);
        if (state === 'closed') break;
        if (state === 'slow') {
          // Its last words are queued behind what it did not read; the socket is cut if they are not taken soon.
          const error = new SlowConsumerError(slowConsumerMessage(options.slowConsumerMs), formatCursor(change.cursor));
          res.write(`event: error\ndata: ${JSON.stringify(error.toBody())}\n\n`);
          dropSlowStream(res, 'changes.events', options.slowConsumerMs, options.logger);
          break;
        }
      }
    } catch {
      // The client left, or the database did: EventSource reconnects with its last id.
    } finally {
      clearInterval(heartbeat);
      release();
      res.end();
    }
  });
  return router;
}

/** The caller of a request (null: anonymous), or undefined when it was refused (the answer is sent). */
async function authenticated(req: express.Request, res: express.Response, options: ChangesHttpOptions): Promise<Caller | null | undefined> {
  try {
    return await liveCaller(options, req, req.headers.authorization);
  } catch (error) {
    refuseStream(res, error, 'The change feed');
    return undefined;
  }
}

/** A page of changes as delta lines, each record read as it is now (one statement per entity for the page). */
async function deltaLines(services: Services, changes: readonly ChangeRow[], caller: Caller | null): Promise<string> {
  const batches = new RequestBatches();
  const records = await Promise.all(changes.map((change) => (change.operation === 'DELETE' || change.operation === 'MERGE' ? null : services.changes.recordOf(batches, change))));
  return changes.map((change, index) => {
    const record = records[index];
    const op = record || change.operation === 'DELETE' || change.operation === 'MERGE' ? DELTA_OPERATION[change.operation] : 'DEL';
    const entity = record && op !== 'DEL' ? withoutAuthors(record, caller) : { id: change.recordId, schema: CHANGE_TYPENAMES[change.entity] };
    return `${JSON.stringify({
      op,
      cursor: formatCursor(change.cursor),
      operation: change.operation,
      entity,
      ...(change.fields ? { fields: change.fields } : {}),
      ...(change.mergedInto !== null ? { mergedInto: change.mergedInto } : {}),
      changedAt: change.changedAt,
      ...(caller ? { changedBy: change.changedBy } : {}),
    })}\n`;
  }).join('');
}

/** The record's fields but the authors, which anonymous readers do not see (as in GraphQL). */
function withoutAuthors(record: object & { __typename: string }, caller: Caller | null): Record<string, unknown> {
  const { __typename, ...fields } = record as Record<string, unknown> & { __typename: string };
  const shown = caller ? fields : Object.fromEntries(Object.entries(fields).filter(([name]) => !AUTHOR_FIELDS.has(name)));
  return { ...shown, schema: __typename };
}
