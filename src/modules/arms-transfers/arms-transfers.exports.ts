// Arms transfers as bundle records (see exports/bundle-export.ts): the register's fields, the parties by name and
// the dataset by its URL or hash.
import { exportReader, ftmEntity, ftmId, ftmValue, json, jsonObject, jsonDay } from '../exports/export-reader';
import type { ExportScope } from '../exports/export-selection';
import { sourceRefSql } from '../sources/sources.exports';

export const armsTransferBundleExport = exportReader({
  entity: 'armsTransfers',
  line: 'armsTransfer',
  table: 'arms_transfer',
  alias: 't',
  // The parties and the dataset joined: a register is most of an export, and a lookup per field per row halved its speed.
  joins: 'JOIN actor sp ON sp.id = t.supplier_id JOIN actor rp ON rp.id = t.recipient_id JOIN source s ON s.id = t.source_id',
  record: jsonObject({
    supplier: 'sp.name',
    recipient: 'rp.name',
    source: json(sourceRefSql('s')),
    dealId: 't.deal_id',
    designation: 't.designation',
    description: 't.description',
    category: 't.category',
    orderYear: 't.order_year',
    orderYearEstimated: 't.order_year_estimated',
    deliveryYear: 't.delivery_year',
    deliveryYearEstimated: 't.delivery_year_estimated',
    numberDelivered: 't.number_delivered',
    numberDeliveredEstimated: 't.number_delivered_estimated',
    tivPerUnit: 't.tiv_per_unit',
    tivDelivered: 't.tiv_delivered',
    status: 't.status',
    localProduction: 't.local_production',
    firstSeen: jsonDay('t.first_seen'),
    lastSeen: jsonDay('t.last_seen'),
  }),
});

/**
 * A delivery as FtM's EconomicActivity (a trade between a sender and a receiver): the goods, the years, SIPRI's
 * deal id as the record id, the figures in the summary (FtM has no field for a TIV), the dataset as its source,
 * and the first and last edition that carried it.
 */
export const armsTransferFtmExport = exportReader({
  entity: 'armsTransfers',
  line: null,
  table: 'arms_transfer',
  alias: 't',
  joins: 'JOIN source s ON s.id = t.source_id',
  record: ftmEntity({
    id: ftmId('transfer', 't.id'),
    schema: `'EconomicActivity'`,
    caption: 't.designation',
    properties: {
      sender: ftmValue(ftmId('actor', 't.supplier_id')),
      receiver: ftmValue(ftmId('actor', 't.recipient_id')),
      goodsDescription: ftmValue(`t.designation || COALESCE(' (' || t.description || ')', '') || ', ' || t.category`),
      date: ftmValue('t.delivery_year'),
      startDate: ftmValue('t.order_year'),
      recordId: ftmValue('t.deal_id'),
      summary: ftmValue(`'TIV ' || t.tiv_delivered || ' delivered' || COALESCE(', ' || t.number_delivered || ' units', '') || ', ' || lower(replace(t.status::text, '_', ' '))`),
      publisher: ftmValue('s.title'),
      sourceUrl: ftmValue('s.url'),
    },
    firstSeen: jsonDay('t.first_seen'),
    lastSeen: jsonDay('t.last_seen'),
  }),
});

/**
 * A delivery in a filtered export: to or from an actor asked for; delivered in a year the dates touch; from the
 * dataset asked for. It brings both parties and its dataset.
 */
export const armsTransferExportScope: ExportScope = {
  table: 'arms_transfer',
  alias: 't',
  concerns: `(t.supplier_id IN (SELECT id FROM export_seed_actor) OR t.recipient_id IN (SELECT id FROM export_seed_actor))`,
  within: `t.delivery_year BETWEEN extract(year FROM $1::date) AND extract(year FROM $2::date)`,
  cites: `t.source_id = $3::int`,
  refers: {
    actor: (picked) => `SELECT unnest(ARRAY[t.supplier_id, t.recipient_id]) FROM arms_transfer t WHERE t.id IN (SELECT id FROM ${picked})`,
    source: (picked) => `SELECT t.source_id FROM arms_transfer t WHERE t.id IN (SELECT id FROM ${picked})`,
  },
};
