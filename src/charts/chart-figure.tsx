import { lazy, memo, Suspense, useState } from 'react';
import { cssVarsRef } from '../css-vars.ts';
import type { Formatting } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import type { ChartSpec, ChartTable } from './chart-spec.ts';
import { useCreationTurn } from './creation-turns.ts';
import { sameContent } from './same-content.ts';

/**
 * The canvas, with Chart.js, loads in its own chunk right after the first render: the headline, the
 * description, the legend and the table do not need it, and the first screen's figures paint without
 * waiting for about 45 kB (gzip) of chart code. The box keeps its size meanwhile, so nothing moves.
 */
let canvasCode: Promise<typeof import('./chart-canvas.tsx')> | undefined;
/** The chart's code, fetched once: every figure waits on the same promise, so they queue in mount order. */
const loadCanvas = () => (canvasCode ??= import('./chart-canvas.tsx'));
const ChartCanvas = lazy(loadCanvas);

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
  const { turn, created } = useCreationTurn(loadCanvas);
  const toggle = (i: number) =>
    setHidden((was) => spec.data.datasets.map((_, j) => (j === i ? !was[j] : (was[j] ?? false))));
  return (
    <figure className="chart" data-chart={name}>
      <figcaption className="chart-title">{spec.headline}</figcaption>
      <div className="chart-canvas">
        {turn && (
          <Suspense fallback={null}>
            <ChartCanvas spec={spec} hidden={hidden} onCreated={created} />
          </Suspense>
        )}
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
  const t = useWords().charts.common;
  return (
    <ul className="chart-legend" aria-label={t.legend}>
      {spec.data.datasets.map((d, i) => {
        const color = String(d.type === 'bar' ? d.backgroundColor : d.borderColor);
        const dashed = 'borderDash' in d && Array.isArray(d.borderDash) && d.borderDash.length > 0;
        return (
          <li key={d.label}>
            <button type="button" aria-pressed={!hidden[i]} onClick={() => onToggle(i)}>
              <span
                className={`swatch swatch-${d.type === 'bar' ? 'bar' : 'line'}${dashed ? ' swatch-dashed' : ''}`}
                ref={cssVarsRef({ '--swatch': color })}
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
  const t = useWords().charts.common;
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.showTable}</summary>
      {open && <Table table={spec.table} caption={spec.headline} />}
    </details>
  );
}

function Table({ table, caption }: { table: ChartTable; caption: string }) {
  const t = useWords().charts.common;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.table(caption)}>
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
