import { decimal, money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import { csmsLabel } from './headcount-chart-spec.ts';
import type { Palette } from './palette.ts';
import { withXAxis } from './x-axis.ts';

/** The whole book's net benefit against the total team, each total split over the segments the best way. */
export function teamSplitChartSpec(
  points: readonly { csms: number; netBenefit: number }[],
  today: number,
  horizonMonths: number,
  fixedTeam: boolean,
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const H = horizonMonths;
  const short = (v: number) => money(fmt, v, true);
  const best = points.reduce((x, y) => (y.netBenefit > x.netBenefit ? y : x));
  const upper = points.at(-1)!.csms;
  const lowest = Math.min(...points.map((p) => p.netBenefit));
  const { charts: w, kpis } = words();
  const t = w.teamSplit;
  const csms = (n: number) => csmsLabel(fmt, n, w.common.csms);
  const over = spanOf(H, kpis.span.overMonths);
  const team = fixedTeam ? t.teamFixed : t.team;
  const markers =
    best.csms === today
      ? [{ at: today, label: t.todayBest }]
      : [
          { at: today, label: w.headcount.today },
          { at: best.csms, label: w.headcount.best },
        ];
  return {
    type: 'line',
    headline: best.csms === 0 ? t.none(over) : t.best(csms(best.csms), short(best.netBenefit), over),
    description: (fixedTeam ? t.descriptionFixed : t.description)(
      over,
      decimal(fmt, upper, 0),
      csms(best.csms),
      short(best.netBenefit),
      csms(today),
    ),
    data: {
      datasets: [
        line(
          t.bestSplit(over),
          points.map((p) => ({ x: p.csms, y: p.netBenefit })),
          palette.benefit,
          {
            borderWidth: 2.5,
            fill: { target: { value: 0 }, above: `${palette.benefit}22`, below: `${palette.churn}22` },
          },
        ),
      ],
    },
    options: withXAxis(
      chartOptions<'line'>(
        palette,
        upper,
        { y: { title: w.headcount.netBenefit(over), format: short, min: Math.min(0, lowest) } },
        { vertical: markers, horizontal: lowest < 0 ? [{ at: 0, label: w.common.breakEven }] : [] },
      ),
      palette,
      {
        title: team,
        min: 0,
        max: upper,
        format: (x) => decimal(fmt, x, 0),
        tooltipTitle: csms,
      },
    ),
    table: {
      columns: [team, t.bestSplit(over)],
      rows: points.map((p) => [decimal(fmt, p.csms, 0), money(fmt, p.netBenefit)]),
    },
  };
}
