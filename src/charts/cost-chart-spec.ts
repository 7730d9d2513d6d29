import { money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
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
  const { charts: w, kpis } = words();
  const t = w.cost;
  const kinds = [
    { label: t.csms, read: (r: (typeof rows)[number]) => r.csmCost, colour: palette.withCs },
    { label: t.overhead, read: (r: (typeof rows)[number]) => r.overheadCost, colour: palette.nrr },
    {
      label: t.digital,
      read: (r: (typeof rows)[number]) => r.digitalCost,
      colour: palette.contraction,
    },
  ];
  return withLazyTable(
    {
      type: 'line',
      headline: t.headline(spanOf(H, kpis.span.months), short(e.csCost), short(e.deltaGrossProfit)),
      description: t.description(
        spanOf(H, kpis.span.overMonths),
        short(csm),
        short(overhead),
        short(digital),
        short(e.deltaGrossProfit),
      ),
      data: {
        datasets: [
          ...kinds.map((k, i) => stackedArea(k.label, series(rows, k.read, 1), k.colour, 'cost', i === 0)),
          line(
            t.gain,
            series(added, (r) => r.gain, 1),
            palette.benefit,
            { borderWidth: 2.5, stack: 'gain' },
          ),
        ],
      },
      options: chartOptions<'line'>(palette, H, { y: { title: t.axis, format: short, stacked: true } }),
    },
    () => ({
      columns: [w.common.month, ...kinds.map((k) => k.label), t.csCost, t.gain],
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
