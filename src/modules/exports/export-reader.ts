// How a module declares its records for bundle exports: its table, and the JSON of one record (the bundle's
// fields, references by natural keys) as an SQL expression over the table's alias. Nulls are left out.
import type { SqlSession } from '../../db/database';
import type { EntityName } from '../imports/bundle';

/** One page of an entity's bundle records: each row's id (the keyset) and its record as JSON text. */
export type BundleExportRow = { id: number; record: string };

export interface BundleExportReader {
  /** The bundle list the records belong to. */
  entity: EntityName;
  /** The key of an NDJSON line ({"actor": {...}}). */
  line: string;
  /** Up to `limit` records with ids above `afterId`, in id order. */
  page(session: SqlSession, afterId: number, limit: number): Promise<BundleExportRow[]>;
  /** How many records the entity holds (for the progress bar). */
  count(session: SqlSession): Promise<number>;
}

export function exportReader(definition: { entity: EntityName; line: string; table: string; alias: string; record: string }): BundleExportReader {
  const { entity, line, table, alias, record } = definition;
  return {
    entity,
    line,
    page: (session, afterId, limit) =>
      session.query<BundleExportRow>(
        `/* export_${table} */ SELECT ${alias}.id, jsonb_strip_nulls(${record})::text AS record
         FROM ${table} ${alias} WHERE ${alias}.id > $1 ORDER BY ${alias}.id LIMIT $2`,
        [afterId, limit],
      ),
    count: async (session) => (await session.query<{ count: number }>(`/* exportCount_${table} */ SELECT count(*)::int AS count FROM ${table}`))[0]!.count,
  };
}

/** A date column as a bundle writes it (YYYY-MM-DD). */
export const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
