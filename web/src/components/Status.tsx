// What the user sees instead of a blank: loading, an error that says what happened (with a retry when trying
// again can help), or an empty result.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../load';

export function Status<T>({ result, retry, children, what }: { result: Loaded<T>; retry: () => void; what: string; children: (data: T) => ComponentChildren }) {
  if (result.state === 'idle') return null;
  if (result.state === 'loading') {
    return (
      <p class="status" role="status" aria-live="polite">
        Loading {what}…
      </p>
    );
  }
  if (result.state === 'failed') {
    const { error } = result;
    const message =
      error.kind === 'network'
        ? error.message
        : error.code === 'NOT_FOUND'
          ? `Not found: ${error.message}`
          : error.code === 'BAD_USER_INPUT'
            ? `Check the input${error.field ? ` (${error.field})` : ''}: ${error.message}`
            : `The service could not answer (${error.code ?? 'error'}): ${error.message}`;
    return (
      <div class="status error" role="alert">
        <p>{message}</p>
        {(error.kind === 'network' || error.code === 'SERVICE_UNAVAILABLE' || error.code === 'TIMEOUT' || error.code === 'RATE_LIMITED' || error.code === 'INTERNAL_SERVER_ERROR') && (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
      </div>
    );
  }
  return <>{children(result.data)}</>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return (
    <p class="status empty" role="status">
      {children}
    </p>
  );
}
