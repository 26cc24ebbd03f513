// SIPRI's arms transfers as a series claims are checked against (the claim-checks registry, claim-series.ts):
// the supplier's deliveries to the recipient in five-year windows of the claim's span, with the recipient's total,
// read for every claim of a request in one statement, and judged by arms-supply-verdicts.ts.
import { groupedBy } from '../../shared/grouping';
import type { ClaimSeries, SeriesCheck, SeriesClaim, SeriesPeriodModel } from '../claim-checks/claim-series';
import { SIPRI_ATTRIBUTION } from '../arms-transfers/arms-transfers.service';
import { judge } from './arms-supply-verdicts';
import type { ArmsTrendRepository, CheckWindowRow } from './arms-trends.repository';
import type { ArmsSupplyPeriod } from './arms-trends.service';

/** The series code of the arms-supply predicates (ARMS_SUPPLY_RISING, LARGEST_ARMS_SUPPLIER, ...). */
export const ARMS_SUPPLY_SERIES = 'ARMS_SUPPLY';

/** An arms-supply window as a check's period: SeriesPeriod's figures are the TIV. */
export type ArmsSupplyCheckPeriod = ArmsSupplyPeriod & SeriesPeriodModel;

export function armsSupplySeries(repository: ArmsTrendRepository): ClaimSeries {
  return {
    code: ARMS_SUPPLY_SERIES,
    unit: 'TIV',
    attribution: SIPRI_ATTRIBUTION,
    async check(claims: readonly SeriesClaim[]) {
      const requests = claims.map((claim) => ({ claimId: claim.claimId, supplierId: claim.subjectId, recipientId: claim.objectId, fromYear: claim.fromYear, toYear: claim.toYear }));
      const rows = requests.length > 0 ? await repository.claimWindows(requests) : [];
      return groupedBy(rows, (row) => row.claimId, claims.map((claim) => claim.claimId)).map((windows, i) => checkFrom(claims[i]!, windows));
    },
  };
}

function checkFrom(claim: SeriesClaim, windows: CheckWindowRow[]): SeriesCheck | null {
  const first = windows[0];
  if (!first || first.datasetId === null || first.spanFrom === null || first.spanTo === null) return null;
  const periods = toPeriods(windows.filter((row) => row.fromYear !== null));
  const judgement = judge({
    predicate: claim.predicate,
    objectValue: claim.objectValue,
    supplierName: first.supplierName,
    recipientName: first.recipientName,
    fromYear: first.spanFrom,
    toYear: first.spanTo,
    cutAt: claim.toYear !== null && first.dataLastYear !== null && claim.toYear > first.dataLastYear ? first.dataLastYear : null,
    periods,
    leaders: first.leaders ?? [],
    supplierId: claim.subjectId,
  });
  return { ...judgement, periods, fromYear: first.spanFrom, toYear: first.spanTo, datasetId: first.datasetId };
}

/** The windows as periods, with change per year from one window to the next. */
function toPeriods(rows: CheckWindowRow[]): ArmsSupplyCheckPeriod[] {
  return rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1]!.tivPerYear : null;
    // To four decimals, as the per-year figures it compares (a TIV sum's two decimals over up to five years): a
    // float difference would carry noise (514.3700000000001).
    const change = previous === null ? null : Math.round((row.tivPerYear - previous) * 10_000) / 10_000;
    return {
      __typename: 'ArmsSupplyPeriod',
      fromYear: row.fromYear!,
      toYear: row.toYear!,
      years: row.years!,
      tiv: row.tiv,
      tivPerYear: row.tivPerYear,
      value: row.tiv,
      valuePerYear: row.tivPerYear,
      recipientTotalTiv: row.recipientTotalTiv,
      share: row.share,
      byCategory: row.byCategory,
      change,
      changeRatio: change === null || previous === 0 ? null : change / previous!,
    };
  });
}
