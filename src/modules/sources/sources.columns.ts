// The source table's columns for raw reads, derived from the Prisma model.
import { modelColumnsOf } from '../../db/columns';
import { Prisma, type Source } from '../../generated/prisma/client';

export const SOURCE_COLUMNS = modelColumnsOf<Source>('source', Prisma.SourceScalarFieldEnum);

/**
 * A source as the API reads it: `text` holds at most TEXT_PREFIX code points of the text (a source may hold
 * millions), `textLength` the whole text's; Source.text asks for more only when a client does.
 */
export type SourceRow = Source & { textLength?: number | null };
export const TEXT_PREFIX = 100_000;
