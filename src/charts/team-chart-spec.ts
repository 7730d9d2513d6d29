import { decimal, type Formatting } from '../format.ts';
import { csmsFor } from '../model/index.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** The CS team over time: CSMs paid, CSMs past their ramp-up, and CSMs the book needs for full coverage. */
export function teamChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const rows = e.withCs.rows;
  // NOTE: each segment's CSMs give its own hours, so the book's need is each segment's need, added up.
  const needed = rows.map((r, t) => ({
    month: r.month,
    csms: a.segments.reduce(
      (sum, s, i) => sum + csmsFor(e.withCs.segments[i]!.rows[t]!.demandHours, s.csmHoursPerMonth),
      0,
    ),
  }));
  const whole = (v: number) => decimal(fmt, v, 0);
  const first = rows[0]!;
  const last = rows[H]!;
  const hiring = a.team.staffing === 'hireToCoverage';
  const headline = hiring
    ? `Hiring takes the team from ${whole(first.csms)} to ${whole(last.csms)} CSMs by month ${H}; ${whole(last.productiveCsms)} of them past their ramp-up, ${whole(needed[H]!.csms)} needed for full coverage`
    : `A fixed team of ${whole(first.csms)} CSMs; by month ${H} full coverage needs ${whole(needed[H]!.csms)}`;
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        `Line chart over ${H} months of the CS team: CSMs on the payroll, CSMs past their ramp-up (giving hours) ` +
        `and the CSMs the accounts' hours would need for full coverage. At month ${H}: ${whole(last.csms)} on the payroll, ` +
        `${whole(last.productiveCsms)} productive, ${whole(needed[H]!.csms)} needed.`,
      data: {
        datasets: [
          line(
            'CSMs on the payroll',
            series(rows, (r) => r.csms),
            palette.withCs,
            { borderWidth: 2.5, stepped: true },
          ),
          line(
            'Productive CSMs',
            series(rows, (r) => r.productiveCsms),
            palette.expansion,
            { stepped: true },
          ),
          line(
            'CSMs needed for full coverage',
            series(needed, (r) => r.csms, 1),
            palette.baseline,
            { borderDash: [6, 4], stepped: true },
          ),
        ],
      },
      options: chartOptions<'line'>(palette, H, { y: { title: 'CSMs', format: whole, min: 0 } }),
    },
    () => ({
      columns: ['Month', 'CSMs on the payroll', 'Productive CSMs', 'CSMs needed for full coverage'],
      rows: rows.map((r, t) => [
        String(t),
        whole(r.csms),
        whole(r.productiveCsms),
        t === 0 ? '—' : whole(needed[t]!.csms),
      ]),
    }),
  );
}
