import type { ChartData, ChartOptions, ChartType, TooltipItem } from 'chart.js';
import { words } from '../i18n/words.ts';
import type { Marker } from './markers-plugin.ts';
import type { Palette } from './palette.ts';

export interface Point {
  x: number;
  y: number;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** Everything one chart shows, built from the projection by a pure function. */
export interface ChartSpec<T extends 'line' | 'bar' = 'line' | 'bar'> {
  type: T;
  /** The title: the chart's headline in words. */
  headline: string;
  /** What the chart shows, for people who cannot see the canvas. */
  description: string;
  data: ChartData<T, Point[]>;
  options: ChartOptions<T>;
  table: ChartTable;
}

export interface Axis {
  title: string;
  format: (value: number) => string;
  position?: 'left' | 'right';
  min?: number;
  max?: number;
  stacked?: boolean;
}

/**
 * Bars down the side, one per item, read top to bottom (a tornado): the value axes then run across, and
 * each bar's tooltip is in the chart's own words.
 */
export interface Bars {
  labels: readonly string[];
  title: (index: number) => string;
  label: (datasetIndex: number, index: number) => string;
}

// Axes whose ticks are few by construction (a month step, at most seven values): Chart.js need not search
// for labels to skip on each update of a drag. Month numbers are alike in width, so a sample of them
// sizes the axis; every value label is measured (the widest decides the axis's width).
const FEW_TICKS = { autoSkip: false };
const ALIKE_LABELS = { sampleSize: 4 };

const monthAxis = (palette: Palette, horizonMonths: number, stacked: boolean, title: string) => ({
  type: 'linear',
  min: 0,
  max: horizonMonths,
  stacked,
  title: { display: true, text: title, color: palette.muted, font: { size: palette.fontSize } },
  ticks: {
    color: palette.muted,
    font: { size: palette.fontSize },
    stepSize: horizonMonths > 60 ? 12 : horizonMonths > 24 ? 6 : 3,
    precision: 0,
    // Month numbers never need turning; fixing the angle spares Chart.js a fitting pass per update.
    maxRotation: 0,
    ...FEW_TICKS,
    ...ALIKE_LABELS,
  },
  grid: { color: palette.grid },
});

const NARROW_CHART_PX = 500;
const LINE_CHARS = 23;

/** `text` in lines of at most `width` characters, broken between words (a longer word keeps its line). */
export function inLines(text: string, width: number): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A linear axis with a tick at each bar's index, labelled with its name: no category scale to register. */
const barAxis = (palette: Palette, labels: readonly string[]) => ({
  type: 'linear',
  reverse: true,
  min: -0.5,
  max: Math.max(0.5, labels.length - 0.5),
  afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
    axis.ticks = labels.map((_, i) => ({ value: i }));
  },
  ticks: {
    color: palette.text,
    font: { size: palette.fontSize },
    autoSkip: false,
    // A phone's chart is too narrow for a long input name on one line: it is cut there, so it is broken
    // into lines between words.
    callback(this: { chart: { width: number } }, v: number | string) {
      const label = labels[Number(v)] ?? '';
      return this.chart.width < NARROW_CHART_PX ? inLines(label, LINE_CHARS) : label;
    },
  },
  grid: { display: false },
});

const valueAxis = (palette: Palette, axis: Axis, across: boolean) => {
  const position = across ? 'bottom' : (axis.position ?? 'left');
  return {
    type: 'linear',
    position,
    stacked: axis.stacked ?? false,
    ...(axis.min === undefined ? {} : { min: axis.min }),
    ...(axis.max === undefined ? {} : { max: axis.max }),
    title: { display: true, text: axis.title, color: palette.muted, font: { size: palette.fontSize } },
    ticks: {
      color: palette.muted,
      font: { size: palette.fontSize },
      callback: (v: number | string) => axis.format(Number(v)),
      maxTicksLimit: 7,
      ...FEW_TICKS,
    },
    grid: { color: palette.grid, drawOnChartArea: position !== 'right' },
  };
};

/**
 * Options every chart shares: no animation (a drag redraws in place), no parsing (points arrive as
 * {x, y}), no point dots, and tooltips formatted like the rest of the page. Charts run along the months
 * (`along` is the horizon) with value axes up the side, or are `Bars` with value axes across.
 */
export function chartOptions<T extends ChartType>(
  palette: Palette,
  along: number | Bars,
  axes: Record<string, Axis>,
  markers: { vertical?: Marker[]; horizontal?: Marker[] } = {},
): ChartOptions<T> {
  const bars = typeof along === 'number' ? null : along;
  // Read once per chart: the tooltip below says them for every point the pointer is over.
  const t = words().charts.common;
  const scales: Record<string, object> =
    typeof along === 'number'
      ? {
          x: monthAxis(
            palette,
            along,
            Object.values(axes).some((a) => a.stacked),
            t.month,
          ),
        }
      : { y: barAxis(palette, along.labels) };
  for (const [id, axis] of Object.entries(axes)) scales[id] = valueAxis(palette, axis, bars !== null);
  const monthTooltip = {
    title: (items: TooltipItem<T>[]) => t.atMonth(String((items[0]?.parsed as Point | undefined)?.x ?? '')),
    label: (item: TooltipItem<T>) => {
      const dataset = item.dataset as { yAxisID?: string; label?: string };
      const y = (item.parsed as Point).y;
      return `${dataset.label ?? ''}: ${axes[dataset.yAxisID ?? 'y']?.format(y) ?? String(y)}`;
    },
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    parsing: false,
    normalized: true,
    ...(bars ? { indexAxis: 'y' } : {}),
    interaction: bars
      ? { mode: 'nearest', intersect: true, axis: 'y' }
      : { mode: 'index', intersect: false, axis: 'x' },
    elements: { point: { radius: 0, hitRadius: 8, hoverRadius: 4 }, line: { borderWidth: 2 } },
    scales,
    plugins: {
      tooltip: {
        callbacks: bars
          ? {
              title: (items: TooltipItem<T>[]) => {
                const index = items[0]?.dataIndex;
                return index === undefined ? '' : bars.title(index);
              },
              label: (item: TooltipItem<T>) => bars.label(item.datasetIndex, item.dataIndex),
            }
          : monthTooltip,
      },
      markers: { ...markers, color: palette.marker },
    },
  } as ChartOptions<T>;
}

/**
 * Adds `table`, built on first read: every slider step rebuilds every spec, and a table (hundreds of
 * formatted numbers) is only read when a person opens it.
 */
export function withLazyTable<T extends 'line' | 'bar'>(
  spec: Omit<ChartSpec<T>, 'table'>,
  build: () => ChartTable,
): ChartSpec<T> {
  let table: ChartTable | undefined;
  return Object.defineProperty(spec, 'table', {
    enumerable: true,
    get: () => (table ??= build()),
  }) as ChartSpec<T>;
}

/** Month-by-month points of one row field. */
export function series<R extends { month: number }>(
  rows: readonly R[],
  y: (row: R) => number | null,
  from = 0,
): Point[] {
  const points: Point[] = [];
  for (const row of rows) {
    if (row.month < from) continue;
    const value = y(row);
    if (value !== null && Number.isFinite(value)) points.push({ x: row.month, y: value });
  }
  return points;
}

/** A line dataset with the shared look: solid for the CS program, dashed for the world without it. */
export function line(label: string, data: Point[], color: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'line' as const,
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    pointRadius: 0,
    ...extra,
  };
}

/**
 * One layer of a stacked area: its line drawn at the running total of `stack`, filled down to the layer
 * under it (the first layer to zero). Layers of one stack must come one after another, first to last.
 */
export function stackedArea(label: string, data: Point[], color: string, stack: string, first: boolean) {
  return line(label, data, color, {
    stack,
    fill: first ? 'origin' : '-1',
    backgroundColor: `${color}55`,
    borderWidth: 1.5,
  });
}
