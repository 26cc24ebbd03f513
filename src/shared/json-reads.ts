// The shapes a compiled read is planned from (server/compiled-reads.ts): one statement that builds the JSON in the
// database, as Hasura and PostGraphile do, instead of rows turned into objects by resolvers. They are derived from
// each type's field reads (shared/reads.ts, src/reads.ts); a selection with a field left to its resolver runs
// through the resolvers, saying why (NotCompiled, counted and logged). test/modules/compiled-reads.test.ts holds
// both paths to the same answers.
import type { GraphQLContext } from '../context';
import type { SortColumns } from './pagination';

/** An SQL expression of a row (its alias given) whose JSON is the field's GraphQL value. */
export type JsonColumn = (row: string) => string;

/** A column as it is. */
export const column = (name: string): JsonColumn => (row) => `${row}.${name}`;
/** A DATE column as the Date scalar writes it. */
export const dateColumn = (name: string): JsonColumn => (row) => `to_char(${row}.${name}, 'YYYY-MM-DD')`;
/** The row's id as the ID scalar writes it. */
export const idColumn: JsonColumn = (row) => `${row}.id::text`;


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
   * and the columns the element type's fields read. Values go through `param`. Arguments the resolvers refuse throw
   * their DossierError: the resolvers then answer.
   */
  rows(parentIds: string, args: Record<string, unknown>, param: (value: unknown) => string, context: GraphQLContext): string;
}

/** Why a read is answered by the resolvers rather than compiled: counted, and logged at debug level. */
export interface NotCompiled {
  notCompiled: string;
}

export const isNotCompiled = (value: unknown): value is NotCompiled => typeof value === 'object' && value !== null && 'notCompiled' in value;

/** A Query field that returns one row of a declared type (or null). */
export interface JsonObjectRoot {
  type: string;
  /**
   * The row for the field's arguments (coerced), or why the resolvers answer instead; arguments the resolvers refuse
   * throw their DossierError (the resolvers then refuse them with it).
   */
  source(args: Record<string, unknown>, context: GraphQLContext): JsonRowSource | NotCompiled;
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
   * The page for the field's arguments (coerced), or why the resolvers answer instead; arguments the resolvers
   * refuse throw their DossierError (the resolvers then refuse them with it).
   */
  source(args: Record<string, unknown>, context: GraphQLContext): JsonPageSource | NotCompiled;
}

/** Everything the modules declare, by GraphQL type name and by Query field. */
export interface JsonReadDeclarations {
  types: Record<string, JsonObjectType>;
  connections: Record<string, JsonConnectionRoot>;
  objects: Record<string, JsonObjectRoot>;
}
