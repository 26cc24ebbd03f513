import { z } from 'zod';
import { Id, Str, Text, Year } from '../../shared/validation';

export const TransferStatus = z.enum(['NEW', 'SECOND_HAND', 'SECOND_HAND_MODERNISED']);
export const NonNegative = z.number().finite('must be a finite number').min(0, 'must not be negative');
export const Count = z.number().int('must be a whole number').min(0, 'must not be negative');

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
  tivPerUnit: NonNegative.nullish(),
  tivDelivered: NonNegative,
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
  tivPerUnit: NonNegative.nullish(),
  tivDelivered: NonNegative.optional(),
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
  })
  .refine((f) => !(f.fromYear && f.toYear && f.fromYear > f.toYear), { message: 'must not be after toYear', path: ['fromYear'] })
  .nullish();
export type ArmsTransferFilter = z.output<typeof ArmsTransferFilter>;
