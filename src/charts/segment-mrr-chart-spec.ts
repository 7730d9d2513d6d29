import { money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, stackedArea, withLazyTable, type ChartSpec } from './chart-spec.ts';
import { segmentColours, type Palette } from './palette.ts';

/** MRR with CS, stacked by segment, against the whole book's MRR without CS. */
export function segmentMrrChartSpec(p: Projection, palette: Palette, fmt: Formatting): ChartSpec<'line'> {
  const { evaluation: e, inputs: a } = p;
  const H = a.horizonMonths;
  const short = (v: number) => money(fmt, v, true);
  const colours = segmentColours(palette);
  const segments = e.withCs.segments;
  const atHorizon = segments.map((s) => s.rows[H]!.mrr);
  const largest = atHorizon.indexOf(Math.max(...atHorizon));
  const total = e.withCs.rows[H]!.mrr;
  const without = e.baseline.rows[H]!.mrr;
  const { charts: w, kpis } = words();
  const t = w.segmentMrr;
  return withLazyTable(
    {
      type: 'line',
      headline: t.headline(
        String(H),
        segments[largest]!.name,
        short(atHorizon[largest]!),
        short(total),
        short(without),
      ),
      description: t.description(
        spanOf(H, kpis.span.overMonths),
        String(H),
        segments.map((s, i) => `${s.name} ${short(atHorizon[i]!)}`).join(', '),
        short(without),
      ),
      data: {
        datasets: [
          ...segments.map((s, i) =>
            stackedArea(
              s.name,
              series(s.rows, (r) => r.mrr),
              colours[i]!,
              'segments',
              i === 0,
            ),
          ),
          line(
            t.withoutCs,
            series(e.baseline.rows, (r) => r.mrr),
            palette.baseline,
            { borderDash: [6, 4], stack: 'baseline' },
          ),
        ],
      },
      options: chartOptions<'line'>(palette, H, {
        y: { title: t.axis, format: short, stacked: true, min: 0 },
      }),
    },
    () => ({
      columns: [w.common.month, ...segments.map((s) => t.segmentWithCs(s.name)), t.withCs, t.withoutCs],
      rows: e.withCs.rows.map((r, t) => [
        String(t),
        ...segments.map((s) => money(fmt, s.rows[t]!.mrr)),
        money(fmt, r.mrr),
        money(fmt, e.baseline.rows[t]!.mrr),
      ]),
    }),
  );
}
