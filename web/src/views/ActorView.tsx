// An actor's page: who it is, who leads it (affiliations in force), its timeline (events, affiliations, claims, arms
// deliveries, sources, merges), the claims by and about it with their citations, its counterparts ranked by shared
// links, and its history.
import { ClaimCheck, ClaimSpan } from '../components/ClaimCheck';
import { request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { RecordHistory } from '../components/RecordHistory';
import { Timeline } from '../components/Timeline';
import { Empty, Status } from '../components/Status';
import { ActorClaimsAboutDocument, ActorClaimsByDocument, ActorPageDocument, type ActorClaimsAboutQuery, type ActorPageQuery } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, submitTo } from '../route';

type Actor = NonNullable<ActorPageQuery['actor']>;
type ClaimWithCitations = NonNullable<ActorClaimsAboutQuery['actor']>['claims'][number];

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
      {actor.kind === 'STATE' && (
        <p>
          <a href={hrefOf('top', { actor: actor.name, side: 'suppliers' })}>Top arms suppliers</a> ·{' '}
          <a href={hrefOf('top', { actor: actor.name, side: 'recipients' })}>Top arms recipients</a>
        </p>
      )}

      <h2>Affiliations in force on {at}</h2>
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

      <h2>Timeline</h2>
      <Timeline name={actor.name} />

      <ActorClaims name={actor.name} />

      <h2>Counterparts</h2>
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
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <RecordHistory entity="ACTOR" id={actor.id} />
    </article>
  );
}

function ActorClaims({ name }: { name: string }) {
  const [about, retryAbout] = useLoad(`about|${name}`, () => request(ActorClaimsAboutDocument, { name }).then((data) => data.actor?.claims ?? []));
  const [by, retryBy] = useLoad(`by|${name}`, () => request(ActorClaimsByDocument, { name }).then((data) => data.actor?.claims ?? []));
  return (
    <>
      <h2>Claims about {name}</h2>
      <Status result={about} retry={retryAbout} what="the claims">
        {(claims) => <Claims claims={claims} empty="No claims about this actor." testId="claims-about" />}
      </Status>
      <h2>Claims made by {name}</h2>
      <Status result={by} retry={retryBy} what="the claims">
        {(claims) => <Claims claims={claims} empty="No claims made by this actor." testId="claims-by" />}
      </Status>
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
