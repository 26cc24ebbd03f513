// What the user sees instead of a blank: loading, an error that says what happened (with a retry when trying
// again can help), or an empty result.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';
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
    return (
      <div class="status error" role="alert">
        <p>{messageOf(error)}</p>
        {(error.kind === 'network' || RETRYABLE.has(error.code ?? '')) && (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
      </div>
    );
  }
  return <>{children(result.data)}</>;
}

// Codes for which the same request may well succeed a little later.
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

function messageOf(error: ApiError): string {
  if (error.kind === 'network') return error.message;
  if (error.code === 'NOT_FOUND') return `Not found: ${error.message}`;
  if (error.code === 'BAD_USER_INPUT') return `Check the input${error.field ? ` (${error.field})` : ''}: ${error.message}`;
  return `The service could not answer (${error.code ?? 'error'}): ${error.message}`;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return (
    <p class="status empty" role="status">
      {children}
    </p>
  );
}
