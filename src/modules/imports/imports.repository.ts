// Set-based writes for imports: each statement takes whole columns as arrays (unnest), so a chunk of any
// size is a handful of round trips and a fixed number of bind parameters (far below PostgreSQL's 32,767).
import type { SqlSession } from '../../db/database';

export interface ActorRow {
  name: string;
  key: string;
  kind: string;
  isoCode: string | null;
  wikidataId: string | null;
  description: string | null;
  aliases: { alias: string; key: string }[];
}

export interface SourceRow {
  kind: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string | null;
  reliability: string | null;
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

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const column = <Row, Value>(rows: Row[], pick: (row: Row) => Value): Value[] => rows.map(pick);

export class ImportRepository {
  /** Actor ids by lookup key: canonical name, alias or ISO code, lower-cased. */
  async actorIdsByKey(session: SqlSession, keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await session.query<{ key: string; id: number }>(
      /* actorIdsByKey */ `SELECT name_key AS key, id FROM actor WHERE name_key = ANY($1::text[])
       UNION ALL SELECT alias_key, actor_id FROM actor_alias WHERE alias_key = ANY($1::text[])
       UNION ALL SELECT lower(iso_code), id FROM actor WHERE lower(iso_code) = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  /** Actor ids holding these ISO codes or Wikidata ids, to refuse a record that would take another's. */
  async actorIdsByCodes(session: SqlSession, isoCodes: string[], wikidataIds: string[]): Promise<{ iso: Map<string, number>; wikidata: Map<string, number> }> {
    const rows = await session.query<{ id: number; iso_code: string | null; wikidata_id: string | null }>(
      /* actorIdsByCodes */ `SELECT id, iso_code, wikidata_id FROM actor WHERE iso_code = ANY($1::text[]) OR wikidata_id = ANY($2::text[])`,
      [isoCodes, wikidataIds],
    );
    return {
      iso: new Map(rows.filter((r) => r.iso_code).map((r) => [r.iso_code!, r.id])),
      wikidata: new Map(rows.filter((r) => r.wikidata_id).map((r) => [r.wikidata_id!, r.id])),
    };
  }

  /** Creates missing actors, fills in given fields of existing ones, adds new aliases; returns ids by name key. */
  async upsertActors(session: SqlSession, rows: ActorRow[]): Promise<{ counts: WriteCounts; ids: Map<string, number> }> {
    const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));
    const existing = await this.actorIdsByKey(session, column(sorted, (r) => r.key));
    const fresh = sorted.filter((row) => !existing.has(row.key));
    const created = new Set<string>();
    if (fresh.length > 0) {
      const inserted = await session.query<{ id: number; name_key: string }>(
        /* insertActors */ `INSERT INTO actor (kind, name, name_key, iso_code, wikidata_id, description, updated_at)
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
        /* updateActors */ `UPDATE actor a SET kind = u.kind::"ActorKind",
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
        /* insertAliases */ `INSERT INTO actor_alias (actor_id, alias, alias_key)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT (alias_key) DO NOTHING RETURNING actor_id`,
        [column(aliases, (a) => a.actorId), column(aliases, (a) => a.alias), column(aliases, (a) => a.key)],
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
      /* sourceIds */ `SELECT id, url, content_hash FROM source WHERE url = ANY($1::text[]) OR content_hash = ANY($2::text[])`,
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
      /* insertSources */ `INSERT INTO source (kind, title, publisher, author, url, published_at, text, reliability, content_hash, updated_at)
       SELECT kind::"SourceKind", title, publisher, author, url, published_at::date, text, reliability::"ReliabilityGrade", content_hash, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS t(kind, title, publisher, author, url, published_at, text, reliability, content_hash)
       ON CONFLICT DO NOTHING
       RETURNING content_hash`,
      [
        column(rows, (r) => r.kind), column(rows, (r) => r.title), column(rows, (r) => r.publisher), column(rows, (r) => r.author),
        column(rows, (r) => r.url), column(rows, (r) => r.publishedAt), column(rows, (r) => r.text), column(rows, (r) => r.reliability),
        column(rows, (r) => r.contentHash),
      ],
    );
    const created = new Set(inserted.map((row) => row.content_hash));
    const rest = rows.filter((row) => !created.has(row.contentHash));
    if (rest.length === 0) return { created: created.size, updated: 0, unchanged: 0 };
    const changed = await session.query<{ id: number }>(
      /* updateSources */ `UPDATE source s SET kind = u.kind::"SourceKind", title = u.title,
         publisher = COALESCE(u.publisher, s.publisher), author = COALESCE(u.author, s.author),
         published_at = COALESCE(u.published_at::date, s.published_at), reliability = COALESCE(u.reliability::"ReliabilityGrade", s.reliability), updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS u(kind, title, publisher, author, published_at, reliability, url, content_hash)
       WHERE (s.content_hash = u.content_hash OR s.url = u.url)
         AND (s.kind::text, s.title, s.publisher, s.author, s.published_at, s.reliability::text) IS DISTINCT FROM
             (u.kind, u.title, COALESCE(u.publisher, s.publisher), COALESCE(u.author, s.author), COALESCE(u.published_at::date, s.published_at), COALESCE(u.reliability, s.reliability::text))
       RETURNING s.id`,
      [
        column(rest, (r) => r.kind), column(rest, (r) => r.title), column(rest, (r) => r.publisher), column(rest, (r) => r.author),
        column(rest, (r) => r.publishedAt), column(rest, (r) => r.reliability), column(rest, (r) => r.url), column(rest, (r) => r.contentHash),
      ],
    );
    return { created: created.size, updated: changed.length, unchanged: rest.length - changed.length };
  }

  /** Inserts or updates transfer rows by (deal, delivery year, source); unchanged rows are not touched. */
  async upsertTransfers(session: SqlSession, rows: TransferRow[]): Promise<WriteCounts> {
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    // One lock order for every import, so that two imports of overlapping rows cannot deadlock.
    const sorted = [...rows].sort((a, b) => a.sourceId - b.sourceId || (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : a.deliveryYear - b.deliveryYear));
    const returned = await session.query<{ inserted: boolean }>(
      /* upsertTransfers */ `INSERT INTO arms_transfer (supplier_id, recipient_id, source_id, deal_id, designation, description, category,
         order_year, order_year_estimated, delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated,
         tiv_per_unit, tiv_delivered, status, local_production, updated_at)
       SELECT supplier_id, recipient_id, source_id, deal_id, designation, description, category, order_year, order_year_estimated,
         delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated, tiv_per_unit, tiv_delivered,
         status::"TransferStatus", local_production, now()
       FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bool[], $10::int[],
         $11::bool[], $12::int[], $13::bool[], $14::float8[], $15::float8[], $16::text[], $17::bool[])
         AS t(supplier_id, recipient_id, source_id, deal_id, designation, description, category, order_year, order_year_estimated,
           delivery_year, delivery_year_estimated, number_delivered, number_delivered_estimated, tiv_per_unit, tiv_delivered, status, local_production)
       ON CONFLICT (deal_id, delivery_year, source_id) DO UPDATE SET
         supplier_id = EXCLUDED.supplier_id, recipient_id = EXCLUDED.recipient_id, designation = EXCLUDED.designation,
         description = EXCLUDED.description, category = EXCLUDED.category, order_year = EXCLUDED.order_year,
         order_year_estimated = EXCLUDED.order_year_estimated, delivery_year_estimated = EXCLUDED.delivery_year_estimated,
         number_delivered = EXCLUDED.number_delivered, number_delivered_estimated = EXCLUDED.number_delivered_estimated,
         tiv_per_unit = EXCLUDED.tiv_per_unit, tiv_delivered = EXCLUDED.tiv_delivered, status = EXCLUDED.status,
         local_production = EXCLUDED.local_production, updated_at = now()
       WHERE (arms_transfer.supplier_id, arms_transfer.recipient_id, arms_transfer.designation, arms_transfer.description,
         arms_transfer.category, arms_transfer.order_year, arms_transfer.order_year_estimated, arms_transfer.delivery_year_estimated,
         arms_transfer.number_delivered, arms_transfer.number_delivered_estimated, arms_transfer.tiv_per_unit, arms_transfer.tiv_delivered,
         arms_transfer.status, arms_transfer.local_production)
       IS DISTINCT FROM (EXCLUDED.supplier_id, EXCLUDED.recipient_id, EXCLUDED.designation, EXCLUDED.description, EXCLUDED.category,
         EXCLUDED.order_year, EXCLUDED.order_year_estimated, EXCLUDED.delivery_year_estimated, EXCLUDED.number_delivered,
         EXCLUDED.number_delivered_estimated, EXCLUDED.tiv_per_unit, EXCLUDED.tiv_delivered, EXCLUDED.status, EXCLUDED.local_production)
       RETURNING (xmax = 0) AS inserted`,
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
    return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
  }
}
