// Checking a bundle before anything is written: every record parsed, repeats within the bundle refused, every
// name resolved against the bundle and the database in a few set queries, and each entity's own checks run.
// What passes is what the writers write; what does not is in the report, one error per record.
import type { SqlSession } from '../../db/database';
import type { Bundle, ErrorReport, Indexed } from './bundle';
import { BUNDLE_ENTITIES, type AnyBundleEntity } from './bundle-entities';
import { BundleReferences, eventRefKey, type Referenced } from './bundle-references';
import type { BundleStores } from './bundle-stores';
import type { BundleActor, BundleEvent, BundleSource } from './imports.validation';

/** The records that passed, per entity, with what the checks noted about them and the names they resolved. */
export interface CheckedBundle {
  entities: { entity: AnyBundleEntity; records: Indexed<unknown>[]; notes: Map<number, unknown> }[];
  references: BundleReferences;
}

export async function checkBundle(session: SqlSession, stores: BundleStores, bundle: Bundle, report: ErrorReport): Promise<CheckedBundle> {
  const parsed = BUNDLE_ENTITIES.map((entity) => ({ entity, records: unique(entity, parseAll(entity, bundle[entity.entity], report), report) }));
  const recordsOf = <T>(name: string) => (parsed.find((p) => p.entity.entity === name)?.records ?? []) as Indexed<T>[];

  const referenced: Referenced = { actors: [], sources: [], events: [] };
  for (const { entity, records } of parsed) {
    if (!entity.references) continue;
    for (const { record } of records) {
      const refs = entity.references(record);
      referenced.actors.push(...(refs.actors ?? []));
      referenced.sources.push(...(refs.sources ?? []));
      referenced.events.push(...(refs.events ?? []));
    }
  }
  const references = await BundleReferences.resolve(
    session,
    stores,
    {
      actors: recordsOf<BundleActor>('actors'),
      sources: recordsOf<BundleSource>('sources'),
      eventKeys: recordsOf<BundleEvent>('events').map(({ record }) => eventRefKey(record)),
    },
    referenced,
    report,
  );

  const entities: CheckedBundle['entities'] = [];
  // In write order: a record referring to a refused actor is refused too.
  for (const { entity, records } of parsed) {
    const notes = (await entity.check?.(records, { session, stores, references, report })) ?? new Map<number, unknown>();
    entities.push({ entity, records, notes });
  }
  return { entities: entities.map((checked) => ({ ...checked, records: report.valid(checked.entity.entity, checked.records) })), references };
}

function parseAll(entity: AnyBundleEntity, records: unknown[] | null | undefined, report: ErrorReport): Indexed<unknown>[] {
  const parsed: Indexed<unknown>[] = [];
  (records ?? []).forEach((record, index) => {
    const result = entity.schema.safeParse(record);
    if (result.success) parsed.push({ index, record: result.data });
    else for (const issue of result.error.issues.slice(0, 1)) report.fail(entity.entity, index, issue.path.map(String).join('.') || '(record)', issue.message);
  });
  return parsed;
}

/** Keeps the first record of each natural key; later ones are refused, since one statement cannot write a row twice. */
function unique(entity: AnyBundleEntity, records: Indexed<unknown>[], report: ErrorReport): Indexed<unknown>[] {
  const key = entity.naturalKey;
  if (!key) return records;
  const first = new Map<string, number>();
  return records.filter(({ index, record }) => {
    const value = key.of(record);
    const seen = first.get(value);
    if (seen === undefined) {
      first.set(value, index);
      return true;
    }
    report.fail(entity.entity, index, key.field, `repeats record ${seen} of the bundle (same natural key)`);
    return false;
  });
}
