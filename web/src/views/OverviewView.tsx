// What the knowledge base holds, at a glance: counts per kind, the datasets with their editions and credits, the
// latest sources and changes, and the questions it answers, one click each.
import { request } from '../api';
import { Status } from '../components/Status';
import { OverviewDocument } from '../generated/graphql';
import { useLoad } from '../load';
import { HEADLINE, hrefOf } from '../route';

const QUESTIONS: { question: string; href: string }[] = [
  { question: "How have Russia's arms supplies to India evolved since 2000?", href: hrefOf('trend', HEADLINE) },
  { question: "Who are India's largest arms suppliers?", href: hrefOf('top', { actor: 'India', side: 'suppliers' }) },
  { question: 'How are Vladimir Putin and India connected?', href: hrefOf('connections', { from: 'Vladimir Putin', to: 'India' }) },
  { question: 'What happened around Russia, newest first?', href: hrefOf('actor', { name: 'Russia' }) },
  { question: 'Which sources speak of oil imports?', href: hrefOf('search', { q: 'oil imports' }) },
];

export function OverviewView() {
  const [result, retry] = useLoad('overview', () => request(OverviewDocument, {}));
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">What Dossier holds</h1>
      <Status result={result} retry={retry} what="the overview">
        {(data) => (
          <>
            <ul class="counts" data-testid="counts">
              <li>
                <a href={hrefOf('actors', { kind: 'STATE' })}>{data.states.totalCount} states</a>
              </li>
              <li>
                <a href={hrefOf('actors', { kind: 'PERSON' })}>{data.people.totalCount} people</a>
              </li>
              <li>
                <a href={hrefOf('actors', { kind: 'ORGANISATION' })}>{data.organisations.totalCount} organisations</a>
              </li>
              <li>
                <a href={hrefOf('actors', { kind: 'NON_STATE_ARMED_GROUP' })}>{data.armedGroups.totalCount} armed groups</a>
              </li>
              <li>{data.events.totalCount} events</li>
              <li>{data.claims.totalCount} claims</li>
              <li>
                <a href={hrefOf('sources')}>{data.latest.totalCount + data.datasets.totalCount} sources</a>
              </li>
              <li>{data.armsTransfers.totalCount} arms-transfer rows</li>
            </ul>
            <h2>Questions to start with</h2>
            <ul data-testid="questions">
              {QUESTIONS.map(({ question, href }) => (
                <li key={href}>
                  <a href={href}>{question}</a>
                </li>
              ))}
            </ul>
            <h2>Datasets</h2>
            <ul data-testid="datasets">
              {data.datasets.nodes.map((source) => (
                <li key={source.id}>
                  <a href={hrefOf('source', { id: source.id })}>{source.title}</a>
                  <span class="muted">
                    {' '}
                    {[source.publisher, source.edition ? `edition of ${source.edition}` : null].filter(Boolean).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
            <p class="credit">{data.armsTransfers.attribution}</p>
            <h2>Latest sources</h2>
            <ul data-testid="latest-sources">
              {data.latest.nodes.map((source) => (
                <li key={source.id}>
                  <a href={hrefOf('source', { id: source.id })}>{source.title}</a>
                  <span class="muted"> {[source.publisher, source.publishedAt].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
            <p>
              <a href={hrefOf('sources')}>All sources</a> · <a href={hrefOf('actors')}>All actors</a>
            </p>
            <h2>Latest changes</h2>
            <ul data-testid="latest-changes">
              {data.recentChanges.changes.map((change) => (
                <li key={change.cursor}>
                  <time dateTime={change.changedAt}>{change.changedAt.slice(0, 16).replace('T', ' ')}</time> {change.operation.toLowerCase()} {change.entity.toLowerCase().replace('_', ' ')}{' '}
                  {change.record?.__typename === 'Actor' ? <a href={hrefOf('actor', { name: change.record.name })}>{change.record.name}</a> : null}
                  {change.record?.__typename === 'Source' ? <a href={hrefOf('source', { id: change.record.id })}>{change.record.title}</a> : null}
                  {change.record?.__typename === 'Event' ? change.record.title : null}
                  {change.record?.__typename === 'Claim' ? change.record.statement : null}
                </li>
              ))}
            </ul>
            <p>
              <a href={hrefOf('changes')}>All recent changes</a>
            </p>
          </>
        )}
      </Status>
    </section>
  );
}
