import { decimal, type Formatting } from '../format.ts';
import { csmsFor } from '../model/index.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
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
  const { charts: w, kpis } = words();
  const t = w.team;
  const headline = hiring
    ? t.hiring(
        whole(first.csms),
        whole(last.csms),
        String(H),
        whole(last.productiveCsms),
        whole(needed[H]!.csms),
      )
    : t.fixed(whole(first.csms), String(H), whole(needed[H]!.csms));
  return withLazyTable(
    {
      type: 'line',
      headline,
      description: t.description(
        spanOf(H, kpis.span.overMonths),
        String(H),
        whole(last.csms),
        whole(last.productiveCsms),
        whole(needed[H]!.csms),
      ),
      data: {
        datasets: [
          line(
            t.payroll,
            series(rows, (r) => r.csms),
            palette.withCs,
            { borderWidth: 2.5, stepped: true },
          ),
          line(
            t.productive,
            series(rows, (r) => r.productiveCsms),
            palette.expansion,
            { stepped: true },
          ),
          line(
            t.needed,
            series(needed, (r) => r.csms, 1),
            palette.baseline,
            { borderDash: [6, 4], stepped: true },
          ),
        ],
      },
      options: chartOptions<'line'>(palette, H, { y: { title: t.axis, format: whole, min: 0 } }),
    },
    () => ({
      columns: [w.common.month, t.payroll, t.productive, t.needed],
      rows: rows.map((r, t) => [
        String(t),
        whole(r.csms),
        whole(r.productiveCsms),
        t === 0 ? '—' : whole(needed[t]!.csms),
      ]),
    }),
  );
}
