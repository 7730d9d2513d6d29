import type { ChartOptions, ChartType, TooltipItem } from 'chart.js';
import type { Palette } from './palette.ts';
import type { Point } from './chart-spec.ts';

export interface XAxis {
  title: string;
  min: number;
  max: number;
  /** Tick label and tooltip title of an x value. */
  format: (x: number) => string;
  tooltipTitle: (x: number) => string;
}

/**
 * The shared chart options with an x axis that is not months (team size, say): the same look,
 * another quantity along the bottom.
 */
export function withXAxis<T extends ChartType>(
  options: ChartOptions<T>,
  palette: Palette,
  x: XAxis,
): ChartOptions<T> {
  const shared = options as {
    scales?: Record<string, object>;
    plugins?: { tooltip?: { callbacks?: object } };
  };
  const scales = shared.scales ?? {};
  const plugins = shared.plugins ?? {};
  return {
    ...options,
    scales: {
      ...scales,
      x: {
        ...scales.x,
        type: 'linear',
        min: x.min,
        max: x.max,
        title: { display: true, text: x.title, color: palette.muted },
        ticks: {
          color: palette.muted,
          precision: 0,
          maxRotation: 0,
          maxTicksLimit: 12,
          callback: (v: number | string) => x.format(Number(v)),
        },
      },
    },
    plugins: {
      ...plugins,
      tooltip: {
        ...plugins.tooltip,
        callbacks: {
          ...plugins.tooltip?.callbacks,
          title: (items: TooltipItem<T>[]) => {
            const point = items[0]?.parsed as Point | undefined;
            return point === undefined ? '' : x.tooltipTitle(point.x);
          },
        },
      },
    },
  } as ChartOptions<T>;
}
