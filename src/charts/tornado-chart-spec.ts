import type { Assumptions, Sensitivity, SensitivityBar } from '../model/index.ts';
import { formatInput, namedLabelOf } from '../input-catalog.ts';
import type { Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { formatMetric, formatMetricChange } from '../metrics.ts';
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
  const { charts: w, kpis } = words();
  const t = w.tornado;
  const label = kpis.metrics.label[s.metric];
  // The metric's value and changes, in the words read once for this chart.
  const said = (value: number | null) => formatMetric(s.metric, value, fmt, kpis.metrics);
  const change = (v: number) => formatMetricChange(s.metric, v, fmt, kpis.metrics);
  const shown = moves(s).slice(0, TORNADO_BARS);
  const base = s.value ?? 0;
  const moved = (v: number | null) => (v ?? base) - base;
  const top = shown[0];
  const headline =
    s.value === null
      ? t.nothing(label, said(null))
      : top === undefined
        ? t.noInput(label)
        : t.most(label, labelOf(top.path), said(top.low.value), said(top.high.value));
  const bar = (
    name: string,
    pick: (b: SensitivityBar) => number | null,
    color: string,
    thickness: number,
  ) => ({
    type: 'bar' as const,
    label: name,
    data: shown.map((b, i): Point => ({ x: moved(pick(b)), y: i })),
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
        return (datasetIndex === 0 ? t.down : t.up)(
          formatInput(b.path, side.input, fmt),
          label,
          said(side.value),
        );
      },
    },
    {
      x: {
        title: t.axis(label, said(s.value)),
        format: change,
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
        : t.description(
            label,
            said(s.value),
            w.common.list(
              shown.slice(0, 5).map((b) => t.input(labelOf(b.path), said(b.low.value), said(b.high.value))),
            ),
          ),
    data: {
      datasets: [
        bar(t.movedDown, (b) => b.low.value, palette.contraction, 0.8),
        bar(t.movedUp, (b) => b.high.value, palette.withCs, 0.45),
      ],
    },
    options,
    table: {
      columns: [t.inputColumn, t.downTo, t.downColumn(label), t.upTo, t.upColumn(label), t.swing],
      rows: s.bars.map((b) => [
        labelOf(b.path),
        formatInput(b.path, b.low.input, fmt),
        said(b.low.value),
        formatInput(b.path, b.high.input, fmt),
        said(b.high.value),
        change(b.swing),
      ]),
    },
  };
}
