import type { MonteCarloResult, MonthRow } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
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
  const headline =
    r.uncertain.length === 0
      ? `No ranges given: every run is the scenario, MRR ${short(scenario[H]!.mrr)} in month ${H}`
      : `In 8 of 10 runs, MRR in month ${H} lands between ${short(p10)} and ${short(p90)}` +
        (r.probabilityRoiPositive === null
          ? ''
          : `; ROI is positive in ${percent(fmt, r.probabilityRoiPositive, 0)} of runs`);
  return {
    type: 'line',
    headline,
    description:
      `Line chart of MRR with CS over ${H} months from ${decimal(fmt, r.runs, 0)} Monte Carlo runs (seed ${r.seed}). ` +
      `Month ${H}: P10 ${short(p10)}, median ${short(r.mrr.p50[H]!)}, P90 ${short(p90)}; the scenario as entered ${short(scenario[H]!.mrr)}.`,
    data: {
      datasets: [
        line('P90 (9 in 10 runs below)', points(r.mrr.p90), palette.withCs, { borderWidth: 1 }),
        line('P10 (9 in 10 runs above)', points(r.mrr.p10), palette.withCs, {
          borderWidth: 1,
          fill: { target: '-1', above: `${palette.withCs}33`, below: `${palette.withCs}33` },
        }),
        line('Median (P50)', points(r.mrr.p50), palette.withCs, { borderWidth: 2.5 }),
        line(
          'Scenario as entered',
          scenario.map((row) => ({ x: row.month, y: row.mrr })),
          palette.marker,
          { borderDash: [6, 4] },
        ),
      ],
    },
    options: chartOptions<'line'>(palette, H, { y: { title: 'MRR with CS', format: short } }),
    table: {
      columns: ['Month', 'P10', 'Median (P50)', 'P90', 'Scenario as entered'],
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
