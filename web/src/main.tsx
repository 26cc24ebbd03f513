// The explorer's shell: navigation, the view the URL names, and the credit for the data.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { HEADLINE, hrefOf, onLinkClick, useRoute, type View } from './route';
import './style.css';
import { ActorView } from './views/ActorView';
import { ChangesView } from './views/ChangesView';
import { ActorListView, SourceListView } from './views/ListViews';
import { OverviewView } from './views/OverviewView';
import { ConnectionsView } from './views/ConnectionsView';
import { AddSourceView } from './views/add-source/AddSourceView';
import { SearchView } from './views/SearchView';
import { SourceView } from './views/SourceView';
import { TopView } from './views/TopView';
import { TrendView } from './views/TrendView';

const NAV: { view: View; label: string; href: string }[] = [
  { view: 'overview', label: 'Overview', href: hrefOf('overview') },
  { view: 'trend', label: 'Arms-supply trends', href: hrefOf('trend', HEADLINE) },
  { view: 'top', label: 'Top partners', href: hrefOf('top', { actor: 'India', side: 'suppliers' }) },
  { view: 'actors', label: 'Actors', href: hrefOf('actors') },
  { view: 'sources', label: 'Sources', href: hrefOf('sources') },
  { view: 'connections', label: 'Connections', href: hrefOf('connections', { from: 'Vladimir Putin', to: 'India' }) },
  { view: 'search', label: 'Search', href: hrefOf('search') },
  { view: 'add', label: 'Add a source', href: hrefOf('add') },
  { view: 'changes', label: 'Recent changes', href: hrefOf('changes') },
];

const TITLES: Record<View, string> = { overview: 'Overview', actors: 'Actors', sources: 'Sources', trend: 'Arms-supply trend', top: 'Top partners', actor: 'Actor', connections: 'Connections', source: 'Source reader', search: 'Search', add: 'Add a source', changes: 'Recent changes' };

function App() {
  const { view, params } = useRoute();
  useEffect(() => {
    document.title = `${TITLES[view]} · Dossier explorer`;
  }, [view]);
  // Moving to another view puts the keyboard focus at the start of its content, as a page load would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [view]);
  return (
    <div onClick={onLinkClick}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <a class="brand" href={NAV[0]!.href}>
          Dossier explorer
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((item) => (
              <li key={item.view}>
                <a href={item.href} aria-current={item.view === view ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphQL playground</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {view === 'overview' && <OverviewView />}
        {view === 'trend' && <TrendView params={params} />}
        {view === 'top' && <TopView params={params} />}
        {view === 'actors' && <ActorListView params={params} />}
        {view === 'actor' && <ActorView params={params} />}
        {view === 'connections' && <ConnectionsView params={params} />}
        {view === 'sources' && <SourceListView params={params} />}
        {view === 'source' && <SourceView params={params} />}
        {view === 'search' && <SearchView params={params} />}
        {view === 'add' && <AddSourceView />}
        {view === 'changes' && <ChangesView />}
      </main>
      <footer>
        Built on Dossier's public GraphQL API. Arms-transfer data: SIPRI Arms Transfers Database (c) SIPRI.
      </footer>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
