// Column lists that select a table's rows in the shape of a model (camelCase fields), for the read paths that go
// through raw SQL: the per-request batches, the busiest lists and the relations. Each module declares its tables'
// maps (`<module>.columns.ts`), derived from its Prisma model; this helper knows no table.
// A prefix lets one statement return a row and the rows it refers to (`s_id`, `s_name`, ...), so that the
// batches can be primed with them instead of asking again. Database.query parses dates as Prisma does.

/** A field's column: the schema maps every camelCase field to its snake_case column (test/modules/catalog.test.ts checks it). */
export const columnNameOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The columns of a Prisma model, from its generated field list (`Prisma.ActorScalarFieldEnum`, in the schema's
 * order): a field added to the schema is read by every raw read without an edit here.
 */
export function modelColumnsOf<M>(defaultTable: string, scalarFields: Record<keyof M & string, string>): ModelColumns<M> {
  const columnOf = Object.fromEntries(Object.keys(scalarFields).map((field) => [field, columnNameOf(field)])) as Record<keyof M & string, string>;
  return modelColumns<M>(defaultTable, columnOf);
}

/** A row read with only some of its model's columns (see only): its id and whichever fields were selected. */
export type Selected<M extends { id: unknown }> = Pick<M, 'id'> & Partial<M>;

export interface ModelColumns<M> {
  /** `table.snake_case AS "prefixcamelCase"`, ...; built once per table and prefix. */
  (table?: string, prefix?: string): string;
  /** The model's fields of a row selected with a prefix, without it. */
  fromPrefixed(row: Record<string, unknown>, prefix: string): M;
  /** The fields present in a row selected with only() and a prefix, without it. */
  someFromPrefixed(row: Record<string, unknown>, prefix: string): Partial<M>;
  /** The model's field names (camelCase), in column order. */
  readonly fields: readonly (keyof M & string)[];
  /** Each field's column (snake_case). */
  readonly columnOf: Readonly<Record<keyof M & string, string>>;
  /**
   * Like the list of all columns, but only those of `fields` (null: all): for a list whose rows go straight to
   * the resolvers of one selection (see shared/selection), never into a batch that other fields read.
   */
  only(fields: readonly string[] | null, table?: string, prefix?: string): string;
}

/** The columns of `defaultTable`, one per model field, given each field's column. */
export function modelColumns<M>(defaultTable: string, columnOf: Record<keyof M & string, string>): ModelColumns<M> {
  const fields = Object.keys(columnOf) as (keyof M & string)[];
  const list = (selected: readonly (keyof M & string)[], table: string, prefix: string) =>
    selected.map((field) => (prefix + field === columnOf[field] ? `${table}.${columnOf[field]}` : `${table}.${columnOf[field]} AS "${prefix}${field}"`)).join(', ');
  const built = new Map<string, string>();
  const columns = (table = defaultTable, prefix = '') => {
    const key = `${table}|${prefix}`;
    let all = built.get(key);
    if (all === undefined) {
      all = list(fields, table, prefix);
      built.set(key, all);
    }
    return all;
  };
  const fromPrefixed = (row: Record<string, unknown>, prefix: string): M => {
    const model: Record<string, unknown> = {};
    for (const field of fields) model[field] = row[prefix + field];
    return model as M;
  };
  const someFromPrefixed = (row: Record<string, unknown>, prefix: string): Partial<M> => {
    const model: Record<string, unknown> = {};
    for (const field of fields) if (prefix + field in row) model[field] = row[prefix + field];
    return model as Partial<M>;
  };
  // Not kept: clients choose the subsets, and building one is cheap.
  const only = (wanted: readonly string[] | null, table = defaultTable, prefix = '') =>
    wanted === null ? columns(table, prefix) : list(fields.filter((field) => wanted.includes(field)), table, prefix);
  return Object.assign(columns, { fromPrefixed, someFromPrefixed, fields, columnOf, only });
}
