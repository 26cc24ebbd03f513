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
  /** The pair and span, for a link to the trend view of the same question. */
  supplierId: number;
  recipientId: number;
}

/** The fields of a claim a check reads (a resolver's parent may hold only some of its columns). */
export type CheckedClaim = Pick<Claim, 'id' | 'predicate' | 'subjectId' | 'objectActorId' | 'objectValue' | 'validFrom' | 'validTo'>;

/** The fields Claim.check reads from its parent (see CLAIM_ROW_READS). */
export const CHECK_READS = ['predicate', 'subjectId', 'objectActorId', 'objectValue', 'validFrom', 'validTo'] as const;

export class ClaimCheckService {
  constructor(
    private readonly checks: ClaimCheckRepository,
    private readonly predicates: PredicateService,
  ) {}

  /** The claim's check; null when its predicate has no data series, it lacks subject or object, or no dataset is stored. */
  async checkOf(batches: RequestBatches, claim: ClaimRow): Promise<ClaimCheck | null> {
    const request = await this.requestOf(claim as CheckedClaim);
    if (!request) return null;
    return batches
      .loader<CheckedClaim, ClaimCheck | null, number>('claimChecks', (claims) => this.checkMany(claims), (key) => key.id)
      .load(claim as CheckedClaim);
  }

  /** The ids of the claims (deprecated ones only when asked) whose check has this verdict. */
  async idsWithVerdict(verdict: ClaimVerdict, includeDeprecated: boolean): Promise<number[]> {
    const codes = await this.seriesCodes();
    const claims = await this.checks.checkable(codes, includeDeprecated);
    const ids: number[] = [];
    for (let start = 0; start < claims.length; start += CHECK_CHUNK) {
      const chunk = claims.slice(start, start + CHECK_CHUNK);
      const results = await this.checkMany(chunk);
      chunk.forEach((claim, i) => {
        if (results[i]?.verdict === verdict) ids.push(claim.id);
      });
    }
    return ids;
  }

  /** The claims that say the opposite of this one (one statement per request). */
  conflictsOf(batches: RequestBatches, claimId: number): Promise<Claim[]> {
    return batches.rows('claimConflicts', claimId, (ids) => this.checks.conflictsOf(ids), (row) => row.conflictOf);
  }

  private async seriesCodes(): Promise<string[]> {
    return (await this.predicates.list()).filter((predicate) => predicate.series === ARMS_SUPPLY_SERIES).map((predicate) => predicate.code);
  }

  private async requestOf(claim: CheckedClaim): Promise<CheckRequest | null> {
    const predicate = await this.predicates.find(claim.predicate);
    if (predicate?.series !== ARMS_SUPPLY_SERIES || !claim.subjectId || !claim.objectActorId) return null;
    return {
      claimId: claim.id,
      supplierId: claim.subjectId,
      recipientId: claim.objectActorId,
      fromYear: claim.validFrom ? claim.validFrom.getUTCFullYear() : null,
      toYear: claim.validTo ? claim.validTo.getUTCFullYear() : null,
    };
  }

  private async checkMany(claims: readonly CheckedClaim[]): Promise<(ClaimCheck | null)[]> {
    const requests = (await Promise.all(claims.map((claim) => this.requestOf(claim)))).filter((request): request is CheckRequest => request !== null);
    const rows = requests.length > 0 ? await this.checks.windows(requests) : [];
    const byClaim = new Map(groupedBy(rows, (row) => row.claimId, requests.map((request) => request.claimId)).map((windows, i) => [requests[i]!.claimId, windows]));
    return claims.map((claim) => {
      const windows = byClaim.get(claim.id);
      const request = requests.find((candidate) => candidate.claimId === claim.id);
      return windows && request ? this.checkFrom(claim, request, windows) : null;
    });
  }

  private checkFrom(claim: CheckedClaim, request: CheckRequest, windows: CheckWindowRow[]): ClaimCheck | null {
    const first = windows[0];
    if (!first || first.datasetId === null || first.spanFrom === null || first.spanTo === null) return null;
    const periods = toPeriods(windows.filter((row) => row.fromYear !== null));
    const askedTo = request.toYear;
    const judgement = judge({
      predicate: claim.predicate!,
      objectValue: claim.objectValue,
      supplierName: first.supplierName,
      recipientName: first.recipientName,
      fromYear: first.spanFrom,
      toYear: first.spanTo,
      cutAt: askedTo !== null && first.dataLastYear !== null && askedTo > first.dataLastYear ? first.dataLastYear : null,
      periods,
      leaders: first.leaders ?? [],
      supplierId: request.supplierId,
    });
    return {
      ...judgement,
      periods,
      fromYear: first.spanFrom,
      toYear: first.spanTo,
      datasetId: first.datasetId,
      supplierId: request.supplierId,
      recipientId: request.recipientId,
    };
  }
}

/** The windows as trend periods, with change per year from one window to the next. */
function toPeriods(rows: CheckWindowRow[]): ArmsSupplyPeriod[] {
  return rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1]!.tivPerYear : null;
    const change = previous === null ? null : row.tivPerYear - previous;
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
