import type { CohortLayer } from '../model/index.ts';
import { money, percent, type Formatting } from '../format.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** "Start" for the accounts at month 0, "Year 2" for the cohorts that joined in months 13..24. */
export const layerName = (layer: CohortLayer): string =>
  layer.year === 0 ? 'Customers at the start' : `Joined in year ${layer.year}`;

/**
 * Fills from the oldest layer (deep) to the newest (light): age reads as depth, so neighbouring bands
 * differ in lightness, not only in hue.
 */
export function layerColors(count: number, dark: boolean): string[] {
  return Array.from({ length: count }, (_, i) => {
    const share = count <= 1 ? 0 : i / (count - 1);
    const lightness = dark ? 70 - share * 40 : 28 + share * 45;
    const hue = 220 - share * 60;
    return `hsl(${Math.round(hue)} 70% ${Math.round(lightness)}%)`;
  });
}

/** MRR stacked by the year each cohort joined: how much of today's revenue old customers still bring. */
export function cohortChartSpec(
  layers: readonly CohortLayer[],
  palette: Palette,
  dark: boolean,
  fmt: Formatting,
): ChartSpec<'line'> {
  const H = layers[0]!.mrr.length - 1;
  const short = (v: number) => money(fmt, v, true);
  const total = (t: number) => layers.reduce((s, l) => s + l.mrr[t]!, 0);
  const end = total(H);
  const colors = layerColors(layers.length, dark);
  const shareAtEnd = (l: CohortLayer) => (end > 0 ? l.mrr[H]! / end : 0);
  const older = layers.filter((l) => l.lastMonth <= Math.max(0, H - 12));
  const olderShare = older.reduce((s, l) => s + shareAtEnd(l), 0);
  const headline =
    end <= 0
      ? `No MRR by month ${H}`
      : older.length === 0
        ? `By month ${H}, ${percent(fmt, shareAtEnd(layers[0]!), 0)} of MRR still comes from the customers at the start`
        : `By month ${H}, ${percent(fmt, olderShare, 0)} of MRR comes from customers who joined more than a year earlier`;
  return {
    type: 'line',
    headline,
    description:
      `Stacked area chart of MRR with CS over ${H} months, split by the year each customer joined. At month ${H}: ` +
      layers.map((l) => `${layerName(l).toLowerCase()} ${short(l.mrr[H]!)}`).join(', ') +
      `; total ${short(end)}.`,
    data: {
      datasets: layers.map((l, i) =>
        line(
          layerName(l),
          l.mrr.map((y, x) => ({ x, y })),
          colors[i]!,
          {
            fill: i === 0 ? 'origin' : '-1',
            backgroundColor: colors[i]!,
            borderWidth: 1,
            stack: 'layers',
          },
        ),
      ),
    },
    options: chartOptions<'line'>(palette, H, {
      y: { title: 'MRR with CS', format: short, stacked: true, min: 0 },
    }),
    table: {
      columns: ['Month', ...layers.map(layerName), 'Total'],
      rows: layers[0]!.mrr.map((_, t) => [
        String(t),
        ...layers.map((l) => money(fmt, l.mrr[t]!)),
        money(fmt, total(t)),
      ]),
    },
  };
}
