// The claim tables' columns for raw reads, derived from the Prisma models.
import { modelColumnsOf, type Selected } from '../../db/columns';
import { Prisma, type Citation, type Claim, type FactCheck } from '../../generated/prisma/client';

export const CLAIM_COLUMNS = modelColumnsOf<Claim>('claim', Prisma.ClaimScalarFieldEnum);

export const CITATION_COLUMNS = modelColumnsOf<Citation>('citation', Prisma.CitationScalarFieldEnum);

export const FACT_CHECK_COLUMNS = modelColumnsOf<FactCheck>('fact_check', Prisma.FactCheckScalarFieldEnum);

/** A claim as the GraphQL resolvers receive it: whole, or with the fields one selection reads. */
export type ClaimRow = Selected<Claim>;
