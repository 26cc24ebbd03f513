// A type-ahead for actors (WAI-ARIA combobox): any name, alias or ISO code ("Moscow", "RUS", "New Delhi")
// suggests the actors it names; the text itself is also accepted, since the service resolves aliases too.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { request } from '../api';
import { ActorSuggestionsDocument, type ActorSuggestionsQuery } from '../generated/graphql';

type Suggestion = ActorSuggestionsQuery['actors']['nodes'][number];

/** Uncontrolled: the surrounding form reads the input's value by `name` when it is submitted. */
export function ActorInput({ label, name, value }: { label: string; name: string; value: string }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);

  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const typed = text.trim();
    if (!open || typed.length < 2) {
      setSuggestions([]);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      request(ActorSuggestionsDocument, { text: typed })
        .then((data) => ticket === latest.current && setSuggestions(data.actors.nodes))
        .catch(() => ticket === latest.current && setSuggestions([]));
    }, 120);
    return () => clearTimeout(timer);
  }, [text, open]);

  const choose = (suggestion: Suggestion) => {
    setText(suggestion.name);
    setOpen(false);
    setActive(-1);
  };
  const listId = `${id}-list`;
  const shown = open && suggestions.length > 0;

  return (
    <div class="combobox">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => {
          // Let a click on a suggestion land first.
          setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && suggestions.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, suggestions.length - 1));
          } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter' && shown && active >= 0) {
            event.preventDefault();
            choose(suggestions[active]!);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!shown}>
        {suggestions.map((suggestion, index) => (
          <li
            id={`${listId}-${index}`}
            key={suggestion.id}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
          >
            {suggestion.name}
            {suggestion.isoCode ? ` (${suggestion.isoCode})` : ''}
            {suggestion.aliases.length > 0 && <span class="aliases"> — also {suggestion.aliases.slice(0, 3).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
