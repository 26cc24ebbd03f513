// The arms-transfer table's columns for raw reads, derived from the Prisma model.
import { modelColumnsOf, type Selected } from '../../db/columns';
import { Prisma, type ArmsTransfer } from '../../generated/prisma/client';

export const ARMS_TRANSFER_COLUMNS = modelColumnsOf<ArmsTransfer>('arms_transfer', Prisma.ArmsTransferScalarFieldEnum);

/** An arms transfer as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type ArmsTransferRow = Selected<ArmsTransfer>;
