import type { Chart, InteractionMode } from 'chart.js';
import type { Point } from './chart-spec.ts';

/** What the pointer is over: a title (the month) and one line per series, placed beside the point. */
export interface Readout {
  /** The point's position in the canvas, in CSS pixels. */
  x: number;
  y: number;
  /** Show the box to the left of the point (it is in the right half). */
  flip: boolean;
  title: string;
  lines: { color: string; text: string }[];
}

/** What the readout needs of a spec's series. */
interface Series {
  type?: string | undefined;
  label?: string | undefined;
  data: readonly Point[];
  borderColor?: unknown;
  backgroundColor?: unknown;
}

/** What the readout needs of a chart spec. */
interface Shown {
  data: { datasets: readonly Series[] };
  options: unknown;
}

/** The item the spec's tooltip callbacks read (the fields of Chart.js's TooltipItem that we fill). */
interface Item {
  chart: Chart;
  dataset: Series;
  datasetIndex: number;
  dataIndex: number;
  parsed: Point;
  raw: Point;
  label: string;
  formattedValue: string;
}

type Text = string | string[] | undefined;
interface Callbacks {
  title?: (items: Item[]) => Text;
  label?: (item: Item) => Text;
}

const joined = (text: Text) => (Array.isArray(text) ? text.join(' ') : (text ?? ''));

/**
 * The hover readout of a chart, in place of Chart.js's Tooltip plugin (about 5 kB of the first
 * screen's JavaScript): the same points (the spec's interaction mode) and the same words (the spec's
 * tooltip callbacks), drawn as HTML over the canvas.
 */
export function readoutAt(chart: Chart, spec: Shown, event: Event): Readout | null {
  const { interaction = {}, plugins = {} } = spec.options as {
    interaction?: { mode?: InteractionMode; intersect?: boolean; axis?: 'x' | 'y' | 'xy' | 'r' };
    plugins?: { tooltip?: { callbacks?: Callbacks } };
  };
  const found = chart.getElementsAtEventForMode(
    event,
    interaction.mode ?? 'index',
    { intersect: interaction.intersect ?? false, axis: interaction.axis ?? 'x' },
    false,
  );
  const items: Item[] = [];
  for (const { datasetIndex, index } of found) {
    const dataset = spec.data.datasets[datasetIndex];
    const point = dataset?.data[index];
    if (!dataset || !point) continue;
    items.push({
      chart,
      dataset,
      datasetIndex,
      dataIndex: index,
      parsed: point,
      raw: point,
      label: String(point.x),
      formattedValue: String(point.y),
    });
  }
  const first = found[0];
  if (!first || items.length === 0) return null;
  const callbacks = plugins.tooltip?.callbacks ?? {};
  return {
    x: first.element.x,
    y: first.element.y,
    flip: first.element.x > chart.width / 2,
    title: joined(callbacks.title ? callbacks.title(items) : items[0]!.label),
    lines: items.map((item) => ({
      color: String(item.dataset.type === 'bar' ? item.dataset.backgroundColor : item.dataset.borderColor),
      text: joined(
        callbacks.label ? callbacks.label(item) : `${item.dataset.label ?? ''}: ${item.formattedValue}`,
      ),
    })),
  };
}
