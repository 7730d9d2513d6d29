import './register.ts';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import { cssVars } from '../css-vars.ts';
import type { ChartSpec } from './chart-spec.ts';
import { readoutAt, type Readout } from './readout.ts';

/**
 * One Chart.js instance for the life of the figure, through react-chartjs-2: a new spec updates it in
 * place (datasets matched by label, so Chart.js keeps its controllers and scales) and redraws without
 * animation, instead of tearing the chart down and building a new one.
 */
export default function ChartCanvas({ spec, hidden }: { spec: ChartSpec; hidden: readonly boolean[] }) {
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
