import type { TooltipItem } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { paletteFor } from '../../src/charts/palette.ts';
import { tornadoChartSpec } from '../../src/charts/tornado-chart-spec.ts';
import { labelOf } from '../../src/input-catalog.ts';
import { DEFAULT_ASSUMPTIONS, sensitivity } from '../../src/model/index.ts';

const fmt = { locale: 'en-US', currency: 'USD' };

/** The parts of the options Chart.js calls, typed loosely: they are read as Chart.js reads them. */
interface Scale {
  type: string;
  position?: string;
  reverse?: boolean;
  title: { text: string };
  ticks: { callback: (this: { chart: { width: number } }, v: number) => string | string[] };
  afterBuildTicks?: (axis: { ticks: { value: number }[] }) => void;
}
interface Callbacks {
  title: (items: Partial<TooltipItem<'bar'>>[]) => string;
  label: (item: Partial<TooltipItem<'bar'>>) => string;
}

describe('the tornado chart, built by the shared chart options', () => {
  const s = sensitivity(DEFAULT_ASSUMPTIONS, 'roi');
  const spec = tornadoChartSpec(s, DEFAULT_ASSUMPTIONS, paletteFor('light'), fmt);
  const options = spec.options as unknown as {
    indexAxis: string;
    scales: { x: Scale; y: Scale };
    plugins: { tooltip: { callbacks: Callbacks }; markers: { vertical: { at: number }[] } };
  };
  const names = spec.data.datasets[0]!.data.map((p) => labelOf(s.bars[p.y]!.path));

  test('has one bar per input down the side, named top to bottom, and the change across', () => {
    expect(options.indexAxis).toBe('y');
    const axis = { ticks: [] as { value: number }[] };
    options.scales.y.afterBuildTicks!(axis);
    const named = (width: number) =>
      axis.ticks.map((t) => options.scales.y.ticks.callback.call({ chart: { width } }, t.value));
    expect(named(900)).toEqual(names);
    // On a phone's narrow chart a long name is broken into lines between words, never cut.
    const narrow = named(350);
    expect(narrow.map((n) => [n].flat().join(' '))).toEqual(names);
    for (const n of narrow.flat()) expect(n.length).toBeLessThanOrEqual(23);
    expect(narrow.some(Array.isArray)).toBe(true);
    expect(options.scales.y.reverse).toBe(true);
    expect(options.scales.x.position).toBe('bottom');
    expect(options.scales.x.title.text).toMatch(/^Change in ROI from \d+%$/);
    expect(options.scales.x.ticks.callback.call({ chart: { width: 900 } }, 0.25)).toBe('25 pts');
    expect(options.plugins.markers.vertical).toEqual([{ at: 0, label: '' }]);
  });

  test('tooltips name the input and say where each side moves the metric', () => {
    const { title, label } = options.plugins.tooltip.callbacks;
    expect(title([{ dataIndex: 0 }])).toBe(names[0]);
    expect(title([])).toBe('');
    expect(label({ dataIndex: 0, datasetIndex: 0 })).toMatch(/^Down to .+: ROI -?\d+%$/);
    expect(label({ dataIndex: 0, datasetIndex: 1 })).toMatch(/^Up to .+: ROI -?\d+%$/);
  });
});
