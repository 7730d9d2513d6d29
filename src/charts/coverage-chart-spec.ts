import { decimal, percent, type Formatting } from '../format.ts';
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
  const headline =
    csms === 0
      ? `No CSMs: coverage is zero; ${recommended} would cover every month`
      : last.coverage < 1
        ? `Coverage falls to ${percent(fmt, last.coverage, 0)} by month ${H}: the book needs ${recommended} CSMs, the team has ${csms}`
        : `The team of ${csms} covers every month; ${recommended} is the smallest team that does`;
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        `Line chart over ${H} months of CS coverage (share of needed CSM hours the team provides) and accounts per CSM. ` +
        `At month ${H}: coverage ${percent(fmt, last.coverage, 0)}, ` +
        `${last.csms > 0 ? decimal(fmt, last.accounts / last.csms, 0) : 'no'} accounts per CSM against ${decimal(fmt, last.accounts / recommended, 0)} with the recommended ${recommended}.`,
      data: {
        datasets: [
          line(
            'Coverage',
            series(rows, (r) => r.coverage, 1),
            palette.withCs,
            { borderWidth: 2.5 },
          ),
          line(
            'Accounts per CSM',
            series(rows, (r) => perCsm(r.accounts, r.csms)),
            palette.contraction,
            { yAxisID: 'accounts' },
          ),
          line(
            'Accounts per CSM, recommended team',
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
          y: { title: 'Coverage', format: (v) => percent(fmt, v, 0), min: 0 },
          accounts: {
            title: 'Accounts per CSM',
            format: (v) => decimal(fmt, v, 0),
            position: 'right',
            min: 0,
          },
        },
        { horizontal: [{ at: 1, label: 'Full coverage' }] },
      ),
    },
    () => ({
      columns: ['Month', 'Coverage', 'Accounts', 'Accounts per CSM', 'Per CSM, recommended team'],
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
