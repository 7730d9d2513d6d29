import { percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

const RETENTION_FROM = 12;

/** Trailing-12-month NRR and GRR with the program, NRR without it, against 100 %. */
export function retentionChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const pct = (v: number) => percent(fmt, v, 0);
  const w = words().charts;
  const t = w.retention;
  const nrr = e.withCs.rows[H]!.nrr;
  const nrrBase = e.baseline.rows[H]!.nrr;
  const headline =
    nrr === null || nrrBase === null
      ? t.short
      : (nrr >= 1 ? t.headlineGrows : t.headline)(pct(nrr), pct(nrrBase));
  const shown = e.withCs.rows.slice(RETENTION_FROM);
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        nrr === null || nrrBase === null
          ? t.noFigures
          : t.description(String(H), pct(nrr), pct(e.withCs.rows[H]!.grr ?? 0), pct(nrrBase)),
      data: {
        datasets: [
          line(
            t.nrrWithCs,
            series(e.withCs.rows, (r) => r.nrr, RETENTION_FROM),
            palette.nrr,
            { borderWidth: 2.5 },
          ),
          line(
            t.grrWithCs,
            series(e.withCs.rows, (r) => r.grr, RETENTION_FROM),
            palette.grr,
          ),
          line(
            t.nrrWithoutCs,
            series(e.baseline.rows, (r) => r.nrr, RETENTION_FROM),
            palette.baseline,
            { borderDash: [6, 4] },
          ),
        ],
      },
      options: chartOptions<'line'>(
        palette,
        H,
        { y: { title: t.axis, format: pct } },
        { horizontal: [{ at: 1, label: t.full }] },
      ),
    },
    () => ({
      columns: [w.common.month, t.nrrWithCs, t.grrWithCs, t.logosWithCs, t.nrrWithoutCs],
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
