// Adding a source, the worked example of a frontend that writes through the public API: paste a text, see it as the
// service would store it (every mention highlighted, unknown names, copies already stored), make claims from
// selected passages, and save the source, its new actors and its claims in one atomic importBundle.
import { request } from '../../api';
import { AnalyzeSourceDocument, RejectFigureDocument, RejectQuotationDocument, SaveSourceBundleDocument, StoredCandidatesDocument } from '../../generated/graphql';
import { hrefOf, navigate } from '../../route';
import { ClaimDrafts } from './ClaimDrafts';
import { bundleOf, errorsOf } from './drafts';
import { describedBy, FieldError } from './FieldError';
import { FileDrop } from './FileDrop';
import { NewActors } from './NewActors';
import { FigureCandidates } from './FigureCandidates';
import { QuotationCandidates } from './QuotationCandidates';
import { SourceForm } from './SourceForm';
import { rememberKey } from '../../session-key';
import { useAddSource } from './state';
import { StoredText } from './StoredText';

export function AddSourceView() {
  const [state, dispatch] = useAddSource();
  const { fields, analysis, errors, busy } = state;

  async function read(text = fields.text, url = fields.url) {
    dispatch({ type: 'busy', busy: 'analyzing' });
    dispatch({ type: 'errors', errors: {} });
    try {
      dispatch({ type: 'analysed', analysis: (await request(AnalyzeSourceDocument, { text, url: url || null })).analyzeSource });
    } catch (error) {
      dispatch({ type: 'errors', errors: errorsOf(error, 'source') });
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  }

  async function save() {
    if (!analysis) return;
    dispatch({ type: 'busy', busy: 'saving' });
    dispatch({ type: 'errors', errors: {} });
    rememberKey(state.apiKey);
    try {
      const { importBundle } = await request(SaveSourceBundleDocument, { input: bundleOf(fields, analysis, state.newActors, state.claims, state.file) }, { apiKey: state.apiKey });
      if (!importBundle.written) {
        dispatch({ type: 'errors', errors: Object.fromEntries(importBundle.errors.map((error) => [`${error.entity}.${error.index}.${error.field}`, error.message])) });
        return;
      }
      // The source is stored now: the same text names it as an exact copy, whose reader opens next.
      const stored = (await request(AnalyzeSourceDocument, { text: analysis.text, url: fields.url || null })).analyzeSource.duplicates.find((copy) => copy.exact);
      if (!stored) return;
      // The quotations and figures rejected on the page are rejected in the stored source too: a relink does not
      // propose them again. Those accepted are the claims' that cite them, which the service records itself.
      const rejectedOf = (reviewed: Record<number, 'accepted' | 'rejected'>) => new Set(Object.entries(reviewed).filter(([, review]) => review === 'rejected').map(([start]) => Number(start)));
      const [quotations, figures] = [rejectedOf(state.reviewed), rejectedOf(state.reviewedFigures)];
      if (quotations.size + figures.size > 0) {
        const { source } = await request(StoredCandidatesDocument, { id: stored.source.id });
        for (const quotation of source?.quotations.nodes ?? []) {
          if (quotations.has(quotation.startOffset)) await request(RejectQuotationDocument, { id: quotation.id }, { apiKey: state.apiKey });
        }
        for (const figure of source?.figures.nodes ?? []) {
          if (figures.has(figure.startOffset)) await request(RejectFigureDocument, { id: figure.id }, { apiKey: state.apiKey });
        }
      }
      navigate(hrefOf('source', { id: stored.source.id }));
    } catch (error) {
      dispatch({ type: 'errors', errors: errorsOf(error, 'save') });
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  }

  return (
    <section aria-labelledby="add-title" class="add-source">
      <h1 id="add-title">Add a source</h1>
      <FileDrop
        apiKey={state.apiKey}
        status={state.fileStatus}
        onStatus={(status) => dispatch({ type: 'fileStatus', status })}
        onRead={(readFields, file) => {
          dispatch({ type: 'fileRead', fields: readFields, file });
          void read(readFields.text, readFields.url);
        }}
      />
      <SourceForm
        fields={fields}
        errors={errors}
        busy={busy !== null}
        reading={busy === 'analyzing'}
        onField={(field, value) => dispatch({ type: 'field', field, value })}
        onRead={() => void read()}
      />

      {analysis && (
        <>
          <div class="reading">
            <div>
              <StoredText
                analysis={analysis}
                errors={errors}
                typedPassage={state.typedPassage}
                onTypedPassage={(value) => dispatch({ type: 'typedPassage', value })}
                onDraft={(draft) => dispatch({ type: 'addDraft', draft })}
                onErrors={(found) => dispatch({ type: 'errors', errors: found })}
              />
            </div>
            <div>
              <QuotationCandidates analysis={analysis} reviewed={state.reviewed} dispatch={dispatch} />
              <FigureCandidates analysis={analysis} reviewed={state.reviewedFigures} dispatch={dispatch} />
            </div>
          </div>
          <NewActors unknownNames={analysis.unknownNames} newActors={state.newActors} errors={errors} dispatch={dispatch} />
          <ClaimDrafts claims={state.claims} errors={errors} dispatch={dispatch} />

          <h2>Save</h2>
          <label>
            API key (an editor's; kept for this browser session only)
            <input type="password" autocomplete="off" value={state.apiKey} onInput={(event) => dispatch({ type: 'apiKey', value: (event.target as HTMLInputElement).value })} aria-describedby={describedBy(errors, 'save')} />
          </label>
          <FieldError errors={errors} field="save" />
          {Object.entries(errors)
            .filter(([field]) => field.startsWith('sources.') && !['sources.0.title', 'sources.0.url'].includes(field))
            .map(([field, message]) => (
              <p key={field} class="field-error">
                {field}: {message}
              </p>
            ))}
          <button type="button" onClick={() => void save()} disabled={busy !== null || !fields.title.trim()}>
            {busy === 'saving' ? 'Saving…' : 'Save the source and its claims'}
          </button>
        </>
      )}
    </section>
  );
}
