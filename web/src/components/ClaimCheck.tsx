// How the data bear on a claim: its verdict, the explanation with the figures, the windows, and a link to the
// trend view of the same pair and span (in SIPRI's windows), with SIPRI's credit.
import { formatShare, formatTiv, SIPRI_CREDIT } from '../format';
import { hrefOf } from '../route';

export interface CheckedClaim {
  subject?: { name: string } | null;
  objectActor?: { name: string } | null;
  check?: {
    verdict: 'SUPPORTED' | 'CONTRADICTED' | 'INCONCLUSIVE';
    explanation: string;
    fromYear: number;
    toYear: number;
    periods: { fromYear: number; toYear: number; share: number | null; valuePerYear: number }[];
    dataset: { title: string; edition?: string | null };
  } | null;
}

/** A claim's span as its recorder chose it ("in recent years" made explicit), or nothing when it has none. */
export function ClaimSpan({ claim }: { claim: { validFrom?: string | null; validTo?: string | null } }) {
  if (!claim.validFrom && !claim.validTo) return null;
  const span = claim.validFrom && claim.validTo ? `from ${claim.validFrom} to ${claim.validTo}` : claim.validFrom ? `since ${claim.validFrom}` : `until ${claim.validTo}`;
  return <span class="muted"> (holds {span})</span>;
}

const windowLabel = (period: { fromYear: number; toYear: number }) => (period.fromYear === period.toYear ? String(period.fromYear) : `${period.fromYear}–${period.toYear}`);

export function ClaimCheck({ claim }: { claim: CheckedClaim }) {
  const { check } = claim;
  if (!check) return null;
  const trend = claim.subject && claim.objectActor
    ? hrefOf('trend', { supplier: claim.subject.name, recipient: claim.objectActor.name, from: check.fromYear, to: check.toYear, period: 5, align: 'to' })
    : null;
  return (
    <div class={`check check-${check.verdict.toLowerCase()}`} data-testid="claim-check">
      <p>
        <strong class="verdict">{check.verdict.toLowerCase()}</strong> by the data: {check.explanation}
      </p>
      {check.periods.length > 0 && (
        <table class="check-figures">
          <caption>Figures the verdict rests on</caption>
          <thead>
            <tr><th scope="col">Window</th><th scope="col">Share of imports</th><th scope="col">TIV a year</th></tr>
          </thead>
          <tbody>
            {check.periods.map((period) => (
              <tr key={period.fromYear}>
                <th scope="row">{windowLabel(period)}</th>
                <td>{period.share === null ? '–' : formatShare(period.share)}</td>
                <td>{formatTiv(period.valuePerYear)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">
        {trend && <><a href={trend}>See the trend for {check.fromYear}–{check.toYear}</a>. </>}
        {check.dataset.title}{check.dataset.edition ? `, edition of ${check.dataset.edition}` : ''}. {SIPRI_CREDIT}
      </p>
    </div>
  );
}
