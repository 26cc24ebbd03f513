// HTTP caching of reads. A query's answer carries Cache-Control from the schema's @cacheControl hints (see
// cache-policy.ts) and, when it came as a GET, an ETag made of the data version (new after every committed write,
// see modules/data-version), the schema and the request; a GET whose If-None-Match names the current ETag is
// answered 304 without running anything. Optionally, Apollo's response cache keeps answers in process, keyed on the
// same data version, so a write makes every older entry unreachable. Requests with an API key (whose answers show
// what anonymous readers do not see, and whose callers expect their own writes), mutations and answers with errors
// are never cached.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { GraphQLContext } from '../context';
import { cacheControlHeader } from './cache-policy';

export interface HttpCacheOptions {
  /** ETags and 304s for GET queries; Cache-Control on every query answer. */
  enabled: boolean;
  /** Answers kept in process (Apollo's response cache) for anonymous queries, until the data changes. */
  responseCache: boolean;
  /** The current data version (one statement); null while a write is under way. */
  dataVersion: () => Promise<string | null>;
  /** Identifies the schema, so that an ETag from another build never matches. */
  schemaText: string;
}

export class HttpCache {
  private readonly schemaHash: string;
  /** The Cache-Control last sent with each request's ETag, so that a 304 repeats it (bounded, oldest dropped). */
  private readonly headers = new Map<string, string>();

  constructor(readonly options: HttpCacheOptions) {
    this.schemaHash = createHash('sha256').update(options.schemaText).digest('base64url').slice(0, 12);
  }

  /** Whether an anonymous request needs the data version: a GET that may be revalidated, or one the response cache may serve. */
  needsVersion(req: IncomingMessage): boolean {
    return (this.options.enabled && req.method === 'GET') || this.options.responseCache;
  }

  /**
   * The data version, or undefined when there is none now (a write under way) or it cannot be read: the request
   * then runs uncached (and reports a database that is down itself).
   */
  async dataVersion(): Promise<string | undefined> {
    try {
      return (await this.options.dataVersion()) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The ETag of a GET's answer at a data version. The day is part of it: answers about "now" (an office held
   * today) change at midnight UTC without a write.
   */
  etagOf(version: string, search: string): string {
    const day = new Date().toISOString().slice(0, 10);
    return `"${createHash('sha256').update(`${this.schemaHash}\n${day}\n${version}\n${search}`).digest('base64url').slice(0, 27)}"`;
  }

  /** Answers a GET whose If-None-Match names the current ETag with 304; false when it must run. */
  answerIfNotModified(req: IncomingMessage, res: ServerResponse, etag: string, search: string): boolean {
    if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return false;
    res.statusCode = 304;
    res.setHeader('etag', etag);
    const cacheControl = this.headers.get(search);
    if (cacheControl) res.setHeader('cache-control', cacheControl);
    // A 304 names what the answer varies with, as the 200 it stands for did.
    appendVary(res, 'Accept');
    appendVary(res, 'Authorization');
    res.end();
    return true;
  }

  /**
   * An answer that a shared cache may keep varies with Authorization: it was made for an anonymous caller, and a
   * keyed caller (who sees authors, and is promised its own writes) must not be served it.
   */
  varyOnCaller(res: ServerResponse): void {
    if (cacheable(res)) appendVary(res, 'Authorization');
  }

  /** After a GET ran: an answer that may be cached gets its ETag (and Vary, since the content type follows Accept). */
  tagAnswer(res: ServerResponse, etag: string, search: string): void {
    if (res.statusCode !== 200 || !cacheable(res)) return;
    const cacheControl = String(res.getHeader('cache-control'));
    res.setHeader('etag', etag);
    appendVary(res, 'Accept');
    if (this.headers.size >= 1000) this.headers.delete(this.headers.keys().next().value!);
    this.headers.set(search, cacheControl);
  }

  /** The Apollo plugins: the Cache-Control header for every answer, and the response cache when it is on. */
  plugins(): ApolloServerPlugin<GraphQLContext>[] {
    return [cacheControlHeaderPlugin(), ...(this.options.responseCache ? [responseCachePlugin()] : [])];
  }
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and `*` included, as RFC 9110 reads it). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** Whether the answer's Cache-Control lets a cache keep it. */
function cacheable(res: ServerResponse): boolean {
  const cacheControl = String(res.getHeader('cache-control') ?? '');
  return cacheControl.startsWith('max-age=') && !cacheControl.startsWith('max-age=0');
}

function appendVary(res: ServerResponse, field: string): void {
  const existing = String(res.getHeader('vary') ?? '');
  if (!existing.split(',').some((value) => value.trim().toLowerCase() === field.toLowerCase())) {
    res.setHeader('vary', existing ? `${existing}, ${field}` : field);
  }
}

/** Cache-Control from the operation's policy, as Apollo's cache-control plugin would set it; `no-store` for keyed callers and errors. */
function cacheControlHeaderPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, overallCachePolicy, contextValue }) {
          const cacheable = response.body.kind === 'single' && !response.body.singleResult.errors && !contextValue.caller;
          const policy = cacheable ? overallCachePolicy.policyIfCacheable() : null;
          response.http.headers.set('cache-control', policy ? cacheControlHeader(policy) : 'no-store');
        },
      };
    },
  };
}

/** Apollo's response cache for anonymous callers, keyed on the data version read before the request ran. */
function responseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  const usable = ({ contextValue }: { contextValue: GraphQLContext }) => !contextValue.caller && contextValue.dataVersion !== undefined;
  return ApolloServerPluginResponseCache<GraphQLContext>({
    extraCacheKeyData: async ({ contextValue }) => contextValue.dataVersion,
    shouldReadFromCache: async (context) => usable(context),
    shouldWriteToCache: async (context) => usable(context),
  });
}
