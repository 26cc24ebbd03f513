// What the service found in a stored source for a person to review, beside the reader: quotations (with their
// speakers) and figures (with what the data say), each accepted as a claim or rejected with a click and an
// editor's key; and the weapon systems the text names, with the latest transfers that carry them.
import { useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import {
  AcceptFigureDocument,
  AcceptQuotationDocument,
  RejectFigureDocument,
  RejectQuotationDocument,
  SourceCandidatesDocument,
  type SourceCandidatesQuery,
} from '../generated/graphql';
import { useLoad } from '../load';
import { figureSummary } from '../format';
import { hrefOf } from '../route';
import { rememberKey, storedKey } from '../session-key';
import { ClaimCheck } from './ClaimCheck';
import { Status } from './Status';

type Candidates = NonNullable<SourceCandidatesQuery['source']>;

const STATUS: Record<string, string> = { PROPOSED: 'to review', ACCEPTED: 'accepted', REJECTED: 'rejected' };
/** A list's count, and how many of it are shown when not all are. */
const counted = (list: { totalCount: number; nodes: unknown[] }) => (list.nodes.length < list.totalCount ? `${list.totalCount}, the first ${list.nodes.length} shown` : String(list.totalCount));

export function SourceCandidates({ sourceId }: { sourceId: string }) {
  const [version, setVersion] = useState(0);
  const [result, retry] = useLoad(`${sourceId}:${version}`, () => request(SourceCandidatesDocument, { id: sourceId }).then((data) => data.source));
  return (
    <section aria-labelledby="candidates-title" class="source-candidates" data-testid="source-candidates">
      <h2 id="candidates-title">Found in the text</h2>
      <Status result={result} retry={retry} what="the quotations and figures">
        {(source) => (source ? <Review source={source} onChanged={() => setVersion((v) => v + 1)} /> : null)}
      </Status>
    </section>
  );
}

function Review({ source, onChanged }: { source: Candidates; onChanged: () => void }) {
  const [apiKey, setApiKey] = useState(storedKey);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(work: (options: { apiKey: string }) => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      rememberKey(apiKey);
      await work({ apiKey });
      onChanged();
    } catch (failure) {
      const message = failure instanceof ApiError ? failure.message : String(failure);
      setError(failure instanceof ApiError && (failure.code === 'UNAUTHENTICATED' || failure.code === 'FORBIDDEN') ? `${message} (an editor's API key is needed to review)` : message);
    } finally {
      setBusy(false);
    }
  }

  const { quotations, figures, weapons } = source;
  return (
    <>
      <label>
        API key (an editor's, to accept or reject; kept for this browser session only)
        <input type="password" autocomplete="off" value={apiKey} onInput={(event) => setApiKey((event.target as HTMLInputElement).value)} aria-describedby={error ? 'review-error' : undefined} />
      </label>
      {error && (
        <p id="review-error" class="field-error" role="alert">
          {error}
        </p>
      )}

      <h3>Quotations ({counted(quotations)})</h3>
      {quotations.nodes.length === 0 ? (
        <p class="muted">No quotation found.</p>
      ) : (
        <ul class="candidates" data-testid="stored-quotations">
          {quotations.nodes.map((quotation) => (
            <li key={quotation.id} class="candidate" data-status={quotation.status}>
              <blockquote>{quotation.quote}</blockquote>
              <p class="muted">
                {quotation.speaker ? (quotation.speaker.actor ? quotation.speaker.actor.name : `"${quotation.speaker.text}", no stored actor`) : 'speaker unknown'} ·{' '}
                {STATUS[quotation.status]}
              </p>
              {quotation.status === 'PROPOSED' && (
                <p>
                  {quotation.speaker?.actor && (
                    <button type="button" disabled={busy} onClick={() => void act((options) => request(AcceptQuotationDocument, { input: { id: quotation.id } }, options))} aria-label={`Accept the quotation "${quotation.quote.slice(0, 40)}" as a claim`}>
                      Accept
                    </button>
                  )}{' '}
                  <button type="button" disabled={busy} onClick={() => void act((options) => request(RejectQuotationDocument, { id: quotation.id }, options))} aria-label={`Reject the quotation "${quotation.quote.slice(0, 40)}"`}>
                    Reject
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>Figures ({counted(figures)})</h3>
      {figures.nodes.length === 0 ? (
        <p class="muted">No sentence states a figure the data can check.</p>
      ) : (
        <ul class="candidates" data-testid="stored-figures">
          {figures.nodes.map((figure) => (
            <li key={figure.id} class="candidate" data-status={figure.status}>
              <blockquote>{figure.text}</blockquote>
              <p class="muted">
                {figureSummary(figure)} · {STATUS[figure.status]}
              </p>
              <ClaimCheck claim={{ subject: figure.subject, objectActor: figure.object, check: figure.check }} />
              {figure.status === 'PROPOSED' && (
                <p>
                  <button type="button" disabled={busy} onClick={() => void act((options) => request(AcceptFigureDocument, { input: { id: figure.id } }, options))} aria-label={`Accept the figure "${figure.text.slice(0, 40)}" as a claim`}>
                    Accept
                  </button>{' '}
                  <button type="button" disabled={busy} onClick={() => void act((options) => request(RejectFigureDocument, { id: figure.id }, options))} aria-label={`Reject the figure "${figure.text.slice(0, 40)}"`}>
                    Reject
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>Weapon systems ({source.weaponCount})</h3>
      {weapons.length === 0 ? (
        <p class="muted">No weapon system the arms-transfer data hold is named.</p>
      ) : (
        <ul data-testid="stored-weapons">
          {weapons.map((weapon) => (
            <li key={weapon.startOffset}>
              <strong>{weapon.text}</strong> ({weapon.family}): {weapon.transferCount} transfer{weapon.transferCount === 1 ? '' : 's'} in the data
              {weapon.transfers.length > 0 && (
                <>
                  {', latest: '}
                  {weapon.transfers.map((transfer, index) => (
                    <span key={transfer.id}>
                      {index > 0 ? '; ' : ''}
                      {transfer.designation}, <a href={hrefOf('actor', { name: transfer.supplier.name })}>{transfer.supplier.name}</a> to{' '}
                      <a href={hrefOf('actor', { name: transfer.recipient.name })}>{transfer.recipient.name}</a>
                      {transfer.deliveryYear ? ` (${transfer.deliveryYear})` : ''}
                    </span>
                  ))}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
