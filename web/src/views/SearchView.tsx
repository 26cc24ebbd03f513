// One search box over sources and claims (the service's full-text search), with the matching passage.
import { request } from '../api';
import { Empty, Status } from '../components/Status';
import { SearchDocument, type SearchQuery } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, submitTo } from '../route';

type Hit = SearchQuery['search'][number];

/** The matching passage, matched runs highlighted; all of it rendered as text (never HTML). */
function Snippet({ parts }: { parts: Hit['snippetParts'] }) {
  return <p class="snippet">{parts.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : part.text))}</p>;
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const query = params.get('q') ?? '';
  const [result, retry] = useLoad(query ? query : null, () => request(SearchDocument, { query }).then((data) => data.search));
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search sources and claims</h1>
      <form class="controls" role="search" onSubmit={submitTo('search')}>
        <label>
          Words <input name="q" type="search" value={query} placeholder='e.g. oil, "arms imports", -Ukraine' />
        </label>
        <button type="submit">Search</button>
      </form>
      {!query && <Empty>Type words to find; "a phrase" in quotes, -word to leave out.</Empty>}
      <Status result={result} retry={retry} what="results">
        {(hits) =>
          hits.length === 0 ? (
            <Empty>Nothing matches "{query}".</Empty>
          ) : (
            <ol class="hits" data-testid="search-results">
              {hits.map((hit, index) => (
                <HitItem key={index} hit={hit} />
              ))}
            </ol>
          )
        }
      </Status>
    </section>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  if (hit.source) {
    return (
      <li>
        <span class="kind">Source</span> <a href={hrefOf('source', { id: hit.source.id })}>{hit.source.title}</a>
        <span class="muted"> {[hit.source.publisher, hit.source.publishedAt].filter(Boolean).join(' · ')}</span>
        <Snippet parts={hit.snippetParts} />
      </li>
    );
  }
  const claim = hit.claim!;
  const citedSource = claim.citations[0]?.source.id;
  return (
    <li>
      <span class="kind">Claim</span> {citedSource ? <a href={hrefOf('source', { id: citedSource })}>{claim.statement}</a> : claim.statement}
      {claim.asserter && (
        <span class="muted">
          {' '}
          — <a href={hrefOf('actor', { name: claim.asserter.name })}>{claim.asserter.name}</a>
        </span>
      )}
      <Snippet parts={hit.snippetParts} />
      {claim.about.length > 0 && (
        <p class="muted">
          About:{' '}
          {claim.about.map((link, index) => (
            <span key={link.actor.id}>
              {index > 0 ? ', ' : ''}
              <a href={hrefOf('actor', { name: link.actor.name })}>{link.actor.name}</a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
