// An actor's page, in sections listed at its top: who it is, its affiliations in force, its timeline (a chart and
// the items a page at a time), the claims by and about it (paged, filtered by their check's verdict), the sources
// about it and where texts mention it, its counterparts, its largest arms partners, and its history. Every long
// list is paged, so that the page stays readable for Russia and India.
import { useEffect, useState } from 'preact/hooks';
import { ClaimCheck, ClaimSpan } from '../components/ClaimCheck';
import { ApiError, request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { RecordHistory } from '../components/RecordHistory';
import { Timeline } from '../components/Timeline';
import { TimelineChart } from '../components/TimelineChart';
import { Empty, Status } from '../components/Status';
import {
  ActorArmsPartnersDocument,
  ActorClaimsDocument,
  ActorPageDocument,
  ActorSourcesDocument,
  type ActorArmsPartnersQuery,
  type ActorClaimsQuery,
  type ActorPageQuery,
  type ActorSourcesQuery,
  type ClaimVerdict,
} from '../generated/graphql';
import { useLoad } from '../load';
import { formatShare } from '../format';
import { hrefOf, submitTo } from '../route';

type Actor = NonNullable<ActorPageQuery['actor']>;
type ClaimWithCitations = ActorClaimsQuery['claims']['nodes'][number];
type Mention = NonNullable<ActorSourcesQuery['actor']>['mentions']['nodes'][number];
type Ranking = ActorArmsPartnersQuery['suppliers'];

const KIND_LABELS: Record<string, string> = {
  STATE: 'State',
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  INTERNATIONAL_ORGANISATION: 'International organisation',
  NON_STATE_ARMED_GROUP: 'Non-state armed group',
  OTHER: 'Other',
};

export function ActorView({ params }: { params: URLSearchParams }) {
  const name = params.get('name') ?? '';
  // Affiliations in force today unless the URL asks for another date.
  const at = params.get('at') ?? new Date().toISOString().slice(0, 10);
  const [result, retry] = useLoad(name ? `${name}|${at}` : null, () => request(ActorPageDocument, { name, at }).then((data) => data.actor));
  return (
    <section aria-labelledby="actor-title">
      <form class="controls" onSubmit={submitTo('actor', { at: params.get('at') })} aria-label="Find an actor">
        <ActorInput label="Actor" name="name" value={name} />
        <button type="submit">Open</button>
      </form>
      {!name && (
        <>
          <h1 id="actor-title">Actors</h1>
          <Empty>Choose an actor by any name, alias or ISO code.</Empty>
        </>
      )}
      <Status result={result} retry={retry} what="the actor">
        {(actor) =>
          actor ? (
            <ActorPage actor={actor} at={at} />
          ) : (
            <>
              <h1 id="actor-title">Unknown actor</h1>
              <Empty>No actor is known as "{name}". Try another name, alias or ISO code.</Empty>
            </>
          )
        }
      </Status>
    </section>
  );
}

/** The page's sections, in order: the contents at its top link to each. */
const SECTIONS = [
  { id: 'affiliations', label: 'Affiliations' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources and mentions' },
  { id: 'counterparts', label: 'Counterparts' },
  { id: 'arms', label: 'Arms partners' },
] as const;

function ActorPage({ actor, at }: { actor: Actor; at: string }) {
  return (
    <article data-testid="actor-page">
      <h1 id="actor-title">{actor.name}</h1>
      <p class="summary">
        {KIND_LABELS[actor.kind] ?? actor.kind}
        {actor.isoCode ? ` · ${actor.isoCode}` : ''}
        {actor.wikidataId ? ` · Wikidata ${actor.wikidataId}` : ''}
        {actor.aliases.length > 0 ? ` · also known as ${actor.aliases.join(', ')}` : ''}
      </p>
      {actor.description && <p>{actor.description}</p>}
      <nav aria-label="On this page" class="contents">
        {SECTIONS.map((section, index) => (
          <span key={section.id}>
            {index > 0 ? ' · ' : ''}
            <a href={`#${section.id}`}>{section.label}</a>
          </span>
        ))}
      </nav>

      <Section id="affiliations" title={`Affiliations in force on ${at}`}>
        {actor.members.length === 0 && actor.affiliations.length === 0 ? (
          <Empty>None recorded.</Empty>
        ) : (
          <ul data-testid="affiliations">
            {actor.members.map((link) => (
              <li key={`m${link.id}`}>
                <a href={hrefOf('actor', { name: link.member.name })}>{link.member.name}</a>: {link.role} of {actor.name}
                {link.startDate ? ` since ${link.startDate}` : ''}
              </li>
            ))}
            {actor.affiliations.map((link) => (
              <li key={`a${link.id}`}>
                {link.role} of <a href={hrefOf('actor', { name: link.organisation.name })}>{link.organisation.name}</a>
                {link.startDate ? ` since ${link.startDate}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="timeline" title="Timeline">
        <TimelineChart name={actor.name} />
        <Timeline name={actor.name} />
      </Section>

      <Section id="claims" title={`Claims by or about ${actor.name}`}>
        <ActorClaims name={actor.name} />
      </Section>

      <Section id="sources" title="Sources and mentions">
        <ActorSources name={actor.name} />
      </Section>

      <Section id="counterparts" title="Counterparts">
        {actor.counterparts.length === 0 ? (
          <Empty>No shared events, claims or arms deals.</Empty>
        ) : (
          <table>
            <caption>Actors sharing events, claims or arms deals with {actor.name}, most links first</caption>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Links</th>
                <th scope="col">Events</th>
                <th scope="col">Claims</th>
                <th scope="col">Arms deals</th>
                <th scope="col">Connections</th>
              </tr>
            </thead>
            <tbody>
              {actor.counterparts.map((c) => (
                <tr key={c.actor.id}>
                  <th scope="row">
                    <a href={hrefOf('actor', { name: c.actor.name })}>{c.actor.name}</a>
                  </th>
                  <td>{c.links}</td>
                  <td>{c.sharedEvents}</td>
                  <td>{c.sharedClaims}</td>
                  <td>{c.sharedArmsDeals}</td>
                  <td>
                    <a href={hrefOf('connections', { from: actor.name, to: c.actor.name })}>
                      paths and timeline
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="arms" title="Arms partners">
        <ArmsPartners name={actor.name} />
      </Section>

      <RecordHistory entity="ACTOR" id={actor.id} />
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

const VERDICTS: { verdict: ClaimVerdict; label: string }[] = [
  { verdict: 'SUPPORTED', label: 'Supported by the data' },
  { verdict: 'CONTRADICTED', label: 'Contradicted by the data' },
  { verdict: 'INCONCLUSIVE', label: 'Inconclusive' },
];

/**
 * A list read a page at a time: the pages loaded so far for `key`, "Show more" reading the next. A page for an
 * earlier key, answering late, is dropped.
 */
function usePages<T>(key: string, load: (after: string | null) => Promise<{ nodes: T[]; totalCount: number; next: string | null }>) {
  const [pages, setPages] = useState<{ key: string; nodes: T[]; totalCount: number; next: string | null } | null>(null);
  const [state, setState] = useState<{ loading: boolean; error: ApiError | null }>({ loading: false, error: null });
  const read = (after: string | null) => {
    setState({ loading: true, error: null });
    load(after).then(
      (page) => {
        setPages((current) => (after && current?.key !== key ? current : { key, nodes: [...(after && current ? current.nodes : []), ...page.nodes], totalCount: page.totalCount, next: page.next }));
        setState({ loading: false, error: null });
      },
      (error: unknown) => setState({ loading: false, error: error instanceof ApiError ? error : new ApiError(String(error), 'network') }),
    );
  };
  useEffect(() => read(null), [key]);
  const loaded = pages?.key === key ? pages : null;
  return { loaded, state, more: () => read(loaded?.next ?? null) };
}

/** "Show more" under a paged list, and the error of a page that failed with its retry. */
function More({ next, state, more, what }: { next: string | null | undefined; state: { loading: boolean; error: ApiError | null }; more: () => void; what: string }) {
  return (
    <>
      {state.error ? (
        <div class="status error" role="alert">
          Could not load {what}: {state.error.message}{' '}
          <button type="button" onClick={more}>
            Try again
          </button>
        </div>
      ) : null}
      {next ? (
        <button type="button" disabled={state.loading} onClick={more}>
          {state.loading ? 'Loading…' : 'Show more'}
        </button>
      ) : null}
    </>
  );
}

function ActorClaims({ name }: { name: string }) {
  const [verdict, setVerdict] = useState<ClaimVerdict | ''>('');
  const { loaded, state, more } = usePages<ClaimWithCitations>(`${name}|${verdict}`, (after) =>
    request(ActorClaimsDocument, { name, verdict: verdict || null, after }).then(({ claims }) => ({ nodes: claims.nodes, totalCount: claims.totalCount, next: claims.pageInfo.hasNextPage ? claims.pageInfo.endCursor : null })),
  );
  return (
    <>
      <label class="filter">
        Checked against the data{' '}
        <select value={verdict} onChange={(event) => setVerdict((event.currentTarget as HTMLSelectElement).value as ClaimVerdict | '')}>
          <option value="">Any claim</option>
          {VERDICTS.map((entry) => (
            <option key={entry.verdict} value={entry.verdict}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      {loaded === null ? (
        state.error ? null : (
          <p class="status" role="status" aria-live="polite">
            Loading the claims…
          </p>
        )
      ) : (
        <>
          <p class="muted" data-testid="claims-count">
            {loaded.nodes.length} of {loaded.totalCount} {loaded.totalCount === 1 ? 'claim' : 'claims'}
          </p>
          <Claims claims={loaded.nodes} empty={verdict ? 'No claim with this verdict.' : 'No claims by or about this actor.'} testId="claims" />
        </>
      )}
      <More next={loaded?.next} state={state} more={more} what="the claims" />
    </>
  );
}
function Claims({ claims, empty, testId }: { claims: ClaimWithCitations[]; empty: string; testId: string }) {
  if (claims.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul class="claims" data-testid={testId}>
      {claims.map((claim) => (
        <li key={claim.id}>
          <p>
            “{claim.statement}”
            <span class="muted">
              {claim.asserter ? ` — ${claim.asserter.name}` : claim.asserterSource ? ` — ${claim.asserterSource.title}` : ''}
              {claim.confidence != null ? `, confidence ${claim.confidence}` : ''}
            </span>
            <ClaimSpan claim={claim} />
          </p>
          <ClaimCheck claim={claim} />
          {claim.citations.length > 0 && (
            <ul class="citations">
              {claim.citations.map((citation) => (
                <li key={citation.id}>
                  {citation.stance.toLowerCase()}: <q>{citation.quote}</q> in{' '}
                  <a href={hrefOf('source', { id: citation.source.id, citation: citation.id })}>{citation.source.title}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function ActorSources({ name }: { name: string }) {
  const [sources, retry] = useLoad(`sources|${name}`, () => request(ActorSourcesDocument, { name, after: null }).then((data) => data.actor?.sources ?? []));
  const { loaded, state, more } = usePages<Mention>(`mentions|${name}`, (after) =>
    request(ActorSourcesDocument, { name, after }).then(({ actor }) => {
      const mentions = actor?.mentions ?? { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
      return { nodes: mentions.nodes, totalCount: mentions.totalCount, next: mentions.pageInfo.hasNextPage ? mentions.pageInfo.endCursor : null };
    }),
  );
  return (
    <>
      <Status result={sources} retry={retry} what="the sources">
        {(list) =>
          list.length === 0 ? (
            <Empty>No source cites, mentions or holds data on this actor.</Empty>
          ) : (
            <table data-testid="actor-sources">
              <caption>
                Sources about {name}, most cited first, then most mentioning (<a href={hrefOf('sources', { mentioning: name })}>all sources mentioning {name}</a>)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Published</th>
                  <th scope="col">Quotes cited</th>
                  <th scope="col">Mentions</th>
                  <th scope="col">Arms transfers</th>
                </tr>
              </thead>
              <tbody>
                {list.map((entry) => (
                  <tr key={entry.source.id}>
                    <th scope="row">
                      <a href={hrefOf('source', { id: entry.source.id })}>{entry.source.title}</a>
                      {entry.source.publisher ? <span class="muted"> — {entry.source.publisher}</span> : null}
                    </th>
                    <td>{entry.source.publishedAt ?? ''}</td>
                    <td>{entry.citations}</td>
                    <td>{entry.mentions}</td>
                    <td>{entry.armsTransfers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Status>
      <h3>Where texts mention {name}</h3>
      {loaded === null ? null : loaded.nodes.length === 0 ? (
        <Empty>No stored text mentions this actor.</Empty>
      ) : (
        <>
          <p class="muted">
            {loaded.nodes.length} of {loaded.totalCount} {loaded.totalCount === 1 ? 'mention' : 'mentions'}, newest source first
          </p>
          <ul class="mentions" data-testid="mentions">
            {loaded.nodes.map((mention) => (
              <li key={mention.id}>
                <a href={hrefOf('source', { id: mention.source.id })}>{mention.source.title}</a>
                {mention.source.publishedAt ? <span class="muted"> ({mention.source.publishedAt})</span> : null}: <q>{mention.snippet}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      <More next={loaded?.next} state={state} more={more} what="the mentions" />
    </>
  );
}

function ArmsPartners({ name }: { name: string }) {
  const [result, retry] = useLoad(`arms|${name}`, () => request(ActorArmsPartnersDocument, { name }));
  return (
    <Status result={result} retry={retry} what="the arms partners">
      {({ suppliers, recipients }) =>
        suppliers.partners.length === 0 && recipients.partners.length === 0 ? (
          <Empty>No arms deliveries recorded.</Empty>
        ) : (
          <>
            <div class="partners">
              <Partners ranking={suppliers} title={`Supplied ${name}`} side="suppliers" name={name} />
              <Partners ranking={recipients} title={`Supplied by ${name}`} side="recipients" name={name} />
            </div>
            <p class="credit">{suppliers.attribution}</p>
          </>
        )
      }
    </Status>
  );
}

function Partners({ ranking, title, side, name }: { ranking: Ranking; title: string; side: 'suppliers' | 'recipients'; name: string }) {
  if (ranking.partners.length === 0) return null;
  return (
    <table data-testid={`arms-${side}`}>
      <caption>
        {title}, {ranking.fromYear}–{ranking.toYear}: the largest {ranking.partners.length} of {ranking.partnerCount} (<a href={hrefOf('top', { actor: name, side })}>all</a>)
      </caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">TIV</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {ranking.partners.map((partner) => (
          <tr key={partner.actor.id}>
            <th scope="row">
              <a href={side === 'suppliers' ? hrefOf('trend', { supplier: partner.actor.name, recipient: name }) : hrefOf('trend', { supplier: name, recipient: partner.actor.name })}>{partner.actor.name}</a>
            </th>
            <td>{partner.tiv}</td>
            <td>{formatShare(partner.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
