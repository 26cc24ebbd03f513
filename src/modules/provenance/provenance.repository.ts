// Value sources in the database: where an affiliation, an event, an actor's attribute or an alias comes from.
import type { Database, SqlSession } from '../../db/database';
import { VALUE_SOURCE_WRITES, type ValueSourceWriteRow } from './provenance.writes';
import type { ValueSource } from '../../generated/prisma/client';
import { oneRow } from '../../shared/must-get';

/** What a value source speaks to, by its column. */
export type ValueTarget = 'affiliationId' | 'eventId' | 'actorId' | 'aliasId';

export const TARGET_TABLES: Record<ValueTarget, { table: string; column: string }> = {
  affiliationId: { table: 'affiliation', column: 'affiliation_id' },
  eventId: { table: 'event', column: 'event_id' },
  actorId: { table: 'actor', column: 'actor_id' },
  aliasId: { table: 'actor_alias', column: 'alias_id' },
};

const VALUE_SOURCE_COLUMNS = `id, source_id AS "sourceId", affiliation_id AS "affiliationId", event_id AS "eventId", actor_id AS "actorId",
  alias_id AS "aliasId", field, quote, start_offset AS "startOffset", end_offset AS "endOffset", first_seen AS "firstSeen",
  last_seen AS "lastSeen", created_by AS "createdBy"`;

/** The conflict target of value_source's natural key (see the claim_evidence migration): one row per value, source and quote. */
export const VALUE_SOURCE_CONFLICT = `ON CONFLICT (COALESCE(affiliation_id, 0), COALESCE(event_id, 0), COALESCE(actor_id, 0), COALESCE(alias_id, 0), COALESCE(field, ''), source_id, COALESCE(quote, ''))`;

export type ValueSourceFields = Pick<ValueSource, 'sourceId' | 'field' | 'quote' | 'startOffset' | 'endOffset'> & { target: ValueTarget; targetId: number };

export class ProvenanceRepository {
  constructor(private readonly db: Database) {}

  /** The value sources of many records of one kind, oldest first. */
  ofTargets(target: ValueTarget, ids: readonly number[]): Promise<ValueSource[]> {
    return this.db.query<ValueSource>(
      `/* valueSourcesOf */ SELECT ${VALUE_SOURCE_COLUMNS} FROM value_source WHERE ${TARGET_TABLES[target].column} = ANY($1::int[]) ORDER BY id`,
      [ids],
    );
  }

  async targetExists(target: ValueTarget, id: number): Promise<boolean> {
    const rows = await this.db.query(`/* valueTargetExists */ SELECT 1 FROM ${TARGET_TABLES[target].table} WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Records the value source, or confirms the same one again: its lastSeen moves, firstSeen stays. */
  async cite(fields: ValueSourceFields, author: string): Promise<ValueSource> {
    const row = oneRow(await this.db.writeAs(author, (tx) => tx.$queryRawUnsafe<ValueSource[]>(
      `/* citeValue */ INSERT INTO value_source (source_id, ${TARGET_TABLES[fields.target].column}, field, quote, start_offset, end_offset, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ${VALUE_SOURCE_CONFLICT}
       DO UPDATE SET last_seen = now(), start_offset = EXCLUDED.start_offset, end_offset = EXCLUDED.end_offset
       RETURNING ${VALUE_SOURCE_COLUMNS}`,
      fields.sourceId, fields.targetId, fields.field, fields.quote, fields.startOffset, fields.endOffset, author,
    )), 'citeValue');
    return row;
  }

  /** Adds the value sources of a bundle's events and affiliations, or confirms stored ones: lastSeen moves, firstSeen stays. */
  async importValueSources(session: SqlSession, rows: readonly ValueSourceWriteRow[]): Promise<void> {
    if (rows.length === 0) return;
    await session.query(
      VALUE_SOURCE_WRITES.insert('upsertValueSources', `${VALUE_SOURCE_CONFLICT} DO UPDATE SET last_seen = now()`, ''),
      VALUE_SOURCE_WRITES.params(rows),
    );
  }
}
