// The quotations the service found in the text, beside it: each with its speaker and how it was attributed, to
// accept (a claim draft said by the speaker, cited to the exact quote) or reject with a click.
import { draftFromQuotation, type Analysis, type ClaimDraft, type Quotation } from './drafts';
import type { AddSourceAction, AddSourceState } from './state';

const RULES: Record<string, string> = {
  ADJACENT_CUE: 'a cue next to it',
  LEADING_COLON: 'a speaker and a colon before it',
  SPLIT_QUOTE: 'the second half of a split quote',
  SAME_SENTENCE: 'a cue in the same sentence',
  PRONOUN: 'a pronoun pointing back',
  CONTINUATION: 'a quote going on',
  NONE: 'nothing: name the speaker',
};

function speakerOf(quotation: Quotation): string {
  if (!quotation.speaker) return 'speaker unknown';
  if (quotation.speaker.actor) return quotation.speaker.text === quotation.speaker.actor.name ? quotation.speaker.actor.name : `${quotation.speaker.actor.name} ("${quotation.speaker.text}")`;
  return `"${quotation.speaker.text}", no stored actor`;
}

export function QuotationCandidates({ analysis, reviewed, dispatch }: { analysis: Analysis; reviewed: AddSourceState['reviewed']; dispatch: (action: AddSourceAction) => void }) {
  const open = analysis.quotations.filter((quotation) => !reviewed[quotation.startOffset]);
  const rejected = analysis.quotations.filter((quotation) => reviewed[quotation.startOffset] === 'rejected');
  const accept = (quotation: Quotation) => {
    const draft: ClaimDraft = draftFromQuotation(analysis, quotation);
    dispatch({ type: 'addDraft', draft });
    dispatch({ type: 'reviewQuotation', startOffset: quotation.startOffset, review: 'accepted' });
  };
  return (
    <section aria-labelledby="candidates-title" class="candidates" data-testid="quotation-candidates">
      <h2 id="candidates-title">Quotations found</h2>
      <p class="note">
        {analysis.quotationCount === 0 ? 'No quotation found in the text.' : `${analysis.quotationCount} quotations; ${open.length} to review.`} Accept one to make it a
        claim said by its speaker; a rejected one is not proposed again once the source is saved.
      </p>
      <ul>
        {open.map((quotation) => (
          <li key={quotation.startOffset} class="candidate">
            <blockquote>{quotation.quote}</blockquote>
            <p class="muted">
              {speakerOf(quotation)}, by {RULES[quotation.rule] ?? quotation.rule} ({Math.round(quotation.confidence * 100)}% sure)
            </p>
            <button type="button" onClick={() => accept(quotation)} aria-label={`Accept the quotation "${quotation.quote.slice(0, 40)}" as a claim`}>
              Accept
            </button>{' '}
            <button type="button" onClick={() => dispatch({ type: 'reviewQuotation', startOffset: quotation.startOffset, review: 'rejected' })} aria-label={`Reject the quotation "${quotation.quote.slice(0, 40)}"`}>
              Reject
            </button>
          </li>
        ))}
      </ul>
      {rejected.length > 0 && (
        <details>
          <summary>{rejected.length} rejected</summary>
          <ul>
            {rejected.map((quotation) => (
              <li key={quotation.startOffset}>
                {quotation.quote}{' '}
                <button type="button" onClick={() => dispatch({ type: 'reviewQuotation', startOffset: quotation.startOffset, review: null })}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
