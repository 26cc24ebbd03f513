import { z } from 'zod';
import { CalendarDate, Id, Str, Text, Year } from '../../shared/validation';

export const TransferStatus = z.enum(['NEW', 'SECOND_HAND', 'SECOND_HAND_MODERNISED']);
// Bounds far above SIPRI's own figures (a year's deliveries of one deal reach about 2,000 million TIV and 12,500
// items), low enough that no sum over the register overflows or loses its precision.
export const MAX_TIV = 100_000;
export const MAX_COUNT = 1_000_000;
/** A TIV figure, in millions: from 0 to MAX_TIV. */
export const Tiv = z.number().finite('must be a finite number').min(0, 'must not be negative').max(MAX_TIV, `must be at most ${MAX_TIV} (million TIV)`);
/** A number of items delivered: a whole number from 0 to MAX_COUNT. */
export const Count = z.number().int('must be a whole number').min(0, 'must not be negative').max(MAX_COUNT, `must be at most ${MAX_COUNT}`);

export const CreateArmsTransferInput = z.object({
  supplierId: Id,
  recipientId: Id,
  sourceId: Id,
  dealId: Text(64),
  designation: Text(300),
  description: Text(1000).nullish(),
  category: Text(100),
  orderYear: Year.nullish(),
  orderYearEstimated: z.boolean().nullish().transform((v) => v ?? false),
  deliveryYear: Year,
  deliveryYearEstimated: z.boolean().nullish().transform((v) => v ?? false),
  numberDelivered: Count.nullish(),
  numberDeliveredEstimated: z.boolean().nullish().transform((v) => v ?? false),
  tivPerUnit: Tiv.nullish(),
  tivDelivered: Tiv,
  status: TransferStatus.nullish().transform((v) => v ?? 'NEW'),
  localProduction: z.boolean().nullish().transform((v) => v ?? false),
});
export type CreateArmsTransferInput = z.output<typeof CreateArmsTransferInput>;

export const UpdateArmsTransferInput = z.object({
  supplierId: Id.optional(),
  recipientId: Id.optional(),
  designation: Text(300).optional(),
  description: Text(1000).nullish(),
  category: Text(100).optional(),
  orderYear: Year.nullish(),
  orderYearEstimated: z.boolean().optional(),
  deliveryYear: Year.optional(),
  deliveryYearEstimated: z.boolean().optional(),
  numberDelivered: Count.nullish(),
  numberDeliveredEstimated: z.boolean().optional(),
  tivPerUnit: Tiv.nullish(),
  tivDelivered: Tiv.optional(),
  status: TransferStatus.optional(),
  localProduction: z.boolean().optional(),
});
export type UpdateArmsTransferInput = z.output<typeof UpdateArmsTransferInput>;

export const ArmsTransferFilter = z
  .object({
    supplier: Str().trim().min(1).max(200).nullish(),
    recipient: Str().trim().min(1).max(200).nullish(),
    fromYear: Year.nullish(),
    toYear: Year.nullish(),
    category: Str().trim().min(1).max(100).nullish(),
    lastSeenBefore: CalendarDate.nullish(),
  })
  .refine((f) => !(f.fromYear && f.toYear && f.fromYear > f.toYear), { message: 'must not be after toYear', path: ['fromYear'] })
  .nullish();
export type ArmsTransferFilter = z.output<typeof ArmsTransferFilter>;
