// An actor's (or a pair's) timeline at a glance: a row per kind of item over the years, a dot sized by how many
// items fall in a year, and for arms deliveries a bar per year (supplied above the line, received below). Drawn as
// SVG by hand: a few dozen marks do not need a chart library, and each mark carries its figures as a tooltip.
import { request } from '../api';
import { TimelineChartDocument, type TimelineChartQuery, type TimelineKind } from '../generated/graphql';
import { useLoad } from '../load';
import { colourOf } from './Charts';
import { Status } from './Status';
import { TIMELINE_GROUPS } from './Timeline';

type Item = TimelineChartQuery['timeline']['items'][number];

const WIDTH = 900;
const LABELS = 130;
const ROW = 34;
/** The arms row is taller: its bars carry the figures, supplied above the line and received below. */
const ARMS_ROW = 90;
const AXIS = 22;
/** The timeline the chart reads at most (the service's default page limit). */
const MOST_ITEMS = 500;

export function TimelineChart({ name, other = null }: { name: string; other?: string | null }) {
  const [result, retry] = useLoad(`${name}|${other ?? ''}`, () => request(TimelineChartDocument, { name, with: other }).then((data) => data.timeline));
  return (
    <Status result={result} retry={retry} what="the timeline chart">
      {(timeline) =>
        timeline.items.length === 0 ? null : (
          <>
            <Chart items={timeline.items} title={`${other ? `What concerns both ${name} and ${other}` : `Timeline of ${name}`}`} />
            {timeline.pageInfo.hasNextPage ? <p class="muted">The chart shows the first {MOST_ITEMS} items.</p> : null}
          </>
        )
      }
    </Status>
  );
}

function Chart({ items, title }: { items: Item[]; title: string }) {
  const yearOf = (item: Item) => Number(item.date.slice(0, 4));
  const years = items.map(yearOf);
  // One year alone stands in the middle of the three around it.
  const [first, last] = Math.min(...years) === Math.max(...years) ? [years[0]! - 1, years[0]! + 1] : [Math.min(...years), Math.max(...years)];
  const span = last - first;
  const x = (year: number) => LABELS + 8 + ((year - first) / span) * (WIDTH - LABELS - 24);
  const groupOf = (kind: TimelineKind) => TIMELINE_GROUPS.findIndex((group) => group.kinds.includes(kind));
  const rows = TIMELINE_GROUPS.map((group, index) => ({ group, index, items: items.filter((item) => groupOf(item.kind) === index) })).filter((row) => row.items.length > 0);
  const heightOf = (row: (typeof rows)[number]) => (row.group.kinds.includes('ARMS_DELIVERIES') ? ARMS_ROW : ROW);
  const tops = rows.map((_, r) => rows.slice(0, r).reduce((sum, row) => sum + heightOf(row), 0));
  const height = tops.length > 0 ? tops.at(-1)! + heightOf(rows.at(-1)!) + AXIS : AXIS;
  const step = span > 60 ? 10 : span > 20 ? 5 : span > 8 ? 2 : 1;
  const ticks = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  const maxTiv = Math.max(1, ...items.map((item) => item.armsDeliveries?.tiv ?? 0));
  return (
    <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}: ${items.length} items, ${first}–${last}`} data-testid="timeline-chart" data-items={items.length}>
      {rows.map((row, r) => {
        const rowHeight = heightOf(row);
        const middle = tops[r]! + rowHeight / 2;
        const colour = colourOf(row.index);
        const perYear = new Map<number, Item[]>();
        for (const item of row.items) perYear.set(yearOf(item), [...(perYear.get(yearOf(item)) ?? []), item]);
        return (
          <g key={row.group.label}>
            <text x={0} y={middle + 4} class="chart-label">
              {row.group.label}
            </text>
            <line x1={LABELS} x2={WIDTH - 8} y1={middle} y2={middle} stroke="#d0d5dd" />
            {[...perYear].map(([year, inYear]) =>
              row.group.kinds.includes('ARMS_DELIVERIES') ? (
                inYear.map((item) => {
                  const length = ((item.armsDeliveries!.tiv ?? 0) / maxTiv) * (rowHeight / 2 - 2);
                  const supplied = item.armsDeliveries!.direction === 'SUPPLIED';
                  return (
                    <rect key={`${year}${item.armsDeliveries!.direction}`} x={x(year) - 2} width={4} y={supplied ? middle - length : middle} height={Math.max(1, length)} fill={supplied ? colour : '#E69F00'}>
                      <title>{`${year}: TIV ${item.armsDeliveries!.tiv} ${supplied ? 'supplied' : 'received'}`}</title>
                    </rect>
                  );
                })
              ) : (
                <circle key={year} cx={x(year)} cy={middle} r={Math.min(12, 3 + 2 * Math.sqrt(inYear.length - 1))} fill={colour} fill-opacity={0.8}>
                  <title>{`${year}: ${inYear.length} ${row.group.label.toLowerCase()}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
      {ticks.map((year) => (
        <text key={year} x={x(year)} y={height - 6} text-anchor="middle" class="chart-label">
          {year}
        </text>
      ))}
    </svg>
  );
}
