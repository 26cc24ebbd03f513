// Set-based writes generated from one map per table: each field of a module's write row names its column, the
// SQL array type its values travel in (one bind parameter per column, unnest), a cast to the column's type, and
// what an update does with a stored value. The INSERT, UPDATE and upsert statements and their parameter arrays are
// all derived from the map, in one order, so that no column list is written twice and no two `text[]` parameters
// can trade places. `satisfies WriteMap<Row>` makes the compiler hold the map to the row type: a field added to the
// row (derived from the Prisma model) fails to compile until its column is mapped.
import type { SqlSession } from './database';

/** The array type a column's values are sent in. */
export type ArrayType = 'int' | 'text' | 'float8' | 'bool';

/**
 * What an update of a stored row does with a column: `replace` it; `fill` it (keep the stored value where the
 * written row has none); leave it as it is because it is part of what identifies the row (`key`) or is written when
 * the row is created only (`create`).
 */
export type UpdatePolicy = 'replace' | 'fill' | 'key' | 'create';

export interface WriteColumn {
  column: string;
  type: ArrayType;
  /** The column's SQL type when it is not the array's element type: an enum ('"ActorKind"'), 'date'. */
  cast?: string;
  /** Default 'replace'. */
  update?: UpdatePolicy;
  /** The value a created row takes where the written row has none (SQL). */
  createDefault?: string;
  /** How a value travels when it is itself a list (unnest cannot carry arrays of arrays): as text, cast back. */
  encode?: (value: never) => unknown;
}

/** A list of integers sent as PostgreSQL's array literal ('{0,120}'), for a column `{ type: 'text', cast: 'int[]' }`. */
export const intListLiteral = (value: readonly number[] | null): string | null => (value === null || value.length === 0 ? null : `{${value.join(',')}}`);

/** One column for each field of the row type, and no other. */
export type WriteMap<Row> = { readonly [Field in keyof Row]-?: WriteColumn };

/**
 * A Prisma model's fields as a write sends them (DATE columns as 'YYYY-MM-DD' text), less those it never writes:
 * deriving a module's write row from its model makes a new column a compile error until the write map has it.
 */
export type WriteRowOf<Model, Unwritten extends keyof Model> = {
  [Field in Exclude<keyof Model, Unwritten>]: Model[Field] extends Date ? string : Model[Field] extends Date | null ? string | null : Model[Field];
};

/** An SQL expression computed for every row (last_seen kept at the latest sighting). */
export interface ComputedColumn {
  column: string;
  /** Its value on insert (may refer to the unnest alias `u` and to the `from` items); none: the column is sent (in the map), only its update is computed. */
  insert?: string;
  /** Its value on update (may refer to the stored row `t` and to `EXCLUDED` in an upsert); none: not updated. */
  update?: string;
}

export interface SetWriteOptions {
  /** The table has updated_at, which every write sets. */
  stamped?: boolean;
  computed?: ComputedColumn[];
  /** FROM items joined to the unnested rows for the computed columns (`CROSS JOIN LATERAL (...) AS seen`). */
  join?: string;
  /** Inserts one row per value of these expressions (`SELECT DISTINCT ON (...)`): a set may repeat a row. */
  distinctOn?: string;
}

/** The statements of one table's set-based writes, from its write map. */
export class SetWrite<Row> {
  private readonly fields: (keyof Row & string)[];

  constructor(
    readonly table: string,
    readonly map: WriteMap<Row>,
    private readonly options: SetWriteOptions = {},
  ) {
    this.fields = Object.keys(map) as (keyof Row & string)[];
  }

  private col(field: keyof Row & string): WriteColumn {
    return this.map[field];
  }

  /** A sent value as the column's type: `u.kind::"ActorKind"`. */
  private value(field: keyof Row & string, alias = 'u'): string {
    const { column, cast } = this.col(field);
    return `${alias}.${column}${cast ? `::${cast}` : ''}`;
  }

  /** `unnest($n::text[], ...) AS u(kind, name, ...)`, the row's arrays from parameter `first` on, then `extra` arrays. */
  unnest(first = 1, extra: { column: string; type: ArrayType }[] = []): string {
    const columns = [...this.fields.map((field) => this.col(field)), ...extra];
    return `unnest(${columns.map((column, i) => `$${first + i}::${column.type}[]`).join(', ')}) AS u(${columns.map((column) => column.column).join(', ')})`;
  }

  /** The parameters for `unnest`: one array per field, in the map's order. */
  params(rows: readonly Row[]): unknown[][] {
    return this.fields.map((field) => {
      const encode = this.col(field).encode as ((value: unknown) => unknown) | undefined;
      return encode ? rows.map((row) => encode(row[field])) : rows.map((row) => row[field]);
    });
  }

  /** The written value of a field on creation: its default where the row has none. */
  private created(field: keyof Row & string): string {
    const { createDefault } = this.col(field);
    return createDefault ? `COALESCE(${this.value(field)}, ${createDefault})` : this.value(field);
  }

  /** What an update writes to a field (null: the field is not updated), the stored row being `stored`. */
  private updated(field: keyof Row & string, stored: string, incoming: string): string | null {
    const { column, update = 'replace', cast } = this.col(field);
    const value = `${incoming}.${column}${cast ? `::${cast}` : ''}`;
    if (update === 'key' || update === 'create') return null;
    return update === 'fill' ? `COALESCE(${value}, ${stored}.${column})` : value;
  }

  /**
   * INSERT of every row sent, `onConflict` deciding about those already stored (`ON CONFLICT (name_key) DO NOTHING`),
   * returning `returning` of each written row.
   */
  insert(name: string, onConflict: string, returning: string): string {
    const computed = this.options.computed ?? [];
    const inserted = computed.filter((c): c is ComputedColumn & { insert: string } => c.insert !== undefined);
    const columns = [...this.fields.map((field) => this.col(field).column), ...inserted.map((c) => c.column), ...(this.options.stamped ? ['updated_at'] : [])];
    const values = [...this.fields.map((field) => this.created(field)), ...inserted.map((c) => c.insert), ...(this.options.stamped ? ['now()'] : [])];
    const distinct = this.options.distinctOn ? `DISTINCT ON (${this.options.distinctOn}) ` : '';
    return `/* ${name} */ INSERT INTO ${this.table} (${columns.join(', ')})
       SELECT ${distinct}${values.join(', ')} FROM ${this.unnest()} ${this.options.join ?? ''}
       ${onConflict}${returning ? ` RETURNING ${returning}` : ''}`;
  }

  /**
   * UPDATE of the stored rows `match` pairs with the sent ones (SQL on `t`, the stored row, and `u`): each column as
   * its policy says, only where a value differs; `extra` arrays (their parameters after the row's) may name the
   * rows (an id). Returns `returning` of each row changed.
   */
  update(name: string, match: string, returning: string, extra: { column: string; type: ArrayType }[] = []): string {
    const changed = this.fields.map((field) => [this.col(field).column, this.updated(field, 't', 'u')] as const).filter((pair): pair is readonly [string, string] => pair[1] !== null);
    const sets = [...changed.map(([column, value]) => `${column} = ${value}`), ...(this.options.stamped ? ['updated_at = now()'] : [])];
    return `/* ${name} */ UPDATE ${this.table} t SET ${sets.join(', ')}
       FROM ${this.unnest(1, extra)}
       WHERE ${match} AND (${changed.map(([column]) => `t.${column}`).join(', ')}) IS DISTINCT FROM (${changed.map(([, value]) => value).join(', ')})
       RETURNING ${returning}`;
  }

  /**
   * One INSERT ... ON CONFLICT (`conflict`) DO UPDATE: a row stored already takes the sent values as their policies
   * say, and is written only where one differs; `(xmax = 0) AS inserted` tells created rows from updated ones.
   */
  upsert(name: string, conflict: string, returning: string): string {
    // EXCLUDED holds the created value, its default applied: a `fill` could not tell "none given" from the default.
    const ambiguous = this.fields.find((field) => this.col(field).update === 'fill' && this.col(field).createDefault);
    if (ambiguous) throw new Error(`${this.table}.${this.col(ambiguous).column}: a column filled on update with a default on create needs insert() and update(), not upsert()`);
    const stored = this.table;
    const changed = this.fields.map((field) => [this.col(field).column, this.updated(field, stored, 'EXCLUDED')] as const).filter((pair): pair is readonly [string, string] => pair[1] !== null);
    const computedUpdates = (this.options.computed ?? []).filter((c) => c.update).map((c) => `${c.column} = ${c.update}`);
    const sets = [...changed.map(([column, value]) => `${column} = ${value}`), ...computedUpdates, ...(this.options.stamped ? ['updated_at = now()'] : [])];
    return this.insert(name, `ON CONFLICT ${conflict} DO UPDATE SET ${sets.join(', ')}
       WHERE (${changed.map(([column]) => `${stored}.${column}`).join(', ')}) IS DISTINCT FROM (${changed.map(([, value]) => value).join(', ')})`, `(xmax = 0) AS inserted, ${returning}`);
  }
}

/**
 * The rows of a child table owned by a parent row (an event's participants, a claim's citations), replaced as a set:
 * its columns besides the parent's id come from a write map too.
 */
export class ChildWrite<Row> {
  private readonly fields: (keyof Row & string)[];

  constructor(
    readonly table: string,
    readonly parentTable: string,
    readonly parentColumn: string,
    readonly map: WriteMap<Row>,
  ) {
    this.fields = Object.keys(map) as (keyof Row & string)[];
  }

  /**
   * Makes the child rows of these parents exactly the given ones: deletes the others, inserts the missing. Returns
   * the parents whose children changed. The parents are locked first, so that two writes of the same record cannot
   * both insert its children.
   */
  async replace(session: SqlSession, parentIds: readonly number[], children: readonly { parentId: number; row: Row }[]): Promise<Set<number>> {
    if (parentIds.length === 0) return new Set();
    await session.query(`/* lock_${this.parentTable} */ SELECT id FROM ${this.parentTable} WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [parentIds]);
    const columns = this.fields.map((field) => this.map[field]);
    const arrays = [children.map((child) => child.parentId), ...this.fields.map((field) => children.map((child) => child.row[field]))];
    const unnest = `unnest($2::int[], ${columns.map((column, i) => `$${i + 3}::${column.type}[]`).join(', ')}) AS n(parent_id, ${columns.map((column) => column.column).join(', ')})`;
    const typed = (column: WriteColumn) => `n.${column.column}${column.cast ? `::${column.cast}` : ''}`;
    const same = `n.parent_id = c.${this.parentColumn} AND ${columns.map((column) => `c.${column.column} IS NOT DISTINCT FROM ${typed(column)}`).join(' AND ')}`;
    const removed = await session.query<{ parent_id: number }>(
      `/* replace_${this.table}_delete */ DELETE FROM ${this.table} c WHERE c.${this.parentColumn} = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM ${unnest} WHERE ${same})
       RETURNING c.${this.parentColumn} AS parent_id`,
      [parentIds, ...arrays],
    );
    const added = await session.query<{ parent_id: number }>(
      `/* replace_${this.table}_insert */ INSERT INTO ${this.table} (${this.parentColumn}, ${columns.map((column) => column.column).join(', ')})
       SELECT DISTINCT n.parent_id, ${columns.map(typed).join(', ')}
       FROM ${unnest} WHERE n.parent_id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM ${this.table} c WHERE ${same})
       RETURNING ${this.parentColumn} AS parent_id`,
      [parentIds, ...arrays],
    );
    return new Set([...removed, ...added].map((row) => row.parent_id));
  }
}

/** What a set-based write did to the rows it was given. */
export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Counts for rows with these ids: a created row counts once, as created, although its children were written too. */
export function countChanges(ids: readonly number[], created: ReadonlySet<number>, changed: ReadonlySet<number>): WriteCounts {
  const updated = ids.filter((id) => !created.has(id) && changed.has(id)).length;
  return { created: created.size, updated, unchanged: ids.length - created.size - updated };
}

/** One array of a field of each row, for a parameter of its own. */
export const columnOf = <Row, Value>(rows: readonly Row[], pick: (row: Row) => Value): Value[] => rows.map(pick);
