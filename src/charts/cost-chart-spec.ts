import { money, type Formatting } from '../format.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, stackedArea, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** What CS costs each month, by kind, against the gross profit it adds that month. */
export function costChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const rows = e.withCs.rows;
  const short = (v: number) => money(fmt, v, true);
  const added = rows.map((r, t) => ({
    month: r.month,
    gain: r.grossProfit - e.baseline.rows[t]!.grossProfit,
  }));
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const csm = sum((r) => r.csmCost);
  const overhead = sum((r) => r.overheadCost);
  const digital = sum((r) => r.digitalCost);
  const kinds = [
    { label: 'CSMs', read: (r: (typeof rows)[number]) => r.csmCost, colour: palette.withCs },
    { label: 'Managers and tools', read: (r: (typeof rows)[number]) => r.overheadCost, colour: palette.nrr },
    {
      label: 'Digital program',
      read: (r: (typeof rows)[number]) => r.digitalCost,
      colour: palette.contraction,
    },
  ];
  return withLazyTable(
    {
      type: 'line',
      headline: `Over ${H} months CS costs ${short(e.csCost)} and adds ${short(e.deltaGrossProfit)} of gross profit`,
      description:
        `Stacked area chart over ${H} months of the CS cost each month by kind, with the gross profit CS adds each month as a line. ` +
        `Over the horizon: CSMs ${short(csm)}, managers and tools ${short(overhead)}, digital program ${short(digital)}; ` +
        `gross profit added ${short(e.deltaGrossProfit)}.`,
      data: {
        datasets: [
          ...kinds.map((k, i) => stackedArea(k.label, series(rows, k.read, 1), k.colour, 'cost', i === 0)),
          line(
            'Gross profit CS adds',
            series(added, (r) => r.gain, 1),
            palette.benefit,
            { borderWidth: 2.5, stack: 'gain' },
          ),
        ],
      },
      options: chartOptions<'line'>(palette, H, { y: { title: 'A month', format: short, stacked: true } }),
    },
    () => ({
      columns: ['Month', ...kinds.map((k) => k.label), 'CS cost', 'Gross profit CS adds'],
      rows: rows
        .slice(1)
        .map((r) => [
          String(r.month),
          ...kinds.map((k) => money(fmt, k.read(r))),
          money(fmt, r.csCost),
          money(fmt, added[r.month]!.gain),
        ]),
    }),
  );
}
