// Arms-supply questions: a supplier's deliveries to a recipient over time, and who trades most with whom.
import type { LoadingState } from '../../shared/loading';
import { UserInputError } from '../../errors';
import type { Actor } from '../../generated/prisma/client';
import { parseInput } from '../../shared/validation';
import { actorNotFound, type ActorService } from '../actors/actors.service';
import type { ArmsTrendRepository, RankingRow, TrendPeriodRow } from './arms-trends.repository';
import { RankingArgs, TrendArgs } from './arms-trends.validation';

/** Below this change over the span, relative to the mean period, a trend is flat. */
const FLAT_THRESHOLD = 0.1;

export type TrendDirection = 'RISING' | 'FALLING' | 'FLAT';

export interface ArmsSupplyTrend {
  supplier: Actor;
  recipient: Actor;
  totalTiv: number;
  recipientTotalTiv: number;
  share: number;
  periods: ArmsSupplyPeriod[];
  slope: number;
  direction: TrendDirection;
}

export interface ArmsSupplyPeriod {
  fromYear: number;
  toYear: number;
  years: number;
  tiv: number;
  tivPerYear: number;
  recipientTotalTiv: number;
  share: number;
  byCategory: { category: string; tiv: number }[];
  change: number | null;
  changeRatio: number | null;
}

export interface ArmsTradeRanking {
  actor: Actor;
  side: 'SUPPLIERS' | 'RECIPIENTS';
  fromYear: number | null;
  toYear: number | null;
  category: string | null;
  totalTiv: number;
  partnerCount: number;
  partners: RankingRow[];
}

export class ArmsTrendService {
  constructor(
    private readonly trends: ArmsTrendRepository,
    private readonly actors: ActorService,
    private readonly loading: LoadingState,
  ) {}

  async supplyTrend(rawArgs: unknown): Promise<ArmsSupplyTrend> {
    const args = parseInput(TrendArgs, rawArgs, '');
    this.loading.assertLoaded();
    const category = await this.storedCategory(args.category);
    // Both actors and the periods come in one statement: the busiest question should cost one round trip.
    const { supplier, recipient, periods: rows } = await this.trends.trend({
      supplier: args.supplier,
      recipient: args.recipient,
      fromYear: args.fromYear ?? null,
      toYear: args.toYear ?? null,
      periodYears: args.periodYears ?? 1,
      alignment: args.periodAlignment ?? 'FROM_YEAR',
      category,
    });
    if (!supplier) throw actorNotFound(args.supplier, 'supplier');
    if (!recipient) throw actorNotFound(args.recipient, 'recipient');
    // Span totals are sums of the periods SQL computed; the periods partition the span, so nothing is counted twice.
    const totalTiv = sumTiv(rows.map((row) => row.tiv));
    const recipientTotalTiv = sumTiv(rows.map((row) => row.recipient_total_tiv));
    const slope = rows[0]?.slope ?? 0;
    return {
      supplier,
      recipient,
      totalTiv,
      recipientTotalTiv,
      share: recipientTotalTiv > 0 ? totalTiv / recipientTotalTiv : 0,
      periods: rows.map(toPeriod),
      slope,
      direction: directionOf(rows, slope),
    };
  }

  async ranking(side: 'SUPPLIERS' | 'RECIPIENTS', actorName: string, rawArgs: unknown): Promise<ArmsTradeRanking> {
    this.loading.assertLoaded();
    const field = side === 'SUPPLIERS' ? 'recipient' : 'supplier';
    const args = parseInput(RankingArgs, rawArgs, '');
    const [actor, category] = await Promise.all([this.actors.resolveName(actorName, field), this.storedCategory(args.category)]);
    const partners = await this.trends.ranking({
      actorId: actor.id,
      side,
      fromYear: args.fromYear ?? null,
      toYear: args.toYear ?? null,
      category,
      limit: args.first ?? 10,
    });
    return {
      actor,
      side,
      fromYear: args.fromYear ?? null,
      toYear: args.toYear ?? null,
      category,
      totalTiv: partners[0]?.totalTiv ?? 0,
      partnerCount: partners[0]?.partnerCount ?? 0,
      partners,
    };
  }

  /** A misspelt category would silently give zeros: it is refused instead. */
  private async storedCategory(category: string | null | undefined): Promise<string | null> {
    if (!category) return null;
    const stored = await this.trends.findCategory(category);
    if (!stored) throw new UserInputError(`category: no arms transfer has the category "${category}"`, 'category');
    return stored;
  }
}

/** Sums TIV figures of two decimals without floating-point noise (6928.57, not 6928.570000000001). */
function sumTiv(figures: readonly number[]): number {
  return figures.reduce((cents, figure) => cents + Math.round(figure * 100), 0) / 100;
}

function toPeriod(row: TrendPeriodRow): ArmsSupplyPeriod {
  return {
    fromYear: row.from_year,
    toYear: row.to_year,
    years: row.years,
    tiv: row.tiv,
    tivPerYear: row.tiv_per_year,
    recipientTotalTiv: row.recipient_total_tiv,
    share: row.share,
    byCategory: row.by_category,
    change: row.change,
    changeRatio: row.change_ratio,
  };
}

/** Rising or falling when the fitted change over the span is at least a tenth of the mean TIV per year. */
function directionOf(rows: TrendPeriodRow[], slope: number): TrendDirection {
  const mean = rows[0]?.mean_tiv ?? 0;
  if (rows.length < 2 || mean <= 0) return 'FLAT';
  const middle = (row: TrendPeriodRow) => (row.from_year + row.to_year) / 2;
  const fittedChange = slope * (middle(rows[rows.length - 1]!) - middle(rows[0]!));
  if (Math.abs(fittedChange) < FLAT_THRESHOLD * mean) return 'FLAT';
  return fittedChange > 0 ? 'RISING' : 'FALLING';
}
