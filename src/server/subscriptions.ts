// GraphQL subscriptions over graphql-ws (the protocol of Apollo Client, urql and Relay) on the API's own port and
// path. graphql-ws runs outside Apollo's plugins, so the rules of a query are applied here again, from the same
// parts: the rate limit at the upgrade and per operation, the key (Authorization in connectionParams or on the
// upgrade request), reads closed to anonymous callers when configured, Armor's validation rules, the token and cost
// limits, and a cap on the sockets one client holds open.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { RequestLimits } from '../config';
import { createContext, type GraphQLContext } from '../context';
import type { Caller } from '../modules/api-keys/api-keys.service';
import type { Services } from '../services';
import type { PageLimits } from '../shared/pagination';
import { operationCost } from './query-cost';
import type { RateLimiter } from './rate-limit';

export interface SubscriptionOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  services: Services;
  limits: RequestLimits;
  pagination: PageLimits;
  rateLimiter: RateLimiter;
  validationRules: readonly ValidationRule[];
  requireKeyForReads: boolean;
  /** The live connections each client holds, shared with the event streams. */
  liveConnections: LiveConnections;
  /** The ping interval: a client that answers no ping within it is dropped. */
  keepAliveMs?: number;
}

export const DEFAULT_MAX_SOCKETS_PER_CLIENT = 20;

/** The live connections (sockets, event streams) each client holds open: an API key, else an address. */
export class LiveConnections {
  private readonly held = new Map<string, number>();
  constructor(readonly max: number) {}

  /** Counts a new connection of the request's client; its release, or null when the client holds the most already. */
  open(req: http.IncomingMessage): (() => void) | null {
    const client = req.headers.authorization ? `key:${req.headers.authorization}` : `address:${req.socket.remoteAddress ?? ''}`;
    const held = this.held.get(client) ?? 0;
    if (held >= this.max) return null;
    this.held.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(client) ?? 1) - 1;
      if (left > 0) this.held.set(client, left);
      else this.held.delete(client);
    };
  }
}

type SocketExtra = {
  caller?: Caller | null;
};

/** Serves subscriptions on upgrades of `path`; returns the stop. */
export function serveSubscriptions(options: SubscriptionOptions): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.limits.bodyLimitBytes });

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
          ctx.extra.caller = await options.services.apiKeys.authenticate(typeof header === 'string' ? header : undefined);
        } catch {
          await options.rateLimiter.authenticationFailed(ctx.extra.request);
          return false;
        }
        // Reads closed to anonymous callers: so are subscriptions (4403 Forbidden).
        return !(options.requireKeyForReads && !ctx.extra.caller);
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const limited = await options.rateLimiter.charge(ctx.extra.request, 1, 'subscription');
        if (limited) return [new GraphQLError(limited.body.errors[0]?.message ?? 'Rate limited', { extensions: limited.body.errors[0]?.extensions })];
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.limits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed')];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        const variables = payload.variables ?? {};
        const cost = operationCost(options.schema, document, payload.operationName, variables, options.pagination);
        if (cost !== null && cost > options.limits.maxCost) {
          return [new GraphQLError(`Query cost limit of ${options.limits.maxCost} exceeded: this subscription costs ${cost}`, { extensions: { code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', cost, limit: options.limits.maxCost } })];
        }
        const contextValue: GraphQLContext = createContext(options.services, ctx.extra.caller ?? null);
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
      },
    },
    wss,
    options.keepAliveMs ?? 12_000,
  );

  return async () => {
    options.httpServer.off('upgrade', onUpgrade);
    for (const ws of wss.clients) ws.close(1001, 'Going away');
    await server.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}

function refuse(socket: Duplex, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : 'Refused'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}
