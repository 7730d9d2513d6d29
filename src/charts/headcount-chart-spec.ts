import type { Assumptions, HeadcountSweep } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Marker } from './markers-plugin.ts';
import type { Palette } from './palette.ts';
import { withXAxis } from './x-axis.ts';

const csmsLabel = (fmt: Formatting, n: number) => `${decimal(fmt, n, 0)} ${n === 1 ? 'CSM' : 'CSMs'}`;

/** Reference lines at today's team, the best team and the full-coverage team; one line where they coincide. */
export function headcountMarkers(sweep: HeadcountSweep, inspected: number): Marker[] {
  const named: [number, string][] = [
    [sweep.current.csms, 'Today'],
    [sweep.optimum.csms, 'Best'],
    [sweep.recommended, 'Full coverage'],
    [inspected, 'Inspecting'],
  ];
  const byPosition = new Map<number, string[]>();
  for (const [at, label] of named) {
    const labels = byPosition.get(at) ?? [];
    if (label !== 'Inspecting' || labels.length === 0) labels.push(label);
    byPosition.set(at, labels);
  }
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
  const headline =
    optimum.csms === 0
      ? `No team size pays for itself over ${H} months: every CSM costs more than the gross profit it adds`
      : `${csmsLabel(fmt, optimum.csms)} earn the most: ${short(optimum.netBenefit)} net over ${H} months` +
        (current.csms === optimum.csms
          ? ', and that is today’s team'
          : `; today’s ${decimal(fmt, current.csms, 0)} earn ${short(current.netBenefit)}`);
  return {
    type: 'line',
    headline,
    description:
      `Line chart of net benefit over ${H} months and ROI for CS teams of 0 to ${decimal(fmt, upper, 0)} CSMs. ` +
      `Best: ${csmsLabel(fmt, optimum.csms)} at ${short(optimum.netBenefit)}. Today: ${csmsLabel(fmt, current.csms)} at ${short(current.netBenefit)}. ` +
      `Full coverage needs ${csmsLabel(fmt, sweep.recommended)}.`,
    data: {
      datasets: [
        line(
          `Net benefit over ${H} months`,
          sweep.points.map((p) => ({ x: p.csms, y: p.netBenefit })),
          palette.benefit,
          {
            borderWidth: 2.5,
            fill: { target: { value: 0 }, above: `${palette.benefit}22`, below: `${palette.churn}22` },
          },
        ),
        line(
          'ROI',
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
            title: `Net benefit over ${H} months`,
            format: short,
            min: Math.min(0, lowest),
            ...(highest < 0 ? { max: 0 } : {}),
          },
          // Both axes include zero, so the two lines' heights compare honestly.
          roi: {
            title: 'ROI',
            format: (v) => percent(fmt, v, 0),
            position: 'right',
            min: Math.min(0, lowestRoi),
            ...(highestRoi < 0 ? { max: 0 } : {}),
          },
        },
        {
          vertical: headcountMarkers(sweep, inspected),
          horizontal: lowest < 0 ? [{ at: 0, label: 'Break-even' }] : [],
        },
      ),
      palette,
      {
        title: 'CSMs on the team',
        min: 0,
        max: upper,
        format: (x) => decimal(fmt, x, 0),
        tooltipTitle: (x) => csmsLabel(fmt, x),
      },
    ),
    table: {
      columns: ['CSMs', `Net benefit over ${H} months`, 'ROI'],
      rows: sweep.points.map((p) => [
        decimal(fmt, p.csms, 0),
        money(fmt, p.netBenefit),
        p.roi === null ? 'No CS cost' : percent(fmt, p.roi, 0),
      ]),
    },
  };
}
