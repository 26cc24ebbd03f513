// The cache policy of an operation, read from the schema's @cacheControl hints once per document. Apollo's own
// cache-control plugin collects the same hints field by field as resolvers run, which wraps every resolver of the
// schema (and does nothing under the graphql-jit gateway, which runs the resolvers itself); the hints depend only on
// the document, so Dossier reads them from the document instead, with Apollo's rules.
import type { CacheHint } from '@apollo/cache-control-types';
import {
  getNamedType, isCompositeType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type ConstDirectiveNode, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';

export interface CacheAnnotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/** What no hint allows: not cacheable. */
const UNCACHEABLE: CacheHint = { maxAge: 0 };

function annotationOf(directives: readonly ConstDirectiveNode[] | undefined): CacheAnnotation {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  const annotation: CacheAnnotation = {};
  for (const argument of directive?.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'maxAge' && value.kind === Kind.INT) annotation.maxAge = Number(value.value);
    if (argument.name.value === 'scope' && value.kind === Kind.ENUM) annotation.scope = value.value as CacheHint['scope'];
    if (argument.name.value === 'inheritMaxAge' && value.kind === Kind.BOOLEAN) annotation.inheritMaxAge = value.value;
  }
  return annotation;
}

/** The shorter of two maxAges and the narrower scope. */
function restrict(policy: CacheHint, hint: CacheHint): CacheHint {
  return {
    maxAge: hint.maxAge === undefined ? policy.maxAge : Math.min(policy.maxAge ?? hint.maxAge, hint.maxAge),
    scope: hint.scope === 'PRIVATE' || policy.scope === 'PRIVATE' ? 'PRIVATE' : (policy.scope ?? hint.scope),
  };
}

/**
 * The policy of the operation: the shortest maxAge of the fields it selects, PRIVATE when any is. As in Apollo, a
 * field's own hint overrides its type's; a field returning an object type without a maxAge or `inheritMaxAge`, and
 * a root field without a hint, count as `defaultMaxAge` (0: not cacheable); a leaf without a hint inherits.
 * Mutations are never cacheable. Fields under fragments of every type count, so the policy may be stricter than
 * what a given answer needed, never looser.
 */
export function cachePolicyOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, defaultMaxAge = 0): CacheHint {
  if (operation.operation !== 'query') return UNCACHEABLE;
  const typeInfo = new TypeInfo(schema);
  let policy: CacheHint = {};
  const queryType = schema.getQueryType();
  const inOperation = (node: { kind: Kind }) => node.kind !== Kind.OPERATION_DEFINITION || node === operation;
  visit(document, visitWithTypeInfo(typeInfo, {
    OperationDefinition: { enter: (node) => (inOperation(node) ? undefined : false) },
    Field: {
      enter() {
        const field = typeInfo.getFieldDef();
        if (!field || field.name.startsWith('__') && field.name !== '__typename') {
          policy = restrict(policy, UNCACHEABLE); // introspection
          return;
        }
        const target = getNamedType(field.type);
        const typeAnnotation = isCompositeType(target) ? annotationOf(target.astNode?.directives) : {};
        const fieldAnnotation = annotationOf(field.astNode?.directives);
        let hint: CacheAnnotation = { ...typeAnnotation };
        let inherits = !!typeAnnotation.inheritMaxAge;
        if (fieldAnnotation.inheritMaxAge && hint.maxAge === undefined) {
          inherits = true;
          if (fieldAnnotation.scope) hint.scope = fieldAnnotation.scope;
        } else {
          hint = { ...hint, ...definedOf(fieldAnnotation) };
        }
        const root = typeInfo.getParentType() === queryType;
        if (hint.maxAge === undefined && ((isCompositeType(target) && !inherits) || root)) hint.maxAge = defaultMaxAge;
        policy = restrict(policy, hint);
      },
    },
  }));
  return policy;
}

function definedOf(annotation: CacheAnnotation): CacheAnnotation {
  return Object.fromEntries(Object.entries(annotation).filter(([, value]) => value !== undefined));
}

/** The Cache-Control header for a policy: `max-age=60, public`, or `no-store` when it is not cacheable. */
export function cacheControlHeader(policy: CacheHint): string {
  return policy.maxAge ? `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}` : 'no-store';
}
