// The cost limit: what a query may ask the database and the serializer for, counted from the schema before
// anything runs, with the variables' values and the schema's defaults. Every field costs 1; a list costs its
// rows times its selection, its rows being its `first` (given, or defaulted: a connection's page is 100) or, for
// the lists inside a field that takes `first` (a connection's nodes and edges, a ranking's partners), that field's
// `first`; any other list of objects declares its rows in the schema (@listSize: a size, or the list argument whose
// items it answers one each); test/contract/contract.test.ts holds that every one does. A source's text adds 1 per 500
// characters asked for.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { UserInputError } from '../errors';

/** Rows a list of objects counts when nothing bounds it: none should be left so (see @listSize). */
export const UNBOUNDED_LIST_ROWS = 5;
/** Characters of a large text field that cost one point. */
export const TEXT_CHARACTERS_PER_POINT = 500;
/** Fields whose size the client chooses with a `length` argument. */
const LARGE_TEXT_FIELDS = new Set(['Source.text']);

export interface CostOptions {
  maxCost: number;
  /** The page size of a list whose `first` is neither given nor defaulted in the schema. */
  defaultPageSize: number;
  maxPageSize: number;
}

type Variables = Record<string, unknown>;

/** The cost of an operation (see above); null when its variables do not fit it (execution refuses them, naming why). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Variables,
  options: Pick<CostOptions, 'defaultPageSize' | 'maxPageSize'>,
): number | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const rowsOf = (first: unknown, fallback: number) => Math.min(Math.max(typeof first === 'number' ? first : fallback, 0), options.maxPageSize);

  /** `bound`: the rows a `first` above sets for the lists of this selection. */
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, bound: number | null, spreading: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(selection.selectionSet, (on as GraphQLCompositeType | undefined) ?? type, bound, spreading);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spreading.has(fragment.name.value)) continue;
        const on = (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) ?? type;
        total += costOf(fragment.selectionSet, on, bound, new Set([...spreading, fragment.name.value]));
        continue;
      }
      // Introspection is bounded by its own rules (and closed in production); __typename costs nothing.
      if (selection.name.value.startsWith('__')) continue;
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const args = getArgumentValues(field, selection, variables);
      const takesFirst = field.args.some((arg) => arg.name === 'first');
      const returned = getNullableType(field.type);
      const named = getNamedType(field.type);
      const listOfObjects = isListType(returned) && !isLeafType(named);
      const size = listSizeOf(field.astNode?.directives);
      const given = size.itemsOf !== undefined && Array.isArray(args[size.itemsOf]) ? (args[size.itemsOf] as unknown[]).length : undefined;
      // More items than the field accepts are refused by its own check, naming the argument: counted at the most.
      const items = given === undefined ? undefined : Math.min(given, size.assumedSize ?? given);
      const rows = !listOfObjects ? 1 : items ?? (takesFirst ? rowsOf(args.first, options.defaultPageSize) : (bound ?? size.assumedSize ?? UNBOUNDED_LIST_ROWS));
      // A field that takes `first` but returns one object (a connection, a ranking), or a list answering its items
      // one each (matchActors), bounds the lists inside it by that `first`.
      const inner = (!listOfObjects || items !== undefined) && takesFirst ? rowsOf(args.first, options.defaultPageSize) : null;
      const children = selection.selectionSet && !isLeafType(named) ? costOf(selection.selectionSet, named as GraphQLCompositeType, inner, spreading) : 0;
      const text = LARGE_TEXT_FIELDS.has(`${type.name}.${field.name}`) ? Math.ceil(Math.max(0, Number(args.length) || 0) / TEXT_CHARACTERS_PER_POINT) : 0;
      total += rows * (1 + children) + text;
    }
    return total;
  };
  return costOf(operation.selectionSet, root, null, new Set());
}

/** A field's @listSize: the rows it declares, or the list argument it answers one row per item of. */
export function listSizeOf(directives: readonly ConstDirectiveNode[] | undefined): { assumedSize?: number; itemsOf?: string } {
  const directive = directives?.find((candidate) => candidate.name.value === 'listSize');
  const size: { assumedSize?: number; itemsOf?: string } = {};
  for (const argument of directive?.arguments ?? []) {
    if (argument.name.value === 'assumedSize' && argument.value.kind === Kind.INT) size.assumedSize = Number(argument.value.value);
    if (argument.name.value === 'itemsOf' && argument.value.kind === Kind.STRING) size.itemsOf = argument.value.value;
  }
  return size;
}

/** Refuses, before it runs, an operation that costs more than options.maxCost (BAD_USER_INPUT, HTTP 400). */
export function queryCostLimit<Context extends object>(schema: GraphQLSchema, options: CostOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const cost = operationCost(schema, document, operationName, request.variables ?? {}, options);
          if (cost !== null && cost > options.maxCost) {
            throw new UserInputError(
              `Query cost limit of ${options.maxCost} exceeded: this query costs ${cost}. A list counts each row it may return (its first, ` +
                `default ${options.defaultPageSize}), and a source's text 1 per ${TEXT_CHARACTERS_PER_POINT} characters: ask for fewer rows, fewer fields or less text`,
              undefined,
              { extensions: { reason: 'COST_LIMIT', cost, limit: options.maxCost }, httpStatus: 400 },
            );
          }
        },
      };
    },
  };
}
