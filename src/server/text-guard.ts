// Strings PostgreSQL cannot store as sent: its text type has no room for U+0000, and a lone UTF-16 surrogate
// (half of a character, which JSON can spell as "\ud800") would be stored as U+FFFD, so that the text read back is
// not the text written (and a second such string then clashes with the first). A request with either in any string
// (a variable, or a literal in the query) is refused before it runs, naming where it is.
import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { UserInputError } from '../errors';

// A surrogate not paired: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string, or null. */
function problemOf(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (half of a character; send whole characters)';
  return null;
}

/** The first bad string in a JSON value and its path; iterative, so that no nesting can overflow the stack. */
function badStringIn(root: unknown): { path: string; problem: string } | null {
  const pending: [unknown, string][] = [[root, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      const problem = problemOf(value);
      if (problem) return { path, problem };
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push([value[index], `${path}.${index}`]);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value).reverse()) {
        const keyProblem = problemOf(key);
        if (keyProblem) return { path: path ? `${path}.${key}` : key, problem: keyProblem };
        pending.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

// Apollo reuses the parsed document of a repeated query: each is searched once.
const documentsSearched = new WeakMap<DocumentNode, { path: string; problem: string } | null>();

function badStringInDocument(document: DocumentNode): { path: string; problem: string } | null {
  const known = documentsSearched.get(document);
  if (known !== undefined) return known;
  let found: { path: string; problem: string } | null = null;
  visit(document, {
    Argument(node) {
      visit(node.value, {
        StringValue(value) {
          const problem = found ? null : problemOf(value.value);
          if (problem) found = { path: node.name.value, problem };
        },
      });
    },
  });
  documentsSearched.set(document, found);
  return found;
}

export function textGuard<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const bad = badStringIn(request.variables ?? {}) ?? badStringInDocument(document);
          if (bad) {
            throw new UserInputError(`${bad.path} ${bad.problem}`, bad.path, { httpStatus: 400 });
          }
        },
      };
    },
  };
}
