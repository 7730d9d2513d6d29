import type { Chart, ChartType, Plugin } from 'chart.js';

export interface Marker {
  /** An x value (vertical line) or a y value on `axis` (horizontal line). */
  at: number;
  label: string;
  axis?: string;
}

export interface MarkersOptions {
  vertical?: Marker[];
  horizontal?: Marker[];
  color?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    markers?: MarkersOptions & { _type?: TType };
  }
}

/** Dashed reference lines with a label: the payback month, 100 % retention, the recommended team. */
export const markersPlugin: Plugin = {
  id: 'markers',
  afterDatasetsDraw(chart: Chart, _args, options: MarkersOptions) {
    const { ctx, chartArea } = chart;
    const color = options.color ?? '#666';
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.font = '12px system-ui, sans-serif';
    // Each labelled vertical marker writes on its own row: markers close together never overprint.
    let row = 0;
    for (const m of options.vertical ?? []) {
      const x = chart.scales.x?.getPixelForValue(m.at);
      if (x === undefined || x < chartArea.left || x > chartArea.right) continue;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.textAlign = x > chartArea.right - 80 ? 'right' : 'left';
      ctx.fillText(m.label, x + (ctx.textAlign === 'right' ? -4 : 4), chartArea.top + 12 + 14 * row);
      if (m.label) row++;
    }
    for (const m of options.horizontal ?? []) {
      const y = chart.scales[m.axis ?? 'y']?.getPixelForValue(m.at);
      if (y === undefined || y < chartArea.top || y > chartArea.bottom) continue;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.textAlign = 'right';
      // Above the line, or below it when the line runs along the top of the plot (100 % coverage).
      ctx.fillText(m.label, chartArea.right - 4, y - 16 < chartArea.top ? y + 14 : y - 4);
    }
    ctx.restore();
  },
};
