// How each field of ArmsTransfer is read (see shared/reads.ts), and the armsTransfers list as a compiled read.
import { readsOf, type TypeReads } from '../../shared/reads';
import type { JsonConnectionRoot } from '../../shared/json-reads';
import { STAMP_WHY } from '../actors/actors.reads';
import { ARMS_TRANSFER_COLUMNS } from './arms-transfers.columns';
import type { ArmsTransferOrder } from './arms-transfers.repository';
import { SIPRI_ATTRIBUTION } from './arms-transfers.service';

const transfer = readsOf(ARMS_TRANSFER_COLUMNS);
export const ARMS_TRANSFER: TypeReads = {
  table: 'arms_transfer',
  rowFields: ARMS_TRANSFER_COLUMNS.fields,
  fields: {
    id: transfer.id(),
    supplier: transfer.reference('supplierId', 'Actor'),
    recipient: transfer.reference('recipientId', 'Actor'),
    source: transfer.reference('sourceId', 'Source'),
    firstSeen: transfer.date('firstSeen'),
    lastSeen: transfer.date('lastSeen'),
    dealId: transfer.column('dealId'),
    designation: transfer.column('designation'),
    description: transfer.column('description'),
    category: transfer.column('category'),
    orderYear: transfer.column('orderYear'),
    orderYearEstimated: transfer.column('orderYearEstimated'),
    deliveryYear: transfer.column('deliveryYear'),
    deliveryYearEstimated: transfer.column('deliveryYearEstimated'),
    numberDelivered: transfer.column('numberDelivered'),
    numberDeliveredEstimated: transfer.column('numberDeliveredEstimated'),
    tivPerUnit: transfer.column('tivPerUnit'),
    tivDelivered: transfer.column('tivDelivered'),
    status: transfer.column('status'),
    localProduction: transfer.column('localProduction'),
    createdAt: transfer.resolved(STAMP_WHY, 'createdAt'),
    updatedAt: transfer.resolved(STAMP_WHY, 'updatedAt'),
    createdBy: transfer.resolved(STAMP_WHY, 'createdBy'),
    updatedBy: transfer.resolved(STAMP_WHY, 'updatedBy'),
  },
};

export const ARMS_TRANSFERS_JSON_ROOT: JsonConnectionRoot = {
  type: 'ArmsTransfer',
  constants: { attribution: SIPRI_ATTRIBUTION },
  source: ({ filter, orderBy, first, after }, { services }) =>
    services.armsTransfers.pageSource(filter as never, (orderBy as ArmsTransferOrder | null) ?? 'DELIVERY_YEAR_DESC', { first: first as number | null, after: after as string | null }),
};
