// A request tied to a view's inputs: loading, data or error, and a retry.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api';

export type Loaded<T> = { state: 'idle' } | { state: 'loading' } | { state: 'done'; data: T } | { state: 'failed'; error: ApiError };

/** Runs `load` whenever `key` changes (null: nothing to load); a later answer replaces an earlier one. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) =>
        current && setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(String(error), 'network') }),
    );
    return () => {
      current = false;
    };
    // load is a fresh closure each render; key names what it depends on.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, retry];
}
