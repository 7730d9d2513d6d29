import type { CompanyComparison, RaceMetricName } from '../model/index.ts';
import { money, type Formatting } from '../format.ts';
import { chartOptions, line, series, type ChartSpec } from './chart-spec.ts';
import type { Marker } from './markers-plugin.ts';
import type { Palette } from './palette.ts';

const TITLES: Readonly<Record<RaceMetricName, string>> = {
  mrr: 'MRR',
  contribution: 'Monthly contribution',
  cumulativeContribution: 'Cumulative contribution',
};

/** One measure of the race: company A against company B, month by month, with the month B overtakes for good. */
export function raceChartSpec(
  c: CompanyComparison,
  metric: RaceMetricName,
  verdictMonth: number,
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const title = TITLES[metric];
  const short = (v: number) => money(fmt, v, true);
  const H = c.months;
  const from = c.race[metric].bAheadFrom;
  const a = c.a.slice(0, H + 1);
  const b = c.b.slice(0, H + 1);
  const headline =
    from === null
      ? `${title}: B never overtakes A for good within ${H} months`
      : from === 1
        ? `${title}: B is ahead from the first month`
        : `${title}: B overtakes A for good in month ${from}`;
  const markers: Marker[] = [{ at: verdictMonth, label: `Month ${verdictMonth}` }];
  if (from !== null && from !== verdictMonth) markers.push({ at: from, label: `B ahead from ${from}` });
  return {
    type: 'line',
    headline,
    description:
      `Line chart of ${title.toLowerCase()} for company A and company B over ${H} months. ` +
      `At month ${H}: A ${short(a[H]![metric])}, B ${short(b[H]![metric])}. ` +
      (from === null ? 'B never stays ahead to the end.' : `B stays ahead from month ${from}.`),
    data: {
      datasets: [
        line(
          'Company A',
          series(a, (r) => r[metric]),
          palette.contraction,
          { borderWidth: 2.5, borderDash: [6, 4] },
        ),
        line(
          'Company B',
          series(b, (r) => r[metric]),
          palette.withCs,
          { borderWidth: 2.5 },
        ),
      ],
    },
    options: chartOptions<'line'>(palette, H, { y: { title, format: short } }, { vertical: markers }),
    table: {
      columns: ['Month', `${title}, A`, `${title}, B`, 'B − A'],
      rows: a.map((r, t) => [
        String(t),
        money(fmt, r[metric]),
        money(fmt, b[t]![metric]),
        money(fmt, b[t]![metric] - r[metric]),
      ]),
    },
  };
}
