// How a module declares its records for bundle exports: its table, and the JSON of one record (the bundle's
// fields, references by natural keys) as an SQL expression over the table's alias, built with jsonObject and
// jsonArray below. Nulls are left out.
import type { SqlSession } from '../../db/database';
import type { EntityName } from '../imports/bundle';

/** One page of an entity's bundle records: each row's id (the keyset) and its record as JSON text. */
export type BundleExportRow = { id: number; record: string };

export interface BundleExportReader {
  /** What the records are: the bundle list, or FtM's kind of record. */
  entity: EntityName | string;
  /** The key of an NDJSON line ({"actor": {...}}); null: the record is the line (a FollowTheMoney entity). */
  line: string | null;
  /** Up to `limit` records with ids above `afterId`, in id order; `picked`: only those a filter picked (export-selection.ts). */
  page(session: SqlSession, afterId: number, limit: number, picked: boolean): Promise<BundleExportRow[]>;
  /** How many records the entity holds, or of them the picked ones (for the progress bar). */
  count(session: SqlSession, picked: boolean): Promise<number>;
}

/**
 * A reader of `table` (as `alias`) whose records are the SQL `record` (JSON text); `joins` bring in what every row refers to
 * (joined once per page rather than looked up per field), `where` keeps some rows only.
 */
export function exportReader(definition: { entity: EntityName | string; line: string | null; table: string; alias: string; record: string; joins?: string; where?: string }): BundleExportReader {
  const { entity, line, table, alias, record, joins, where } = definition;
  const only = (picked: boolean) => [where, picked ? `${alias}.id IN (SELECT id FROM ${pickedTable(table)})` : null].filter(Boolean);
  return {
    entity,
    line,
    page: (session, afterId, limit, picked) =>
      session.query<BundleExportRow>(
        `/* export_${table} */ SELECT ${alias}.id, ${record} AS record
         FROM ${table} ${alias} ${joins ?? ''} WHERE ${[`${alias}.id > $1`, ...only(picked)].join(' AND ')} ORDER BY ${alias}.id LIMIT $2`,
        [afterId, limit],
      ),
    count: async (session, picked) =>
      (await session.query<{ count: number }>(`/* exportCount_${table} */ SELECT count(*)::int AS count FROM ${table} ${alias} WHERE ${only(picked).join(' AND ') || 'TRUE'}`))[0]!.count,
  };
}

/** Where a filtered export keeps the picked ids of `table` (export-selection.ts), for the readers to join. */
export const pickedTable = (table: string) => `export_pick_${table}`;

/** A date column as text (YYYY-MM-DD), whatever the session's DateStyle: for FtM's text values. */
export const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** A date column as a pair of jsonObject writes it: to_json writes a date as YYYY-MM-DD, and faster than to_char. */
export const jsonDay = (column: string) => column;

/** A value that is JSON text already (a jsonObject, a jsonArray), for a pair of jsonObject. */
export const json = (expression: string) => ({ json: expression });

/**
 * A JSON object as text, each pair `"key":value` made by concatenation: a pair whose value is NULL is NULL and
 * concat_ws leaves it out, so no null is written, without json_strip_nulls' second pass over the built text
 * (bench:export: the register's records 2.5 times faster). Values are SQL expressions, written with to_json, or
 * JSON text already (`json(...)`).
 */
export const jsonObject = (pairs: Record<string, string | { json: string }>) =>
  `('{' || concat_ws(',', ${Object.entries(pairs)
    .map(([key, value]) => `'${JSON.stringify(key)}:' || ${typeof value === 'string' ? `to_json(${value})::text` : `(${value.json})`}`)
    .join(', ')}) || '}')`;

/** The JSON array (as text) of `element` (JSON text) over the rows of `from` (FROM ... WHERE ...), in `orderBy`; NULL when there is none. */
export const jsonArray = (element: string, from: string, orderBy: string) => `(SELECT '[' || string_agg(${element}, ',' ORDER BY ${orderBy}) || ']' ${from})`;

// FollowTheMoney (OpenSanctions' and Aleph's model): an entity is {id, schema, caption, properties: {name: [values
// as text]}, datasets, referents, first_seen, last_seen, last_change}; ids are Dossier's, prefixed by kind.

/** An FtM id: `dossier-<kind>-<id>`. */
export const ftmId = (kind: string, id: string) => `'dossier-${kind}-' || ${id}`;

/** One value as an FtM property (a list of text, as JSON text), or null when there is none. */
export const ftmValue = (expression: string) => json(`'[' || to_json((${expression})::text)::text || ']'`);

/** A timestamp as OpenSanctions writes first_seen and last_change. */
export const ftmTime = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS')`;

/** An FtM property's values: a JSON array (as text) of `value` (an SQL expression) over the rows of `from`, in `orderBy`. */
export const ftmValues = (value: string, from: string, orderBy: string) => json(jsonArray(`to_json((${value})::text)::text`, from, orderBy));

/** An FtM entity's JSON; `properties` are its FtM properties (ftmValue, ftmValues). */
export const ftmEntity = (entity: {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, { json: string }>;
  firstSeen?: string;
  lastSeen?: string;
  lastChange?: string;
  referents?: string;
}) =>
  jsonObject({
    // As text: a schema is often a literal, whose type to_json cannot tell.
    id: `(${entity.id})::text`,
    schema: `(${entity.schema})::text`,
    caption: `(${entity.caption})::text`,
    properties: json(jsonObject(entity.properties)),
    datasets: json(`'["dossier"]'`),
    referents: json(`COALESCE(${entity.referents ?? 'NULL'}, '[]')`),
    ...(entity.firstSeen ? { first_seen: entity.firstSeen } : {}),
    ...(entity.lastSeen ? { last_seen: entity.lastSeen } : {}),
    ...(entity.lastChange ? { last_change: entity.lastChange } : {}),
  });
