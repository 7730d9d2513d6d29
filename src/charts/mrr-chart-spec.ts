import { money, type Formatting } from '../format.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** MRR with and without the program, and the cumulative net benefit that pays for it. */
export function mrrChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const short = (v: number) => money(fmt, v, true);
  const payback = e.paybackMonth;
  const lift = short(e.endingArrLift);
  const headline =
    e.csCost === 0
      ? `With no CSMs, MRR follows the no-CS path`
      : `CS adds ${lift} of ARR by month ${H}` +
        (payback === null
          ? ` but does not pay back within ${H} months`
          : ` and pays back in month ${payback}`);
  const benefit = e.cumulativeNetBenefit.map((y, x) => ({ x, y }));
  return withLazyTable(
    {
      type: 'line',
      headline,
      description:
        `Line chart over ${H} months. MRR with CS ends at ${short(e.withCs.rows[H]!.mrr)}, without CS at ${short(e.baseline.rows[H]!.mrr)}. ` +
        `Cumulative net benefit of the program ends at ${short(e.cumulativeNetBenefit[H]!)}` +
        (payback === null ? '.' : `, positive from month ${payback}.`),
      data: {
        datasets: [
          line(
            'MRR with CS',
            series(e.withCs.rows, (r) => r.mrr),
            palette.withCs,
            { borderWidth: 2.5 },
          ),
          line(
            'MRR without CS',
            series(e.baseline.rows, (r) => r.mrr),
            palette.baseline,
            { borderDash: [6, 4] },
          ),
          line('Cumulative net benefit', benefit, palette.benefit, {
            yAxisID: 'benefit',
            fill: { target: { value: 0 }, above: `${palette.benefit}22`, below: `${palette.churn}22` },
          }),
        ],
      },
      options: chartOptions<'line'>(
        palette,
        H,
        {
          y: { title: 'MRR', format: short },
          benefit: { title: 'Cumulative net benefit', format: short, position: 'right' },
        },
        { vertical: payback === null ? [] : [{ at: payback, label: `Payback, month ${payback}` }] },
      ),
    },
    () => ({
      columns: ['Month', 'MRR with CS', 'MRR without CS', 'Cumulative net benefit'],
      rows: e.withCs.rows.map((r, t) => [
        String(t),
        money(fmt, r.mrr),
        money(fmt, e.baseline.rows[t]!.mrr),
        money(fmt, benefit[t]!.y),
      ]),
    }),
  );
}
