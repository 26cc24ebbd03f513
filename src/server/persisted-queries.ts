// Automatic persisted queries: Apollo keeps a document under its hash once it was parsed, validated and passed the
// cost limit (see its request pipeline), in Redis when instances share one, else in this process. What a client can
// make the service keep is bounded: a document over MAX_PERSISTED_DOCUMENT_CHARS is answered but not kept (the client
// sends it whole each time, as the protocol allows), and comments count (commentLimit), so that an anonymous client
// cannot fill Redis with a valid `{ __typename }` behind a 900 KB comment.
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { TokenKind, type DocumentNode } from 'graphql';
import { UserInputError } from '../errors';

/** The largest document kept: the explorer's largest operation is about 2,000 characters. */
export const MAX_PERSISTED_DOCUMENT_CHARS = 20_000;
/** The most characters a document's comments may hold, all comments together. */
export const MAX_COMMENT_CHARS = 10_000;
/** How long a persisted document is kept after it was last registered. */
export const PERSISTED_QUERY_TTL_S = 24 * 3600;

/** A cache that keeps no document over MAX_PERSISTED_DOCUMENT_CHARS; in this process (bounded by size) unless `shared` is given. */
export function persistedQueryCache(shared?: KeyValueCache<string>): KeyValueCache<string> {
  const cache = shared ?? new InMemoryLRUCache<string>({ maxSize: 8 * MAX_PERSISTED_DOCUMENT_CHARS * 100 });
  return {
    get: (key) => cache.get(key),
    set: async (key, value, options) => {
      if (value.length <= MAX_PERSISTED_DOCUMENT_CHARS) await cache.set(key, value, options);
    },
    delete: (key) => cache.delete(key),
  };
}

/** The characters in a parsed document's comments (the lexer links comment tokens between the others). */
export function commentCharacters(document: DocumentNode): number {
  let total = 0;
  for (let token = document.loc?.startToken ?? null; token; token = token.next) {
    if (token.kind === TokenKind.COMMENT) total += token.end - token.start;
  }
  return total;
}

/** Refuses a document whose comments hold more than MAX_COMMENT_CHARS characters (graphql-js's token limit skips comments). */
export function commentLimit<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          const characters = commentCharacters(document);
          if (characters > MAX_COMMENT_CHARS) {
            throw new UserInputError(`The document's comments hold ${characters} characters; at most ${MAX_COMMENT_CHARS} are accepted`, undefined, {
              extensions: { reason: 'COMMENTS_TOO_LONG', limit: MAX_COMMENT_CHARS },
              httpStatus: 400,
            });
          }
        },
      };
    },
  };
}
