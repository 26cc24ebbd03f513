// The view and its inputs live in the URL (/explorer/<view>?<params>), so that a link opens the same view.
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/explorer';
export type View = 'overview' | 'trend' | 'top' | 'actors' | 'actor' | 'connections' | 'sources' | 'source' | 'search' | 'add' | 'changes';
const VIEWS: View[] = ['overview', 'trend', 'top', 'actors', 'actor', 'connections', 'sources', 'source', 'search', 'add', 'changes'];

export interface Route {
  view: View;
  params: URLSearchParams;
}

/** The headline question, Russia's supplies to India since 2000 by five years: the overview's first question. */
export const HEADLINE = { supplier: 'Russia', recipient: 'India', from: 2000, to: 2023, period: 5 };

function current(): Route {
  // The landing page (/explorer/) is the overview: what the knowledge base holds and the questions it answers.
  if (location.pathname.replace(/\/+$/, '') === BASE && location.search === '') history.replaceState(null, '', hrefOf('overview'));
  const segment = location.pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '') as View;
  return { view: VIEWS.includes(segment) ? segment : 'overview', params: new URLSearchParams(location.search) };
}

/** The href of a view with its parameters (empty values left out). */
export function hrefOf(view: View, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const query = search.toString();
  return `${BASE}/${view}${query ? `?${query}` : ''}`;
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    addEventListener('popstate', onChange);
    return () => removeEventListener('popstate', onChange);
  }, []);
  return route;
}

/** Follows in-page links without reloading; other clicks (new tab, modifier keys) behave as usual. */
export function onLinkClick(event: MouseEvent): void {
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.origin !== location.origin || !anchor.pathname.startsWith(BASE) || anchor.target || anchor.hasAttribute('download')) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // A link to a section of the page shown (a page's contents) scrolls there, as the browser does.
  if (anchor.hash && anchor.pathname === location.pathname && anchor.search === location.search) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

/** A form's submit handler that opens `view` with the form's fields (named as the URL's parameters), plus `extra`. */
export function submitTo(view: View, extra: Record<string, string | null> = {}) {
  return (event: Event) => {
    event.preventDefault();
    const params: Record<string, string | null> = { ...extra };
    for (const [key, value] of new FormData(event.currentTarget as HTMLFormElement)) params[key] = String(value).trim();
    navigate(hrefOf(view, params));
  };
}

/** A whole-number URL parameter; undefined when absent or not a whole number. */
export function intParam(params: URLSearchParams, key: string): number | undefined {
  const value = Number(params.get(key));
  return params.get(key) && Number.isInteger(value) ? value : undefined;
}
