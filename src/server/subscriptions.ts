// GraphQL subscriptions over graphql-ws (the protocol of Apollo Client, urql and Relay) on the API's own port and
// path. graphql-ws runs outside Apollo's plugins, so the rules of a query are applied here again, from the same
// parts: the rate limit at the upgrade and per operation, the key (Authorization in connectionParams or on the
// upgrade request), reads closed to anonymous callers when configured, Armor's validation rules, the token and cost
// limits, a cap on the sockets one client holds open (live.ts), ping/pong, and a client that reads nothing dropped.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import type { Caller } from '../modules/api-keys/api-keys.service';
import type { LiveLimits } from '../config';
import { liveCaller, prepareOperation, slowConsumerDropped, type LiveAccess, type LiveConnections, type OperationRules } from './live';
import { UnauthenticatedError } from '../errors';
import type { Logger } from 'pino';

export interface SubscriptionOptions extends OperationRules, LiveAccess {
  httpServer: http.Server;
  path: string;
  /** The live connections each client holds, shared with the event streams. */
  liveConnections: LiveConnections;
  live: LiveLimits;
  logger: Logger;
}

/** The close code of a socket dropped for reading nothing (policy violation): the client reconnects and resumes. */
const SLOW_CONSUMER_CLOSE = 1008;

type SocketExtra = {
  caller?: Caller | null;
};

/** Serves subscriptions on upgrades of `path`; returns the stop. */
export function serveSubscriptions(options: SubscriptionOptions): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.limits.bodyLimitBytes });
  const stopWatching = watchSlowConsumers(wss, options.live.slowConsumerMs, options.logger);

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (req.url?.split('?', 1)[0] !== options.path) {
      socket.destroy();
      return;
    }
    void (async () => {
      const limited = await options.rateLimiter.check(req, 'subscription');
      if (limited) return refuse(socket, limited.status, limited.body);
      const release = options.liveConnections.open(req);
      if (!release) {
        return refuse(socket, 429, { errors: [{ message: `At most ${options.liveConnections.max} live connections per client`, extensions: { code: 'RATE_LIMITED', reason: 'CONNECTIONS' } }] });
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.once('close', release);
        wss.emit('connection', ws, req);
      });
    })();
  };
  options.httpServer.on('upgrade', onUpgrade);

  const server = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 5000,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization ?? ctx.extra.request.headers.authorization;
        try {
          ctx.extra.caller = await liveCaller(options, ctx.extra.request, header);
          return true;
        } catch (error) {
          // A bad key, or none where reads need one: 4403 Forbidden.
          if (error instanceof UnauthenticatedError) return false;
          throw error;
        }
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const limited = await options.rateLimiter.charge(ctx.extra.request, 1, 'subscription');
        if (limited) return [new GraphQLError(limited.body.errors[0]?.message ?? 'Rate limited', { extensions: limited.body.errors[0]?.extensions })];
        return prepareOperation(options, ctx.extra.caller ?? null, payload);
      },
    },
    wss,
    options.live.keepAliveMs,
  );

  return async () => {
    stopWatching();
    options.httpServer.off('upgrade', onUpgrade);
    for (const ws of wss.clients) ws.close(1001, 'Going away');
    await server.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}

/**
 * Drops sockets whose client reads nothing: graphql-ws sends the next message only once the last one was written,
 * so what waits in a socket's buffer is one message; waiting there for `slowConsumerMs` means the client took
 * nothing meanwhile. Closed with a reason (ws cuts the socket 30 s later if the client does not answer the close).
 */
function watchSlowConsumers(wss: WebSocketServer, slowConsumerMs: number, logger: Logger): () => void {
  const stalledSince = new WeakMap<WebSocket, number>();
  const watch = setInterval(() => {
    const now = Date.now();
    for (const ws of wss.clients) {
      if (ws.readyState !== WebSocket.OPEN || ws.bufferedAmount === 0) {
        stalledSince.delete(ws);
        continue;
      }
      const since = stalledSince.get(ws);
      if (since === undefined) stalledSince.set(ws, now);
      else if (now - since >= slowConsumerMs) {
        stalledSince.delete(ws);
        slowConsumerDropped(logger, 'graphql-ws', slowConsumerMs);
        ws.close(SLOW_CONSUMER_CLOSE, `SLOW_CONSUMER: nothing read for ${slowConsumerMs} ms; resume from the last cursor`);
      }
    }
  }, Math.max(50, Math.min(1000, slowConsumerMs / 4)));
  watch.unref();
  return () => clearInterval(watch);
}

function refuse(socket: Duplex, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : 'Refused'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}
