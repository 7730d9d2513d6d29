import { decimal, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { startingCsms, type Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** How much of the needed CSM time the team covers, and how many accounts each CSM carries. */
export function coverageChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const rows = e.withCs.rows;
  const csms = startingCsms(a);
  const recommended = e.recommendedCsms;
  const perCsm = (accounts: number, csms: number) => (csms > 0 ? accounts / csms : null);
  const last = rows[H]!;
  const { charts: w, kpis } = words();
  const t = w.coverage;
  const headline =
    csms === 0
      ? t.noCsms(String(recommended))
      : last.coverage < 1
        ? t.falls(percent(fmt, last.coverage, 0), String(H), String(recommended), String(csms))
        : t.covers(String(csms), String(recommended));
  const over = spanOf(H, kpis.span.overMonths);
  const perRecommended = decimal(fmt, last.accounts / recommended, 0);
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        last.csms > 0
          ? t.description(
              over,
              String(H),
              percent(fmt, last.coverage, 0),
              decimal(fmt, last.accounts / last.csms, 0),
              perRecommended,
              String(recommended),
            )
          : t.descriptionNoCsms(
              over,
              String(H),
              percent(fmt, last.coverage, 0),
              perRecommended,
              String(recommended),
            ),
      data: {
        datasets: [
          line(
            t.coverage,
            series(rows, (r) => r.coverage, 1),
            palette.withCs,
            { borderWidth: 2.5 },
          ),
          line(
            t.perCsm,
            series(rows, (r) => perCsm(r.accounts, r.csms)),
            palette.contraction,
            { yAxisID: 'accounts' },
          ),
          line(
            t.perCsmRecommended,
            series(rows, (r) => perCsm(r.accounts, recommended)),
            palette.baseline,
            {
              yAxisID: 'accounts',
              borderDash: [6, 4],
            },
          ),
        ],
      },
      options: chartOptions<'line'>(
        palette,
        H,
        {
          y: { title: t.coverage, format: (v) => percent(fmt, v, 0), min: 0 },
          accounts: {
            title: t.perCsm,
            format: (v) => decimal(fmt, v, 0),
            position: 'right',
            min: 0,
          },
        },
        { horizontal: [{ at: 1, label: t.full }] },
      ),
    },
    () => ({
      columns: [w.common.month, t.coverage, t.accounts, t.perCsm, t.perRecommendedColumn],
      rows: rows
        .slice(1)
        .map((r) => [
          String(r.month),
          percent(fmt, r.coverage, 0),
          decimal(fmt, r.accounts, 0),
          r.csms > 0 ? decimal(fmt, r.accounts / r.csms, 0) : '—',
          decimal(fmt, r.accounts / recommended, 0),
        ]),
    }),
  );
}
