// Arms-transfer fields and the armsTransfers list as a one-statement read built in the database (see
// shared/json-reads.ts): the same values as the ArmsTransfer resolvers give.
import { idColumn, modelFields, type JsonConnectionRoot, type JsonObjectType } from '../../shared/json-reads';
import { ARMS_TRANSFER_COLUMNS } from './arms-transfers.columns';
import type { ArmsTransferOrder } from './arms-transfers.repository';
import { SIPRI_ATTRIBUTION } from './arms-transfers.service';

export const ARMS_TRANSFER_JSON: JsonObjectType = {
  table: 'arms_transfer',
  scalars: {
    id: idColumn,
    ...modelFields(ARMS_TRANSFER_COLUMNS, ['dealId', 'designation', 'description', 'category', 'orderYear', 'orderYearEstimated', 'deliveryYear',
      'deliveryYearEstimated', 'numberDelivered', 'numberDeliveredEstimated', 'tivPerUnit', 'tivDelivered', 'status', 'localProduction'], ['firstSeen', 'lastSeen']),
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
