// Claims checked against the stored arms-transfer data, and claims that contradict each other.
import type { Claim } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { groupedBy } from '../../shared/grouping';
import type { ArmsSupplyPeriod } from '../arms-trends/arms-trends.service';
import type { ClaimRow } from '../claims/claims.columns';
import type { PredicateService } from '../predicates/predicates.service';
import type { CheckRequest, CheckWindowRow, ClaimCheckRepository } from './claim-checks.repository';
import { judge, type ClaimVerdict } from './claim-verdicts';

/** The series the arms-transfer rows answer. */
export const ARMS_SUPPLY_SERIES = 'ARMS_SUPPLY';
/** Claims checked per statement by the verdict filter. */
const CHECK_CHUNK = 500;

export interface ClaimCheck {
  verdict: ClaimVerdict;
  explanation: string;
  periods: ArmsSupplyPeriod[];
  fromYear: number;
  toYear: number;
  datasetId: number;
}

/** A checkable claim: its structured form, its span in years. */
interface CheckedClaim extends CheckRequest {
  predicate: string;
  objectValue: string | null;
}

export class ClaimCheckService {
  constructor(
    private readonly checks: ClaimCheckRepository,
    private readonly predicates: PredicateService,
  ) {}

  /** The claim's check; null when its predicate has no data series, it lacks subject or object, or no dataset is stored. */
  async checkOf(batches: RequestBatches, claim: ClaimRow): Promise<ClaimCheck | null> {
    const checked = await this.checkable(claim);
    if (!checked) return null;
    return batches
      .loader<CheckedClaim, ClaimCheck | null, number>('claimChecks', (claims) => this.checkMany(claims), (key) => key.claimId)
      .load(checked);
  }

  /** The ids of the claims (deprecated ones only when asked) whose check has this verdict. */
  async idsWithVerdict(verdict: ClaimVerdict, includeDeprecated: boolean): Promise<number[]> {
    const codes = (await this.predicates.list()).filter((predicate) => predicate.series === ARMS_SUPPLY_SERIES).map((predicate) => predicate.code);
    const claims = (await Promise.all((await this.checks.checkable(codes, includeDeprecated)).map((claim) => this.checkable(claim))))
      .filter((claim): claim is CheckedClaim => claim !== null);
    const ids: number[] = [];
    for (let start = 0; start < claims.length; start += CHECK_CHUNK) {
      const chunk = claims.slice(start, start + CHECK_CHUNK);
      const results = await this.checkMany(chunk);
      chunk.forEach((claim, i) => {
        if (results[i]?.verdict === verdict) ids.push(claim.claimId);
      });
    }
    return ids;
  }

  /** The claims that say the opposite of this one (one statement per request). */
  conflictsOf(batches: RequestBatches, claimId: number): Promise<Claim[]> {
    return batches.rows('claimConflicts', claimId, (ids) => this.checks.conflictsOf(ids), (row) => row.conflictOf);
  }

  /** The claim as a check reads it, or null when no data series applies to it. */
  private async checkable(claim: ClaimRow): Promise<CheckedClaim | null> {
    const predicate = await this.predicates.find(claim.predicate);
    if (predicate?.series !== ARMS_SUPPLY_SERIES || !claim.subjectId || !claim.objectActorId) return null;
    return {
      claimId: claim.id,
      predicate: predicate.code,
      objectValue: claim.objectValue ?? null,
      supplierId: claim.subjectId,
      recipientId: claim.objectActorId,
      fromYear: claim.validFrom ? claim.validFrom.getUTCFullYear() : null,
      toYear: claim.validTo ? claim.validTo.getUTCFullYear() : null,
    };
  }

  private async checkMany(claims: readonly CheckedClaim[]): Promise<(ClaimCheck | null)[]> {
    const rows = claims.length > 0 ? await this.checks.windows(claims) : [];
    return groupedBy(rows, (row) => row.claimId, claims.map((claim) => claim.claimId)).map((windows, i) => checkFrom(claims[i]!, windows));
  }
}

function checkFrom(claim: CheckedClaim, windows: CheckWindowRow[]): ClaimCheck | null {
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
    supplierId: claim.supplierId,
  });
  return { ...judgement, periods, fromYear: first.spanFrom, toYear: first.spanTo, datasetId: first.datasetId };
}

/** The windows as trend periods, with change per year from one window to the next. */
function toPeriods(rows: CheckWindowRow[]): ArmsSupplyPeriod[] {
  return rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1]!.tivPerYear : null;
    // To four decimals, as the per-year figures it compares (a TIV sum's two decimals over up to five years): a
    // float difference would carry noise (514.3700000000001).
    const change = previous === null ? null : Math.round((row.tivPerYear - previous) * 10_000) / 10_000;
    return {
      fromYear: row.fromYear!,
      toYear: row.toYear!,
      years: row.years!,
      tiv: row.tiv,
      tivPerYear: row.tivPerYear,
      recipientTotalTiv: row.recipientTotalTiv,
      share: row.share,
      byCategory: row.byCategory,
      change,
      changeRatio: change === null || previous === 0 ? null : change / previous!,
    };
  });
}
