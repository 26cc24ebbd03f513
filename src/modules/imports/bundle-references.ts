// How the records of a bundle name each other and what is stored: an actor by name, alias or ISO code, a source
// by URL or content hash, an event by title and start date. Checking resolves every name of the bundle in a few
// set queries; writing then fills in the ids of what it wrote, for the entities written after.
import type { SqlSession } from '../../db/database';
import { isoDate } from '../../shared/dates';
import { lookupKey } from '../../shared/lookup-key';
import { contentHashOf } from '../sources/sources.service';
import type { EntityName, ErrorReport, Indexed } from './bundle';
import { eventKey } from '../events/events.writes';
import type { BundleStores } from './bundle-stores';
import type { BundleActor, BundleSource, EventRef, SourceRef } from './imports.validation';

export const sourceRefKey = (ref: SourceRef): string => ref.url ?? ref.contentHash!;

export const eventRefKey = (ref: EventRef): string => eventKey(ref.title, isoDate(ref.startDate));

/** The lookup keys by which other records of a bundle may name a bundle actor. */
export function actorNamesOf(actor: Pick<BundleActor, 'name' | 'aliases' | 'demonyms' | 'isoCode'>): string[] {
  return [lookupKey(actor.name), ...[...(actor.aliases ?? []), ...(actor.demonyms ?? [])].map(lookupKey), ...(actor.isoCode ? [lookupKey(actor.isoCode)] : [])];
}

/** The keys a bundle source is known by: its URL (if any) and the hash of its content. */
export function sourceKeysOf(source: BundleSource): string[] {
  return [...(source.url ? [source.url] : []), contentHashOf(source.text?.text, source.url)];
}

/** What records of the bundle refer to, collected from every entity before the checks. */
export interface Referenced {
  actors: string[];
  sources: SourceRef[];
  events: EventRef[];
}

/** Ids by name: what was stored before the import, then what it wrote. */
export interface Ids {
  /** By actor lookup key (name, alias or ISO code). */
  actors: Map<string, number>;
  /** By source ref key (URL or content hash). */
  sources: Map<string, number>;
  /** By event key (title and start date). */
  events: Map<string, number>;
}

/** The names of a bundle resolved against the bundle itself and the database, for the checks. */
export class BundleReferences {
  private constructor(
    /** What the database holds for the bundle's names; the writers add to a copy (see idsForWriting). */
    readonly stored: Ids,
    private readonly bundleActors: Map<string, Indexed<BundleActor>>,
    private readonly bundleSources: Map<string, Indexed<BundleSource>>,
    private readonly bundleEvents: Set<string>,
    private readonly report: ErrorReport,
  ) {}

  static async resolve(
    session: SqlSession,
    stores: BundleStores,
    bundle: { actors: Indexed<BundleActor>[]; sources: Indexed<BundleSource>[]; eventKeys: string[] },
    referenced: Referenced,
    report: ErrorReport,
  ): Promise<BundleReferences> {
    const bundleActors = new Map(bundle.actors.flatMap((actor) => actorNamesOf(actor.record).map((key) => [key, actor] as const)));
    const bundleSources = new Map(bundle.sources.flatMap((source) => sourceKeysOf(source.record).map((key) => [key, source] as const)));
    const actorKeys = [...new Set([...bundleActors.keys(), ...referenced.actors.map(lookupKey)])];
    const urls = [...new Set(referenced.sources.flatMap((ref) => (ref.url ? [ref.url] : [])))];
    const hashes = [...new Set(referenced.sources.flatMap((ref) => (ref.contentHash ? [ref.contentHash] : [])))];
    const [actors, sources, events] = [
      await stores.actors.idsByKey(session, actorKeys),
      await stores.sources.idsOf(session, urls, hashes),
      await stores.events.idsByKey(session, referenced.events.map((ref) => ({ title: ref.title, startDate: isoDate(ref.startDate) }))),
    ];
    const stored = { actors, sources: new Map([...sources.byUrl, ...sources.byHash]), events };
    return new BundleReferences(stored, bundleActors, bundleSources, new Set(bundle.eventKeys), report);
  }

  /** A copy of the stored ids for the writers to add to. */
  idsForWriting(): Ids {
    return { actors: new Map(this.stored.actors), sources: new Map(this.stored.sources), events: new Map(this.stored.events) };
  }

  /** One name per actor, whatever name, alias or code the record used; null for an unknown or refused actor. */
  actorIdentity(ref: string): string | null {
    const key = lookupKey(ref);
    const actor = this.bundleActors.get(key);
    if (actor && this.report.rejected('actors').has(actor.index)) return null;
    const stored = this.stored.actors.get(key) ?? (actor ? this.stored.actors.get(lookupKey(actor.record.name)) : undefined);
    return stored !== undefined ? `db:${stored}` : actor ? `bundle:${lookupKey(actor.record.name)}` : null;
  }

  /** One name per source, by URL or content hash; null for an unknown source. */
  sourceIdentity(ref: SourceRef): string | null {
    const stored = this.stored.sources.get(sourceRefKey(ref));
    const source = this.bundleSources.get(sourceRefKey(ref));
    return stored !== undefined ? `db:${stored}` : source ? `bundle:${contentHashOf(source.record.text?.text, source.record.url)}` : null;
  }

  /** The bundle source a ref names, when it is not stored yet. */
  bundleSource(ref: SourceRef): BundleSource | null {
    return this.stored.sources.has(sourceRefKey(ref)) ? null : (this.bundleSources.get(sourceRefKey(ref))?.record ?? null);
  }

  /** Reports a ref naming no actor of the bundle or the database. */
  checkActor(entity: EntityName, index: number, field: string, ref: string | null | undefined): void {
    if (ref && this.actorIdentity(ref) === null) this.report.fail(entity, index, field, `no actor is named "${ref}" (by name, alias or ISO code) in the bundle or the database`);
  }

  /** Reports a ref naming no source of the bundle or the database; true when it names one. */
  checkSource(entity: EntityName, index: number, field: string, ref: SourceRef): boolean {
    const known = this.sourceIdentity(ref) !== null;
    if (!known) this.report.fail(entity, index, field, `no source has ${ref.url ? 'URL' : 'content hash'} ${sourceRefKey(ref)} in the bundle or the database`);
    return known;
  }

  /** Reports a ref naming no event of the bundle or the database. */
  checkEvent(entity: EntityName, index: number, field: string, ref: EventRef): void {
    const key = eventRefKey(ref);
    if (!this.bundleEvents.has(key) && !this.stored.events.has(key)) {
      this.report.fail(entity, index, field, `no event is titled "${ref.title}" on ${isoDate(ref.startDate)} in the bundle or the database`);
    }
  }
}
