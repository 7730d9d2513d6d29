import { percent, type Formatting } from '../format.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

const RETENTION_FROM = 12;

/** Trailing-12-month NRR and GRR with the program, NRR without it, against 100 %. */
export function retentionChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const pct = (v: number) => percent(fmt, v, 0);
  const nrr = e.withCs.rows[H]!.nrr;
  const nrrBase = e.baseline.rows[H]!.nrr;
  const headline =
    nrr === null || nrrBase === null
      ? 'Net and gross revenue retention need a horizon of at least 12 months'
      : `NRR ends at ${pct(nrr)} with CS and ${pct(nrrBase)} without` +
        (nrr >= 1 ? ': existing customers grow revenue on their own' : '');
  const shown = e.withCs.rows.slice(RETENTION_FROM);
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        nrr === null || nrrBase === null
          ? 'No retention figures: the horizon is shorter than 12 months.'
          : `Line chart from month 12 to ${H}. NRR with CS ends at ${pct(nrr)}, GRR with CS at ${pct(e.withCs.rows[H]!.grr ?? 0)}, NRR without CS at ${pct(nrrBase)}. The dashed line marks 100 %.`,
      data: {
        datasets: [
          line(
            'NRR with CS',
            series(e.withCs.rows, (r) => r.nrr, RETENTION_FROM),
            palette.nrr,
            { borderWidth: 2.5 },
          ),
          line(
            'GRR with CS',
            series(e.withCs.rows, (r) => r.grr, RETENTION_FROM),
            palette.grr,
          ),
          line(
            'NRR without CS',
            series(e.baseline.rows, (r) => r.nrr, RETENTION_FROM),
            palette.baseline,
            { borderDash: [6, 4] },
          ),
        ],
      },
      options: chartOptions<'line'>(
        palette,
        H,
        { y: { title: 'Trailing 12 months', format: pct } },
        { horizontal: [{ at: 1, label: '100 %' }] },
      ),
    },
    () => ({
      columns: ['Month', 'NRR with CS', 'GRR with CS', 'Logo retention with CS', 'NRR without CS'],
      rows: shown.map((r) => [
        String(r.month),
        percent(fmt, r.nrr ?? Number.NaN),
        percent(fmt, r.grr ?? Number.NaN),
        percent(fmt, r.logoRetention ?? Number.NaN),
        percent(fmt, e.baseline.rows[r.month]!.nrr ?? Number.NaN),
      ]),
    }),
  );
}
