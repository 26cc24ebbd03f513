// Claims checked against the data series they speak to (the registry of claim-series.ts), and claims that
// contradict each other. A request's claims of one series are checked in one statement of that series'.
import type { Claim } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import type { ClaimRow } from '../claims/claims.columns';
import type { PredicateService } from '../predicates/predicates.service';
import type { ClaimCheckRepository } from './claim-checks.repository';
import type { ClaimSeries, SeriesCheck, SeriesClaim } from './claim-series';
import type { ClaimVerdict } from './claim-verdict';

/** Claims checked per statement by the verdict filter. */
const CHECK_CHUNK = 500;

/** A claim's check, with the series it was read from. */
export interface ClaimCheck extends SeriesCheck {
  series: ClaimSeries;
}

/** A checkable claim and the series that checks it. */
interface Checkable {
  claim: SeriesClaim;
  series: ClaimSeries;
}

/** A check's key in a request: a stored claim's id; a draft's fields (drafts all have id 0, and a page shows many). */
const cacheKeyOf = ({ claim }: Checkable): number | string =>
  claim.claimId !== 0 ? claim.claimId : JSON.stringify([claim.predicate, claim.subjectId, claim.objectId, claim.objectValue, claim.fromYear, claim.toYear]);

export class ClaimCheckService {
  private readonly series: ReadonlyMap<string, ClaimSeries>;

  constructor(
    private readonly checks: ClaimCheckRepository,
    private readonly predicates: PredicateService,
    /** Every series claims can be checked against, by code (services.ts registers them). */
    series: readonly ClaimSeries[],
  ) {
    this.series = new Map(series.map((entry) => [entry.code, entry]));
  }

  /** The claim's check; null when its predicate has no registered series, it lacks subject or object, or the data hold nothing. */
  async checkOf(batches: RequestBatches, claim: ClaimRow): Promise<ClaimCheck | null> {
    const checkable = await this.checkable(claim);
    if (!checkable) return null;
    return batches
      .loader<Checkable, ClaimCheck | null, number | string>('claimChecks', (claims) => this.checkMany(claims), cacheKeyOf)
      .load(checkable);
  }

  /**
   * The check a claim with these fields would get, before it is stored (a draft in the explorer): null as for a
   * stored claim when no series applies. Its id is 0, which no stored claim has.
   */
  async checkDraft(batches: RequestBatches, draft: Pick<ClaimRow, 'predicate' | 'subjectId' | 'objectActorId' | 'objectValue' | 'validFrom' | 'validTo'>): Promise<ClaimCheck | null> {
    return this.checkOf(batches, { ...draft, id: 0 } as ClaimRow);
  }

  /** The ids of the claims (deprecated ones only when asked) whose check has this verdict. */
  async idsWithVerdict(verdict: ClaimVerdict, includeDeprecated: boolean): Promise<number[]> {
    const codes = (await this.predicates.list()).filter((predicate) => predicate.series !== null && this.series.has(predicate.series)).map((predicate) => predicate.code);
    const claims = (await Promise.all((await this.checks.checkable(codes, includeDeprecated)).map((claim) => this.checkable(claim))))
      .filter((claim): claim is Checkable => claim !== null);
    const ids: number[] = [];
    for (let start = 0; start < claims.length; start += CHECK_CHUNK) {
      const chunk = claims.slice(start, start + CHECK_CHUNK);
      const results = await this.checkMany(chunk);
      chunk.forEach((checkable, i) => {
        if (results[i]?.verdict === verdict) ids.push(checkable.claim.claimId);
      });
    }
    return ids;
  }

  /** The claims that say the opposite of this one (one statement per request). */
  conflictsOf(batches: RequestBatches, claimId: number): Promise<Claim[]> {
    return batches.rows('claimConflicts', claimId, (ids) => this.checks.conflictsOf(ids), (row) => row.conflictOf);
  }

  /** The claim as its series reads it, or null when no registered series applies to it. */
  private async checkable(claim: ClaimRow): Promise<Checkable | null> {
    const predicate = await this.predicates.find(claim.predicate);
    const series = predicate?.series ? this.series.get(predicate.series) : undefined;
    if (!predicate || !series || !claim.subjectId || !claim.objectActorId) return null;
    return {
      series,
      claim: {
        claimId: claim.id,
        predicate: predicate.code,
        objectValue: claim.objectValue ?? null,
        subjectId: claim.subjectId,
        objectId: claim.objectActorId,
        fromYear: claim.validFrom ? claim.validFrom.getUTCFullYear() : null,
        toYear: claim.validTo ? claim.validTo.getUTCFullYear() : null,
      },
    };
  }

  /** The checks of claims of any series: one call (one statement) per series among them. */
  private async checkMany(claims: readonly Checkable[]): Promise<(ClaimCheck | null)[]> {
    const results: (ClaimCheck | null)[] = claims.map(() => null);
    for (const series of new Set(claims.map((checkable) => checkable.series))) {
      const positions = claims.flatMap((checkable, i) => (checkable.series === series ? [i] : []));
      const checks = await series.check(positions.map((i) => claims[i]!.claim));
      positions.forEach((position, i) => {
        const check = checks[i];
        results[position] = check ? { ...check, series } : null;
      });
    }
    return results;
  }
}
