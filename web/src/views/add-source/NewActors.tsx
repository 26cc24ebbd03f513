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

/** Each name once (the first time the text writes it), by the name a new actor would take. */
function distinctByName(unknownNames: Analysis['unknownNames']): Analysis['unknownNames'] {
  const seen = new Set<string>();
  return unknownNames.filter((found) => !seen.has(found.name) && seen.add(found.name));
}

export function NewActors({ unknownNames, newActors, errors, dispatch }: Props) {
  return (
    <>
      <h3>Names no actor carries</h3>
      {unknownNames.length === 0 ? (
        <p class="note">None.</p>
      ) : (
        <ul class="unknown-names">
          {distinctByName(unknownNames).map((found) => (
            <li key={found.name}>
              {found.text}
              {(found.kind || found.role) && <span class="muted"> ({[found.kind?.toLowerCase().replace(/_/g, ' '), found.role].filter(Boolean).join(', ')})</span>}{' '}
              <button
                type="button"
                disabled={newActors.some((actor) => actor.name === found.name)}
                onClick={() => dispatch({ type: 'addActor', actor: { name: found.name, kind: found.kind ?? 'ORGANISATION' } })}
              >
                Create actor “{found.name}”
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
