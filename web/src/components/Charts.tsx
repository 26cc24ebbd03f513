// Charts drawn with Chart.js (canvas). Only the parts used are registered, to keep the page small; each chart
// has a text alternative, and the same figures stand in a table beside it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

// Colour-blind-safe (Okabe-Ito), repeated when there are more categories. Vermilion is kept for the line drawn
// over the bars (the share), so that no bar ever wears its colour.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999'];
export const LINE_COLOUR = '#D55E00';
export const colourOf = (index: number) => PALETTE[index % PALETTE.length]!;

// Chart.js's own registry, for a look at a drawn chart from the console or a test: Chart.getChart(canvas).
(globalThis as { Chart?: typeof Chart }).Chart = Chart;

/** A Chart.js chart on a canvas, redrawn when `config` changes; `data-ready` and `data-points` tell tests it is drawn. */
export function ChartCanvas({ config, label, testId }: { config: ChartConfiguration; label: string; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, { ...config, options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false } });
    canvas.current!.dataset.points = String(config.data.labels?.length ?? 0);
    canvas.current!.dataset.ready = 'true';
    return () => chart.destroy();
  }, [config]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
