// Column lists that select a table's rows in the shape of Prisma's models (camelCase fields), for the read
// paths that go through raw SQL: the per-request loaders and the busiest lists, where Prisma's per-query
// overhead would dominate (see npm run bench). Database.query parses dates as Prisma does.

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const built = new Map<string, string>();

/** `table.snake_case AS "prefixcamelCase"` for each column, built once per table and prefix. */
function columns(table: string, names: string[], prefix = ''): string {
  const key = `${table}|${prefix}|${names.join(',')}`;
  let list = built.get(key);
  if (list === undefined) {
    list = names.map((name) => (prefix + camelCase(name) === name ? `${table}.${name}` : `${table}.${name} AS "${prefix}${camelCase(name)}"`)).join(', ');
    built.set(key, list);
  }
  return list;
}

const ACTOR_FIELDS = ['id', 'kind', 'name', 'name_key', 'iso_code', 'wikidata_id', 'description', 'created_at', 'updated_at'];

export const ACTOR_COLUMNS = (table = 'actor', prefix = '') => columns(table, ACTOR_FIELDS, prefix);

/** The fields whose names start with `prefix`, without it: an actor selected with ACTOR_COLUMNS(table, prefix). */
export function actorFromPrefixed<T>(row: Record<string, unknown>, prefix: string): T {
  return Object.fromEntries(ACTOR_FIELDS.map((name) => [camelCase(name), row[prefix + camelCase(name)]])) as T;
}

export const AFFILIATION_COLUMNS = (table = 'affiliation') =>
  columns(table, ['id', 'member_id', 'organisation_id', 'role', 'start_date', 'end_date', 'created_at', 'updated_at']);

export const EVENT_COLUMNS = (table = 'event') =>
  columns(table, ['id', 'cameo_code', 'title', 'start_date', 'start_precision', 'end_date', 'end_precision', 'location', 'description', 'created_at', 'updated_at']);

export const SOURCE_COLUMNS = (table = 'source') =>
  columns(table, ['id', 'kind', 'title', 'publisher', 'author', 'url', 'published_at', 'text', 'content_hash', 'reliability', 'created_at', 'updated_at']);

export const CLAIM_COLUMNS = (table = 'claim') =>
  columns(table, [
    'id', 'statement', 'natural_key', 'asserter_id', 'asserter_source_id', 'event_id', 'subject_id', 'predicate',
    'object_actor_id', 'object_value', 'valid_from', 'valid_to', 'confidence', 'created_at', 'updated_at',
  ]);

export const CITATION_COLUMNS = (table = 'citation') =>
  columns(table, ['id', 'claim_id', 'source_id', 'quote', 'start_offset', 'end_offset', 'stance']);

export const ARMS_TRANSFER_COLUMNS = (table = 'arms_transfer') =>
  columns(table, [
    'id', 'supplier_id', 'recipient_id', 'source_id', 'deal_id', 'designation', 'description', 'category', 'order_year',
    'order_year_estimated', 'delivery_year', 'delivery_year_estimated', 'number_delivered', 'number_delivered_estimated',
    'tiv_per_unit', 'tiv_delivered', 'status', 'local_production', 'created_at', 'updated_at',
  ]);
