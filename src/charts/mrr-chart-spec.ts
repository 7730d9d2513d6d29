import { money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, withLazyTable, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

/** MRR with and without the program, and the cumulative net benefit that pays for it. */
export function mrrChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const short = (v: number) => money(fmt, v, true);
  const { charts: w, kpis } = words();
  const t = w.mrr;
  const payback = e.paybackMonth;
  const lift = short(e.endingArrLift);
  const headline =
    e.csCost === 0
      ? t.noCsms
      : payback === null
        ? t.noPayback(lift, String(H), spanOf(H, kpis.span.withinMonths))
        : t.paysBack(lift, String(H), String(payback));
  const ends = [
    spanOf(H, kpis.span.overMonths),
    short(e.withCs.rows[H]!.mrr),
    short(e.baseline.rows[H]!.mrr),
    short(e.cumulativeNetBenefit[H]!),
  ] as const;
  const benefit = e.cumulativeNetBenefit.map((y, x) => ({ x, y }));
  return withLazyTable(
    {
      type: 'line',
      headline,
      description: payback === null ? t.description(...ends) : t.descriptionPayback(...ends, String(payback)),
      data: {
        datasets: [
          line(
            t.withCs,
            series(e.withCs.rows, (r) => r.mrr),
            palette.withCs,
            { borderWidth: 2.5 },
          ),
          line(
            t.withoutCs,
            series(e.baseline.rows, (r) => r.mrr),
            palette.baseline,
            { borderDash: [6, 4] },
          ),
          line(t.cumulative, benefit, palette.benefit, {
            yAxisID: 'benefit',
            fill: { target: { value: 0 }, above: `${palette.benefit}22`, below: `${palette.churn}22` },
          }),
        ],
      },
      options: chartOptions<'line'>(
        palette,
        H,
        {
          y: { title: t.axis, format: short },
          benefit: { title: t.cumulative, format: short, position: 'right' },
        },
        { vertical: payback === null ? [] : [{ at: payback, label: t.payback(String(payback)) }] },
      ),
    },
    () => ({
      columns: [w.common.month, t.withCs, t.withoutCs, t.cumulative],
      rows: e.withCs.rows.map((r, t) => [
        String(t),
        money(fmt, r.mrr),
        money(fmt, e.baseline.rows[t]!.mrr),
        money(fmt, benefit[t]!.y),
      ]),
    }),
  );
}
