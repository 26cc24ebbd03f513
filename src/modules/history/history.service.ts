// A record's history: every committed state of a claim or an event, and what changed from one to the next.
import { ConflictError, NotFoundError } from '../../errors';
import type { RequestBatches } from '../../shared/batches';
import { lookupKey } from '../../shared/lookup-key';
import { Id, parseInput } from '../../shared/validation';
import { claimNaturalKey } from '../claims/claims.service';
import type { HistoryRepository, RecordVersionRow, RestoredRow, VersionedEntityName } from './history.repository';

type Snapshot = Record<string, unknown>;
type ListItem = Record<string, unknown>;

/** A snapshot's field (camelCase) as its column (snake_case). */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const columns = (fields: Snapshot): Record<string, unknown> => Object.fromEntries(Object.entries(fields).map(([field, value]) => [columnOf(field), value]));
const listOf = (value: unknown): ListItem[] => (Array.isArray(value) ? (value as ListItem[]) : []);

/**
 * How each versioned entity's last state becomes rows again: its table, the lists its snapshot holds (written to
 * their tables after it) and the keys the service derives rather than stores (a name's lookup key, a claim's
 * natural key). One entry per entity of the history.
 */
const RESTORERS: Record<VersionedEntityName, { table: string; lists: Record<string, (id: number, item: ListItem) => RestoredRow>; derived?: (data: Snapshot) => Snapshot }> = {
  actor: {
    table: 'actor',
    derived: (data) => ({ nameKey: lookupKey(String(data.name)) }),
    lists: { aliases: (id, item) => ({ table: 'actor_alias', row: { actor_id: id, alias_key: lookupKey(String(item.alias)), ...columns(item) } }) },
  },
  event: { table: 'event', lists: { participants: (id, item) => ({ table: 'event_participant', row: { event_id: id, ...columns(item) } }) } },
  claim: {
    table: 'claim',
    derived: (data) => ({ naturalKey: claimNaturalKey(String(data.statement), data.asserterId as number | null, data.asserterSourceId as number | null) }),
    lists: {
      about: (id, item) => ({ table: 'claim_actor', row: { claim_id: id, ...columns(item) } }),
      citations: (id, item) => ({ table: 'citation', row: { claim_id: id, ...columns(item) } }),
      factChecks: (id, item) => ({ table: 'fact_check', row: { claim_id: id, ...columns(item) } }),
    },
  },
  affiliation: { table: 'affiliation', lists: {} },
  source: { table: 'source', lists: {} },
  arms_transfer: { table: 'arms_transfer', lists: {} },
};

export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  /** Versions of one record, by the API's entity name (CLAIM, ARMS_TRANSFER, ...) and id. */
  recordHistory(entity: string, rawId: string): Promise<RecordVersionRow[]> {
    return this.history.versionsOf(entity.toLowerCase() as VersionedEntityName, [parseInput(Id, rawId, 'id')]);
  }

  /**
   * Brings a deleted record back from its last version, with its id and its lists; its history goes on (the
   * restore is its next version, a CREATE). Refused with CONFLICT when it was not deleted or when it now clashes
   * (a name taken since, a referenced record deleted since), writing nothing.
   */
  async restore(entity: string, rawId: string, author: string): Promise<{ entity: VersionedEntityName; id: number }> {
    const name = entity.toLowerCase() as VersionedEntityName;
    const id = parseInput(Id, rawId, 'id');
    const last = await this.history.lastVersion(name, id);
    if (!last) throw new NotFoundError(`No ${name.replace('_', ' ')} ever had id ${id}`, 'id');
    if (last.operation !== 'DELETE') throw new ConflictError(`The ${name.replace('_', ' ')} ${id} is not deleted`, 'id');
    const restorer = RESTORERS[name];
    const { data } = last;
    const own = Object.fromEntries(Object.entries(data).filter(([field]) => !(field in restorer.lists)));
    // The stamps are not part of a version: the restore is the record's new creation (its history keeps the first).
    const now = new Date().toISOString();
    const rows: RestoredRow[] = [{ table: restorer.table, row: { ...columns(own), ...columns(restorer.derived?.(data) ?? {}), id, created_at: now, updated_at: now } }];
    for (const [list, toRow] of Object.entries(restorer.lists)) rows.push(...listOf(data[list]).map((item) => toRow(id, item)));
    await this.history.restoreRows(rows, author);
    return { entity: name, id };
  }

  /** The versions of a record (one statement per request and entity). */
  versionsOf(batches: RequestBatches, entity: VersionedEntityName, recordId: number): Promise<RecordVersionRow[]> {
    return batches.rows(['versionsOf', entity], recordId, (ids) => this.history.versionsOf(entity, ids), (row) => row.recordId);
  }
}

/** Top-level fields whose value differs from the previous version (all of them for the first). */
export function changedFields(version: RecordVersionRow): string[] {
  const previous = version.previous;
  if (!previous) return Object.keys(version.data);
  if (version.operation === 'DELETE') return [];
  const keys = new Set([...Object.keys(previous), ...Object.keys(version.data)]);
  return [...keys].filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(version.data[key]));
}
