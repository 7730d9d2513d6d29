import { decimal, money, type Formatting } from '../format.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';
import { withXAxis } from './x-axis.ts';

const csmsLabel = (fmt: Formatting, n: number) => `${decimal(fmt, n, 0)} ${n === 1 ? 'CSM' : 'CSMs'}`;

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
  const team = fixedTeam ? 'CSMs in all (fixed team)' : 'CSMs in all';
  const markers =
    best.csms === today
      ? [{ at: today, label: 'Today, best' }]
      : [
          { at: today, label: 'Today' },
          { at: best.csms, label: 'Best' },
        ];
  return {
    type: 'line',
    headline:
      best.csms === 0
        ? `No total team returns more than it costs over ${H} months`
        : `${csmsLabel(fmt, best.csms)} in all, split the best way, earn the most: ${short(best.netBenefit)} over ${H} months`,
    description:
      `Line chart of the whole book's net benefit over ${H} months for total teams of 0 to ${decimal(fmt, upper, 0)} CSMs, ` +
      `each split over the segments the best way${fixedTeam ? ', with the team held fixed' : ''}. ` +
      `Best: ${csmsLabel(fmt, best.csms)} at ${short(best.netBenefit)}; today's team is ${csmsLabel(fmt, today)}.`,
    data: {
      datasets: [
        line(
          `Net benefit over ${H} months, best split`,
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
        { y: { title: `Net benefit over ${H} months`, format: short, min: Math.min(0, lowest) } },
        { vertical: markers, horizontal: lowest < 0 ? [{ at: 0, label: 'Break-even' }] : [] },
      ),
      palette,
      {
        title: team,
        min: 0,
        max: upper,
        format: (x) => decimal(fmt, x, 0),
        tooltipTitle: (x) => csmsLabel(fmt, x),
      },
    ),
    table: {
      columns: [team, `Net benefit over ${H} months, best split`],
      rows: points.map((p) => [decimal(fmt, p.csms, 0), money(fmt, p.netBenefit)]),
    },
  };
}
