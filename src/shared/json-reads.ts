// What a module declares so that a read of its types can be answered by one statement that builds the JSON in
// the database (server/compiled-reads.ts), as Hasura and PostGraphile do, instead of rows turned into objects by
// resolvers. A declaration covers only fields whose value is plainly a column or a subquery of the row; a
// selection with any other field runs through the resolvers as before, so a field missing here costs speed,
// never correctness. The test test/modules/compiled-reads.test.ts holds both paths to the same answers.
import type { GraphQLContext } from '../context';
import type { SortColumns } from './pagination';

/** An SQL expression of a row (its alias given) whose JSON is the field's GraphQL value. */
export type JsonColumn = (row: string) => string;

/** An object type as rows of one table. */
export interface JsonObjectType {
  table: string;
  /** Fields without arguments whose value is an expression of the row (a column, a cast, a correlated list). */
  scalars: Record<string, JsonColumn>;
  /** Fields without arguments that name one row of another declared type by a foreign key. */
  references: Record<string, { column: string; type: string }>;
}

/**
 * The rows of a connection's page, as the list's service checked its arguments: `FROM <table> t WHERE ...`
 * with the values as parameters. Each SQL fragment names the table `t`.
 */
export interface JsonPageSource {
  table: string;
  /** The filter's conditions (without the cursor's): the page and totalCount both use them. */
  matches: string[];
  /** The condition for the rows after the cursor, or null for the first page. */
  after: string | null;
  params: unknown[];
  order: SortColumns;
  take: number;
  /**
   * An empty page that the resolvers would explain (an unknown name is NOT_FOUND): the read is answered by the
   * resolvers instead.
   */
  explainEmpty: boolean;
  /** Runs the built statement on the list's own database handle. */
  read(sql: string, params: unknown[]): Promise<{ data: unknown }[]>;
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
}
