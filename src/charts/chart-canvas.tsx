import './register.ts';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import { cssVars } from '../css-vars.ts';
import type { ChartSpec } from './chart-spec.ts';
import { drawWhenSeen, type ChartDrawer } from './draw-when-seen.ts';
import { readoutAt, type Readout } from './readout.ts';

/**
 * One Chart.js instance for the life of the figure, created by react-chartjs-2 from the first spec. Later
 * specs update it here, in a layout effect: a step's figures render in the event or animation frame that
 * shows it (see input-frames.ts), and the chart must draw before that frame paints, not in a passive
 * effect that may run a frame later. Datasets are matched by label, so Chart.js keeps its controllers and
 * scales, and the chart redraws without animation; a chart out of view draws when it is seen
 * (draw-when-seen.ts).
 */
export default function ChartCanvas({
  spec,
  hidden,
  onCreated,
}: {
  spec: ChartSpec;
  hidden: readonly boolean[];
  /** Called once the chart exists (see creation-turns.ts). */
  onCreated?: () => void;
}) {
  const chartRef = useRef<Chart | null>(null);
  // react-chartjs-2 gets the first spec only, so its own (passive) update effects never run.
  const [first] = useState(() => ({ data: chartData(spec, hidden), options: copy(spec.options) }));
  const drawn = useRef({ spec, hidden });
  const drawer = useRef<ChartDrawer | null>(null);
  const update = () => {
    const chart = chartRef.current;
    const was = drawn.current;
    if (!chart || !drawer.current || (was.spec === spec && was.hidden === hidden)) return;
    chart.data.datasets = matchByLabel(
      chart.data.datasets,
      chartData(spec, hidden).datasets as ChartData['datasets'],
    );
    chart.options = copy(spec.options) as ChartOptions;
    drawer.current.draw();
    drawn.current = { spec, hidden };
  };
  useLayoutEffect(update);
  // The chart is created in react-chartjs-2's mount effect, after this component's first layout effect:
  // its drawer starts here, and a spec that arrived in between is drawn.
  useEffect(() => {
    if (chartRef.current) drawer.current = drawWhenSeen(chartRef.current);
    update();
    onCreated?.();
    return () => drawer.current?.stop();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

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
        data={first.data as ChartData}
        options={first.options as ChartOptions}
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

/** The spec's datasets as Chart.js gets them: copied, with the series the legend hides marked hidden. */
const chartData = (spec: ChartSpec, hidden: readonly boolean[]) => ({
  datasets: spec.data.datasets.map((d, i) => ({ ...copy(d), hidden: hidden[i] ?? false })),
});

/** The new datasets, each written into the chart's dataset of the same label where there is one. */
function matchByLabel<T extends { label?: string | undefined }>(current: T[], next: T[]): T[] {
  return next.map((d) => {
    const same = current.find((c) => c.label === d.label);
    return same ? Object.assign(same, d) : d;
  });
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
