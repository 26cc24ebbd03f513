// PostgreSQL's text type cannot hold U+0000. A request with it in any string (a variable or a literal in the
// query) is refused before it runs, naming where the character is, instead of failing deep inside a statement.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../errors';

function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulIn(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

// Apollo reuses the parsed document of a repeated query: each is searched once.
const documentsSearched = new WeakMap<DocumentNode, string | null>();

function nulInDocument(document: DocumentNode): string | null {
  const known = documentsSearched.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      visit(node.value, {
        StringValue(value) {
          if (!found && value.value.includes('\u0000')) found = node.name.value;
        },
      });
    },
  });
  documentsSearched.set(document, found);
  return found;
}

export function nulCharacterGuard<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulIn(request.variables ?? {}, '') ?? nulInDocument(document);
          if (field) {
            throw new GraphQLError(`${field} must not contain the NUL character (U+0000)`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
