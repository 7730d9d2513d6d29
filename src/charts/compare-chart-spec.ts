import { money, type Formatting } from '../format.ts';
import { plural } from '../i18n/plural.ts';
import { words } from '../i18n/words.ts';
import { spanOf } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { chartOptions, line, series, type ChartSpec } from './chart-spec.ts';
import type { Palette } from './palette.ts';

export interface NamedProjection {
  name: string;
  projection: Projection;
}

/** One colour per compared scenario; dashes, not colour alone, tell with CS from without. */
const colours = (p: Palette) => [p.withCs, p.contraction, p.nrr];

/** MRR with CS (solid) and without (dashed) of up to three scenarios on one month axis. */
export function compareChartSpec(
  scenarios: readonly NamedProjection[],
  palette: Palette,
  fmt: Formatting,
): ChartSpec<'line'> {
  const short = (v: number) => money(fmt, v, true);
  const H = Math.max(...scenarios.map((s) => s.projection.inputs.horizonMonths));
  const { charts: w, kpis } = words();
  const t = w.compare;
  const ends = scenarios.map((s) => {
    const e = s.projection.evaluation;
    return t.ends(s.name, short(e.withCs.rows.at(-1)!.mrr), short(e.baseline.rows.at(-1)!.mrr));
  });
  const datasets = scenarios.flatMap((s, i) => {
    const colour = colours(palette)[i % 3]!;
    const e = s.projection.evaluation;
    return [
      line(
        t.withCs(s.name),
        series(e.withCs.rows, (r) => r.mrr),
        colour,
        { borderWidth: 2.5 },
      ),
      line(
        t.withoutCs(s.name),
        series(e.baseline.rows, (r) => r.mrr),
        colour,
        { borderDash: [6, 4], borderWidth: 1.5 },
      ),
    ];
  });
  return {
    type: 'line',
    headline: t.headline(plural(scenarios.length, String(scenarios.length), t.scenarios)),
    description: t.description(spanOf(H, kpis.span.overMonths), ends.join('. ')),
    data: { datasets },
    options: chartOptions<'line'>(palette, H, { y: { title: t.axis, format: short } }),
    table: {
      columns: [
        w.common.month,
        ...scenarios.flatMap((s) => [t.withCsColumn(s.name), t.withoutCsColumn(s.name)]),
      ],
      rows: Array.from({ length: H + 1 }, (_, t) => [
        String(t),
        ...scenarios.flatMap((s) => {
          const e = s.projection.evaluation;
          const cell = (row: { mrr: number } | undefined) => (row ? money(fmt, row.mrr) : '—');
          return [cell(e.withCs.rows[t]), cell(e.baseline.rows[t])];
        }),
      ]),
    },
  };
}
