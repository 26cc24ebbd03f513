// A field's error under it, and the id its input points to with aria-describedby.
import type { FieldErrors } from './drafts';

export function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
  return errors[field] ? (
    <p class="field-error" id={`error-${field}`}>
      {errors[field]}
    </p>
  ) : null;
}

export const describedBy = (errors: FieldErrors, field: string) => (errors[field] ? `error-${field}` : undefined);
