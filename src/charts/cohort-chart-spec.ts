import type { CohortLayer } from '../model/index.ts';
import { money, percent, type Formatting } from '../format.ts';
import type { ChartsWords } from '../i18n/messages/en/charts.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/**
 * "Customers at the start" for the accounts at month 0, "Joined in year 2" for the cohorts that joined in
 * months 13..24. A chart that names many layers passes `t`, the words it read once.
 */
export const layerName = (layer: CohortLayer, t: ChartsWords['cohort'] = words().charts.cohort): string =>
  layer.year === 0 ? t.start : t.joined(String(layer.year));

/** A layer's name inside a sentence ("joined in year 2"): some languages write it in lower case there. */
export const layerNameInText = (
  layer: CohortLayer,
  t: ChartsWords['cohort'] = words().charts.cohort,
): string => (layer.year === 0 ? t.startInText : t.joinedInText(String(layer.year)));

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
  const { charts: w, kpis } = words();
  const t = w.cohort;
  const names = layers.map((l) => layerName(l, t));
  const headline =
    end <= 0
      ? t.noMrr(String(H))
      : older.length === 0
        ? t.startShare(String(H), percent(fmt, shareAtEnd(layers[0]!), 0))
        : t.olderShare(String(H), percent(fmt, olderShare, 0));
  return {
    type: 'line',
    headline,
    description: t.description(
      spanOf(H, kpis.span.overMonths),
      String(H),
      layers.map((l) => `${layerNameInText(l, t)} ${short(l.mrr[H]!)}`).join(', '),
      short(end),
    ),
    data: {
      datasets: layers.map((l, i) =>
        line(
          names[i]!,
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
      y: { title: t.axis, format: short, stacked: true, min: 0 },
    }),
    table: {
      columns: [w.common.month, ...names, t.total],
      rows: layers[0]!.mrr.map((_, t) => [
        String(t),
        ...layers.map((l) => money(fmt, l.mrr[t]!)),
        money(fmt, total(t)),
      ]),
    },
  };
}
