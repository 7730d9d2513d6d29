import './register.ts';
import { Chart, type ChartDataset } from 'chart.js';
import { memo, useEffect, useRef, useState } from 'react';
import type { ChartSpec, ChartTable, Point } from './chart-spec.ts';

/** A chart with its headline as title, a text description for screen readers, and its numbers as a table. */
export const ChartFigure = memo(function ChartFigure({ name, spec }: { name: string; spec: ChartSpec }) {
  const [hidden, setHidden] = useState<readonly boolean[]>([]);
  const toggle = (i: number) =>
    setHidden((was) => spec.data.datasets.map((_, j) => (j === i ? !was[j] : (was[j] ?? false))));
  return (
    <figure className="chart" data-chart={name}>
      <figcaption className="chart-title">{spec.headline}</figcaption>
      <div className="chart-canvas">
        <ChartCanvas spec={spec} hidden={hidden} />
      </div>
      <Legend spec={spec} hidden={hidden} onToggle={toggle} />
      <TableToggle spec={spec} />
    </figure>
  );
});

/**
 * One Chart.js instance for the life of the figure: a new spec updates it in place (same dataset
 * objects, so Chart.js keeps its controllers and scales) and redraws without animation, instead of
 * tearing the chart down and building a new one.
 */
function ChartCanvas({ spec, hidden }: { spec: ChartSpec; hidden: readonly boolean[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const optionsRef = useRef<ChartSpec['options'] | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let chart = chartRef.current;
    if (!chart || (chart.config as { type?: string }).type !== spec.type) {
      chart?.destroy();
      chart = new Chart(canvas, {
        type: spec.type,
        data: { datasets: spec.data.datasets.map((d) => ({ ...d })) as ChartDataset[] },
        options: spec.options as never,
      });
      chartRef.current = chart;
      optionsRef.current = spec.options;
      if (!hidden.some(Boolean)) return;
    } else {
      const current = chart.data.datasets as ChartDataset<'line' | 'bar', Point[]>[];
      spec.data.datasets.forEach((next, i) => {
        const same = current[i];
        if (same && same.label === next.label) Object.assign(same, next);
        else current[i] = { ...next };
      });
      current.length = spec.data.datasets.length;
      if (optionsRef.current !== spec.options) {
        chart.options = spec.options as never;
        optionsRef.current = spec.options;
      }
    }
    spec.data.datasets.forEach((_, i) => chart.setDatasetVisibility(i, !hidden[i]));
    chart.update('none');
  }, [spec, hidden]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return <canvas ref={canvasRef} role="img" aria-label={spec.description} />;
}

/** The series, as buttons that show or hide each one: readable by everyone, and operable by keyboard. */
function Legend({
  spec,
  hidden,
  onToggle,
}: {
  spec: ChartSpec;
  hidden: readonly boolean[];
  onToggle: (i: number) => void;
}) {
  return (
    <ul className="chart-legend" aria-label="Series: press to show or hide">
      {spec.data.datasets.map((d, i) => {
        const color = String(d.type === 'bar' ? d.backgroundColor : d.borderColor);
        const dashed = 'borderDash' in d && Array.isArray(d.borderDash) && d.borderDash.length > 0;
        return (
          <li key={d.label}>
            <button type="button" aria-pressed={!hidden[i]} onClick={() => onToggle(i)}>
              <span
                className={`swatch swatch-${d.type === 'bar' ? 'bar' : 'line'}`}
                style={
                  d.type === 'bar'
                    ? { background: color }
                    : { borderTopColor: color, borderTopStyle: dashed ? 'dashed' : 'solid' }
                }
                aria-hidden="true"
              />
              {d.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The chart's numbers as a table, built only while it is open. */
function TableToggle({ spec }: { spec: ChartSpec }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show as table</summary>
      {open && <Table table={spec.table} caption={spec.headline} />}
    </details>
  );
}

function Table({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Table: ${caption}`}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
