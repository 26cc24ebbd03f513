// The names no actor carries, each a button that drafts a new actor, and the drafted actors.
import type { AddSourceAction } from './state';
import { ACTOR_KINDS, type Analysis, type FieldErrors, type NewActor } from './drafts';
import { FieldError } from './FieldError';

interface Props {
  unknownNames: Analysis['unknownNames'];
  newActors: NewActor[];
  errors: FieldErrors;
  dispatch: (action: AddSourceAction) => void;
}

export function NewActors({ unknownNames, newActors, errors, dispatch }: Props) {
  return (
    <>
      <h3>Names no actor carries</h3>
      {unknownNames.length === 0 ? (
        <p class="note">None.</p>
      ) : (
        <ul class="unknown-names">
          {[...new Set(unknownNames.map((name) => name.text))].map((name) => (
            <li key={name}>
              {name}{' '}
              <button type="button" disabled={newActors.some((actor) => actor.name === name)} onClick={() => dispatch({ type: 'addActor', actor: { name, kind: 'ORGANISATION' } })}>
                Create actor “{name}”
              </button>
            </li>
          ))}
        </ul>
      )}
      {newActors.length > 0 && (
        <fieldset>
          <legend>New actors</legend>
          {newActors.map((actor, index) => (
            <div key={index} class="row">
              <label>
                Name
                <input value={actor.name} onInput={(event) => dispatch({ type: 'editActor', index, change: { name: (event.target as HTMLInputElement).value } })} />
              </label>
              <label>
                Kind
                <select value={actor.kind} onChange={(event) => dispatch({ type: 'editActor', index, change: { kind: (event.target as HTMLSelectElement).value as NewActor['kind'] } })}>
                  {ACTOR_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {kind.toLowerCase().replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => dispatch({ type: 'removeActor', index })}>
                Remove
              </button>
              <FieldError errors={errors} field={`actors.${index}.name`} />
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}
