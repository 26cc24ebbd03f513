// The fields the figures module adds to sources (see shared/reads.ts).
import { readsOf, type FieldRead } from '../../shared/reads';
import { SOURCE_COLUMNS } from '../sources/sources.columns';

export const FIGURE_READS: Record<string, Record<string, FieldRead>> = {
  Source: { figures: readsOf(SOURCE_COLUMNS).resolved('a page of figures by cursor, read per source by the figures batch') },
};
