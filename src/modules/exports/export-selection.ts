// A part of the knowledge base for an export (`npm run export -- --actor India --from 2020-01-01`): the records
// that meet the filter, and everything they refer to, so that the part imports into an empty database on its own.
// Picked inside the export's snapshot into temporary tables (export_pick_<table>, dropped at its end) that the
// readers join; each module declares, next to its export readers, when its records meet each part of a filter and
// what they refer to (ExportScope).
import { z } from 'zod';
import type { SqlSession } from '../../db/database';
import { actorSeedSql } from '../actors/actors.exports';
import { pickedTable } from './export-reader';
import { ActorKind } from '../actors/actors.validation';
import { isoDate } from '../../shared/dates';
import { CalendarDate, Text } from '../../shared/validation';

const Day = CalendarDate.transform(isoDate);

/** What a caller asks for: every part given must hold (an actor of these kinds with one of these names, ...). */
export const ExportFilter = z
  .object({
    kinds: z.array(ActorKind).max(20, 'must list at most 20 kinds').optional(),
    /** Names, aliases or ISO codes of actors. */
    actors: z.array(Text(200)).max(100, 'must list at most 100 actors').optional(),
    from: Day.optional(),
    to: Day.optional(),
    /** One source: its id or its URL. */
    source: Text(2048).optional(),
  })
  .strict()
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: 'must not be after to', path: ['from'] });
export type ExportFilter = z.output<typeof ExportFilter>;

/** A filter with its names and source resolved to ids (ExportService does it before the snapshot, to answer NOT_FOUND). */
export interface ResolvedExportFilter {
  /** The actors the export is about: of these kinds (null: any) and these ids (null: any); null when the filter names none. */
  actors: { kinds: string[] | null; ids: number[] | null } | null;
  from: string | null;
  to: string | null;
  sourceId: number | null;
}

/** The kinds of record a scope's records refer to. */
type Referenced = 'actor' | 'source' | 'event';

/**
 * How a module's records take part in a filtered export. The SQL is over the module's table as `alias`; $1 and
 * $2 are the date range (dates, -infinity and infinity when open), $3 the source's id; `export_seed_actor` holds
 * the actors asked for.
 */
export interface ExportScope {
  table: string;
  alias: string;
  /** The record concerns one of the actors asked for. */
  concerns: string;
  /** The record falls within the dates. */
  within: string;
  /** The record cites the source asked for. */
  cites: string;
  /** What the picked records refer to: for each kind, a SELECT of ids from the picked rows (`picked` is the table of their ids). */
  refers: Partial<Record<Referenced, (picked: string) => string>>;
}

/**
 * Picks the records of a filtered export. Each record scope (in order: one referred to by an earlier scope comes
 * after it, as events after the claims about them) keeps the rows that meet every part of the filter, plus those the
 * scopes before it refer to. Actors are those asked for and those referred to; sources the one asked for, those
 * referred to and, for a filter of dates alone, those published within them; mentions those of a picked source
 * naming a picked actor.
 */
export async function pickForExport(session: SqlSession, scopes: readonly ExportScope[], filter: ResolvedExportFilter): Promise<void> {
  const params = [filter.from ?? '-infinity', filter.to ?? 'infinity', filter.sourceId ?? 0];
  const dated = filter.from !== null || filter.to !== null;
  // The filter's values typed once, so that every statement takes the same three parameters whichever it uses.
  const create = (table: string, select: string) =>
    session.query(
      `/* exportPick_${table} */ CREATE TEMP TABLE ${pickedTable(table)} ON COMMIT DROP AS
       WITH export_filter AS (SELECT $1::date AS from_date, $2::date AS to_date, $3::int AS source_id)
       SELECT DISTINCT id FROM (${select}) picked(id) WHERE id IS NOT NULL`,
      params,
    );
  if (filter.actors) {
    await session.query(`/* exportSeed */ CREATE TEMP TABLE export_seed_actor ON COMMIT DROP AS ${actorSeedSql('$1', '$2')}`, [filter.actors.kinds, filter.actors.ids]);
  }
  const references: Record<Referenced, string[]> = { actor: [], source: [], event: [] };
  for (const scope of scopes) {
    const conditions = [filter.actors ? scope.concerns : null, dated ? scope.within : null, filter.sourceId !== null ? scope.cites : null].filter(Boolean);
    const own = `SELECT ${scope.alias}.id FROM ${scope.table} ${scope.alias} WHERE ${conditions.join(' AND ') || 'TRUE'}`;
    await create(scope.table, [own, ...(references[scope.table as Referenced] ?? [])].join(' UNION '));
    for (const [kind, refer] of Object.entries(scope.refers)) references[kind as Referenced].push(refer(pickedTable(scope.table)));
  }
  await create('actor', [filter.actors ? 'SELECT id FROM export_seed_actor' : null, ...references.actor].filter(Boolean).join(' UNION ') || 'SELECT NULL::int');
  const published = dated && !filter.actors && filter.sourceId === null ? 'SELECT s.id FROM source s WHERE s.published_at BETWEEN $1::date AND $2::date' : null;
  await create('source', [filter.sourceId !== null ? 'SELECT $3::int' : null, published, ...references.source].filter(Boolean).join(' UNION ') || 'SELECT NULL::int');
  await create(
    'mention',
    `SELECT m.id FROM mention m WHERE m.source_id IN (SELECT id FROM ${pickedTable('source')}) AND m.actor_id IN (SELECT id FROM ${pickedTable('actor')})`,
  );
}
