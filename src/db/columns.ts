// Column lists that select a table's rows in the shape of Prisma's models (camelCase fields), for the read
// paths that go through raw SQL: the per-request loaders, the busiest lists and the relations, where Prisma's
// per-query overhead would dominate (see npm run bench). Database.query parses dates as Prisma does.
// A prefix lets one statement return a row and the rows it refers to (`s_id`, `s_name`, ...), so that the
// loaders can be primed with them instead of asking again.

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

export interface ModelColumns {
  /** `table.snake_case AS "prefixcamelCase"`, ...; built once per table and prefix. */
  (table?: string, prefix?: string): string;
  /** The model's fields of a row selected with a prefix, without it. */
  fromPrefixed<T>(row: Record<string, unknown>, prefix: string): T;
  /** The model's field names (camelCase), in column order. */
  readonly fields: readonly string[];
  /**
   * Like the list of all columns, but only those of `fields` (null: all): for a list whose rows go straight to
   * the resolvers of one selection (see shared/selection), never into a loader that other fields read.
   */
  only(fields: readonly string[] | null, table?: string, prefix?: string): string;
}

function model(defaultTable: string, names: string[]): ModelColumns {
  const list = (selected: string[], table: string, prefix: string) =>
    selected.map((name) => (prefix + camelCase(name) === name ? `${table}.${name}` : `${table}.${name} AS "${prefix}${camelCase(name)}"`)).join(', ');
  const built = new Map<string, string>();
  const columns = (table = defaultTable, prefix = '') => {
    const key = `${table}|${prefix}`;
    let all = built.get(key);
    if (all === undefined) {
      all = list(names, table, prefix);
      built.set(key, all);
    }
    return all;
  };
  // Computed once: fromPrefixed runs for every row a relation brings along.
  const fields = names.map(camelCase);
  const fromPrefixed = <T>(row: Record<string, unknown>, prefix: string): T => {
    const model: Record<string, unknown> = {};
    for (const field of fields) model[field] = row[prefix + field];
    return model as T;
  };
  // Not kept: clients choose the subsets, and building one is cheap.
  const only = (wanted: readonly string[] | null, table = defaultTable, prefix = '') =>
    wanted === null ? columns(table, prefix) : list(names.filter((_name, index) => wanted.includes(fields[index]!)), table, prefix);
  return Object.assign(columns, { fromPrefixed, fields, only });
}

export const ACTOR_COLUMNS = model('actor', ['id', 'kind', 'name', 'name_key', 'iso_code', 'wikidata_id', 'description', 'created_at', 'updated_at', 'created_by', 'updated_by']);

export const AFFILIATION_COLUMNS = model('affiliation', ['id', 'member_id', 'organisation_id', 'role', 'start_date', 'end_date', 'created_at', 'updated_at', 'created_by', 'updated_by']);

export const EVENT_COLUMNS = model('event', [
  'id', 'cameo_code', 'title', 'start_date', 'start_precision', 'end_date', 'end_precision', 'location', 'description', 'created_at', 'updated_at', 'created_by', 'updated_by',
]);

export const SOURCE_COLUMNS = model('source', [
  'id', 'kind', 'title', 'publisher', 'author', 'url', 'published_at', 'text', 'content_hash', 'reliability', 'created_at', 'updated_at', 'created_by', 'updated_by',
]);

export const CLAIM_COLUMNS = model('claim', [
  'id', 'statement', 'natural_key', 'asserter_id', 'asserter_source_id', 'event_id', 'subject_id', 'predicate',
  'object_actor_id', 'object_value', 'valid_from', 'valid_to', 'confidence', 'created_at', 'updated_at', 'created_by', 'updated_by',
]);

export const CITATION_COLUMNS = model('citation', ['id', 'claim_id', 'source_id', 'quote', 'start_offset', 'end_offset', 'stance']);

export const ARMS_TRANSFER_COLUMNS = model('arms_transfer', [
  'id', 'supplier_id', 'recipient_id', 'source_id', 'deal_id', 'designation', 'description', 'category', 'order_year',
  'order_year_estimated', 'delivery_year', 'delivery_year_estimated', 'number_delivered', 'number_delivered_estimated',
  'tiv_per_unit', 'tiv_delivered', 'status', 'local_production', 'created_at', 'updated_at', 'created_by', 'updated_by',
]);

/** An actor's columns with its aliases (in the order they were added), under a prefix. */
export const actorWithAliasesColumns = (table: string, prefix: string) =>
  `${ACTOR_COLUMNS(table, prefix)}, ARRAY(SELECT alias FROM actor_alias WHERE actor_id = ${table}.id ORDER BY id) AS "${prefix}aliases"`;

/** The actor and its aliases of a row selected with actorWithAliasesColumns. */
export function actorWithAliasesFrom<T extends { aliases: string[] }>(row: Record<string, unknown>, prefix: string): T {
  return { ...ACTOR_COLUMNS.fromPrefixed<Omit<T, 'aliases'>>(row, prefix), aliases: row[`${prefix}aliases`] as string[] } as T;
}
