// An actor's (or a pair's) timeline: what concerns it in date order (events, affiliations, claims, arms deliveries
// by year, sources mentioning it, merges), filtered by kind, a page at a time with "Show more".
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { ActorTimelineDocument, type ActorTimelineQuery, type TimelineKind } from '../generated/graphql';
import { hrefOf } from '../route';
import { Empty } from './Status';

type Item = ActorTimelineQuery['timeline']['items'][number];

/** The kinds an analyst tells apart, as the list's filter and the chart's rows. */
export const TIMELINE_GROUPS: { label: string; kinds: TimelineKind[] }[] = [
  { label: 'Events', kinds: ['EVENT'] },
  { label: 'Affiliations', kinds: ['AFFILIATION_START', 'AFFILIATION_END'] },
  { label: 'Claims', kinds: ['CLAIM'] },
  { label: 'Arms deliveries', kinds: ['ARMS_DELIVERIES'] },
  { label: 'Sources', kinds: ['SOURCE'] },
  { label: 'Merges', kinds: ['MERGE'] },
];

const KIND_LABELS: Record<TimelineKind, string> = {
  EVENT: 'event', AFFILIATION_START: 'starts', AFFILIATION_END: 'ends', CLAIM: 'claim', ARMS_DELIVERIES: 'arms', SOURCE: 'source', MERGE: 'merge',
};

interface Loaded {
  items: Item[];
  next: string | null;
}

/** The timeline of `name`, or with `other` the pair's: what concerns both. */
export function Timeline({ name, other = null }: { name: string; other?: string | null }) {
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set(TIMELINE_GROUPS.map((group) => group.label)));
  const [pages, setPages] = useState<{ key: string; loaded: Loaded } | null>(null);
  const [state, setState] = useState<{ loading: boolean; error: ApiError | null }>({ loading: false, error: null });
  const kinds = TIMELINE_GROUPS.filter((group) => shown.has(group.label)).flatMap((group) => group.kinds);
  const key = `${name}|${other ?? ''}|${kinds.join(',')}`;

  // The choice of kinds last asked for: an answer for an earlier choice, arriving late, is dropped.
  const latest = useRef(key);
  const load = (after: string | null) => {
    latest.current = key;
    setState({ loading: true, error: null });
    request(ActorTimelineDocument, { name, with: other, kinds, after }).then(
      ({ timeline }) => {
        if (latest.current !== key) return;
        setPages((current) => ({
          key,
          loaded: { items: [...(after && current?.key === key ? current.loaded.items : []), ...timeline.items], next: timeline.pageInfo.hasNextPage ? timeline.pageInfo.endCursor : null },
        }));
        setState({ loading: false, error: null });
      },
      (error: unknown) => {
        if (latest.current === key) setState({ loading: false, error: error instanceof ApiError ? error : new ApiError(String(error), 'network') });
      },
    );
  };
  // The first page of the kinds shown, once per actor and choice of kinds.
  useEffect(() => {
    if (kinds.length > 0) load(null);
  }, [key]);
  const loaded = pages?.key === key ? pages.loaded : null;

  return (
    <div>
      <fieldset class="kinds">
        <legend>Show</legend>
        {TIMELINE_GROUPS.map((group) => (
          <label key={group.label}>
            <input
              type="checkbox"
              checked={shown.has(group.label)}
              onChange={() => {
                const next = new Set(shown);
                if (!next.delete(group.label)) next.add(group.label);
                setShown(next);
              }}
            />{' '}
            {group.label}
          </label>
        ))}
      </fieldset>
      {state.error ? (
        <div class="status error" role="alert">
          Could not load the timeline: {state.error.message}{' '}
          <button type="button" onClick={() => load(loaded?.next ?? null)}>
            Try again
          </button>
        </div>
      ) : null}
      {kinds.length === 0 ? (
        <Empty>Choose what to show.</Empty>
      ) : loaded === null ? (
        <p class="status" role="status" aria-live="polite">
          Loading the timeline…
        </p>
      ) : loaded.items.length === 0 ? (
        <Empty>Nothing dated recorded.</Empty>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {loaded.items.map((item) => (
            <li key={item.cursor} data-kind={item.kind}>
              <time dateTime={item.date}>{item.date}</time> <span class="badge">{KIND_LABELS[item.kind]}</span> <ItemLine item={item} actor={name} />
            </li>
          ))}
        </ol>
      )}
      {loaded?.next ? (
        <button type="button" disabled={state.loading} onClick={() => load(loaded.next)}>
          {state.loading ? 'Loading…' : 'Show more'}
        </button>
      ) : null}
      {loaded?.items.some((item) => item.armsDeliveries) ? <p class="muted">Arms deliveries: {loaded.items.find((item) => item.armsDeliveries)!.armsDeliveries!.attribution}</p> : null}
    </div>
  );
}

/** What an item says, linking to the page that shows its record where the explorer has one. */
function ItemLine({ item, actor }: { item: Item; actor: string }) {
  if (item.event) {
    return (
      <>
        <strong>{item.title}</strong>
        {item.role ? ` — ${item.role.toLowerCase()}` : ''}
        <span class="muted">
          {' '}
          ({item.event.type.label}
          {item.event.location ? `, ${item.event.location}` : ''})
        </span>
      </>
    );
  }
  if (item.source) return <a href={hrefOf('source', { id: item.source.id })}>{item.title}</a>;
  if (item.armsDeliveries) {
    const { year, direction } = item.armsDeliveries;
    return <a href={hrefOf('top', { actor, side: direction === 'RECEIVED' ? 'suppliers' : 'recipients', from: year, to: year })}>{item.title}</a>;
  }
  if (item.merge) return <a href={hrefOf('actor', { name: item.merge.name })}>{item.title}</a>;
  return <span>{item.title}</span>;
}
