// A recipient's top suppliers, or a supplier's top recipients, over a span: a ranked bar chart whose bars
// (and table rows) open the pair's trend.
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { ChartCanvas, colourOf } from '../components/Charts';
import { Empty, Status } from '../components/Status';
import { formatShare, formatTiv, SIPRI_CREDIT } from '../format';
import { TopRecipientsDocument, TopSuppliersDocument, type RankingFragment } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, intParam, navigate, submitTo } from '../route';

const TOP = 15;

export function TopView({ params }: { params: URLSearchParams }) {
  const actor = params.get('actor') ?? '';
  const side = params.get('side') === 'recipients' ? 'recipients' : 'suppliers';
  const fromYear = intParam(params, 'from');
  const toYear = intParam(params, 'to');
  // The chart holds 15 bars; all=1 lists every partner.
  const all = params.get('all') === '1';
  const first = all ? 500 : TOP;
  const [result, retry] = useLoad(actor ? JSON.stringify([actor, side, fromYear, toYear, first]) : null, () =>
    side === 'suppliers'
      ? request(TopSuppliersDocument, { actor, fromYear, toYear, first }).then((data) => data.ranking)
      : request(TopRecipientsDocument, { actor, fromYear, toYear, first }).then((data) => data.ranking),
  );
  return (
    <section aria-labelledby="top-title">
      <h1 id="top-title">Top arms-trade partners</h1>
      <form class="controls" onSubmit={submitTo('top')}>
        <ActorInput label="Actor" name="actor" value={actor} />
        <label>
          Show
          <select name="side" value={side}>
            <option value="suppliers">its suppliers</option>
            <option value="recipients">its recipients</option>
          </select>
        </label>
        <label>
          From year <input name="from" type="number" min={1950} max={2100} value={fromYear ?? ''} />
        </label>
        <label>
          To year <input name="to" type="number" min={1950} max={2100} value={toYear ?? ''} />
        </label>
        <button type="submit">Rank</button>
      </form>
      {!actor && <Empty>Choose an actor to rank its suppliers or recipients.</Empty>}
      <Status result={result} retry={retry} what="the ranking">
        {(ranking) => <Ranking ranking={ranking} side={side} fromYear={fromYear} toYear={toYear} showAllHref={hrefOf('top', { actor, side, from: fromYear, to: toYear, all: all ? undefined : 1 })} />}
      </Status>
    </section>
  );
}

function Ranking({ ranking, side, fromYear, toYear, showAllHref }: { ranking: RankingFragment; side: 'suppliers' | 'recipients'; fromYear?: number; toYear?: number; showAllHref: string }) {
  const trendHref = (partner: string) =>
    hrefOf('trend', side === 'suppliers' ? { supplier: partner, recipient: ranking.actor.name, from: fromYear, to: toYear, period: 5 } : { supplier: ranking.actor.name, recipient: partner, from: fromYear, to: toYear, period: 5 });
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: { labels: ranking.partners.map((p) => p.actor.name), datasets: [{ label: 'TIV delivered', data: ranking.partners.map((p) => p.tiv), backgroundColor: colourOf(0) }] },
      options: {
        indexAxis: 'y',
        scales: { x: { title: { display: true, text: 'TIV (millions)' } } },
        plugins: { tooltip: { callbacks: { label: (item) => `${formatTiv(item.parsed.x ?? 0)} TIV` } } },
        // A bar opens the pair's trend, as the table's links do.
        onClick: (_event, elements) => {
          const partner = ranking.partners[elements[0]?.index ?? -1];
          if (partner) navigate(trendHref(partner.actor.name));
        },
      },
    }),
    [ranking],
  );
  if (ranking.partners.length === 0) return <Empty>{ranking.actor.name} has no recorded {side} in this span.</Empty>;
  const what = side === 'suppliers' ? `Suppliers of ${ranking.actor.name}` : `Recipients of ${ranking.actor.name}`;
  return (
    <div class="result">
      <p class="summary">
        {what}
        {ranking.fromYear || ranking.toYear ? `, ${ranking.fromYear ?? '…'}–${ranking.toYear ?? '…'}` : ''}: {formatTiv(ranking.totalTiv)} TIV in all.
      </p>
      <p class="shown" data-testid="ranking-shown">
        {ranking.partners.length < ranking.partnerCount ? (
          <>
            Showing the top {ranking.partners.length} of {ranking.partnerCount} {side} (they make up {formatShare(ranking.partners.reduce((sum, p) => sum + p.share, 0))} of the total).{' '}
            <a href={showAllHref}>Show all {ranking.partnerCount}</a>
          </>
        ) : ranking.partnerCount > TOP ? (
          <>
            Showing all {ranking.partnerCount} {side}. <a href={showAllHref}>Show the top {TOP}</a>
          </>
        ) : (
          <>All {ranking.partnerCount} {side}.</>
        )}
      </p>
      <ChartCanvas config={config} testId="ranking-chart" label={`Ranked bar chart: ${what} by TIV delivered; the table below holds the same figures and links to each pair's trend.`} />
      <p class="credit">{SIPRI_CREDIT}</p>
      <table>
        <caption>{what}, ranked by TIV</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">{side === 'suppliers' ? 'Supplier' : 'Recipient'}</th>
            <th scope="col">TIV</th>
            <th scope="col">Share</th>
            <th scope="col">Deliveries</th>
          </tr>
        </thead>
        <tbody>
          {ranking.partners.map((partner) => (
            <tr key={partner.actor.id}>
              <td>{partner.rank}</td>
              <th scope="row">
                <a href={trendHref(partner.actor.name)}>{partner.actor.name}</a>
              </th>
              <td>{formatTiv(partner.tiv)}</td>
              <td>{formatShare(partner.share)}</td>
              <td>{partner.deliveries}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="credit">{ranking.attribution}</p>
    </div>
  );
}
