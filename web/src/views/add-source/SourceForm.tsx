// The source's fields and its text, submitted to be read.
import type { FieldErrors, SourceFields } from './drafts';
import { describedBy, FieldError } from './FieldError';

interface Props {
  fields: SourceFields;
  errors: FieldErrors;
  busy: boolean;
  reading: boolean;
  onField: (field: keyof SourceFields, value: string) => void;
  onRead: () => void;
}

export function SourceForm({ fields, errors, busy, reading, onField, onRead }: Props) {
  const set = (field: keyof SourceFields) => (event: Event) => onField(field, (event.target as HTMLInputElement).value);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onRead();
      }}
    >
      <label>
        Title
        <input value={fields.title} onInput={set('title')} required aria-describedby={describedBy(errors, 'sources.0.title')} />
      </label>
      <FieldError errors={errors} field="sources.0.title" />
      <label>
        URL
        <input type="url" value={fields.url} onInput={set('url')} aria-describedby={describedBy(errors, 'sources.0.url')} />
      </label>
      <FieldError errors={errors} field="sources.0.url" />
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
        <textarea value={fields.text} onInput={set('text')} rows={10} required aria-describedby={describedBy(errors, 'source.text')} />
      </label>
      <FieldError errors={errors} field="source.text" />
      <button type="submit" disabled={busy || !fields.text.trim()}>
        {reading ? 'Reading…' : 'Read the text'}
      </button>
    </form>
  );
}
