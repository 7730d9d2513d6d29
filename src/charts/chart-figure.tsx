import './register.ts';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import { cssVars } from '../css-vars.ts';
import type { Formatting } from '../format.ts';
import type { ChartSpec, ChartTable } from './chart-spec.ts';
import { readoutAt, type Readout } from './readout.ts';

interface FigureProps {
  name: string;
  spec: ChartSpec;
  /**
   * The formatting the spec's tick and tooltip functions were built with. Given, a new spec that shows
   * the same data, words and options is not re-rendered or redrawn (a discount-rate step changes no chart).
   */
  formatting?: Formatting;
}

/** A chart with its headline as title, a text description for screen readers, and its numbers as a table. */
export const ChartFigure = memo(function ChartFigure({ name, spec }: FigureProps) {
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
}, sameFigure);

function sameFigure(a: FigureProps, b: FigureProps): boolean {
  if (a.name !== b.name) return false;
  if (a.spec === b.spec) return a.formatting === b.formatting;
  return (
    a.formatting !== undefined &&
    a.formatting === b.formatting &&
    a.spec.type === b.spec.type &&
    a.spec.headline === b.spec.headline &&
    a.spec.description === b.spec.description &&
    sameContent(a.spec.data, b.spec.data) &&
    sameContent(a.spec.options, b.spec.options)
  );
}

/**
 * Deep equality of plain data. Functions count as equal: in a spec they are tick and tooltip formatters,
 * fixed by the chart and its formatting, which the caller compares. (The table is left out: it is
 * built from the same data, and only on demand.)
 */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'function' && typeof b === 'function') return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * One Chart.js instance for the life of the figure, through react-chartjs-2: a new spec updates it in
 * place (datasets matched by label, so Chart.js keeps its controllers and scales) and redraws without
 * animation, instead of tearing the chart down and building a new one.
 */
function ChartCanvas({ spec, hidden }: { spec: ChartSpec; hidden: readonly boolean[] }) {
  const chartRef = useRef<Chart | null>(null);
  // Hidden series travel in the data, so a legend toggle and a new spec are one update, not two.
  const data = useMemo(
    () => ({ datasets: spec.data.datasets.map((d, i) => ({ ...copy(d), hidden: hidden[i] ?? false })) }),
    [spec, hidden],
  );
  const options = useMemo(() => copy(spec.options), [spec.options]);

  // The hover readout belongs to the spec it was read from: a newer spec hides it until the pointer moves.
  const [readout, setReadout] = useState<{ spec: ChartSpec; at: Readout } | null>(null);
  const read = (e: PointerEvent<HTMLCanvasElement>) => {
    const at = chartRef.current && readoutAt(chartRef.current, spec, e.nativeEvent);
    setReadout(at ? { spec, at } : null);
  };
  const shown = readout?.spec === spec ? readout.at : null;

  return (
    <>
      <ReactChart
        ref={chartRef}
        type={spec.type}
        data={data as ChartData}
        options={options as ChartOptions}
        updateMode="none"
        role="img"
        aria-label={spec.description}
        onPointerMove={read}
        onPointerDown={read}
        onPointerLeave={() => setReadout(null)}
      />
      {shown && (
        // The same numbers are in the chart's table, for screen readers and keyboards.
        <div
          className={shown.flip ? 'chart-readout flipped' : 'chart-readout'}
          aria-hidden="true"
          style={cssVars({ '--readout-x': `${shown.x}px`, '--readout-y': `${Math.max(0, shown.y - 24)}px` })}
        >
          <strong>{shown.title}</strong>
          {shown.lines.map((line, i) => (
            <span key={i}>
              <span className="swatch swatch-bar" style={cssVars({ '--swatch': line.color })} />
              {line.text}
            </span>
          ))}
        </div>
      )}
    </>
  );
}

/**
 * Below this a number is drawn as 0. No figure on a chart means anything at a billionth, and Chart.js's
 * tick search never ends on a range of a few subnormal numbers: the page froze on one.
 */
const NEGLIGIBLE = 1e-9;

/**
 * A copy for Chart.js, which writes into what it is given (stacks into bar points, merged scales into
 * options): the spec itself stays as built, so the next one can be compared with it.
 */
function copy<T>(value: T): T {
  if (typeof value === 'number') return (Math.abs(value) < NEGLIGIBLE ? 0 : value) as T;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v);
  return out as T;
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
                className={`swatch swatch-${d.type === 'bar' ? 'bar' : 'line'}${dashed ? ' swatch-dashed' : ''}`}
                style={cssVars({ '--swatch': color })}
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
