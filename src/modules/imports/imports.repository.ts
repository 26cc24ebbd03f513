// Set-based writes for imports: each statement takes whole columns as arrays (unnest), so a chunk of any
// size is a handful of round trips and a fixed number of bind parameters (far below PostgreSQL's 32,767).
import type { SqlSession } from '../../db/database';
import { PREDICATES_SQL, type PredicateRow } from '../predicates/predicates.repository';
import { VALUE_SOURCE_CONFLICT } from '../provenance/provenance.repository';

export interface ActorRow {
  name: string;
  key: string;
  kind: string;
  isoCode: string | null;
  wikidataId: string | null;
  description: string | null;
  /** Its aliases and demonyms (kind DEMONYM). */
  aliases: { alias: string; key: string; kind: 'ALIAS' | 'DEMONYM' }[];
}

export interface SourceRow {
  kind: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string | null;
  originalLength: number | null;
  repeatedParagraphs: number;
  reliability: string | null;
  /** a dataset's edition (YYYY-MM-DD) */
  edition: string | null;
  contentHash: string;
}

export interface TransferRow {
  supplierId: number;
  recipientId: number;
  sourceId: number;
  dealId: string;
  designation: string;
  description: string | null;
  category: string;
  orderYear: number | null;
  orderYearEstimated: boolean;
  deliveryYear: number;
  deliveryYearEstimated: boolean;
  numberDelivered: number | null;
  numberDeliveredEstimated: boolean;
  tivPerUnit: number | null;
  tivDelivered: number;
  status: string;
  localProduction: boolean;
}

export interface EventRow {
  key: string;
  cameoCode: string;
  title: string;
  startDate: string;
  startPrecision: string | null;
  endDate: string | null;
  endPrecision: string | null;
  location: string | null;
  description: string | null;
  /** null keeps the stored participants; a list replaces them. */
  participants: { actorId: number; role: string }[] | null;
  /** Where its values come from; each is added, or confirmed when stored (lastSeen moves). */
  valueSources: ValueSourceRow[];
}

export interface ValueSourceRow {
  sourceId: number;
  field: string | null;
  quote: string | null;
  startOffset: number | null;
  endOffset: number | null;
}

export interface ClaimRow {
  naturalKey: string;
  statement: string;
  asserterId: number | null;
  asserterSourceId: number | null;
  eventId: number | null;
  subjectId: number | null;
  predicate: string | null;
  objectActorId: number | null;
  objectValue: string | null;
  validFrom: string | null;
  validTo: string | null;
  confidence: number | null;
  /** null keeps the stored list; a list replaces it. */
  actors: { actorId: number; role: string }[] | null;
  citations: { sourceId: number; quote: string; startOffset: number | null; endOffset: number | null; stance: string }[] | null;
}

/** A table of rows owned by a parent row (participants of an event, citations of a claim), replaced as a set. */
interface ChildTable {
  table: string;
  parentTable: string;
  parentColumn: string;
  /** Columns besides the parent's id, with their array type; `enumType` for enum columns. */
  columns: { name: string; arrayType: 'int' | 'text'; enumType?: string }[];
}

const EVENT_PARTICIPANTS: ChildTable = {
  table: 'event_participant', parentTable: 'event', parentColumn: 'event_id',
  columns: [{ name: 'actor_id', arrayType: 'int' }, { name: 'role', arrayType: 'text', enumType: 'ParticipantRole' }],
};
const CLAIM_ACTORS: ChildTable = {
  table: 'claim_actor', parentTable: 'claim', parentColumn: 'claim_id',
  columns: [{ name: 'actor_id', arrayType: 'int' }, { name: 'role', arrayType: 'text', enumType: 'ClaimActorRole' }],
};
const CITATIONS: ChildTable = {
  table: 'citation', parentTable: 'claim', parentColumn: 'claim_id',
  columns: [
    { name: 'source_id', arrayType: 'int' }, { name: 'quote', arrayType: 'text' }, { name: 'start_offset', arrayType: 'int' },
    { name: 'end_offset', arrayType: 'int' }, { name: 'stance', arrayType: 'text', enumType: 'Stance' },
  ],
};

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const column = <Row, Value>(rows: Row[], pick: (row: Row) => Value): Value[] => rows.map(pick);

/** A stored actor a bundle record is the same as. */
export interface SameAsTarget {
  id: number;
  kind: ActorRow['kind'];
  name: string;
  isoCode: string | null;
  wikidataId: string | null;
  description: string | null;
}

export class ImportRepository {
  /** Actor ids by lookup key: canonical name, alias or ISO code, lower-cased. */
  async actorIdsByKey(session: SqlSession, keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await session.query<{ key: string; id: number }>(
      `/* actorIdsByKey */ SELECT name_key AS key, id FROM actor WHERE name_key = ANY($1::text[])
       UNION ALL SELECT alias_key, actor_id FROM actor_alias WHERE alias_key = ANY($1::text[])
       UNION ALL SELECT lower(iso_code), id FROM actor WHERE lower(iso_code) = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  /** Actor ids holding these ISO codes or Wikidata ids, to refuse a record that would take another's. */
  async actorIdsByCodes(session: SqlSession, isoCodes: string[], wikidataIds: string[]): Promise<{ iso: Map<string, number>; wikidata: Map<string, number> }> {
    const rows = await session.query<{ id: number; iso_code: string | null; wikidata_id: string | null }>(
      `/* actorIdsByCodes */ SELECT id, iso_code, wikidata_id FROM actor WHERE iso_code = ANY($1::text[]) OR wikidata_id = ANY($2::text[])`,
      [isoCodes, wikidataIds],
    );
    return {
      iso: new Map(rows.filter((r) => r.iso_code).map((r) => [r.iso_code!, r.id])),
      wikidata: new Map(rows.filter((r) => r.wikidata_id).map((r) => [r.wikidata_id!, r.id])),
    };
  }

  /**
   * The stored actors that bundle records say they are (sameAs: an id, or a name, alias or ISO code), one statement
   * for the bundle; keyed by the reference as given.
   */
  async sameAsTargets(session: SqlSession, refs: string[]): Promise<Map<string, SameAsTarget>> {
    if (refs.length === 0) return new Map();
    const rows = await session.query<SameAsTarget & { ref: string }>(
      `/* sameAsTargets */ SELECT r.ref, a.id, a.kind, a.name, a.iso_code AS "isoCode", a.wikidata_id AS "wikidataId", a.description
       FROM unnest($1::text[]) AS r(ref)
       CROSS JOIN LATERAL (
         SELECT a.* FROM actor a
         WHERE (r.ref ~ '^[1-9][0-9]{0,8}$' AND a.id = r.ref::int) OR a.name_key = lower(btrim(r.ref)) OR a.iso_code = upper(btrim(r.ref))
            OR a.id IN (SELECT actor_id FROM actor_alias WHERE alias_key = lower(btrim(r.ref)))
         ORDER BY a.id LIMIT 1
       ) a`,
      [refs],
    );
    return new Map(rows.map(({ ref, ...target }) => [ref, target]));
  }

  /** Creates missing actors, fills in given fields of existing ones, adds new aliases; returns ids by name key. */
  async upsertActors(session: SqlSession, rows: ActorRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));
    const existing = await this.actorIdsByKey(session, column(sorted, (r) => r.key));
    const fresh = sorted.filter((row) => !existing.has(row.key));
    const created = new Set<string>();
    if (fresh.length > 0) {
      const inserted = await session.query<{ id: number; name_key: string }>(
        `/* insertActors */ INSERT INTO actor (kind, name, name_key, iso_code, wikidata_id, description, updated_at)
         SELECT kind::"ActorKind", name, name_key, iso_code, wikidata_id, description, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(kind, name, name_key, iso_code, wikidata_id, description)
         ON CONFLICT (name_key) DO NOTHING
         RETURNING id, name_key`,
        [column(fresh, (r) => r.kind), column(fresh, (r) => r.name), column(fresh, (r) => r.key), column(fresh, (r) => r.isoCode), column(fresh, (r) => r.wikidataId), column(fresh, (r) => r.description)],
      );
      for (const row of inserted) {
        existing.set(row.name_key, row.id);
        created.add(row.name_key);
      }
      // Another import may have created some of them meanwhile: find those too.
      const raced = fresh.filter((row) => !existing.has(row.key)).map((row) => row.key);
      for (const [key, id] of await this.actorIdsByKey(session, raced)) existing.set(key, id);
    }
    const toUpdate = sorted.filter((row) => !created.has(row.key));
    const updated = new Set<number>();
    if (toUpdate.length > 0) {
      const changed = await session.query<{ id: number }>(
        `/* updateActors */ UPDATE actor a SET kind = u.kind::"ActorKind",
           iso_code = COALESCE(u.iso_code, a.iso_code), wikidata_id = COALESCE(u.wikidata_id, a.wikidata_id),
           description = COALESCE(u.description, a.description), updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, kind, iso_code, wikidata_id, description)
         WHERE a.id = u.id AND (a.kind::text, a.iso_code, a.wikidata_id, a.description)
           IS DISTINCT FROM (u.kind, COALESCE(u.iso_code, a.iso_code), COALESCE(u.wikidata_id, a.wikidata_id), COALESCE(u.description, a.description))
         RETURNING a.id`,
        [column(toUpdate, (r) => existing.get(r.key)!), column(toUpdate, (r) => r.kind), column(toUpdate, (r) => r.isoCode), column(toUpdate, (r) => r.wikidataId), column(toUpdate, (r) => r.description)],
      );
      for (const row of changed) updated.add(row.id);
    }
    const aliases = sorted.flatMap((row) => row.aliases.filter((a) => a.key !== row.key).map((a) => ({ actorId: existing.get(row.key)!, ...a })));
    if (aliases.length > 0) {
      const added = await session.query<{ actor_id: number }>(
        `/* insertAliases */ INSERT INTO actor_alias (actor_id, alias, alias_key, kind)
         SELECT actor_id, alias, alias_key, kind::"AliasKind" FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS t(actor_id, alias, alias_key, kind)
         ON CONFLICT (alias_key) DO NOTHING RETURNING actor_id`,
        [column(aliases, (a) => a.actorId), column(aliases, (a) => a.alias), column(aliases, (a) => a.key), column(aliases, (a) => a.kind)],
      );
      for (const row of added) updated.add(row.actor_id);
    }
    const counts = { created: created.size, updated: 0, unchanged: 0 };
    for (const row of toUpdate) {
      if (updated.has(existing.get(row.key)!)) counts.updated++;
      else counts.unchanged++;
    }
    return { counts, ids: existing };
  }

  /** Source ids by URL and by content hash. */
  async sourceIds(session: SqlSession, urls: string[], hashes: string[]): Promise<{ byUrl: Map<string, number>; byHash: Map<string, number> }> {
    const rows = await session.query<{ id: number; url: string | null; content_hash: string }>(
      `/* sourceIds */ SELECT id, url, content_hash FROM source WHERE url = ANY($1::text[]) OR content_hash = ANY($2::text[])`,
      [urls, hashes],
    );
    return {
      byUrl: new Map(rows.filter((r) => r.url).map((r) => [r.url!, r.id])),
      byHash: new Map(rows.map((r) => [r.content_hash, r.id])),
    };
  }

  /** Creates missing sources and updates the descriptive fields of stored ones (never their text). */
  async upsertSources(session: SqlSession, rows: SourceRow[]): Promise<WriteCounts> {
    const inserted = await session.query<{ content_hash: string }>(
      `/* insertSources */ INSERT INTO source (kind, title, publisher, author, url, published_at, text, reliability, content_hash, original_length, repeated_paragraphs, edition, updated_at)
       SELECT kind::"SourceKind", title, publisher, author, url, published_at::date, text, reliability::"ReliabilityGrade", content_hash, original_length, repeated_paragraphs, edition::date, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::int[], $12::text[])
         AS t(kind, title, publisher, author, url, published_at, text, reliability, content_hash, original_length, repeated_paragraphs, edition)
       ON CONFLICT DO NOTHING
       RETURNING content_hash`,
      [
        column(rows, (r) => r.kind), column(rows, (r) => r.title), column(rows, (r) => r.publisher), column(rows, (r) => r.author),
        column(rows, (r) => r.url), column(rows, (r) => r.publishedAt), column(rows, (r) => r.text), column(rows, (r) => r.reliability),
        column(rows, (r) => r.contentHash), column(rows, (r) => r.originalLength), column(rows, (r) => r.repeatedParagraphs),
        column(rows, (r) => r.edition),
      ],
    );
    const created = new Set(inserted.map((row) => row.content_hash));
    const rest = rows.filter((row) => !created.has(row.contentHash));
    if (rest.length === 0) return { created: created.size, updated: 0, unchanged: 0 };
    const changed = await session.query<{ id: number }>(
      `/* updateSources */ UPDATE source s SET kind = u.kind::"SourceKind", title = u.title,
         publisher = COALESCE(u.publisher, s.publisher), author = COALESCE(u.author, s.author),
         published_at = COALESCE(u.published_at::date, s.published_at), reliability = COALESCE(u.reliability::"ReliabilityGrade", s.reliability),
         edition = COALESCE(u.edition::date, s.edition), updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS u(kind, title, publisher, author, published_at, reliability, url, content_hash, edition)
       WHERE (s.content_hash = u.content_hash OR s.url = u.url)
         AND (s.kind::text, s.title, s.publisher, s.author, s.published_at, s.reliability::text, s.edition) IS DISTINCT FROM
             (u.kind, u.title, COALESCE(u.publisher, s.publisher), COALESCE(u.author, s.author), COALESCE(u.published_at::date, s.published_at),
              COALESCE(u.reliability, s.reliability::text), COALESCE(u.edition::date, s.edition))
       RETURNING s.id`,
      [
        column(rest, (r) => r.kind), column(rest, (r) => r.title), column(rest, (r) => r.publisher), column(rest, (r) => r.author),
        column(rest, (r) => r.publishedAt), column(rest, (r) => r.reliability), column(rest, (r) => r.url), column(rest, (r) => r.contentHash),
        column(rest, (r) => r.edition),
      ],
    );
    return { created: created.size, updated: changed.length, unchanged: rest.length - changed.length };
  }

  /** Inserts or updates transfer rows by (deal, delivery year, source); unchanged rows are not touched. */
  async upsertTransfers(session: SqlSession, rows: TransferRow[]): Promise<WriteCounts> {
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    // One lock order for every import, so that two imports of overlapping rows cannot deadlock.
    const sorted = [...rows].sort((a, b) => a.sourceId - b.sourceId || (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : a.deliveryYear - b.deliveryYear));
    const returned = await session.query<{ inserted: boolean; source_id: number; deal_id: string; delivery_year: number }>(
      `/* upsertTransfers */ INSERT INTO arms_transfer (supplier_id, recipient_id, source_id, deal_id, designation, description, category,
         order_year, order_year_estimated, delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated,
         tiv_per_unit, tiv_delivered, status, local_production, first_seen, last_seen, updated_at)
       SELECT supplier_id, recipient_id, t.source_id, deal_id, designation, description, category, order_year, order_year_estimated,
         delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated, tiv_per_unit, tiv_delivered,
         status::"TransferStatus", local_production, seen.day, seen.day, now()
       FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bool[], $10::int[],
         $11::bool[], $12::int[], $13::bool[], $14::float8[], $15::float8[], $16::text[], $17::bool[])
         AS t(supplier_id, recipient_id, source_id, deal_id, designation, description, category, order_year, order_year_estimated,
           delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated, tiv_per_unit, tiv_delivered, status, local_production)
         -- A row is seen on its dataset's edition (the day of the import when the dataset names none).
         CROSS JOIN LATERAL (SELECT COALESCE(s.edition, current_date) AS day FROM source s WHERE s.id = t.source_id) AS seen
       ON CONFLICT (deal_id, delivery_year, source_id) DO UPDATE SET
         supplier_id = EXCLUDED.supplier_id, recipient_id = EXCLUDED.recipient_id, designation = EXCLUDED.designation,
         description = EXCLUDED.description, category = EXCLUDED.category, order_year = EXCLUDED.order_year,
         order_year_estimated = EXCLUDED.order_year_estimated, delivery_year_estimated = EXCLUDED.delivery_year_estimated,
         number_delivered = EXCLUDED.number_delivered, number_delivered_estimated = EXCLUDED.number_delivered_estimated,
         tiv_per_unit = EXCLUDED.tiv_per_unit, tiv_delivered = EXCLUDED.tiv_delivered, status = EXCLUDED.status,
         local_production = EXCLUDED.local_production, last_seen = GREATEST(arms_transfer.last_seen, EXCLUDED.last_seen), updated_at = now()
       WHERE (arms_transfer.supplier_id, arms_transfer.recipient_id, arms_transfer.designation, arms_transfer.description,
         arms_transfer.category, arms_transfer.order_year, arms_transfer.order_year_estimated, arms_transfer.delivery_year_estimated,
         arms_transfer.number_delivered, arms_transfer.number_delivered_estimated, arms_transfer.tiv_per_unit, arms_transfer.tiv_delivered,
         arms_transfer.status, arms_transfer.local_production)
       IS DISTINCT FROM (EXCLUDED.supplier_id, EXCLUDED.recipient_id, EXCLUDED.designation, EXCLUDED.description, EXCLUDED.category,
         EXCLUDED.order_year, EXCLUDED.order_year_estimated, EXCLUDED.delivery_year_estimated, EXCLUDED.number_delivered,
         EXCLUDED.number_delivered_estimated, EXCLUDED.tiv_per_unit, EXCLUDED.tiv_delivered, EXCLUDED.status, EXCLUDED.local_production)
       RETURNING (xmax = 0) AS inserted, arms_transfer.source_id, arms_transfer.deal_id, arms_transfer.delivery_year`,
      [
        column(sorted, (r) => r.supplierId), column(sorted, (r) => r.recipientId), column(sorted, (r) => r.sourceId),
        column(sorted, (r) => r.dealId), column(sorted, (r) => r.designation), column(sorted, (r) => r.description),
        column(sorted, (r) => r.category), column(sorted, (r) => r.orderYear), column(sorted, (r) => r.orderYearEstimated),
        column(sorted, (r) => r.deliveryYear), column(sorted, (r) => r.deliveryYearEstimated), column(sorted, (r) => r.numberDelivered),
        column(sorted, (r) => r.numberDeliveredEstimated), column(sorted, (r) => r.tivPerUnit), column(sorted, (r) => r.tivDelivered),
        column(sorted, (r) => r.status), column(sorted, (r) => r.localProduction),
      ],
    );
    const created = returned.filter((row) => row.inserted).length;
    // Unchanged rows (those the upsert left alone) of a newer edition are confirmed by it: their lastSeen moves,
    // their content and counts do not. A first import has none, and sends empty lists.
    const written = new Set(returned.map((row) => `${row.source_id}|${row.deal_id}|${row.delivery_year}`));
    const unchanged = sorted.filter((row) => !written.has(`${row.sourceId}|${row.dealId}|${row.deliveryYear}`));
    await session.query(
      `/* confirmTransfers */ WITH confirmed AS (
         UPDATE arms_transfer a SET last_seen = COALESCE(s.edition, current_date)
         FROM unnest($1::int[], $2::text[], $3::int[]) AS u(source_id, deal_id, delivery_year) JOIN source s ON s.id = u.source_id
         WHERE a.source_id = u.source_id AND a.deal_id = u.deal_id AND a.delivery_year = u.delivery_year
           AND (a.last_seen IS NULL OR a.last_seen < COALESCE(s.edition, current_date))
       )
       UPDATE source SET imported_at = now() WHERE id = ANY($4::int[])`,
      [column(unchanged, (r) => r.sourceId), column(unchanged, (r) => r.dealId), column(unchanged, (r) => r.deliveryYear), [...new Set(sorted.map((r) => r.sourceId))]],
    );
    return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
  }

  /** Creates missing events, updates the given fields of stored ones and replaces given participant lists; ids by key. */
  async upsertEvents(session: SqlSession, rows: EventRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));
    const inserted = await session.query<{ id: number; title: string; start_date: string }>(
      `/* insertEvents */ INSERT INTO event (cameo_code, title, start_date, start_precision, end_date, end_precision, location, description, updated_at)
       SELECT cameo_code, title, start_date::date, COALESCE(start_precision, 'DAY')::"DatePrecision", end_date::date,
         end_precision::"DatePrecision", location, description, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS t(cameo_code, title, start_date, start_precision, end_date, end_precision, location, description)
       ON CONFLICT (title, start_date) DO NOTHING
       RETURNING id, title, start_date::text`,
      [
        column(sorted, (r) => r.cameoCode), column(sorted, (r) => r.title), column(sorted, (r) => r.startDate), column(sorted, (r) => r.startPrecision),
        column(sorted, (r) => r.endDate), column(sorted, (r) => r.endPrecision), column(sorted, (r) => r.location), column(sorted, (r) => r.description),
      ],
    );
    const created = new Set(inserted.map((row) => eventKey(row.title, row.start_date)));
    const rest = sorted.filter((row) => !created.has(row.key));
    const changed = new Set<number>();
    if (rest.length > 0) {
      const updated = await session.query<{ id: number }>(
        `/* updateEvents */ UPDATE event e SET cameo_code = u.cameo_code,
           start_precision = COALESCE(u.start_precision::"DatePrecision", e.start_precision), end_date = COALESCE(u.end_date::date, e.end_date),
           end_precision = COALESCE(u.end_precision::"DatePrecision", e.end_precision), location = COALESCE(u.location, e.location),
           description = COALESCE(u.description, e.description), updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS u(cameo_code, title, start_date, start_precision, end_date, end_precision, location, description)
         WHERE e.title = u.title AND e.start_date = u.start_date::date
           AND (e.cameo_code, e.start_precision::text, e.end_date, e.end_precision::text, e.location, e.description) IS DISTINCT FROM
               (u.cameo_code, COALESCE(u.start_precision, e.start_precision::text), COALESCE(u.end_date::date, e.end_date),
                COALESCE(u.end_precision, e.end_precision::text), COALESCE(u.location, e.location), COALESCE(u.description, e.description))
         RETURNING e.id`,
        [
          column(rest, (r) => r.cameoCode), column(rest, (r) => r.title), column(rest, (r) => r.startDate), column(rest, (r) => r.startPrecision),
          column(rest, (r) => r.endDate), column(rest, (r) => r.endPrecision), column(rest, (r) => r.location), column(rest, (r) => r.description),
        ],
      );
      for (const row of updated) changed.add(row.id);
    }
    const ids = await this.eventIdsByKey(session, sorted);
    const withParticipants = sorted.filter((row) => row.participants !== null);
    const participants = withParticipants.flatMap((row) => row.participants!.map((p) => ({ parentId: ids.get(row.key)!, values: [p.actorId, p.role] })));
    for (const id of await this.replaceChildren(session, EVENT_PARTICIPANTS, withParticipants.map((row) => ids.get(row.key)!), participants)) changed.add(id);
    return { counts: countChanges(sorted.map((row) => ids.get(row.key)!), new Set([...created].map((key) => ids.get(key)!)), changed), ids };
  }

  /** Event ids by key (title + start date) for events stored already. */
  async eventIdsByKey(session: SqlSession, refs: { title: string; startDate: string }[]): Promise<Map<string, number>> {
    if (refs.length === 0) return new Map();
    const rows = await session.query<{ id: number; title: string; start_date: string }>(
      `/* eventIdsByKey */ SELECT e.id, e.title, e.start_date::text FROM event e
       JOIN unnest($1::text[], $2::text[]) AS k(title, start_date) ON e.title = k.title AND e.start_date = k.start_date::date`,
      [refs.map((r) => r.title), refs.map((r) => r.startDate)],
    );
    return new Map(rows.map((row) => [eventKey(row.title, row.start_date), row.id]));
  }

  /** CAMEO codes among these that the codebook holds. */
  async knownCameoCodes(session: SqlSession, codes: string[]): Promise<Set<string>> {
    const rows = await session.query<{ code: string }>(`/* knownCameoCodes */ SELECT code FROM cameo_code WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }

  /** The predicate vocabulary, to store typed predicates as codes and check their objects. */
  predicates(session: SqlSession): Promise<PredicateRow[]> {
    return session.query<PredicateRow>(`/* predicateVocabulary */ ${PREDICATES_SQL}`);
  }

  /** Stored texts of sources, to locate cited quotes. */
  async sourceTexts(session: SqlSession, ids: number[]): Promise<Map<number, string | null>> {
    const rows = await session.query<{ id: number; text: string | null }>(`/* sourceTexts */ SELECT id, text FROM source WHERE id = ANY($1::int[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  /** Adds the value sources of written events, or confirms stored ones: lastSeen moves, firstSeen stays. */
  async upsertEventSources(session: SqlSession, rows: (ValueSourceRow & { eventId: number })[]): Promise<void> {
    if (rows.length === 0) return;
    await session.query(
      `/* upsertEventSources */ INSERT INTO value_source (event_id, source_id, field, quote, start_offset, end_offset, created_by)
       SELECT DISTINCT ON (event_id, source_id, COALESCE(field, ''), COALESCE(quote, '')) event_id, source_id, field, quote, start_offset, end_offset,
         NULLIF(current_setting('dossier.author', true), '')
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[]) AS u(event_id, source_id, field, quote, start_offset, end_offset)
       ${VALUE_SOURCE_CONFLICT}
       DO UPDATE SET last_seen = now()`,
      [
        column(rows, (r) => r.eventId), column(rows, (r) => r.sourceId), column(rows, (r) => r.field), column(rows, (r) => r.quote),
        column(rows, (r) => r.startOffset), column(rows, (r) => r.endOffset),
      ],
    );
  }

  /** Creates missing claims, updates the given fields of stored ones, replaces given actor and citation lists. */
  async upsertClaims(session: SqlSession, rows: ClaimRow[]): Promise<WriteCounts> {
    const sorted = [...rows].sort((a, b) => (a.naturalKey < b.naturalKey ? -1 : 1));
    const values = [
      column(sorted, (r) => r.naturalKey), column(sorted, (r) => r.statement), column(sorted, (r) => r.asserterId), column(sorted, (r) => r.asserterSourceId),
      column(sorted, (r) => r.eventId), column(sorted, (r) => r.subjectId), column(sorted, (r) => r.predicate), column(sorted, (r) => r.objectActorId),
      column(sorted, (r) => r.objectValue), column(sorted, (r) => r.validFrom), column(sorted, (r) => r.validTo), column(sorted, (r) => r.confidence),
    ];
    const unnestClaims = `unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::float8[])
      AS u(natural_key, statement, asserter_id, asserter_source_id, event_id, subject_id, predicate, object_actor_id, object_value, valid_from, valid_to, confidence)`;
    const inserted = await session.query<{ natural_key: string }>(
      `/* insertClaims */ INSERT INTO claim (natural_key, statement, asserter_id, asserter_source_id, event_id, subject_id, predicate, object_actor_id,
         object_value, valid_from, valid_to, confidence, updated_at)
       SELECT natural_key, statement, asserter_id, asserter_source_id, event_id, subject_id, predicate, object_actor_id, object_value,
         valid_from::date, valid_to::date, confidence, now()
       FROM ${unnestClaims}
       ON CONFLICT (natural_key) DO NOTHING
       RETURNING natural_key`,
      values,
    );
    const created = new Set(inserted.map((row) => row.natural_key));
    const changed = new Set<number>();
    if (created.size < sorted.length) {
      const updated = await session.query<{ id: number }>(
        `/* updateClaims */ UPDATE claim c SET event_id = COALESCE(u.event_id, c.event_id), subject_id = COALESCE(u.subject_id, c.subject_id),
           predicate = COALESCE(u.predicate, c.predicate), object_actor_id = COALESCE(u.object_actor_id, c.object_actor_id),
           object_value = COALESCE(u.object_value, c.object_value), valid_from = COALESCE(u.valid_from::date, c.valid_from),
           valid_to = COALESCE(u.valid_to::date, c.valid_to), confidence = COALESCE(u.confidence, c.confidence), updated_at = now()
         FROM ${unnestClaims}
         WHERE c.natural_key = u.natural_key
           AND (c.event_id, c.subject_id, c.predicate, c.object_actor_id, c.object_value, c.valid_from, c.valid_to, c.confidence) IS DISTINCT FROM
               (COALESCE(u.event_id, c.event_id), COALESCE(u.subject_id, c.subject_id), COALESCE(u.predicate, c.predicate),
                COALESCE(u.object_actor_id, c.object_actor_id), COALESCE(u.object_value, c.object_value), COALESCE(u.valid_from::date, c.valid_from),
                COALESCE(u.valid_to::date, c.valid_to), COALESCE(u.confidence, c.confidence))
         RETURNING c.id`,
        values,
      );
      for (const row of updated) changed.add(row.id);
    }
    const stored = await session.query<{ id: number; natural_key: string }>(
      `/* claimIds */ SELECT id, natural_key FROM claim WHERE natural_key = ANY($1::text[])`,
      [column(sorted, (r) => r.naturalKey)],
    );
    const ids = new Map(stored.map((row) => [row.natural_key, row.id]));
    const idOf = (row: ClaimRow) => ids.get(row.naturalKey)!;
    const withActors = sorted.filter((row) => row.actors !== null);
    const actors = withActors.flatMap((row) => row.actors!.map((a) => ({ parentId: idOf(row), values: [a.actorId, a.role] })));
    for (const id of await this.replaceChildren(session, CLAIM_ACTORS, withActors.map(idOf), actors)) changed.add(id);
    const withCitations = sorted.filter((row) => row.citations !== null);
    const citations = withCitations.flatMap((row) =>
      row.citations!.map((c) => ({ parentId: idOf(row), values: [c.sourceId, c.quote, c.startOffset, c.endOffset, c.stance] })),
    );
    for (const id of await this.replaceChildren(session, CITATIONS, withCitations.map(idOf), citations)) changed.add(id);
    return countChanges(sorted.map(idOf), new Set([...created].map((key) => ids.get(key)!)), changed);
  }

  /**
   * Makes the child rows of these parents exactly the given ones: deletes the others, inserts the missing.
   * Returns the parents whose children changed. The parents are locked first, so that two imports of the
   * same record cannot both insert its children.
   */
  private async replaceChildren(
    session: SqlSession,
    spec: ChildTable,
    parentIds: number[],
    children: { parentId: number; values: unknown[] }[],
  ): Promise<Set<number>> {
    if (parentIds.length === 0) return new Set();
    await session.query(`/* lock_${spec.parentTable} */ SELECT id FROM ${spec.parentTable} WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [parentIds]);
    const names = spec.columns.map((c) => c.name);
    const arrays = [children.map((c) => c.parentId), ...spec.columns.map((_, i) => children.map((c) => c.values[i]))];
    const unnest = `unnest($2::int[], ${spec.columns.map((c, i) => `$${i + 3}::${c.arrayType}[]`).join(', ')}) AS n(parent_id, ${names.join(', ')})`;
    const same = `n.parent_id = c.${spec.parentColumn} AND ${spec.columns
      .map((col) => `c.${col.name}${col.enumType ? '::text' : ''} IS NOT DISTINCT FROM n.${col.name}`)
      .join(' AND ')}`;
    const removed = await session.query<{ parent_id: number }>(
      `/* replace_${spec.table}_delete */ DELETE FROM ${spec.table} c WHERE c.${spec.parentColumn} = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM ${unnest} WHERE ${same})
       RETURNING c.${spec.parentColumn} AS parent_id`,
      [parentIds, ...arrays],
    );
    const added = await session.query<{ parent_id: number }>(
      `/* replace_${spec.table}_insert */ INSERT INTO ${spec.table} (${spec.parentColumn}, ${names.join(', ')})
       SELECT DISTINCT n.parent_id, ${spec.columns.map((col) => `n.${col.name}${col.enumType ? `::"${col.enumType}"` : ''}`).join(', ')}
       FROM ${unnest} WHERE n.parent_id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM ${spec.table} c WHERE ${same})
       RETURNING ${spec.parentColumn} AS parent_id`,
      [parentIds, ...arrays],
    );
    return new Set([...removed, ...added].map((row) => row.parent_id));
  }
}

/** An event's natural key: its title and start date (YYYY-MM-DD). */
export function eventKey(title: string, startDate: string): string {
  return `${startDate}|${title}`;
}

/** A created row counts once, as created, although its children were inserted too. */
function countChanges(ids: number[], created: Set<number>, changed: Set<number>): WriteCounts {
  const updated = ids.filter((id) => !created.has(id) && changed.has(id)).length;
  return { created: created.size, updated, unchanged: ids.length - created.size - updated };
}
