// Arms transfers as bundle records (see exports/bundle-export.ts): the register's fields, the parties by name and
// the dataset by its URL or hash.
import { actorNameSql } from '../actors/actors.exports';
import { exportReader } from '../exports/export-reader';
import { sourceRefSql } from '../sources/sources.exports';

export const armsTransferBundleExport = exportReader({
  entity: 'armsTransfers',
  line: 'armsTransfer',
  table: 'arms_transfer',
  alias: 't',
  record: `jsonb_build_object('supplier', ${actorNameSql('t.supplier_id')}, 'recipient', ${actorNameSql('t.recipient_id')},
    'source', (SELECT ${sourceRefSql('s')} FROM source s WHERE s.id = t.source_id), 'dealId', t.deal_id, 'designation', t.designation,
    'description', t.description, 'category', t.category, 'orderYear', t.order_year, 'orderYearEstimated', t.order_year_estimated,
    'deliveryYear', t.delivery_year, 'deliveryYearEstimated', t.delivery_year_estimated, 'numberDelivered', t.number_delivered,
    'numberDeliveredEstimated', t.number_delivered_estimated, 'tivPerUnit', t.tiv_per_unit, 'tivDelivered', t.tiv_delivered,
    'status', t.status, 'localProduction', t.local_production)`,
});
