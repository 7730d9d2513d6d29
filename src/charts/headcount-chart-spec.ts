import type { Assumptions, HeadcountSweep } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import type { ChartsWords } from '../i18n/messages/en/charts.ts';
import { plural } from '../i18n/plural.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Marker } from './markers-plugin.ts';
import type { Palette } from './palette.ts';
import { withXAxis } from './x-axis.ts';

/** "3 CSMs": a team size, in the words `forms` give for a count of CSMs. */
export const csmsLabel = (fmt: Formatting, n: number, forms = words().charts.common.csms): string =>
  plural(n, decimal(fmt, n, 0), forms);

/** Reference lines at today's team, the best team and the full-coverage team; one line where they coincide. */
export function headcountMarkers(
  sweep: HeadcountSweep,
  inspected: number,
  t: ChartsWords['headcount'] = words().charts.headcount,
): Marker[] {
  const named: [number, string][] = [
    [sweep.current.csms, t.today],
    [sweep.optimum.csms, t.best],
    [sweep.recommended, t.full],
  ];
  const byPosition = new Map<number, string[]>();
  for (const [at, label] of named) byPosition.set(at, [...(byPosition.get(at) ?? []), label]);
  // The team being inspected is marked only where no other line is.
  if (!byPosition.has(inspected)) byPosition.set(inspected, [t.inspecting]);
  return [...byPosition].map(([at, labels]) => ({ at, label: labels.join(', ') }));
}

/** Net benefit over the horizon, and ROI, for every team size from none to about twice the full-coverage team. */
export function headcountChartSpec(
  a: Assumptions,
  sweep: HeadcountSweep,
  inspected: number,
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const H = a.horizonMonths;
  const short = (v: number) => money(fmt, v, true);
  const upper = sweep.points.at(-1)!.csms;
  const { optimum, current } = sweep;
  const lowest = Math.min(...sweep.points.map((p) => p.netBenefit));
  const lowestRoi = Math.min(...sweep.points.map((p) => p.roi ?? 0));
  const highestRoi = Math.max(...sweep.points.map((p) => p.roi ?? 0));
  const highest = Math.max(...sweep.points.map((p) => p.netBenefit));
  const { charts: w, kpis } = words();
  const t = w.headcount;
  const csms = (n: number) => csmsLabel(fmt, n, w.common.csms);
  const over = spanOf(H, kpis.span.overMonths);
  const headline =
    optimum.csms === 0
      ? t.none(over)
      : current.csms === optimum.csms
        ? t.bestToday(csms(optimum.csms), short(optimum.netBenefit), over)
        : t.bestNotToday(
            csms(optimum.csms),
            short(optimum.netBenefit),
            over,
            decimal(fmt, current.csms, 0),
            short(current.netBenefit),
          );
  return {
    type: 'line',
    headline,
    description: t.description(
      over,
      decimal(fmt, upper, 0),
      csms(optimum.csms),
      short(optimum.netBenefit),
      csms(current.csms),
      short(current.netBenefit),
      csms(sweep.recommended),
    ),
    data: {
      datasets: [
        line(
          t.netBenefit(over),
          sweep.points.map((p) => ({ x: p.csms, y: p.netBenefit })),
          palette.benefit,
          {
            borderWidth: 2.5,
            fill: { target: { value: 0 }, above: `${palette.benefit}22`, below: `${palette.churn}22` },
          },
        ),
        line(
          t.roi,
          sweep.points.filter((p) => p.roi !== null).map((p) => ({ x: p.csms, y: p.roi! })),
          palette.withCs,
          { yAxisID: 'roi', borderDash: [6, 4] },
        ),
      ],
    },
    options: withXAxis(
      chartOptions<'line'>(
        palette,
        upper,
        {
          y: {
            title: t.netBenefit(over),
            format: short,
            min: Math.min(0, lowest),
            ...(highest < 0 ? { max: 0 } : {}),
          },
          // Both axes include zero, so the two lines' heights compare honestly.
          roi: {
            title: t.roi,
            format: (v) => percent(fmt, v, 0),
            position: 'right',
            min: Math.min(0, lowestRoi),
            ...(highestRoi < 0 ? { max: 0 } : {}),
          },
        },
        {
          vertical: headcountMarkers(sweep, inspected, t),
          horizontal: lowest < 0 ? [{ at: 0, label: w.common.breakEven }] : [],
        },
      ),
      palette,
      {
        title: t.axis,
        min: 0,
        max: upper,
        format: (x) => decimal(fmt, x, 0),
        tooltipTitle: csms,
      },
    ),
    table: {
      columns: [t.column, t.netBenefit(over), t.roi],
      rows: sweep.points.map((p) => [
        decimal(fmt, p.csms, 0),
        money(fmt, p.netBenefit),
        p.roi === null ? kpis.cards.noCsCost : percent(fmt, p.roi, 0),
      ]),
    },
  };
}
