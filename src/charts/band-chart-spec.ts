import type { MonteCarloResult, MonthRow } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { chartOptions, line, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

const points = (values: readonly number[]) => values.map((y, x) => ({ x, y }));

/** MRR with CS as a band: where 80 % of the Monte Carlo runs land (P10 to P90), their median, and the scenario as entered. */
export function bandChartSpec(
  r: MonteCarloResult,
  scenario: readonly MonthRow[],
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const H = r.mrr.p50.length - 1;
  const short = (v: number) => money(fmt, v, true);
  const p10 = r.mrr.p10[H]!;
  const p90 = r.mrr.p90[H]!;
  const { charts: w, kpis } = words();
  const t = w.band;
  const headline =
    r.uncertain.length === 0
      ? t.noRanges(short(scenario[H]!.mrr), String(H))
      : r.probabilityRoiPositive === null
        ? t.range(String(H), short(p10), short(p90))
        : t.rangeRoi(String(H), short(p10), short(p90), percent(fmt, r.probabilityRoiPositive, 0));
  return {
    type: 'line',
    headline,
    description: t.description(
      spanOf(H, kpis.span.overMonths),
      decimal(fmt, r.runs, 0),
      String(r.seed),
      String(H),
      short(p10),
      short(r.mrr.p50[H]!),
      short(p90),
      short(scenario[H]!.mrr),
    ),
    data: {
      datasets: [
        line(t.p90, points(r.mrr.p90), palette.withCs, { borderWidth: 1 }),
        line(t.p10, points(r.mrr.p10), palette.withCs, {
          borderWidth: 1,
          fill: { target: '-1', above: `${palette.withCs}33`, below: `${palette.withCs}33` },
        }),
        line(t.median, points(r.mrr.p50), palette.withCs, { borderWidth: 2.5 }),
        line(
          t.scenario,
          scenario.map((row) => ({ x: row.month, y: row.mrr })),
          palette.marker,
          { borderDash: [6, 4] },
        ),
      ],
    },
    options: chartOptions<'line'>(palette, H, { y: { title: t.axis, format: short } }),
    table: {
      columns: [w.common.month, 'P10', t.median, 'P90', t.scenario],
      rows: r.mrr.p50.map((p50, t) => [
        String(t),
        money(fmt, r.mrr.p10[t]!),
        money(fmt, p50),
        money(fmt, r.mrr.p90[t]!),
        money(fmt, scenario[t]!.mrr),
      ]),
    },
  };
}
