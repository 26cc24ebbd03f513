// How the set-based writes (bundles, SIPRI's register) write arms transfers: one map, held to the row type by the
// compiler (see db/set-writes.ts), from which the upsert and its parameters are made.
import { SetWrite, type WriteMap, type WriteRowOf } from '../../db/set-writes';
import type { ArmsTransfer } from '../../generated/prisma/client';

/** A transfer row as an import writes it; first and last seen, unless given (a copy's), come from its dataset's edition. */
export type TransferWriteRow = WriteRowOf<ArmsTransfer, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

/** A row is keyed by its dataset, deal and delivery year; every other value is the dataset's latest. */
export const TRANSFER_WRITES = new SetWrite<TransferWriteRow>('arms_transfer', {
  supplierId: { column: 'supplier_id', type: 'int' },
  recipientId: { column: 'recipient_id', type: 'int' },
  sourceId: { column: 'source_id', type: 'int', update: 'key' },
  dealId: { column: 'deal_id', type: 'text', update: 'key' },
  designation: { column: 'designation', type: 'text' },
  description: { column: 'description', type: 'text' },
  category: { column: 'category', type: 'text' },
  orderYear: { column: 'order_year', type: 'int' },
  orderYearEstimated: { column: 'order_year_estimated', type: 'bool' },
  deliveryYear: { column: 'delivery_year', type: 'int', update: 'key' },
  deliveryYearEstimated: { column: 'delivery_year_estimated', type: 'bool' },
  numberDelivered: { column: 'number_delivered', type: 'int' },
  numberDeliveredEstimated: { column: 'number_delivered_estimated', type: 'bool' },
  tivPerUnit: { column: 'tiv_per_unit', type: 'float8' },
  tivDelivered: { column: 'tiv_delivered', type: 'float8' },
  status: { column: 'status', type: 'text', cast: '"TransferStatus"' },
  localProduction: { column: 'local_production', type: 'bool' },
  // A row is seen on its dataset's edition (the day of the import when the dataset names none), unless the bundle
  // says when (a copy made by export and import keeps the original's); a later edition that carries it again moves
  // its last sighting.
  firstSeen: { column: 'first_seen', type: 'text', cast: 'date', update: 'create', createDefault: 'seen.day' },
  lastSeen: { column: 'last_seen', type: 'text', cast: 'date', update: 'create', createDefault: 'seen.day' },
} satisfies WriteMap<TransferWriteRow>, {
  stamped: true,
  join: 'CROSS JOIN LATERAL (SELECT COALESCE(s.edition, current_date) AS day FROM source s WHERE s.id = u.source_id) AS seen',
  computed: [{ column: 'last_seen', update: 'GREATEST(arms_transfer.last_seen, EXCLUDED.last_seen)' }],
});
