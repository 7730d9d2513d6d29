import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bridgeChartSpec } from '../../src/charts/bridge-chart-spec.ts';
import { coverageChartSpec } from '../../src/charts/coverage-chart-spec.ts';
import { mrrChartSpec } from '../../src/charts/mrr-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { retentionChartSpec } from '../../src/charts/retention-chart-spec.ts';
import { kpiCards } from '../../src/store/kpis.ts';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  inputPaths,
  STAFFING_POLICIES,
  validateAssumptions,
  withInput,
  type Assumptions,
} from '../../src/model/index.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';

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
    ...kpiCards(p, fmt, 0).flatMap((k) => [k.value, k.detail, k.label]),
    ...specs.flatMap((s) => [s.headline, s.description, ...s.table.rows.flat()]),
  ];
}

// Any mix of in-range, edge and out-of-range numbers, as validation would turn them into a scenario of
// one or two segments, with either staffing policy.
const anyNumber = fc.oneof(fc.double({ min: -1, max: 2 }), fc.constantFrom(0, 1, 1e9));
const scenario = fc
  .record({ segments: fc.integer({ min: 1, max: 2 }), staffing: fc.constantFrom(...STAFFING_POLICIES) })
  .chain(({ segments, staffing }) => {
    const shape: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      team: { ...DEFAULT_ASSUMPTIONS.team, staffing },
      segments: Array.from({ length: segments }, () => DEFAULT_SEGMENT),
    };
    const paths = inputPaths(shape);
    return fc.tuple(...paths.map(() => anyNumber)).map((values) => {
      const raw = paths.reduce(
        (a, path, i) => withInput(a, path, path === 'horizonMonths' ? Math.abs(values[i]!) * 60 : values[i]!),
        shape,
      );
      return validateAssumptions(raw).assumptions;
    });
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
