import { money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** Where each month's MRR change comes from, with the CS program: gains above zero, losses below. */
export function bridgeChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'bar'> {
  const rows = p.evaluation.withCs.rows;
  const H = p.inputs.horizonMonths;
  const last = rows[H]!;
  const short = (v: number) => money(fmt, v, true);
  const { charts: w, kpis } = words();
  const t = w.bridge;
  const bar = (label: string, y: (r: (typeof rows)[number]) => number, color: string) => ({
    type: 'bar' as const,
    label,
    data: series(rows, y, 1),
    backgroundColor: color,
    borderWidth: 0,
    barPercentage: 1,
    categoryPercentage: 0.9,
    stack: 'bridge',
  });
  const net = last.newMrr + last.expansionMrr - last.contractionMrr - last.churnedMrr;
  return withLazyTable(
    {
      type: 'bar',
      headline: t.headline(
        String(H),
        short(last.newMrr + last.expansionMrr),
        short(last.churnedMrr + last.contractionMrr),
      ),
      description: t.description(
        spanOf(H, kpis.span.overMonths),
        String(H),
        short(last.newMrr),
        short(last.expansionMrr),
        short(last.contractionMrr),
        short(last.churnedMrr),
        short(net),
      ),
      data: {
        datasets: [
          bar(t.added, (r) => r.newMrr, palette.newMrr),
          bar(t.expansion, (r) => r.expansionMrr, palette.expansion),
          bar(t.contraction, (r) => -r.contractionMrr, palette.contraction),
          bar(t.churn, (r) => -r.churnedMrr, palette.churn),
        ],
      },
      options: chartOptions<'bar'>(palette, H, {
        y: { title: t.axis, format: short, stacked: true },
      }),
    },
    () => ({
      columns: [w.common.month, t.added, t.expansion, t.contraction, t.churn, t.net],
      rows: rows
        .slice(1)
        .map((r) => [
          String(r.month),
          money(fmt, r.newMrr),
          money(fmt, r.expansionMrr),
          money(fmt, -r.contractionMrr),
          money(fmt, -r.churnedMrr),
          money(fmt, r.newMrr + r.expansionMrr - r.contractionMrr - r.churnedMrr),
        ]),
    }),
  );
}
