import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  inputPaths,
  csmsFor,
  evaluateCsProgram,
  rangeOf,
  readInput,
  runSegment,
  seededRandom,
  triangular,
  validateAssumptions,
  withInput,
  type MonthRow,
} from '../../src/model/index.ts';
import { oneSegment, only, rowsOf } from './builders.ts';

/** Findings of the attack campaign (issue 9) on the model's own functions, not only the UI's path to them. */
describe('magnitudes too small to mean anything', () => {
  test('a subnormal or a value a billionth of the range is read as zero, then clamped, and reported', () => {
    const raw = oneSegment(
      {
        csmAnnualCost: 1e-100,
        cac: 8e-323,
        csmHoursPerMonth: 5e-324,
        monthlyChurn: { base: 1e-300, withCs: -1e-12 },
      },
      DEFAULT_ASSUMPTIONS,
    );
    const { assumptions, problems } = validateAssumptions(raw);
    const s = only(assumptions);
    expect(s.csmAnnualCost).toBe(0);
    expect(s.cac).toBe(0);
    // Its minimum is 1 hour.
    expect(s.csmHoursPerMonth).toBe(1);
    expect(Object.is(s.monthlyChurn.withCs, 0)).toBe(true);
    expect(s.monthlyChurn.base).toBe(0);
    const kinds = Object.fromEntries(problems.map((p) => [p.field, p.kind]));
    expect(kinds).toMatchObject({
      'segments.0.csmAnnualCost': 'negligible',
      'segments.0.cac': 'negligible',
      'segments.0.csmHoursPerMonth': 'negligible',
      'segments.0.monthlyChurn.base': 'negligible',
      'segments.0.monthlyChurn.withCs': 'negligible',
    });
  });

  test('small but meaningful values pass unchanged', () => {
    const { assumptions, problems } = validateAssumptions(
      oneSegment({ monthlyChurn: { base: 0.0001, withCs: 0.00005 }, csmAnnualCost: 1 }, DEFAULT_ASSUMPTIONS),
    );
    expect(problems).toEqual([]);
    expect(only(assumptions).monthlyChurn.withCs).toBe(0.00005);
    expect(only(assumptions).csmAnnualCost).toBe(1);
  });

  test('the link that froze the page gives finite figures', () => {
    const { assumptions } = validateAssumptions(
      oneSegment({ newAccountsPerMonth: 10000, cac: 8e-323 }, DEFAULT_ASSUMPTIONS),
    );
    const e = evaluateCsProgram(assumptions);
    for (const value of [e.roi, e.netBenefit, e.npv, e.csCost]) expect(Number.isFinite(value)).toBe(true);
  });
});

describe('the model guards its own functions', () => {
  test('triangular draws stay in [low, high] even for ranges near the smallest doubles', () => {
    for (const high of [3e-162, 5e-324, 1e-300, 1e-8]) {
      for (let seed = 0; seed < 1000; seed++) {
        const x = triangular(seededRandom(seed), 0, 0, high);
        expect(x >= 0 && x <= high).toBe(true);
      }
    }
  });

  test('hours, lever values or time to value out of range keep coverage in [0, 1] and the run finite', () => {
    const cases = [
      withInput(DEFAULT_ASSUMPTIONS, 'segments.0.onboardingHoursPerAccount', -1e-163),
      withInput(DEFAULT_ASSUMPTIONS, 'segments.0.impactHoursPerAccountMonth', -5),
      withInput(DEFAULT_ASSUMPTIONS, 'segments.0.timeToValueMonths.withCs', -3),
      withInput(DEFAULT_ASSUMPTIONS, 'segments.0.timeToValueMonths.base', 400),
    ];
    for (const a of cases) {
      const rows: MonthRow[] = [];
      const totals = runSegment(a, only(a), { rows });
      expect(rows).toHaveLength(a.horizonMonths + 1);
      for (const row of rows) {
        expect(row.coverage).toBeGreaterThanOrEqual(0);
        expect(row.coverage).toBeLessThanOrEqual(1);
        expect(Number.isFinite(row.mrr)).toBe(true);
      }
      expect(Number.isFinite(totals.finalMrr)).toBe(true);
    }
  });

  test('any finite number in any field, validated, gives a finite run', () => {
    const path = fc.constantFrom(...inputPaths(DEFAULT_ASSUMPTIONS));
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(5e-324, -5e-324, 8e-323, 1e-100, -0, 1e308),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(path, value), { maxLength: 6 }), (changes) => {
        let raw = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 24 };
        for (const [p, v] of changes) raw = withInput(raw, p, v);
        const { assumptions } = validateAssumptions(raw);
        for (const p of inputPaths(DEFAULT_ASSUMPTIONS)) {
          const v = readInput(assumptions, p);
          const r = rangeOf(p);
          expect(Object.is(v, -0)).toBe(false);
          expect(v === 0 || Math.abs(v) >= (r.max - r.min) * 1e-9).toBe(true);
        }
        for (const row of rowsOf(assumptions)) expect(Number.isFinite(row.mrr)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('headcount arithmetic at the edge of the doubles', () => {
  test('more hours than 2^53 CSMs can give are sized without hanging, and exactly below that', () => {
    // A loop that steps n down by one never ends past 2^53, where n − 1 is n (a property run hung on it).
    for (const demand of [2 ** 53 * 3, 1e17, 1e300]) {
      const n = csmsFor(demand, 1);
      expect(n * 1).toBeGreaterThanOrEqual(demand);
    }
    expect(csmsFor(1300, 130)).toBe(10);
    expect(csmsFor(1300.0000001, 130)).toBe(11);
    expect(csmsFor(0.3, 0.1)).toBe(3);
    expect(csmsFor(0, 130)).toBe(0);
  });
});
