// The shortest paths between two actors as a small graph: a column per hop (on a shortest path an actor's hop is
// its distance from the first actor, so each actor has one place), an edge per pair of neighbours, coloured and
// labelled by its relation. SVG by hand: a few nodes need no graph-layout library.
import type { ConnectionsQuery, PathRelation } from '../generated/graphql';
import { colourOf } from './Charts';

type Path = ConnectionsQuery['paths'][number];

export const RELATION_LABELS: Record<PathRelation, string> = {
  AFFILIATION: 'affiliation',
  EVENT: 'shared event',
  CLAIM: 'claim',
  ARMS_TRADE: 'arms trade',
  SOURCE: 'source naming both',
};
const RELATION_ORDER = Object.keys(RELATION_LABELS) as PathRelation[];

const COLUMN = 200;
const ROW = 44;
const NODE_WIDTH = 150;

export function PathGraph({ paths, title }: { paths: Path[]; title: string }) {
  // Each actor at its hop, in the order the paths (shortest and most recent first) reach it.
  const columns: { id: string; name: string }[][] = [];
  for (const path of paths) {
    path.actors.forEach((actor, hop) => {
      const column = (columns[hop] ??= []);
      if (!column.some((node) => node.id === actor.id)) column.push(actor);
    });
  }
  const place = new Map<string, { x: number; y: number }>();
  const rows = Math.max(...columns.map((column) => column.length));
  columns.forEach((column, hop) =>
    column.forEach((node, row) => place.set(node.id, { x: 10 + hop * COLUMN, y: 10 + (row + (rows - column.length) / 2) * ROW })),
  );
  const edges = new Map<string, { from: string; to: string; relation: PathRelation }>();
  for (const path of paths) for (const step of path.steps) edges.set(`${step.from.id}>${step.to.id}`, { from: step.from.id, to: step.to.id, relation: step.relation });
  const width = 20 + (columns.length - 1) * COLUMN + NODE_WIDTH;
  const height = 20 + rows * ROW;
  const relations = RELATION_ORDER.filter((relation) => [...edges.values()].some((edge) => edge.relation === relation));
  return (
    <figure class="path-graph">
      <svg viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: `${width}px` }} role="img" aria-label={title} data-testid="path-graph" data-nodes={place.size} data-edges={edges.size}>
        {[...edges.values()].map((edge) => {
          const [a, b] = [place.get(edge.from)!, place.get(edge.to)!];
          return (
            <line key={`${edge.from}>${edge.to}`} x1={a.x + NODE_WIDTH} y1={a.y + 14} x2={b.x} y2={b.y + 14} stroke={colourOf(RELATION_ORDER.indexOf(edge.relation))} stroke-width={3}>
              <title>{RELATION_LABELS[edge.relation]}</title>
            </line>
          );
        })}
        {columns.flat().map((node) => {
          const at = place.get(node.id)!;
          return (
            <g key={node.id}>
              <rect x={at.x} y={at.y} width={NODE_WIDTH} height={28} rx={4} fill="#f2f4f7" stroke="#667085" />
              <text x={at.x + NODE_WIDTH / 2} y={at.y + 18} text-anchor="middle" class="chart-label">
                {node.name.length > 22 ? `${node.name.slice(0, 21)}…` : node.name}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {relations.map((relation) => (
          <span key={relation}>
            <span class="swatch" style={{ background: colourOf(RELATION_ORDER.indexOf(relation)) }} aria-hidden="true" /> {RELATION_LABELS[relation]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
