// A claim draft's structured form, typed by hand: a predicate from the vocabulary, the subject and object actors
// (names, aliases or ISO codes), a value and the period; checked against the data as it is typed (checkClaim),
// so that the analyst sees SUPPORTED or CONTRADICTED before saving.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../../api';
import { ClaimCheck, type CheckedClaim } from '../../components/ClaimCheck';
import { CheckClaimDraftDocument, ClaimPredicatesDocument, type ClaimPredicatesQuery } from '../../generated/graphql';
import { checkable, type TypedFields } from './drafts';

type Predicate = ClaimPredicatesQuery['predicates'][number];

/** The vocabulary, read once per page load (read again after a failure). */
let vocabulary: Promise<Predicate[]> | null = null;
function predicates(): Promise<Predicate[]> {
  vocabulary ??= request(ClaimPredicatesDocument, {}).then((data) => data.predicates).catch(() => {
    vocabulary = null;
    return [];
  });
  return vocabulary;
}

export function TypedClaim({ index, typed, onChange }: { index: number; typed: TypedFields; onChange: (typed: TypedFields) => void }) {
  const id = useId();
  const [known, setKnown] = useState<Predicate[]>([]);
  const [check, setCheck] = useState<{ claim: CheckedClaim | null; problem: string | null; checking: boolean }>({ claim: null, problem: null, checking: false });
  const latest = useRef(0);
  useEffect(() => void predicates().then(setKnown), []);
  useEffect(() => {
    if (!checkable(typed)) {
      setCheck({ claim: null, problem: null, checking: false });
      return;
    }
    const ticket = ++latest.current;
    setCheck((current) => ({ ...current, checking: true }));
    const timer = setTimeout(() => {
      const value = (field: string) => (field.trim() === '' ? null : field.trim());
      request(CheckClaimDraftDocument, {
        input: { predicate: typed.predicate, subject: typed.subject.trim(), object: typed.object.trim(), objectValue: value(typed.objectValue), validFrom: value(typed.validFrom), validTo: value(typed.validTo) },
      })
        .then((data) => ticket === latest.current && setCheck({ claim: { subject: { name: typed.subject.trim() }, objectActor: { name: typed.object.trim() }, check: data.checkClaim }, problem: data.checkClaim ? null : 'No data series checks this predicate.', checking: false }))
        .catch((error: unknown) => ticket === latest.current && setCheck({ claim: null, problem: error instanceof ApiError ? error.message : String(error), checking: false }));
    }, 250);
    return () => clearTimeout(timer);
  }, [typed.predicate, typed.subject, typed.object, typed.objectValue, typed.validFrom, typed.validTo]);

  const field = (name: keyof TypedFields) => (event: Event) => onChange({ ...typed, [name]: (event.target as HTMLInputElement | HTMLSelectElement).value });
  const chosen = known.find((predicate) => predicate.code === typed.predicate);
  return (
    <fieldset class="typed-claim">
      <legend>Typed form of claim {index + 1} (optional)</legend>
      <label>
        Predicate
        <select value={typed.predicate} onChange={field('predicate')}>
          <option value="">none (an untyped claim)</option>
          {known.map((predicate) => (
            <option key={predicate.code} value={predicate.code}>
              {predicate.label}{predicate.series ? ' (checked against data)' : ''}
            </option>
          ))}
        </select>
      </label>
      {typed.predicate && (
        <>
          <label>
            Subject
            <input value={typed.subject} onInput={field('subject')} />
          </label>
          <label>
            Object
            <input value={typed.object} onInput={field('object')} />
          </label>
          {chosen?.valueType !== 'ACTOR' && (
            <label>
              Value{chosen?.valueType === 'ACTOR_AND_SHARE' ? ' (a share, e.g. 46%)' : ''}
              <input value={typed.objectValue} onInput={field('objectValue')} />
            </label>
          )}
          <label>
            Holds from
            <input type="date" value={typed.validFrom} onInput={field('validFrom')} />
          </label>
          <label>
            Holds until
            <input type="date" value={typed.validTo} onInput={field('validTo')} />
          </label>
          <div aria-live="polite" id={`${id}-check`} data-testid="draft-check">
            {check.checking && <p class="muted">Checking against the data…</p>}
            {!check.checking && check.claim && <ClaimCheck claim={check.claim} />}
            {!check.checking && check.problem && <p class="muted">{check.problem}</p>}
          </div>
        </>
      )}
    </fieldset>
  );
}
