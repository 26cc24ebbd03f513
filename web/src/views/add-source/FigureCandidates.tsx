// The sentences that state an arms-supply figure, each as the typed claim it makes with its check against the
// data already shown (SUPPORTED, CONTRADICTED), to accept as a claim draft or set aside with a click.
import { ClaimCheck } from '../../components/ClaimCheck';
import { figureSummary } from '../../format';
import { draftFromFigure, type Analysis } from './drafts';
import type { AddSourceAction, AddSourceState } from './state';


export function FigureCandidates({ analysis, reviewed, dispatch }: { analysis: Analysis; reviewed: AddSourceState['reviewedFigures']; dispatch: (action: AddSourceAction) => void }) {
  const open = analysis.figures.filter((figure) => !reviewed[figure.startOffset]);
  if (analysis.figures.length === 0) return null;
  return (
    <section aria-labelledby="figures-title" class="candidates" data-testid="figure-candidates">
      <h2 id="figures-title">Figures found</h2>
      <p class="note">Sentences that state a figure the data can check, with what the data say. Accept one to make it a typed claim.</p>
      <ul>
        {open.map((figure) => (
          <li key={figure.startOffset} class="candidate">
            <blockquote>{figure.text}</blockquote>
            <p class="muted">{figureSummary(figure)}</p>
            <ClaimCheck claim={{ subject: figure.subject, objectActor: figure.object, check: figure.check }} />
            <button
              type="button"
              aria-label={`Accept the figure "${figure.text.slice(0, 40)}" as a claim`}
              onClick={() => {
                dispatch({ type: 'addDraft', draft: draftFromFigure(analysis, figure) });
                dispatch({ type: 'reviewFigure', startOffset: figure.startOffset, review: 'accepted' });
              }}
            >
              Accept
            </button>{' '}
            <button type="button" aria-label={`Set aside the figure "${figure.text.slice(0, 40)}"`} onClick={() => dispatch({ type: 'reviewFigure', startOffset: figure.startOffset, review: 'rejected' })}>
              Set aside
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
