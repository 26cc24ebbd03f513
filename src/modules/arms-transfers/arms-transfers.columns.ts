// The arms-transfer table's columns for raw reads, checked against the Prisma model (a new field must be mapped here).
import { AUDIT_COLUMNS, modelColumns, type Selected } from '../../db/columns';
import type { ArmsTransfer } from '../../generated/prisma/client';

export const ARMS_TRANSFER_COLUMNS = modelColumns<ArmsTransfer>('arms_transfer', {
  id: 'id',
  supplierId: 'supplier_id',
  recipientId: 'recipient_id',
  sourceId: 'source_id',
  dealId: 'deal_id',
  designation: 'designation',
  description: 'description',
  category: 'category',
  orderYear: 'order_year',
  orderYearEstimated: 'order_year_estimated',
  deliveryYear: 'delivery_year',
  deliveryYearEstimated: 'delivery_year_estimated',
  numberDelivered: 'number_delivered',
  numberDeliveredEstimated: 'number_delivered_estimated',
  tivPerUnit: 'tiv_per_unit',
  tivDelivered: 'tiv_delivered',
  status: 'status',
  localProduction: 'local_production',
  firstSeen: 'first_seen',
  lastSeen: 'last_seen',
  ...AUDIT_COLUMNS,
} satisfies Record<keyof ArmsTransfer, string>);

/** An arms transfer as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type ArmsTransferRow = Selected<ArmsTransfer>;
