// The actors and the sources as lists, filtered from the URL's parameters and read a page at a time (the API's
// cursors: "Next page" carries the last one in the URL, so a page can be linked).
import { request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { Empty, Status } from '../components/Status';
import { ActorListDocument, SourceListDocument, type ActorKind, type SourceKind } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, submitTo } from '../route';

const ACTOR_KINDS: { kind: ActorKind; label: string }[] = [
  { kind: 'STATE', label: 'States' },
  { kind: 'PERSON', label: 'People' },
  { kind: 'ORGANISATION', label: 'Organisations' },
  { kind: 'INTERNATIONAL_ORGANISATION', label: 'International organisations' },
  { kind: 'NON_STATE_ARMED_GROUP', label: 'Non-state armed groups' },
  { kind: 'OTHER', label: 'Other' },
];

const SOURCE_KINDS: { kind: SourceKind; label: string }[] = [
  { kind: 'NEWS_ARTICLE', label: 'News articles' },
  { kind: 'REPORT', label: 'Reports' },
  { kind: 'OFFICIAL_STATEMENT', label: 'Official statements' },
  { kind: 'DATASET', label: 'Datasets' },
  { kind: 'OTHER', label: 'Other' },
];

const one = <T extends string>(value: string | null, known: { kind: T }[]): T | undefined => known.find((entry) => entry.kind === value)?.kind;

export function ActorListView({ params }: { params: URLSearchParams }) {
  const kind = one(params.get('kind'), ACTOR_KINDS);
  const name = params.get('name') ?? '';
  const after = params.get('after') ?? '';
  const [result, retry] = useLoad(`${kind}|${name}|${after}`, () =>
    request(ActorListDocument, { kind: kind ? [kind] : null, name: name || null, after: after || null }).then((data) => data.actors),
  );
  return (
    <section aria-labelledby="actors-title">
      <h1 id="actors-title">Actors</h1>
      <form class="controls" role="search" onSubmit={submitTo('actors')}>
        <KindSelect kinds={ACTOR_KINDS} value={kind} />
        <label>
          Name or alias contains <input name="name" type="search" value={name} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status result={result} retry={retry} what="the actors">
        {(page) =>
          page.nodes.length === 0 ? (
            <Empty>No actor matches.</Empty>
          ) : (
            <>
              <table data-testid="actor-list">
                <caption>
                  {page.totalCount} {page.totalCount === 1 ? 'actor' : 'actors'}, by name
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">ISO code</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((actor) => (
                    <tr key={actor.id}>
                      <th scope="row">
                        <a href={hrefOf('actor', { name: actor.name })}>{actor.name}</a>
                      </th>
                      <td>{labelOf(ACTOR_KINDS, actor.kind)}</td>
                      <td>{actor.isoCode ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager next={page.pageInfo.hasNextPage ? hrefOf('actors', { kind, name, after: page.pageInfo.endCursor }) : null} first={after ? hrefOf('actors', { kind, name }) : null} />
            </>
          )
        }
      </Status>
    </section>
  );
}

export function SourceListView({ params }: { params: URLSearchParams }) {
  const kind = one(params.get('kind'), SOURCE_KINDS);
  const title = params.get('title') ?? '';
  const publisher = params.get('publisher') ?? '';
  const mentioning = params.get('mentioning') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const after = params.get('after') ?? '';
  const filter = { kind, title, publisher, mentioning, from, to };
  const [result, retry] = useLoad(JSON.stringify({ ...filter, after }), () =>
    request(SourceListDocument, {
      kind: kind ? [kind] : null,
      title: title || null,
      publisher: publisher || null,
      mentioning: mentioning || null,
      publishedFrom: from || null,
      publishedTo: to || null,
      after: after || null,
    }).then((data) => data.sources),
  );
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <form class="controls" role="search" onSubmit={submitTo('sources')}>
        <KindSelect kinds={SOURCE_KINDS} value={kind} />
        <label>
          Title contains <input name="title" type="search" value={title} />
        </label>
        <label>
          Publisher contains <input name="publisher" type="search" value={publisher} />
        </label>
        <ActorInput label="Mentions" name="mentioning" value={mentioning} />
        <label>
          Published from <input name="from" type="date" value={from} />
        </label>
        <label>
          to <input name="to" type="date" value={to} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status result={result} retry={retry} what="the sources">
        {(page) =>
          page.nodes.length === 0 ? (
            <Empty>No source matches.</Empty>
          ) : (
            <>
              <table data-testid="source-list">
                <caption>
                  {page.totalCount} {page.totalCount === 1 ? 'source' : 'sources'}, latest published first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Publisher</th>
                    <th scope="col">Published</th>
                    <th scope="col">Kind</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((source) => (
                    <tr key={source.id}>
                      <th scope="row">
                        <a href={hrefOf('source', { id: source.id })}>{source.title}</a>
                      </th>
                      <td>{source.publisher ?? ''}</td>
                      <td>{source.publishedAt ?? ''}</td>
                      <td>{labelOf(SOURCE_KINDS, source.kind)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager next={page.pageInfo.hasNextPage ? hrefOf('sources', { ...filter, after: page.pageInfo.endCursor }) : null} first={after ? hrefOf('sources', filter) : null} />
            </>
          )
        }
      </Status>
    </section>
  );
}

/** The list's kind filter: all, or one of `kinds`. */
function KindSelect({ kinds, value }: { kinds: { kind: string; label: string }[]; value: string | undefined }) {
  return (
    <label>
      Kind{' '}
      <select name="kind" value={value ?? ''}>
        <option value="">All</option>
        {kinds.map((entry) => (
          <option key={entry.kind} value={entry.kind}>
            {entry.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A kind's label in `kinds`, or the kind itself. */
const labelOf = (kinds: { kind: string; label: string }[], kind: string) => kinds.find((entry) => entry.kind === kind)?.label ?? kind;

function Pager({ next, first }: { next: string | null; first: string | null }) {
  if (!next && !first) return null;
  return (
    <nav aria-label="Pages" class="pager">
      {first ? <a href={first}>First page</a> : null}
      {first && next ? ' · ' : null}
      {next ? <a href={next}>Next page</a> : null}
    </nav>
  );
}
