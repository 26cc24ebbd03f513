// How two actors are connected: the shortest paths between them (the service's `paths`) as a small graph and as
// a list of hops, each with its relation, its direction and its evidence, linking to the records; then what
// concerns both of them, as a timeline chart and list (the service's `timeline(with:)`).
import { request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { PathGraph } from '../components/PathGraph';
import { Timeline } from '../components/Timeline';
import { TimelineChart } from '../components/TimelineChart';
import { Empty, Status } from '../components/Status';
import { ConnectionsDocument, type ConnectionsQuery, type PathRelation } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, navigate } from '../route';

type Step = ConnectionsQuery['paths'][number]['steps'][number];

const RELATIONS: { relation: PathRelation; label: string }[] = [
  { relation: 'AFFILIATION', label: 'Affiliations' },
  { relation: 'EVENT', label: 'Shared events' },
  { relation: 'CLAIM', label: 'Claims' },
  { relation: 'ARMS_TRADE', label: 'Arms trade' },
  { relation: 'SOURCE', label: 'Sources naming both' },
];
const DEFAULT_VIA: PathRelation[] = ['AFFILIATION', 'EVENT', 'CLAIM', 'ARMS_TRADE'];

export function ConnectionsView({ params }: { params: URLSearchParams }) {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const hops = Number(params.get('hops') ?? 3);
  const at = params.get('at') ?? '';
  const via = (params.get('via')?.split(',').filter((relation) => RELATIONS.some((known) => known.relation === relation)) as PathRelation[] | undefined) ?? DEFAULT_VIA;
  const key = from && to ? `${from}|${to}|${hops}|${at}|${via.join(',')}` : null;
  const [result, retry] = useLoad(key, () => request(ConnectionsDocument, { from, to, maxHops: hops, via, at: at || null }).then((data) => data.paths));
  return (
    <section aria-labelledby="connections-title">
      <h1 id="connections-title">How are two actors connected?</h1>
      <form class="controls" onSubmit={connect}>
        <ActorInput label="From" name="from" value={from} />
        <ActorInput label="To" name="to" value={to} />
        <label>
          At most{' '}
          <select name="hops" value={String(hops)}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>{' '}
          hops
        </label>
        <label>
          Held on <input name="at" type="date" value={at} />
        </label>
        <fieldset class="kinds">
          <legend>Through</legend>
          {RELATIONS.map(({ relation, label }) => (
            <label key={relation}>
              <input type="checkbox" name="via" value={relation} checked={via.includes(relation)} /> {label}
            </label>
          ))}
        </fieldset>
        <button type="submit">Connect</button>
      </form>
      {!key && <Empty>Name two actors, e.g. Vladimir Putin and India.</Empty>}
      <Status result={result} retry={retry} what="the connections">
        {(paths) =>
          paths.length === 0 ? (
            <Empty>
              No connection within {hops} {hops === 1 ? 'hop' : 'hops'}.
            </Empty>
          ) : (
            <>
              <PathGraph paths={paths} title={`The ${paths.length === 1 ? 'shortest path' : `${paths.length} shortest paths`} from ${from} to ${to}`} />
              <ol class="paths" data-testid="paths">
                {paths.map((path, index) => (
                  <li key={index}>
                    <p>
                      <strong>{path.actors.map((actor) => actor.name).join(' → ')}</strong> <span class="muted">({path.hops} {path.hops === 1 ? 'hop' : 'hops'})</span>
                    </p>
                    <ol class="steps">
                      {path.steps.map((step, i) => (
                        <li key={i} data-relation={step.relation}>
                          <StepLine step={step} />
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </Status>
      {result.state === 'done' && result.data.some((path) => path.steps.some((step) => step.armsTrade)) ? (
        <p class="credit">Arms trade: SIPRI Arms Transfers Database (c) SIPRI.</p>
      ) : null}
      {result.state === 'done' ? (
        <section aria-labelledby="pair-title">
          <h2 id="pair-title">
            What concerns both {from} and {to}
          </h2>
          <TimelineChart name={from} other={to} />
          <Timeline name={from} other={to} />
        </section>
      ) : null}
    </section>
  );
}

/** Opens the view for the form's actors, hops, day and relations (the relations as one comma-separated parameter). */
function connect(event: Event) {
  event.preventDefault();
  const form = new FormData(event.currentTarget as HTMLFormElement);
  const text = (name: string) => String(form.get(name) ?? '').trim();
  navigate(hrefOf('connections', { from: text('from'), to: text('to'), hops: text('hops'), at: text('at'), via: form.getAll('via').map(String).join(',') }));
}

/** One hop: the two actors, the relation's words in its direction, the evidence and a link to its record. */
function StepLine({ step }: { step: Step }) {
  const [a, b] = step.forward === false ? [step.to, step.from] : [step.from, step.to];
  const actor = (who: { name: string }) => <a href={hrefOf('actor', { name: who.name })}>{who.name}</a>;
  const evidence = <time dateTime={step.evidence}>{step.evidence}</time>;
  if (step.affiliation) {
    return (
      <>
          {actor(a)} is {step.affiliation.role} of {actor(b)} <span class="muted">(since {evidence})</span>
      </>
    );
  }
  if (step.event) {
    return (
      <>
          {actor(step.from)} and {actor(step.to)} took part in <strong>{step.event.title}</strong> <span class="muted">({evidence})</span>
      </>
    );
  }
  if (step.claim) {
    return (
      <>
          {actor(a)} about {actor(b)}: “{step.claim.statement}” <span class="muted">({evidence})</span>
      </>
    );
  }
  if (step.armsTrade) {
    return (
      <>
          {actor(a)} delivered arms to {actor(b)}: TIV {step.armsTrade.tiv} in {step.armsTrade.deliveries} deliveries, {step.armsTrade.firstYear}–{step.armsTrade.lastYear}{' '}
          <a href={hrefOf('trend', { supplier: a.name, recipient: b.name, from: step.armsTrade.firstYear, to: step.armsTrade.lastYear, period: 5 })}>trend</a>
      </>
    );
  }
  return (
    <>
        {actor(step.from)} and {actor(step.to)} are named in <a href={hrefOf('source', { id: step.source!.id })}>{step.source!.title}</a>{' '}
        <span class="muted">({evidence})</span>
    </>
  );
}
