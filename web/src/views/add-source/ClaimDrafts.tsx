// The claims drafted from passages: each one's statement, the stance of its quote and a confidence.
import type { Stance } from '../../generated/graphql';
import type { AddSourceAction } from './state';
import { STANCES, type ClaimDraft, type FieldErrors } from './drafts';
import { describedBy, FieldError } from './FieldError';
import { TypedClaim } from './TypedClaim';

export function ClaimDrafts({ claims, errors, dispatch }: { claims: ClaimDraft[]; errors: FieldErrors; dispatch: (action: AddSourceAction) => void }) {
  const edit = (index: number, change: Partial<ClaimDraft>) => dispatch({ type: 'editDraft', index, change });
  return (
    <>
      {claims.map((claim, index) => (
        <fieldset key={index} class="claim-draft">
          <legend>Claim {index + 1}</legend>
          <blockquote>{claim.quote}</blockquote>
          <label>
            Statement
            <input value={claim.statement} aria-describedby={describedBy(errors, `claims.${index}.statement`)} onInput={(event) => edit(index, { statement: (event.target as HTMLInputElement).value })} />
          </label>
          <FieldError errors={errors} field={`claims.${index}.statement`} />
          <label>
            Said by (an actor's name; empty: the source's author)
            <input value={claim.asserter} aria-describedby={describedBy(errors, `claims.${index}.asserter`)} onInput={(event) => edit(index, { asserter: (event.target as HTMLInputElement).value })} />
          </label>
          <FieldError errors={errors} field={`claims.${index}.asserter`} />
          <FieldError errors={errors} field={`claims.${index}.citations.0.quote`} />
          <label>
            Stance of the quote
            <select value={claim.stance} onChange={(event) => edit(index, { stance: (event.target as HTMLSelectElement).value as Stance })}>
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {stance.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <label>
            Confidence (0 to 1)
            <input type="number" min="0" max="1" step="0.1" value={claim.confidence} onInput={(event) => edit(index, { confidence: (event.target as HTMLInputElement).value })} />
          </label>
          <FieldError errors={errors} field={`claims.${index}.confidence`} />
          <TypedClaim index={index} typed={claim.typed} onChange={(typed) => edit(index, { typed })} />
          {['predicate', 'subject', 'object', 'objectValue', 'validFrom', 'validTo'].map((name) => <FieldError key={name} errors={errors} field={`claims.${index}.${name}`} />)}
          <p class="note">About: {claim.about.length > 0 ? claim.about.join(', ') : 'no known actor in the passage'}</p>
          <button type="button" onClick={() => dispatch({ type: 'removeDraft', index })}>
            Remove claim {index + 1}
          </button>
        </fieldset>
      ))}
    </>
  );
}
