import { money, type Formatting } from '../format.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** Where each month's MRR change comes from, with the CS program: gains above zero, losses below. */
export function bridgeChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'bar'> {
  const rows = p.evaluation.withCs.rows;
  const H = p.inputs.horizonMonths;
  const last = rows[H]!;
  const short = (v: number) => money(fmt, v, true);
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
      headline: `In month ${H}, new and expansion MRR add ${short(last.newMrr + last.expansionMrr)}; churn and contraction take ${short(last.churnedMrr + last.contractionMrr)}`,
      description:
        `Stacked bar chart of the monthly MRR bridge with CS over ${H} months. In month ${H}: new ${short(last.newMrr)}, ` +
        `expansion ${short(last.expansionMrr)}, contraction ${short(last.contractionMrr)}, churn ${short(last.churnedMrr)}; net ${short(net)}.`,
      data: {
        datasets: [
          bar('New', (r) => r.newMrr, palette.newMrr),
          bar('Expansion', (r) => r.expansionMrr, palette.expansion),
          bar('Contraction', (r) => -r.contractionMrr, palette.contraction),
          bar('Churn', (r) => -r.churnedMrr, palette.churn),
        ],
      },
      options: chartOptions<'bar'>(palette, H, {
        y: { title: 'MRR change a month', format: short, stacked: true },
      }),
    },
    () => ({
      columns: ['Month', 'New', 'Expansion', 'Contraction', 'Churn', 'Net change'],
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
