// Adding a source, the worked example of a frontend that writes through the public API: paste a text, see it as the
// service would store it (every mention highlighted, unknown names, copies already stored), make claims from
// selected passages, and save the source, its new actors and its claims in one atomic importBundle.
import { useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { codePoints } from '../format';
import { AnalyzeSourceDocument, SaveSourceBundleDocument, type AnalyzeSourceQuery, type Stance } from '../generated/graphql';
import { hrefOf, navigate } from '../route';

type Analysis = AnalyzeSourceQuery['analyzeSource'];
type Mention = Analysis['mentions'][number];

interface SourceFields {
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

interface NewActor {
  name: string;
  kind: 'STATE' | 'PERSON' | 'ORGANISATION' | 'INTERNATIONAL_ORGANISATION' | 'NON_STATE_ARMED_GROUP' | 'OTHER';
}

interface ClaimDraft {
  statement: string;
  quote: string;
  /** Where the passage was selected; null for a typed one, which the service locates (whatever its case and typography). */
  startOffset: number | null;
  endOffset: number | null;
  about: string[];
  stance: Stance;
  confidence: string;
}

/** Errors by the form field they name: `source.title`, `claims.0.statement`, `actors.1.name`; `form` for the rest. */
type FieldErrors = Record<string, string>;

const KEY_STORAGE = 'dossier-api-key';
const ACTOR_KINDS: NewActor['kind'][] = ['ORGANISATION', 'PERSON', 'STATE', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER'];
const STANCES: Stance[] = ['SUPPORTS', 'REFUTES', 'MENTIONS'];

export function AddSourceView() {
  const [fields, setFields] = useState<SourceFields>({ title: '', url: '', publisher: '', publishedAt: '', text: '' });
  const [apiKey, setApiKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [newActors, setNewActors] = useState<NewActor[]>([]);
  const [claims, setClaims] = useState<ClaimDraft[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'analyzing' | 'saving' | null>(null);
  const [typedPassage, setTypedPassage] = useState('');
  const storedText = useRef<HTMLDivElement>(null);

  const set = (field: keyof SourceFields) => (event: Event) => setFields({ ...fields, [field]: (event.target as HTMLInputElement).value });

  async function analyze() {
    setBusy('analyzing');
    setErrors({});
    try {
      setAnalysis((await request(AnalyzeSourceDocument, { text: fields.text, url: fields.url || null })).analyzeSource);
      setClaims([]);
    } catch (error) {
      setErrors(errorsOf(error, 'source'));
    } finally {
      setBusy(null);
    }
  }

  /** A claim draft from the passage selected in the stored text, about the actors mentioned in it. */
  function claimFromSelection() {
    const selection = getSelection();
    const panel = storedText.current;
    if (!analysis || !panel || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      setErrors({ selection: 'Select a passage of the stored text first.' });
      return;
    }
    const range = selection.getRangeAt(0);
    if (!panel.contains(range.startContainer) || !panel.contains(range.endContainer)) {
      setErrors({ selection: 'Select a passage of the stored text first.' });
      return;
    }
    const before = document.createRange();
    before.setStart(panel, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const startOffset = codePoints(before.toString()).length;
    const quote = range.toString();
    const endOffset = startOffset + codePoints(quote).length;
    const about = [...new Set(analysis.mentions.filter((m) => m.startOffset < endOffset && m.endOffset > startOffset).map((m) => m.actor.name))];
    setClaims([...claims, { statement: '', quote, startOffset, endOffset, about, stance: 'SUPPORTS', confidence: '0.7' }]);
    setErrors({});
  }

  /** A claim draft from a typed or pasted passage: the keyboard's way to what selecting does. */
  function claimFromTypedPassage() {
    if (!analysis) return;
    const passage = typedPassage.trim();
    // Typographic quotes and dashes folded one character for one, so that the index holds in the stored text too.
    const loose = (value: string) => value.toLowerCase().replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐-―−]/g, '-');
    const at = loose(analysis.text).indexOf(loose(passage));
    if (!passage) {
      setErrors({ passage: 'Type or paste a passage of the stored text first.' });
      return;
    }
    const start = at < 0 ? null : codePoints(analysis.text.slice(0, at)).length;
    const end = start === null ? null : start + codePoints(passage).length;
    const about = start === null ? [] : [...new Set(analysis.mentions.filter((m) => m.startOffset < end! && m.endOffset > start).map((m) => m.actor.name))];
    setClaims([...claims, { statement: '', quote: passage, startOffset: null, endOffset: null, about, stance: 'SUPPORTS', confidence: '0.7' }]);
    setTypedPassage('');
    setErrors({});
  }

  async function save() {
    if (!analysis) return;
    setBusy('saving');
    setErrors({});
    sessionStorage.setItem(KEY_STORAGE, apiKey);
    const source = { contentHash: analysis.contentHash };
    try {
      const { importBundle } = await request(
        SaveSourceBundleDocument,
        {
          input: {
            actors: newActors.map((actor) => ({ kind: actor.kind, name: actor.name })),
            sources: [
              {
                kind: 'NEWS_ARTICLE',
                title: fields.title,
                text: analysis.text,
                url: fields.url || null,
                publisher: fields.publisher || null,
                publishedAt: fields.publishedAt || null,
              },
            ],
            claims: claims.map((claim) => ({
              statement: claim.statement,
              asserterSource: source,
              confidence: claim.confidence === '' ? null : Number(claim.confidence),
              about: claim.about.map((actor) => ({ actor })),
              citations: [{ source, quote: claim.quote, startOffset: claim.startOffset, endOffset: claim.endOffset, stance: claim.stance }],
            })),
          },
        },
        { apiKey },
      );
      if (!importBundle.written) {
        setErrors(Object.fromEntries(importBundle.errors.map((error) => [`${error.entity}.${error.index}.${error.field}`, error.message])));
        return;
      }
      // The source is stored now: the same text names it as an exact copy, whose reader opens next.
      const stored = (await request(AnalyzeSourceDocument, { text: analysis.text, url: fields.url || null })).analyzeSource.duplicates.find((copy) => copy.exact);
      if (stored) navigate(hrefOf('source', { id: stored.source.id }));
    } catch (error) {
      setErrors(errorsOf(error, 'save'));
    } finally {
      setBusy(null);
    }
  }

  const errorFor = (field: string) => errors[field] && <p class="field-error" id={`error-${field}`}>{errors[field]}</p>;
  const described = (field: string) => (errors[field] ? `error-${field}` : undefined);

  return (
    <section aria-labelledby="add-title" class="add-source">
      <h1 id="add-title">Add a source</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void analyze();
        }}
      >
        <label>
          Title
          <input value={fields.title} onInput={set('title')} required aria-describedby={described('sources.0.title')} />
        </label>
        {errorFor('sources.0.title')}
        <label>
          URL
          <input type="url" value={fields.url} onInput={set('url')} aria-describedby={described('sources.0.url')} />
        </label>
        {errorFor('sources.0.url')}
        <label>
          Publisher
          <input value={fields.publisher} onInput={set('publisher')} />
        </label>
        <label>
          Published on
          <input type="date" value={fields.publishedAt} onInput={set('publishedAt')} />
        </label>
        <label>
          Text
          <textarea value={fields.text} onInput={set('text')} rows={10} required aria-describedby={described('source.text')} />
        </label>
        {errorFor('source.text')}
        <button type="submit" disabled={busy !== null || !fields.text.trim()}>
          {busy === 'analyzing' ? 'Reading…' : 'Read the text'}
        </button>
      </form>

      {analysis && (
        <>
          <h2>As it would be stored</h2>
          <p class="note">
            {analysis.mentionCount} mentions of known actors{analysis.mentionCount > analysis.mentions.length && ` (the first ${analysis.mentions.length} marked)`}
            {analysis.repeatedParagraphs > 0 && `; ${analysis.repeatedParagraphs} repeated ${analysis.repeatedParagraphs === 1 ? 'paragraph' : 'paragraphs'} left out`}. Select a passage to make a claim from it.
          </p>
          <div class="stored-text" data-testid="stored-text" ref={storedText}>
            {segments(analysis.text, analysis.mentions).map((segment, i) =>
              segment.mention ? (
                <mark key={i} class="mention" title={`${segment.mention.actor.name} (${segment.mention.form.toLowerCase().replace('_', ' ')})`}>
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </div>
          <button type="button" onClick={claimFromSelection}>
            Make a claim from the selection
          </button>
          {errorFor('selection')}
          <label>
            Or type a passage of the text (its case and quotation marks need not match)
            <input value={typedPassage} onInput={(event) => setTypedPassage((event.target as HTMLInputElement).value)} aria-describedby={described('passage')} />
          </label>
          <button type="button" onClick={claimFromTypedPassage}>
            Make a claim from this passage
          </button>
          {errorFor('passage')}

          {analysis.duplicates.length > 0 && (
            <div class="status" role="status">
              <h3>Already stored</h3>
              <ul>
                {analysis.duplicates.map((copy) => (
                  <li key={copy.source.id}>
                    <a href={hrefOf('source', { id: copy.source.id })}>{copy.source.title}</a> ({copy.exact ? 'the same text' : `${Math.round(copy.similarity * 100)}% in common`})
                  </li>
                ))}
              </ul>
            </div>
          )}

          <h3>Names no actor carries</h3>
          {analysis.unknownNames.length === 0 ? (
            <p class="note">None.</p>
          ) : (
            <ul class="unknown-names">
              {[...new Set(analysis.unknownNames.map((name) => name.text))].map((name) => (
                <li key={name}>
                  {name}{' '}
                  <button type="button" disabled={newActors.some((actor) => actor.name === name)} onClick={() => setNewActors([...newActors, { name, kind: 'ORGANISATION' }])}>
                    Create actor “{name}”
                  </button>
                </li>
              ))}
            </ul>
          )}
          {newActors.length > 0 && (
            <fieldset>
              <legend>New actors</legend>
              {newActors.map((actor, i) => (
                <div key={i} class="row">
                  <label>
                    Name
                    <input value={actor.name} onInput={(event) => setNewActors(newActors.map((a, j) => (j === i ? { ...a, name: (event.target as HTMLInputElement).value } : a)))} />
                  </label>
                  <label>
                    Kind
                    <select value={actor.kind} onChange={(event) => setNewActors(newActors.map((a, j) => (j === i ? { ...a, kind: (event.target as HTMLSelectElement).value as NewActor['kind'] } : a)))}>
                      {ACTOR_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {kind.toLowerCase().replace(/_/g, ' ')}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" onClick={() => setNewActors(newActors.filter((_a, j) => j !== i))}>
                    Remove
                  </button>
                  {errorFor(`actors.${i}.name`)}
                </div>
              ))}
            </fieldset>
          )}

          {claims.map((claim, i) => (
            <fieldset key={i} class="claim-draft">
              <legend>Claim {i + 1}</legend>
              <blockquote>{claim.quote}</blockquote>
              <label>
                Statement
                <input
                  value={claim.statement}
                  aria-describedby={described(`claims.${i}.statement`)}
                  onInput={(event) => setClaims(claims.map((c, j) => (j === i ? { ...c, statement: (event.target as HTMLInputElement).value } : c)))}
                />
              </label>
              {errorFor(`claims.${i}.statement`)}
              {errorFor(`claims.${i}.citations.0.quote`)}
              <label>
                Stance of the quote
                <select value={claim.stance} onChange={(event) => setClaims(claims.map((c, j) => (j === i ? { ...c, stance: (event.target as HTMLSelectElement).value as Stance } : c)))}>
                  {STANCES.map((stance) => (
                    <option key={stance} value={stance}>
                      {stance.toLowerCase()}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Confidence (0 to 1)
                <input
                  type="number"
                  min="0"
                  max="1"
                  step="0.1"
                  value={claim.confidence}
                  onInput={(event) => setClaims(claims.map((c, j) => (j === i ? { ...c, confidence: (event.target as HTMLInputElement).value } : c)))}
                />
              </label>
              {errorFor(`claims.${i}.confidence`)}
              <p class="note">About: {claim.about.length > 0 ? claim.about.join(', ') : 'no known actor in the passage'}</p>
              <button type="button" onClick={() => setClaims(claims.filter((_c, j) => j !== i))}>
                Remove claim {i + 1}
              </button>
            </fieldset>
          ))}

          <h2>Save</h2>
          <label>
            API key (an editor's; kept for this browser session only)
            <input type="password" autocomplete="off" value={apiKey} onInput={(event) => setApiKey((event.target as HTMLInputElement).value)} aria-describedby={described('save')} />
          </label>
          {errorFor('save')}
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

/** The text cut into runs, each mention its own run (offsets in code points). */
function segments(text: string, mentions: Mention[]): { text: string; mention?: Mention }[] {
  const points = codePoints(text);
  const runs: { text: string; mention?: Mention }[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.startOffset < at) continue;
    if (mention.startOffset > at) runs.push({ text: points.slice(at, mention.startOffset).join('') });
    runs.push({ text: points.slice(mention.startOffset, mention.endOffset).join(''), mention });
    at = mention.endOffset;
  }
  if (at < points.length) runs.push({ text: points.slice(at).join('') });
  return runs;
}

/** A failed request's message, by the field it names (`prefix` for one that names none). */
function errorsOf(error: unknown, prefix: string): FieldErrors {
  if (!(error instanceof ApiError)) return { [prefix]: String(error) };
  if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') return { save: `${error.message} (an editor's API key is needed to save)` };
  return { [error.field ? `${prefix}.${error.field}` : prefix]: error.message };
}
