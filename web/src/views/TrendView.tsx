// Arms-supply trend: a supplier's deliveries to a recipient per period, the share of the recipient's imports,
// optionally stacked or split by armament category; the figures in a table, as CSV, and in the URL.
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { request } from '../api';
import { ActorInput } from '../components/ActorInput';
import { ChartCanvas, colourOf, LINE_COLOUR } from '../components/Charts';
import { Empty, Status } from '../components/Status';
import { formatShare, formatTiv, SIPRI_CREDIT, toCsv } from '../format';
import { ArmsSupplyTrendDocument, type ArmsSupplyTrendQuery } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf, intParam, submitTo } from '../route';

type Trend = ArmsSupplyTrendQuery['armsSupplyTrend'];
export type Split = 'total' | 'stacked' | 'split';

export function TrendView({ params }: { params: URLSearchParams }) {
  const supplier = params.get('supplier') ?? '';
  const recipient = params.get('recipient') ?? '';
  const fromYear = intParam(params, 'from');
  const toYear = intParam(params, 'to');
  const periodYears = intParam(params, 'period') ?? 5;
  // SIPRI's windows (2019-23, 2014-18) run back from the last year: a claim's check links to them.
  const periodAlignment = params.get('align') === 'to' ? 'TO_YEAR' : 'FROM_YEAR';
  const split = (['total', 'stacked', 'split'].includes(params.get('split') ?? '') ? params.get('split') : 'total') as Split;
  const ready = supplier !== '' && recipient !== '';
  const [result, retry] = useLoad(ready ? JSON.stringify([supplier, recipient, fromYear, toYear, periodYears, periodAlignment]) : null, () =>
    request(ArmsSupplyTrendDocument, { supplier, recipient, fromYear, toYear, periodYears, periodAlignment }).then((data) => data.armsSupplyTrend),
  );

  return (
    <section aria-labelledby="trend-title">
      <h1 id="trend-title">Arms-supply trend</h1>
      <form class="controls" onSubmit={submitTo('trend')}>
        <ActorInput label="Supplier" name="supplier" value={supplier} />
        <ActorInput label="Recipient" name="recipient" value={recipient} />
        <label>
          From year <input name="from" type="number" min={1950} max={2100} value={fromYear ?? ''} />
        </label>
        <label>
          To year <input name="to" type="number" min={1950} max={2100} value={toYear ?? ''} />
        </label>
        <label>
          Period (years) <input name="period" type="number" min={1} max={50} value={periodYears} required />
        </label>
        <label>
          Periods from
          <select name="align" value={periodAlignment === 'TO_YEAR' ? 'to' : 'from'}>
            <option value="from">the first year</option>
            <option value="to">the last year (SIPRI's windows)</option>
          </select>
        </label>
        <label>
          Categories
          <select name="split" value={split}>
            <option value="total">Total only</option>
            <option value="stacked">Stacked by category</option>
            <option value="split">Side by side by category</option>
          </select>
        </label>
        <button type="submit">Show trend</button>
      </form>
      {!ready && <Empty>Choose a supplier and a recipient (any name, alias or ISO code: "Moscow", "RUS", "New Delhi").</Empty>}
      <Status result={result} retry={retry} what="the trend">
        {(trend) => <TrendResult trend={trend} split={split} />}
      </Status>
    </section>
  );
}

function categoriesOf(trend: Trend): string[] {
  const totals = new Map<string, number>();
  for (const period of trend.periods) for (const { category, tiv } of period.byCategory) totals.set(category, (totals.get(category) ?? 0) + tiv);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category);
}

const periodLabel = (period: Trend['periods'][number]) => (period.fromYear === period.toYear ? String(period.fromYear) : `${period.fromYear}–${period.toYear}`);

function TrendResult({ trend, split }: { trend: Trend; split: Split }) {
  const categories = useMemo(() => categoriesOf(trend), [trend]);
  const config = useMemo(() => chartConfig(trend, split, categories), [trend, split, categories]);
  if (trend.periods.length === 0) return <Empty>No deliveries from {trend.supplier.name} to {trend.recipient.name} in this span.</Empty>;
  const categoryTiv = (period: Trend['periods'][number], category: string) => period.byCategory.find((c) => c.category === category)?.tiv ?? 0;
  const csv = toCsv(
    ['period', 'from_year', 'to_year', 'tiv', 'recipient_total_tiv', 'share', ...categories.map((c) => `tiv_${c}`)],
    trend.periods.map((p) => [periodLabel(p), p.fromYear, p.toYear, p.tiv, p.recipientTotalTiv, p.share, ...categories.map((c) => categoryTiv(p, c))]),
    SIPRI_CREDIT,
  );
  const title = `${trend.supplier.name} → ${trend.recipient.name}`;
  return (
    <div class="result" data-testid="trend-result">
      <p class="summary">
        {title}: {formatTiv(trend.totalTiv)} TIV delivered, {formatShare(trend.share)} of {trend.recipient.name}'s imports over the span; the trend is{' '}
        <strong>{trend.direction.toLowerCase()}</strong>.{' '}
        <a href={hrefOf('top', { actor: trend.recipient.name, side: 'suppliers' })}>{trend.recipient.name}'s top suppliers</a> ·{' '}
        <a href={hrefOf('actor', { name: trend.supplier.name })}>{trend.supplier.name}</a> ·{' '}
        <a href={hrefOf('actor', { name: trend.recipient.name })}>{trend.recipient.name}</a>
      </p>
      <ChartCanvas
        config={config}
        testId="trend-chart"
        label={`Bar chart of TIV delivered by ${trend.supplier.name} to ${trend.recipient.name} in ${trend.periods.length} periods, with the share of ${trend.recipient.name}'s imports as a line; the table below holds the same figures.`}
      />
      <p class="credit">{SIPRI_CREDIT}</p>
      <table data-testid="trend-table">
        <caption>
          {title}, TIV per period{categories.length > 0 && split !== 'total' ? ' by category' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">TIV</th>
            <th scope="col">{trend.recipient.name}'s imports (TIV)</th>
            <th scope="col">Share</th>
            {split !== 'total' && categories.map((category) => <th scope="col" key={category}>{category}</th>)}
          </tr>
        </thead>
        <tbody>
          {trend.periods.map((period) => (
            <tr key={period.fromYear} data-from={period.fromYear} data-to={period.toYear} data-tiv={period.tiv} data-share={period.share}>
              <th scope="row">{periodLabel(period)}</th>
              <td>{formatTiv(period.tiv)}</td>
              <td>{formatTiv(period.recipientTotalTiv)}</td>
              <td>{formatShare(period.share)}</td>
              {split !== 'total' && categories.map((category) => <td key={category}>{formatTiv(categoryTiv(period, category))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <a class="button" download={`${trend.supplier.name}-${trend.recipient.name}-arms-trend.csv`} href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}>
        Download CSV
      </a>
      <p class="credit">{trend.attribution}</p>
    </div>
  );
}

function chartConfig(trend: Trend, split: Split, categories: string[]): ChartConfiguration {
  const labels = trend.periods.map(periodLabel);
  const bars =
    split === 'total'
      ? [{ type: 'bar' as const, label: 'TIV delivered', data: trend.periods.map((p) => p.tiv), backgroundColor: colourOf(0), yAxisID: 'tiv', order: 1 }]
      : categories.map((category, index) => ({
          type: 'bar' as const,
          label: category,
          data: trend.periods.map((p) => p.byCategory.find((c) => c.category === category)?.tiv ?? 0),
          backgroundColor: colourOf(index),
          yAxisID: 'tiv',
          order: 1,
          ...(split === 'stacked' ? { stack: 'tiv' } : {}),
        }));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        ...bars,
        // order 0: drawn over the bars (Chart.js draws the lowest order last), so no point hides behind one.
        { type: 'line' as const, label: `Share of ${trend.recipient.name}'s imports`, data: trend.periods.map((p) => p.share * 100), borderColor: LINE_COLOUR, backgroundColor: LINE_COLOUR, yAxisID: 'share', order: 0 },
      ],
    },
    options: {
      // Tooltips print figures as the table does.
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.dataset.yAxisID === 'share' ? `${(item.parsed.y ?? 0).toFixed(1)}%` : `${formatTiv(item.parsed.y ?? 0)} TIV`}` } } },
      scales: {
        x: { stacked: split === 'stacked' },
        // Room above the tallest bar, so that it never touches the top of the axis.
        tiv: { type: 'linear', position: 'left', stacked: split === 'stacked', title: { display: true, text: 'TIV (millions)' }, beginAtZero: true, grace: '10%' },
        share: { type: 'linear', position: 'right', min: 0, max: 100, title: { display: true, text: 'Share of imports (%)' }, grid: { drawOnChartArea: false } },
      },
    },
  } as ChartConfiguration;
}
