// The cost limit: what a query may ask the database and the serializer for, estimated from the schema before
// anything runs (graphql-query-complexity), with the variables' values. A list counts the rows it can return: its
// `first` (given, or the schema's or the service's default page size), a list without one a nominal 5; the
// fields inside it count once per row; a source's text counts 1 per 1,000 characters asked for.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';

/** Rows a list without a `first` argument is counted for (participants, citations, periods, ...). */
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

/** The cost of one field with its selection: the estimator graphql-query-complexity calls for every field. */
export function fieldCost(
  { type, field, args, childComplexity }: Pick<ComplexityEstimatorArgs, 'field' | 'args' | 'childComplexity'> & { type: GraphQLNamedType },
  options: Pick<CostOptions, 'defaultPageSize' | 'maxPageSize'>,
): number {
  const own = 1 + childComplexity;
  if (LARGE_TEXT_FIELDS.has(`${type.name}.${field.name}`)) {
    return own + Math.ceil(Math.max(0, Number(args.length) || 0) / TEXT_CHARACTERS_PER_POINT);
  }
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : options.defaultPageSize;
    return own * Math.min(Math.max(first, 0), options.maxPageSize);
  }
  // A connection's nodes and edges are the rows its field counted already.
  if (type.name.endsWith('Connection')) return own;
  const returned = getNullableType(field.type);
  return isListType(returned) && !isLeafType(getNamedType(returned)) ? own * UNBOUNDED_LIST_ROWS : own;
}

/** Refuses, before it runs, an operation that costs more than options.maxCost (BAD_USER_INPUT, HTTP 400). */
export function queryCostLimit<Context extends object>(schema: GraphQLSchema, options: CostOptions): ApolloServerPlugin<Context> {
  const estimator = (args: ComplexityEstimatorArgs) => fieldCost(args, options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator] });
          } catch {
            // Variables that do not fit the operation: execution refuses them, naming the bad value.
            return;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${options.maxCost} exceeded: this query costs ${cost}. A list counts each row it may return (its first, ` +
                `default ${options.defaultPageSize}), and a source's text 1 per ${TEXT_CHARACTERS_PER_POINT} characters: ask for fewer rows, fewer fields or less text`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'COST_LIMIT', cost, limit: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
