import type { CompanyComparison, RaceMetricName } from '../model/index.ts';
import { money, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import { chartOptions, line, series, type ChartSpec } from './chart-spec.ts';
import type { Marker } from './markers-plugin.ts';
import type { Palette } from './palette.ts';

/** One measure of the race: company A against company B, month by month, with the month B overtakes for good. */
export function raceChartSpec(
  c: CompanyComparison,
  metric: RaceMetricName,
  verdictMonth: number,
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const { charts: w, kpis } = words();
  const t = w.race;
  const title = t.titles[metric];
  const short = (v: number) => money(fmt, v, true);
  const H = c.months;
  const from = c.race[metric].bAheadFrom;
  const a = c.a.slice(0, H + 1);
  const b = c.b.slice(0, H + 1);
  const headline =
    from === null
      ? t.never(title, spanOf(H, kpis.span.withinMonths))
      : from === 1
        ? t.first(title)
        : t.overtakes(title, String(from));
  const markers: Marker[] = [{ at: verdictMonth, label: w.common.atMonth(String(verdictMonth)) }];
  if (from !== null && from !== verdictMonth) markers.push({ at: from, label: t.aheadFrom(String(from)) });
  return {
    type: 'line',
    headline,
    description: `${t.description(
      t.inText[metric],
      spanOf(H, kpis.span.overMonths),
      String(H),
      short(a[H]![metric]),
      short(b[H]![metric]),
    )} ${from === null ? t.neverAhead : t.staysAhead(String(from))}`,
    data: {
      datasets: [
        line(
          t.companyA,
          series(a, (r) => r[metric]),
          palette.contraction,
          { borderWidth: 2.5, borderDash: [6, 4] },
        ),
        line(
          t.companyB,
          series(b, (r) => r[metric]),
          palette.withCs,
          { borderWidth: 2.5 },
        ),
      ],
    },
    options: chartOptions<'line'>(palette, H, { y: { title, format: short } }, { vertical: markers }),
    table: {
      columns: [w.common.month, t.columnA(title), t.columnB(title), 'B − A'],
      rows: a.map((r, t) => [
        String(t),
        money(fmt, r[metric]),
        money(fmt, b[t]![metric]),
        money(fmt, b[t]![metric] - r[metric]),
      ]),
    },
  };
}
