// The text as the service would store it, every mention marked; a passage selected or typed becomes a claim draft.
import { useRef } from 'preact/hooks';
import { hrefOf } from '../../route';
import { draftFromPassage, draftFromSelection, segments, type Analysis, type ClaimDraft, type FieldErrors } from './drafts';
import { describedBy, FieldError } from './FieldError';

interface Props {
  analysis: Analysis;
  errors: FieldErrors;
  typedPassage: string;
  onTypedPassage: (value: string) => void;
  onDraft: (draft: ClaimDraft) => void;
  onErrors: (errors: FieldErrors) => void;
}

export function StoredText({ analysis, errors, typedPassage, onTypedPassage, onDraft, onErrors }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const take = (draft: ClaimDraft | string, field: string) => (typeof draft === 'string' ? onErrors({ [field]: draft }) : onDraft(draft));
  const { mentionCount, mentions, repeatedParagraphs } = analysis;
  return (
    <>
      <h2>As it would be stored</h2>
      <p class="note">
        {mentionCount} mentions of known actors{mentionCount > mentions.length && ` (the first ${mentions.length} marked)`}
        {analysis.weaponCount > 0 && `, ${analysis.weaponCount} weapon systems (underlined)`}
        {repeatedParagraphs > 0 && `; ${repeatedParagraphs} repeated ${repeatedParagraphs === 1 ? 'paragraph' : 'paragraphs'} left out`}. Select a passage to make a claim from it.
      </p>
      <div class="stored-text" data-testid="stored-text" ref={panel}>
        {segments(analysis.text, mentions, analysis.weapons).map((segment, i) =>
          segment.mention ? (
            <mark key={i} class="mention" title={`${segment.mention.actor.name} (${segment.mention.form.toLowerCase().replace('_', ' ')})`}>
              {segment.text}
            </mark>
          ) : segment.weapon ? (
            <mark key={i} class="weapon" data-testid="weapon" title={`weapon system: ${segment.weapon.family} (${segment.weapon.transferCount} arms transfers)`}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </div>
      <button type="button" onClick={() => panel.current && take(draftFromSelection(analysis, panel.current, getSelection()), 'selection')}>
        Make a claim from the selection
      </button>
      <FieldError errors={errors} field="selection" />
      <label>
        Or type a passage of the text (its case and quotation marks need not match)
        <input value={typedPassage} onInput={(event) => onTypedPassage((event.target as HTMLInputElement).value)} aria-describedby={describedBy(errors, 'passage')} />
      </label>
      <button type="button" onClick={() => take(draftFromPassage(analysis, typedPassage), 'passage')}>
        Make a claim from this passage
      </button>
      <FieldError errors={errors} field="passage" />

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
    </>
  );
}
