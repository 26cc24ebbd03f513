// The fields the quotations module adds to sources (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { SOURCE_COLUMNS } from '../sources/sources.columns';

export const QUOTATION_READS: Record<string, Record<string, FieldRead>> = {
  Source: { quotations: readsOf(SOURCE_COLUMNS).resolved('a page of quotations by cursor, read per source by the quotations batch') },
};
