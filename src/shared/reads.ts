// One declaration for each field of a type read from rows: how a compiled read builds it in SQL (a column, an
// expression of the row, a reference, a list), or that its resolver computes it and which row fields it needs.
// Everything else derives from it: the compiled reads' declarations (json-reads.ts, server/compiled-reads.ts) and
// the row fields a list selects for its selection (selection.ts). A field of a declared type that has no
// declaration fails test/contract/reads.test.ts, naming where to add it: nothing falls back in silence.
import type { ModelColumns } from '../db/columns';
import { column, dateColumn, idColumn, type JsonColumn, type JsonList, type JsonObjectType } from './json-reads';

export type FieldRead =
  /** A value the statement computes from the row (a column, a cast, a correlated subquery). */
  | { kind: 'value'; sql: JsonColumn; reads: readonly string[] }
  /** One row of another declared type, by a foreign key of the row. */
  | { kind: 'reference'; column: string; type: string; reads: readonly string[] }
  /** The rows of another declared type for each row, arguments and all. */
  | { kind: 'list'; list: JsonList; reads: readonly string[] }
  /** Computed by the field's resolver, from these row fields: a query selecting it is answered by the resolvers. */
  | { kind: 'resolved'; reads: readonly string[]; why: string };

/** A type's declaration: its rows' table and row fields, and a read for each GraphQL field. */
export interface TypeReads {
  /** The table its rows come from, in a compiled read. */
  table: string;
  /** The row's fields (the model's), for the look-ahead's column selection. */
  rowFields: readonly string[];
  fields: Record<string, FieldRead>;
  /** Row fields no GraphQL field reads, each with the reason (a row field added to the model must be read or listed here). */
  unexposed?: Record<string, string>;
}

/** Field reads of a model, naming its columns through its column map (checked against the Prisma model). */
export function readsOf<M>(model: ModelColumns<M>) {
  type Field = keyof M & string;
  return {
    /** The row's id as the ID scalar writes it. */
    id: (): FieldRead => ({ kind: 'value', sql: idColumn, reads: ['id'] }),
    /** A column as it is. */
    column: (field: Field): FieldRead => ({ kind: 'value', sql: column(model.columnOf[field]), reads: [field] }),
    /** A DATE column as the Date scalar writes it. */
    date: (field: Field): FieldRead => ({ kind: 'value', sql: dateColumn(model.columnOf[field]), reads: [field] }),
    /** An SQL expression of the row (`row` is its alias). */
    expression: (sql: JsonColumn, ...reads: Field[]): FieldRead => ({ kind: 'value', sql, reads: reads.length > 0 ? reads : ['id'] }),
    /** The row of `type` a foreign key names. */
    reference: (field: Field, type: string): FieldRead => ({ kind: 'reference', column: model.columnOf[field], type, reads: [field] }),
    /** Rows of another type for each row. */
    list: (list: JsonList): FieldRead => ({ kind: 'list', list, reads: ['id'] }),
    /** Left to the field's resolver, which reads these row fields (the id when none is named), for the reason given. */
    resolved: (why: string, ...reads: Field[]): FieldRead => ({ kind: 'resolved', reads: reads.length > 0 ? reads : ['id'], why }),
  };
}

/** A compiled read's declaration of a type: its values, references and lists (resolved fields are not planned). */
export function jsonObjectTypeOf(reads: TypeReads): JsonObjectType {
  const declared: JsonObjectType = { table: reads.table, scalars: {}, references: {}, lists: {} };
  for (const [name, read] of Object.entries(reads.fields)) {
    if (read.kind === 'value') declared.scalars[name] = read.sql;
    else if (read.kind === 'reference') declared.references[name] = { column: read.column, type: read.type };
    else if (read.kind === 'list') declared.lists![name] = read.list;
  }
  return declared;
}

/** The row fields each GraphQL field of a type reads, for the look-ahead (selection.ts). */
export function rowReadsOf(reads: TypeReads): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(reads.fields).map(([name, read]) => [name, read.reads]));
}
