import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  evaluateCsProgram,
  monteCarlo,
  percentileOfSorted,
  seededRandom,
  triangular,
  type UncertainRanges,
} from '../../src/model/index.ts';
import { only, oneSegment, rowsOf } from './builders.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { isClose } from './close.ts';

const a = DEFAULT_ASSUMPTIONS;
const around = (x: number, share: number) => ({ low: x * (1 - share), high: x * (1 + share) });

const wide: UncertainRanges = {
  'segments.0.monthlyChurn.withCs': { low: 0.003, high: 0.015 },
  'segments.0.expansionWinRate.withCs': { low: 0.2, high: 0.45 },
  'segments.0.monthlyChurn.base': { low: 0.01, high: 0.02 },
  'segments.0.csms': { low: 3, high: 7 },
};

describe('seeded random numbers', () => {
  test('repeat for a seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('triangular draws have the mean (low + mode + high) / 3 and stay in range', () => {
    const random = seededRandom(1);
    let sum = 0;
    let lowest = Infinity;
    let highest = -Infinity;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = triangular(random, 2, 3, 7);
      sum += x;
      lowest = Math.min(lowest, x);
      highest = Math.max(highest, x);
    }
    expect(Math.abs(sum / n - 4)).toBeLessThan(0.01);
    expect(lowest).toBeGreaterThanOrEqual(2);
    expect(highest).toBeLessThanOrEqual(7);
  });

  test('percentiles interpolate like PERCENTILE.INC', () => {
    const sorted = [1, 2, 3, 4];
    expect(percentileOfSorted(sorted, 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileOfSorted(sorted, 0.5)).toBeCloseTo(2.5, 12);
    expect(percentileOfSorted(sorted, 0.9)).toBeCloseTo(3.7, 12);
    expect(percentileOfSorted([5], 0.9)).toBe(5);
  });
});

describe('monteCarlo', () => {
  test('is reproducible for a seed, and another seed gives other numbers', () => {
    const options = { ranges: wide, seed: 2024, runs: 1000 };
    const first = monteCarlo(a, options);
    expect(monteCarlo(a, options)).toEqual(first);
    const other = monteCarlo(a, { ...options, seed: 2025 });
    expect(other.mrr.p50).not.toEqual(first.mrr.p50);
    expect(first.runs).toBe(1000);
    expect(first.uncertain).toEqual([
      'segments.0.csms',
      'segments.0.expansionWinRate.withCs',
      'segments.0.monthlyChurn.base',
      'segments.0.monthlyChurn.withCs',
    ]);
  });

  test('its P50 sits near the deterministic run when ranges are small and symmetric', () => {
    const ranges: UncertainRanges = {
      'segments.0.monthlyChurn.withCs': around(only(a).monthlyChurn.withCs, 0.02),
      'segments.0.expansionWinRate.withCs': around(only(a).expansionWinRate.withCs, 0.02),
      'segments.0.onboardingSuccess.withCs': around(only(a).onboardingSuccess.withCs, 0.02),
    };
    const r = monteCarlo(a, { ranges, seed: 9, runs: 1000 });
    const rows = rowsOf(a);
    for (let t = 0; t < rows.length; t++) {
      expect(isClose(r.mrr.p50[t]!, rows[t]!.mrr, 0, 2e-3)).toBe(true);
      expect(r.mrr.p10[t]!).toBeLessThanOrEqual(r.mrr.p50[t]!);
      expect(r.mrr.p50[t]!).toBeLessThanOrEqual(r.mrr.p90[t]!);
    }
    const e = evaluateCsProgram(a);
    expect(isClose(r.roi!.p50, e.roi!, 0, 2e-2)).toBe(true);
    expect(r.probabilityRoiPositive).toBe(1);
  });

  test('with no ranges every run is the deterministic one', () => {
    const r = monteCarlo(a, { ranges: {}, seed: 1, runs: 100 });
    const rows = rowsOf(a);
    expect(r.mrr.p10).toEqual(rows.map((row) => row.mrr));
    expect(r.mrr.p90).toEqual(rows.map((row) => row.mrr));
    expect(r.netBenefit.p50).toBeCloseTo(evaluateCsProgram(a).netBenefit, 6);
  });

  test('widens its bands as ranges widen, and counts the odds of a positive ROI', () => {
    const narrow = monteCarlo(a, {
      ranges: { 'segments.0.monthlyChurn.withCs': around(only(a).monthlyChurn.withCs, 0.1) },
      seed: 3,
      runs: 1000,
    });
    const broad = monteCarlo(a, {
      ranges: { 'segments.0.monthlyChurn.withCs': around(only(a).monthlyChurn.withCs, 0.9) },
      seed: 3,
      runs: 1000,
    });
    const H = a.horizonMonths;
    expect(broad.mrr.p90[H]! - broad.mrr.p10[H]!).toBeGreaterThan(narrow.mrr.p90[H]! - narrow.mrr.p10[H]!);
    // A CSM cost high enough to sink the program in some runs and not others.
    const risky = monteCarlo(a, {
      ranges: { 'segments.0.csmAnnualCost': { low: 100_000, high: 2_000_000 } },
      seed: 5,
      runs: 1000,
    });
    expect(risky.probabilityRoiPositive!).toBeGreaterThan(0);
    expect(risky.probabilityRoiPositive!).toBeLessThan(1);
  });

  test('clamps draws to the allowed ranges, keeps whole numbers whole, ignores the horizon', () => {
    const r = monteCarlo(a, {
      ranges: {
        'segments.0.monthlyChurn.withCs': { low: -1, high: 2 },
        'segments.0.csms': { low: 2.2, high: 3.7 },
        horizonMonths: { low: 1, high: 2 },
      },
      seed: 11,
      runs: 200,
    });
    expect(r.uncertain).toEqual(['segments.0.csms', 'segments.0.monthlyChurn.withCs']);
    expect(r.mrr.p50).toHaveLength(a.horizonMonths + 1);
    for (const x of [...r.mrr.p10, ...r.mrr.p90]) expect(Number.isFinite(x)).toBe(true);
  });

  test('runs on every preset with no program cost reported as no ROI', () => {
    for (const preset of PRESETS) {
      const r = monteCarlo(preset.assumptions, { ranges: wide, seed: 1, runs: 100 });
      expect(r.mrr.p50).toHaveLength(preset.assumptions.horizonMonths + 1);
    }
    const none = monteCarlo(oneSegment({ csms: 0 }, a), { ranges: {}, seed: 1, runs: 100 });
    expect(none.roi).toBeNull();
    expect(none.probabilityRoiPositive).toBeNull();
  });
});
