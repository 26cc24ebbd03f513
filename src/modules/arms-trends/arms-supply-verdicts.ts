// What SIPRI's figures say about an arms-supply claim: the method the schema's ClaimCheck description and the
// docs state (rising, falling or flat by share and TIV per year, the largest supplier, a stated share).
import type { ClaimVerdict } from '../claim-checks/claim-verdict';
import { parseStatedMovement, parseStatedShare, type StatedShare } from '../predicates/predicates.service';
import type { ArmsSupplyPeriod } from './arms-trends.service';

/** A supplier and what it delivered over a claim's span. */
export interface SupplierTotal {
  id: number;
  name: string;
  tiv: number;
}

/** A relative change between the first and the last window of at least this much is a rise or a fall. */
export const CHANGE_THRESHOLD = 0.2;
/**
 * A stated share holds when the data's share is within this many percentage points (as a fraction): whole-percent
 * rounding and a revision between SIPRI editions move a share by a point or so, a different figure (46% against
 * 42.0%) by more. A hedged share ("about 40%") is read with HEDGED_SHARE_TOLERANCE.
 */
export const SHARE_TOLERANCE = 0.02;
export const HEDGED_SHARE_TOLERANCE = 0.05;
/** A stated change of deliveries ("fell by 53%") holds within this many percentage points of the data's change (hedged: twice). */
export const CHANGE_TOLERANCE = 0.05;

type Movement = 'RISING' | 'FALLING' | 'FLAT';

export interface CheckFigures {
  predicate: string;
  objectValue: string | null;
  supplierName: string;
  recipientName: string;
  fromYear: number;
  toYear: number;
  /** The claim's span ran past the data's last year, which is this. */
  cutAt: number | null;
  periods: ArmsSupplyPeriod[];
  leaders: SupplierTotal[];
  supplierId: number;
}

export interface Judgement {
  verdict: ClaimVerdict;
  explanation: string;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const tiv = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
const windowName = (period: ArmsSupplyPeriod) => (period.fromYear === period.toYear ? `${period.fromYear}` : `${period.fromYear}-${String(period.toYear).slice(-2)}`);
const signed = (ratio: number) => `${ratio >= 0 ? '+' : '−'}${Math.abs(Math.round(ratio * 100))}%`;

/** The relative change from `first` to `last` (Infinity from nothing to something, 0 from nothing to nothing). */
function relativeChange(first: number, last: number): number {
  if (first === 0) return last === 0 ? 0 : Infinity;
  return (last - first) / first;
}

function movementOf(change: number): Movement {
  if (Math.abs(change) < CHANGE_THRESHOLD) return 'FLAT';
  return change > 0 ? 'RISING' : 'FALLING';
}

export function judge(figures: CheckFigures): Judgement {
  const { periods, recipientName } = figures;
  const span = `${figures.fromYear}-${figures.toYear}${figures.cutAt ? ` (the data end in ${figures.cutAt})` : ''}`;
  const recipientTotal = periods.reduce((sum, period) => sum + period.recipientTotalTiv, 0);
  if (recipientTotal === 0) {
    return { verdict: 'INCONCLUSIVE', explanation: `The data record no arms deliveries to ${recipientName} in ${span}.` };
  }
  switch (figures.predicate) {
    case 'LARGEST_ARMS_SUPPLIER':
      return judgeLargest(figures, span);
    case 'ARMS_SUPPLY_SHARE':
      return judgeShare(figures, span, recipientTotal);
    default:
      return judgeMovement(figures, span);
  }
}

function judgeMovement(figures: CheckFigures, span: string): Judgement {
  const { periods, supplierName, recipientName } = figures;
  const claimed: Movement = figures.predicate === 'ARMS_SUPPLY_RISING' ? 'RISING' : figures.predicate === 'ARMS_SUPPLY_FALLING' ? 'FALLING' : 'FLAT';
  if (periods.length < 2) {
    return withStatedFigure({ verdict: 'INCONCLUSIVE', explanation: `The span ${span} holds ${periods.length} five-year window; a trend needs two.` }, figures);
  }
  if (periods.every((period) => period.tiv === 0)) {
    return { verdict: 'INCONCLUSIVE', explanation: `The data record no deliveries from ${supplierName} to ${recipientName} in ${span}.` };
  }
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const shareChange = relativeChange(first.share, last.share);
  const tivChange = relativeChange(first.tivPerYear, last.tivPerYear);
  const byShare = movementOf(shareChange);
  const byTiv = movementOf(tivChange);
  const shares = periods.map((period) => `${percent(period.share)} in ${windowName(period)}`).join(', ');
  const explanation =
    `In ${span}, ${supplierName}'s share of ${recipientName}'s arms imports was ${shares} (${signed(shareChange)}); ` +
    `its deliveries went from ${tiv(first.tivPerYear)} to ${tiv(last.tivPerYear)} TIV a year (${signed(tivChange)}). `;
  const observed = byShare === byTiv ? byShare : null;
  const verdict: ClaimVerdict =
    observed === null
      ? 'INCONCLUSIVE'
      : claimed === 'FLAT'
        ? observed === 'FLAT' ? 'SUPPORTED' : 'CONTRADICTED'
        : observed === claimed ? 'SUPPORTED' : observed === 'FLAT' ? 'INCONCLUSIVE' : 'CONTRADICTED';
  const reading =
    observed === null
      ? `The two measures disagree (share ${byShare.toLowerCase()}, TIV ${byTiv.toLowerCase()}).`
      : observed === 'FLAT'
        ? `Both changed by less than the ${CHANGE_THRESHOLD * 100}% threshold.`
        : `Both are ${observed.toLowerCase()} by at least ${CHANGE_THRESHOLD * 100}%.`;
  return withStatedFigure({ verdict, explanation: explanation + reading }, figures, tivChange);
}

/**
 * A movement's verdict with the figure the claim states compared with the data (parseStatedMovement): the share in
 * its first and last windows, or the change of deliveries between them. A stated figure the data contradict makes
 * the claim CONTRADICTED whatever its direction; one they bear out leaves the direction's verdict.
 */
function withStatedFigure(judgement: Judgement, figures: CheckFigures, tivChange?: number): Judgement {
  if (!figures.objectValue) return judgement;
  const stated = parseStatedMovement(figures.objectValue);
  const { periods } = figures;
  if (!stated) return { ...judgement, explanation: `${judgement.explanation} The stated figure "${figures.objectValue}" is no share ("46%", "69% to 46%") or change ("by 53%"); it was not compared.` };
  const comparisons: { holds: boolean; text: string }[] = [];
  if (stated.kind === 'shares') {
    const last = periods[periods.length - 1];
    if (!last) return judgement;
    if (stated.from && periods.length > 1) comparisons.push(compareShare(stated.from, periods[0]!));
    comparisons.push(compareShare(stated.to, last));
  } else {
    if (tivChange === undefined || !Number.isFinite(tivChange)) return { ...judgement, explanation: `${judgement.explanation} The stated change ${figures.objectValue} cannot be compared: the span needs two windows with deliveries.` };
    const tolerance = stated.by.hedged ? 2 * CHANGE_TOLERANCE : CHANGE_TOLERANCE;
    const holds = Math.abs(Math.abs(tivChange) - stated.by.share) <= tolerance + 1e-9;
    comparisons.push({ holds, text: `the claim states a change by ${percent(stated.by.share)}, the data ${signed(tivChange)} in TIV a year, ${holds ? 'within' : 'beyond'} ${tolerance * 100} percentage points` });
  }
  const holds = comparisons.every((comparison) => comparison.holds);
  const said = `${comparisons.map((comparison) => comparison.text).join('; ')}.`;
  return { verdict: holds ? judgement.verdict : 'CONTRADICTED', explanation: `${judgement.explanation} Stated figure: ${said.charAt(0).toUpperCase()}${said.slice(1)}` };
}

/** A stated share against a window's share. */
function compareShare(stated: StatedShare, period: ArmsSupplyPeriod): { holds: boolean; text: string } {
  const tolerance = stated.hedged ? HEDGED_SHARE_TOLERANCE : SHARE_TOLERANCE;
  const holds = Math.abs(period.share - stated.share) <= tolerance + 1e-9;
  return { holds, text: `${percent(stated.share)} stated, ${percent(period.share)} in the data for ${windowName(period)} (${holds ? 'within' : 'beyond'} ${tolerance * 100} percentage points)` };
}

function judgeLargest(figures: CheckFigures, span: string): Judgement {
  const { leaders, supplierName, recipientName } = figures;
  const [top, second] = leaders;
  const own = figures.periods.reduce((sum, period) => sum + period.tiv, 0);
  const ranking = leaders.map((leader) => `${leader.name} ${tiv(leader.tiv)}`).join(', ');
  const explanation = `${recipientName}'s largest suppliers in ${span}, in TIV: ${ranking}.`;
  if (!top || own === 0) return { verdict: 'CONTRADICTED', explanation: `${supplierName} delivered nothing to ${recipientName} in ${span}; ${explanation}` };
  if (top.id === figures.supplierId) {
    return second && second.tiv === top.tiv ? { verdict: 'INCONCLUSIVE', explanation: `${explanation} ${top.name} and ${second.name} are level.` } : { verdict: 'SUPPORTED', explanation };
  }
  return { verdict: own === top.tiv ? 'INCONCLUSIVE' : 'CONTRADICTED', explanation };
}

function judgeShare(figures: CheckFigures, span: string, recipientTotal: number): Judgement {
  const claimed = parseStatedShare(figures.objectValue);
  const own = figures.periods.reduce((sum, period) => sum + period.tiv, 0);
  const share = own / recipientTotal;
  if (claimed === null) return { verdict: 'INCONCLUSIVE', explanation: `The claim states no share ("${figures.objectValue ?? ''}").` };
  const tolerance = claimed.hedged ? HEDGED_SHARE_TOLERANCE : SHARE_TOLERANCE;
  const within = Math.abs(share - claimed.share) <= tolerance + 1e-9;
  return {
    verdict: within ? 'SUPPORTED' : 'CONTRADICTED',
    explanation:
      `${figures.supplierName} delivered ${percent(share)} of ${figures.recipientName}'s arms imports in ${span} (${tiv(own)} of ${tiv(recipientTotal)} TIV); ` +
      `the claim says ${claimed.hedged ? 'about ' : ''}${percent(claimed.share)}, ${within ? 'within' : 'beyond'} the tolerance of ${tolerance * 100} percentage points.`,
  };
}
