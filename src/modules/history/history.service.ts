// A record's history: every committed state of a claim or an event, and what changed from one to the next.
import type { RequestBatches } from '../../shared/batches';
import { Id, parseInput } from '../../shared/validation';
import type { HistoryRepository, RecordVersionRow, VersionedEntityName } from './history.repository';

export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  /** Versions of one record, by the API's entity name (CLAIM, EVENT) and id. */
  recordHistory(entity: 'CLAIM' | 'EVENT', rawId: string): Promise<RecordVersionRow[]> {
    return this.history.versionsOf(entity === 'CLAIM' ? 'claim' : 'event', [parseInput(Id, rawId, 'id')]);
  }

  /** The versions of a claim or an event (one statement per request and entity). */
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
