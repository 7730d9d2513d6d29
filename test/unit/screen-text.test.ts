import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bridgeChartSpec } from '../../src/charts/bridge-chart-spec.ts';
import { coverageChartSpec } from '../../src/charts/coverage-chart-spec.ts';
import { mrrChartSpec } from '../../src/charts/mrr-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { retentionChartSpec } from '../../src/charts/retention-chart-spec.ts';
import { buildKpis } from '../../src/components/kpis.ts';
import { INPUT_PATHS, validateAssumptions, type Assumptions } from '../../src/model/index.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
// A signed zero ("-0", "-0.0", "-$0") is bad; "-0.1" is a real negative number.
const BAD = /NaN|Infinity|∞|undefined|null|(^|[^\d])-\D?0(?![.,]?\d*[1-9])/;

/** Every string a person can read for one scenario: KPI cards and chart titles, descriptions and tables. */
function screenText(a: Assumptions): string[] {
  const p = projectionOf(a);
  const palette = paletteFor('light');
  const specs = [mrrChartSpec, bridgeChartSpec, retentionChartSpec, coverageChartSpec].map((f) =>
    f(p, palette, fmt),
  );
  return [
    ...buildKpis(p, fmt).flatMap((k) => [k.value, k.detail, k.label]),
    ...specs.flatMap((s) => [s.headline, s.description, ...s.table.rows.flat()]),
  ];
}

// Any mix of in-range, edge and out-of-range numbers, as validation would turn them into a scenario.
const scenario = fc
  .record(
    Object.fromEntries(
      INPUT_PATHS.map((p) => [p, fc.oneof(fc.double({ min: -1, max: 2 }), fc.constantFrom(0, 1, 1e9))]),
    ),
  )
  .map((flat) => {
    const raw: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(flat)) {
      const [field, side] = path.split('.') as [string, string | undefined];
      if (side) raw[field] = { ...(raw[field] as object), [side]: value };
      else raw[field] = field === 'horizonMonths' ? Math.abs(value) * 60 : value;
    }
    return validateAssumptions(raw).assumptions;
  });

describe('what the screen says', () => {
  test.each(PRESETS.map((p) => [p.label, p.assumptions] as const))(
    '%s: no NaN, Infinity or negative zero',
    (_, a) => {
      for (const text of screenText(a)) expect(text).not.toMatch(BAD);
    },
  );

  test('holds for any valid scenario', () => {
    fc.assert(
      fc.property(scenario, (a) => {
        for (const text of screenText(a)) expect(text).not.toMatch(BAD);
      }),
      { numRuns: 60 },
    );
  });

  test('chart tables have a row for every month they plot', () => {
    const a = PRESETS[0]!.assumptions;
    const p = projectionOf(a);
    expect(mrrChartSpec(p, paletteFor('light'), fmt).table.rows).toHaveLength(a.horizonMonths + 1);
    expect(bridgeChartSpec(p, paletteFor('light'), fmt).table.rows).toHaveLength(a.horizonMonths);
    expect(retentionChartSpec(p, paletteFor('dark'), fmt).table.rows).toHaveLength(a.horizonMonths - 11);
  });
});
