// What a request may ask for, enforced before any resolver runs: GraphQL Armor's validation rules (depth,
// cost, aliases, directives), graphql-js's own token limit, and request body sizes.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { RequestLimits } from '../config';
import { UserInputError } from '../errors';
import type { HttpRefusal } from './graphql-http';
import type { BodyRequest } from './request-body';

export function armorProtection(limits: RequestLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    // The cost limit is Dossier's own (query-cost.ts): armor's counts a list's rows only for a literal `first`.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's token limit answers HTTP 500 (its issue #751); graphql-js's parser limit (parseOptions) answers 400.
    maxTokens: { enabled: false },
    // "Did you mean ...?" tells a stranger the schema: errorFormatter drops it in production. Armor's own plugin
    // rewrites each error's message in place, which graphql-jit's resolver errors do not allow: every resolver
    // error (a NOT_FOUND) then came out as an internal error in production.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * The fields whose body may be import-sized (with an EDITOR key), by operation: the mutations that import, and the
 * query that reads a file as an import would. A document of one operation asking only for them.
 */
const IMPORT_SIZED: Partial<Record<OperationDefinitionNode['operation'], readonly string[]>> = {
  mutation: ['importBundle', 'importFile'],
  query: ['readSourceFile'],
};

/** True when the body's document is one operation that only imports, or reads a file as one: those may be larger. */
function isBundleImport(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens: 200 }).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const [operation] = operations;
    const fields = operation && IMPORT_SIZED[operation.operation];
    return operations.length === 1 && !!fields && operation.selectionSet.selections.every((s) => s.kind === 'Field' && fields.includes(s.name.value));
  } catch {
    return false;
  }
}

/** The 413 answer for a body over its limit; `size` when the client declared it. */
export function bodyTooLarge(limits: RequestLimits, size?: number): HttpRefusal['body'] {
  return new UserInputError(
    `The request body is ${size === undefined ? 'over the limit' : `${size} bytes`}; the limit is ${limits.bodyLimitBytes} bytes (${limits.importBodyLimitBytes} for importBundle, importFile or readSourceFile alone with an EDITOR key)`,
    undefined,
    { extensions: { reason: 'PAYLOAD_TOO_LARGE' } },
  ).toBody();
}

/**
 * Checked after an editor's body was read within the import limit: any request other than importBundle over the
 * ordinary limit is refused with 413 before it reaches Apollo. Null when the body may pass.
 */
export function bodyLimitError(req: BodyRequest, limits: RequestLimits): HttpRefusal | null {
  const size = req.bodyBytes ?? 0;
  if (size <= limits.bodyLimitBytes || isBundleImport(req.body)) return null;
  return { status: 413, body: bodyTooLarge(limits, size) };
}
