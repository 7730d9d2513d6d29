import type { Assumptions, Sensitivity, SensitivityBar } from '../model/index.ts';
import { formatInput, namedLabelOf } from '../input-catalog.ts';
import type { Formatting } from '../format.ts';
import { formatMetric, formatMetricChange, METRIC_LABEL } from '../metrics.ts';
import { chartOptions, type ChartSpec, type Point } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** Bars shown in the chart; the table lists every input. */
export const TORNADO_BARS = 10;

const moves = (s: Sensitivity): SensitivityBar[] =>
  s.value === null ? [] : s.bars.filter((b) => b.low.value !== null && b.high.value !== null && b.swing > 0);

/**
 * A tornado: each input moved down and up by one step, and how far the metric moves from today's value.
 * Horizontal bars: one per input down the side, the change in the metric across.
 */
export function tornadoChartSpec(
  s: Sensitivity,
  a: Assumptions,
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'bar'> {
  // With several segments, an input is named with its segment: "arpa" is in each of them.
  const labelOf = (path: Sensitivity['bars'][number]['path']) => namedLabelOf(path, a);
  const label = METRIC_LABEL[s.metric];
  const shown = moves(s).slice(0, TORNADO_BARS);
  const base = s.value ?? 0;
  const change = (v: number | null) => (v ?? base) - base;
  const top = shown[0];
  const headline =
    s.value === null
      ? `Nothing moves ${label}: this scenario has ${formatMetric(s.metric, null, fmt)}`
      : top === undefined
        ? `No input moves ${label} in this scenario`
        : `${label} moves most with “${labelOf(top.path)}”: from ${formatMetric(s.metric, top.low.value, fmt)} to ${formatMetric(s.metric, top.high.value, fmt)}`;
  const bar = (
    name: string,
    pick: (b: SensitivityBar) => number | null,
    color: string,
    thickness: number,
  ) => ({
    type: 'bar' as const,
    label: name,
    data: shown.map((b, i): Point => ({ x: change(pick(b)), y: i })),
    backgroundColor: color,
    borderWidth: 0,
    grouped: false,
    barPercentage: thickness,
    categoryPercentage: 1,
  });
  const options = chartOptions<'bar'>(
    palette,
    {
      labels: shown.map((b) => labelOf(b.path)),
      title: (i) => (shown[i] ? labelOf(shown[i].path) : ''),
      label: (datasetIndex, i) => {
        const b = shown[i]!;
        const side = datasetIndex === 0 ? b.low : b.high;
        return `${datasetIndex === 0 ? 'Down' : 'Up'} to ${formatInput(b.path, side.input, fmt)}: ${label} ${formatMetric(s.metric, side.value, fmt)}`;
      },
    },
    {
      x: {
        title: `Change in ${label} from ${formatMetric(s.metric, s.value, fmt)}`,
        format: (v) => formatMetricChange(s.metric, v, fmt),
      },
    },
    { vertical: [{ at: 0, label: '' }] },
  );
  return {
    type: 'bar',
    headline,
    description:
      shown.length === 0
        ? headline
        : `Tornado chart of ${label}, today ${formatMetric(s.metric, s.value, fmt)}, with each input moved down and up one step. ` +
          shown
            .slice(0, 5)
            .map(
              (b) =>
                `${labelOf(b.path)}: ${formatMetric(s.metric, b.low.value, fmt)} to ${formatMetric(s.metric, b.high.value, fmt)}`,
            )
            .join('; ') +
          '.',
    data: {
      datasets: [
        bar('Input moved down', (b) => b.low.value, palette.contraction, 0.8),
        bar('Input moved up', (b) => b.high.value, palette.withCs, 0.45),
      ],
    },
    options,
    table: {
      columns: ['Input', 'Moved down to', `${label}, down`, 'Moved up to', `${label}, up`, 'Swing'],
      rows: s.bars.map((b) => [
        labelOf(b.path),
        formatInput(b.path, b.low.input, fmt),
        formatMetric(s.metric, b.low.value, fmt),
        formatInput(b.path, b.high.input, fmt),
        formatMetric(s.metric, b.high.value, fmt),
        formatMetricChange(s.metric, b.swing, fmt),
      ]),
    },
  };
}
