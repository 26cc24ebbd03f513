// Recent changes: the latest changes to the knowledge base, then each new one as it commits (the change feed's
// Server-Sent Events, which resume by themselves after a lost connection), each with a link to its record.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api';
import { Empty, Status } from '../components/Status';
import { RecentChangesDocument, type RecentChangesQuery } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf } from '../route';

type Change = RecentChangesQuery['recentChanges']['changes'][number];

/** The most changes the page keeps: the newest, live ones on top. */
const SHOWN = 200;

/** A change as a /changes.events line says it: the feed's delta, with the record as it is now. */
interface Delta {
  cursor: string;
  operation: Change['operation'];
  entity: { id: number; schema: string; name?: string; title?: string; statement?: string; designation?: string; role?: string };
  fields?: string[];
  mergedInto?: number;
  changedAt: string;
  changedBy?: string | null;
}

const ENTITY_OF_SCHEMA: Record<string, Change['entity']> = { Actor: 'ACTOR', Affiliation: 'AFFILIATION', Event: 'EVENT', Source: 'SOURCE', Claim: 'CLAIM', ArmsTransfer: 'ARMS_TRANSFER' };

/** What a change is about, as a line of the list shows it, with a link where the explorer has a page. */
function describe(change: Change): { label: string; href?: string } {
  const record = change.record;
  if (!record) return { label: `${change.entity.toLowerCase().replace('_', ' ')} ${change.recordId}` };
  switch (record.__typename) {
    case 'Actor':
      return { label: record.name, href: hrefOf('actor', { name: record.name }) };
    case 'Source':
      return { label: record.title, href: hrefOf('source', { id: change.recordId }) };
    case 'Claim': {
      const source = record.citations[0]?.source.id;
      return { label: record.statement, href: source ? hrefOf('source', { id: source }) : undefined };
    }
    case 'Event':
      return { label: record.title };
    case 'Affiliation':
      return { label: `${record.member.name}: ${record.role} of ${record.organisation.name}`, href: hrefOf('actor', { name: record.member.name }) };
    case 'ArmsTransfer':
      return { label: `${record.designation}, ${record.supplier.name} to ${record.recipient.name}`, href: hrefOf('trend', { supplier: record.supplier.name, recipient: record.recipient.name }) };
  }
}

/** A change as the list shows it, from the query or from a live line. */
interface Shown {
  cursor: string;
  entity: string;
  operation: string;
  fields: string[] | null;
  mergedInto: string | null;
  changedAt: string;
  changedBy: string | null;
  label: string;
  href?: string;
}

function shownOf(change: Change): Shown {
  return { ...change, ...describe(change) };
}

/** A live line: its record as the line carries it (its own fields; no linked names). */
function shownOfDelta(delta: Delta): Shown {
  const { entity } = delta;
  const gone = delta.operation === 'DELETE' || delta.operation === 'MERGE';
  const kind = ENTITY_OF_SCHEMA[entity.schema] ?? entity.schema;
  const name = gone ? undefined : (entity.name ?? entity.title ?? entity.statement ?? entity.designation ?? entity.role);
  const href = gone ? undefined : entity.schema === 'Actor' && entity.name ? hrefOf('actor', { name: entity.name }) : entity.schema === 'Source' ? hrefOf('source', { id: entity.id }) : undefined;
  return {
    cursor: delta.cursor,
    entity: kind,
    operation: delta.operation,
    fields: delta.fields ?? null,
    mergedInto: delta.mergedInto === undefined ? null : String(delta.mergedInto),
    changedAt: delta.changedAt,
    changedBy: delta.changedBy ?? null,
    label: name ?? `${kind.toLowerCase().replace('_', ' ')} ${entity.id}`,
    href,
  };
}

export function ChangesView() {
  const [result, retry] = useLoad('recent', () => request(RecentChangesDocument, { first: 50 }).then((data) => data.recentChanges));
  const [live, setLive] = useState<Shown[]>([]);
  const [connected, setConnected] = useState(false);
  const from = result.state === 'done' ? result.data.cursor : null;
  useEffect(() => {
    if (from === null) return;
    const events = new EventSource(`/changes.events?after=${encodeURIComponent(from)}`);
    events.onopen = () => setConnected(true);
    events.onerror = () => setConnected(false);
    events.addEventListener('change', (event) => {
      const change = shownOfDelta(JSON.parse((event as MessageEvent<string>).data) as Delta);
      setLive((shown) => [change, ...shown].slice(0, SHOWN));
    });
    return () => events.close();
  }, [from]);
  return (
    <section aria-labelledby="changes-title">
      <h1 id="changes-title">Recent changes</h1>
      <p class="muted" data-testid="changes-live">
        {connected ? 'Live: new changes appear at the top as they are saved.' : 'Connecting to the change feed…'}
      </p>
      <Status result={result} retry={retry} what="recent changes">
        {(page) => {
          const changes = [...live, ...page.changes.map(shownOf)].slice(0, SHOWN);
          return changes.length === 0 ? (
            <Empty>Nothing has changed yet.</Empty>
          ) : (
            <ol class="hits" data-testid="changes-list">
              {changes.map((change) => (
                <ChangeItem key={change.cursor} change={change} />
              ))}
            </ol>
          );
        }}
      </Status>
    </section>
  );
}

function ChangeItem({ change }: { change: Shown }) {
  const { label, href } = change;
  const what = change.operation === 'UPDATE' && change.fields?.length ? `UPDATE (${change.fields.join(', ')})` : change.operation;
  return (
    <li>
      <span class="kind">{change.entity.toLowerCase().replace('_', ' ')}</span> {href ? <a href={href}>{label}</a> : label}
      <span class="muted">
        {' '}
        — {what}
        {change.mergedInto ? ` into actor ${change.mergedInto}` : ''} · {new Date(change.changedAt).toLocaleString()}
        {change.changedBy ? ` · by ${change.changedBy}` : ''}
      </span>
    </li>
  );
}
