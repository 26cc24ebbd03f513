// What a module declares so that a read of its types can be answered by one statement that builds the JSON in
// the database (server/compiled-reads.ts), as Hasura and PostGraphile do, instead of rows turned into objects by
// resolvers. A declaration covers only fields whose value is plainly a column or a subquery of the row; a
// selection with any other field runs through the resolvers as before, so a field missing here costs speed,
// never correctness. The test test/modules/compiled-reads.test.ts holds both paths to the same answers.
import type { GraphQLContext } from '../context';
import type { ModelColumns } from '../db/columns';
import type { SortColumns } from './pagination';

/** An SQL expression of a row (its alias given) whose JSON is the field's GraphQL value. */
export type JsonColumn = (row: string) => string;

/** A column as it is. */
export const column = (name: string): JsonColumn => (row) => `${row}.${name}`;
/** A DATE column as the Date scalar writes it. */
export const dateColumn = (name: string): JsonColumn => (row) => `to_char(${row}.${name}, 'YYYY-MM-DD')`;
/** The row's id as the ID scalar writes it. */
export const idColumn: JsonColumn = (row) => `${row}.id::text`;

/**
 * Fields of a model read as its column map (`<module>.columns.ts`, checked against the Prisma model) names their
 * columns: `fields` as they are, `dates` (DATE columns) as the Date scalar writes them.
 */
export function modelFields<M>(model: ModelColumns<M>, fields: readonly (keyof M & string)[], dates: readonly (keyof M & string)[] = []): Record<string, JsonColumn> {
  return Object.fromEntries([
    ...fields.map((field) => [field, column(model.columnOf[field])]),
    ...dates.map((field) => [field, dateColumn(model.columnOf[field])]),
  ]);
}

/** An object type as rows of one table. */
export interface JsonObjectType {
  table: string;
  /** Fields without arguments whose value is an expression of the row (a column, a cast, a correlated list). */
  scalars: Record<string, JsonColumn>;
  /** Fields without arguments that name one row of another declared type by a foreign key. */
  references: Record<string, { column: string; type: string }>;
  /** Fields that list rows of another declared type for each row, arguments and all. */
  lists?: Record<string, JsonList>;
}

/** A list field read for every parent row of a level at once, as the resolvers' batches read it. */
export interface JsonList {
  /** The element type's name (declared among the JsonObjectTypes). */
  type: string;
  /**
   * A SELECT of the elements of the parents whose ids `parentIds` (an SQL int[] expression) holds: each row with
   * `parent_id`, `_n` (its place among its parent's elements, from 1), `id` when elements have lists of their own,
   * and the columns the element type's fields read. Values go through `param`. Throws for arguments the resolvers
   * refuse: they then answer.
   */
  rows(parentIds: string, args: Record<string, unknown>, param: (value: unknown) => string, context: GraphQLContext): string;
}

/** A Query field that returns one row of a declared type (or null). */
export interface JsonObjectRoot {
  type: string;
  /** The row for the field's arguments (coerced), or a throw when the resolvers must answer. */
  source(args: Record<string, unknown>, context: GraphQLContext): JsonRowSource;
}

/** The row of an object root: `FROM <table> t WHERE <matches>` (the first, by id), with its values as parameters. */
export interface JsonRowSource {
  table: string;
  matches: string[];
  params: unknown[];
  /** Runs the built statement on the list's own database handle. */
  read(sql: string, params: unknown[]): Promise<{ data: unknown }[]>;
}

/**
 * The rows of a connection's page, as the list's service checked its arguments: `FROM <table> t WHERE ...`
 * with the values as parameters. Each SQL fragment names the table `t`.
 */
export interface JsonPageSource extends JsonRowSource {
  /** The filter's conditions (without the cursor's): the page and totalCount both use them. */
  matches: string[];
  /** The condition for the rows after the cursor, or null for the first page. */
  after: string | null;
  order: SortColumns;
  take: number;
  /**
   * An empty page that the resolvers would explain (an unknown name is NOT_FOUND): the read is answered by the
   * resolvers instead.
   */
  explainEmpty: boolean;
}

/** A Query field that returns a connection of a declared type. */
export interface JsonConnectionRoot {
  /** The node type's name (declared among the JsonObjectTypes). */
  type: string;
  /** Fields of the connection type that are the same for every answer (a data credit). */
  constants?: Record<string, string>;
  /**
   * The page for the field's arguments (coerced), or a throw when they are refused: the resolvers then answer,
   * with their own error.
   */
  source(args: Record<string, unknown>, context: GraphQLContext): JsonPageSource;
}

/** Everything the modules declare, by GraphQL type name and by Query field. */
export interface JsonReadDeclarations {
  types: Record<string, JsonObjectType>;
  connections: Record<string, JsonConnectionRoot>;
  objects: Record<string, JsonObjectRoot>;
}
