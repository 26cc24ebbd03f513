// What a check can say about a claim, whatever the series.

/** SUPPORTED, CONTRADICTED or INCONCLUSIVE (the data cannot tell). */
export type ClaimVerdict = 'SUPPORTED' | 'CONTRADICTED' | 'INCONCLUSIVE';
