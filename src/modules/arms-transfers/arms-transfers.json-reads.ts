// Arms-transfer fields and the armsTransfers list as a one-statement read built in the database (see
// shared/json-reads.ts): the same values as the ArmsTransfer resolvers give.
import { column, dateColumn as date, idColumn, type JsonConnectionRoot, type JsonObjectType } from '../../shared/json-reads';
import type { ArmsTransferOrder } from './arms-transfers.repository';
import { SIPRI_ATTRIBUTION } from './arms-transfers.service';

export const ARMS_TRANSFER_JSON: JsonObjectType = {
  table: 'arms_transfer',
  scalars: {
    id: idColumn,
    firstSeen: date('first_seen'),
    lastSeen: date('last_seen'),
    dealId: column('deal_id'),
    designation: column('designation'),
    description: column('description'),
    category: column('category'),
    orderYear: column('order_year'),
    orderYearEstimated: column('order_year_estimated'),
    deliveryYear: column('delivery_year'),
    deliveryYearEstimated: column('delivery_year_estimated'),
    numberDelivered: column('number_delivered'),
    numberDeliveredEstimated: column('number_delivered_estimated'),
    tivPerUnit: column('tiv_per_unit'),
    tivDelivered: column('tiv_delivered'),
    status: column('status'),
    localProduction: column('local_production'),
  },
  references: {
    supplier: { column: 'supplier_id', type: 'Actor' },
    recipient: { column: 'recipient_id', type: 'Actor' },
  },
};

export const ARMS_TRANSFERS_JSON_ROOT: JsonConnectionRoot = {
  type: 'ArmsTransfer',
  constants: { attribution: SIPRI_ATTRIBUTION },
  source: ({ filter, orderBy, first, after }, { services }) =>
    services.armsTransfers.pageSource(filter, (orderBy as ArmsTransferOrder | null) ?? 'DELIVERY_YEAR_DESC', { first: first as number | null, after: after as string | null }),
};
