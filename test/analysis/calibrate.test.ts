import { describe, expect, test } from 'vitest';
import { BENCHMARK_NUMBERS, calibrate, type YourNumbers } from '../../src/analysis/calibrate.ts';
import {
  DEFAULT_ASSUMPTIONS,
  LEVER_FIELDS,
  leverAt,
  simulate,
  type Assumptions,
  type Segment,
} from '../../src/model/index.ts';

const fmt = { locale: 'en-US', currency: 'USD' };

/**
 * The calibrated book with every lever fixed at its value at coverage k, no new accounts and no CS: a year
 * of today's customers as the model runs it.
 */
function steadyBookAt(a: Assumptions, k: number): Assumptions {
  const s = a.segments[0]!;
  const levers = Object.fromEntries(
    LEVER_FIELDS.map((f) => [f, { base: leverAt(s[f], k), withCs: leverAt(s[f], k) }]),
  ) as Pick<Segment, (typeof LEVER_FIELDS)[number]>;
  return { ...a, horizonMonths: 12, segments: [{ ...s, ...levers, newAccountsPerMonth: 0, csms: 0 }] };
}

const BOOKS: [string, YourNumbers][] = [
  ['the benchmark prefill', BENCHMARK_NUMBERS],
  [
    'an SMB book with a thin team',
    {
      ...BENCHMARK_NUMBERS,
      arr: 18e6,
      accounts: 3000,
      newLogosPerYear: 1200,
      grr: 0.85,
      nrr: 0.95,
      logoChurn: 0.14,
      csms: 4,
    },
  ],
  [
    'an enterprise book with full coverage',
    {
      ...BENCHMARK_NUMBERS,
      arr: 14.4e6,
      accounts: 100,
      newLogosPerYear: 24,
      grr: 0.93,
      nrr: 1.1,
      logoChurn: 0.05,
      csms: 20,
    },
  ],
  ['a book with no CSMs today', { ...BENCHMARK_NUMBERS, csms: 0, churnCutWithCs: 0.4 }],
];

describe('start from your numbers', () => {
  test.each(BOOKS)(
    '%s: the levers at today’s coverage give the GRR, NRR and logo retention entered',
    (_, n) => {
      const c = calibrate(n, DEFAULT_ASSUMPTIONS, fmt);
      expect(c.problems).toEqual([]);
      const row = simulate(steadyBookAt(c.assumptions, c.coverageToday)).rows[12]!;
      expect(Math.abs(row.grr! - n.grr)).toBeLessThan(0.01);
      expect(Math.abs(row.nrr! - n.nrr)).toBeLessThan(0.01);
      expect(Math.abs(row.logoRetention! - (1 - n.logoChurn))).toBeLessThan(0.01);
      // What it says it reproduced is what the model gives.
      expect(Math.abs(c.reproduced.nrr - row.nrr!)).toBeLessThan(1e-9);
      expect(Math.abs(c.reproduced.grr - row.grr!)).toBeLessThan(1e-9);
    },
  );

  test('full coverage cuts churn by the share entered, and the book is the one entered', () => {
    const c = calibrate(BENCHMARK_NUMBERS, DEFAULT_ASSUMPTIONS, fmt);
    const s = c.assumptions.segments[0]!;
    expect(s.monthlyChurn.withCs / s.monthlyChurn.base).toBeCloseTo(1 - BENCHMARK_NUMBERS.churnCutWithCs, 12);
    expect(s.startingAccounts).toBe(BENCHMARK_NUMBERS.accounts);
    expect(12 * s.arpa * s.startingAccounts).toBeCloseTo(BENCHMARK_NUMBERS.arr, 3);
    expect(12 * s.newAccountsPerMonth).toBeCloseTo(BENCHMARK_NUMBERS.newLogosPerYear, 9);
    expect(s.csms).toBe(BENCHMARK_NUMBERS.csms);
    expect(c.assumptions.horizonMonths).toBe(DEFAULT_ASSUMPTIONS.horizonMonths);
  });

  test('says in words what it assumed and what it derived', () => {
    const c = calibrate(BENCHMARK_NUMBERS, DEFAULT_ASSUMPTIONS, fmt);
    expect(c.assumed.join(' ')).toMatch(/from the “Mid-market, 36k ACV \(the defaults\)” preset/);
    expect(c.derived.join(' ')).toMatch(/Logo churn of 7% a year is 0\.6\d*% a month today/);
    expect(c.derived.join(' ')).toMatch(/of the CSM hours your 400 accounts need/);
  });

  test('a GRR above logo retention cannot be made with one ARPA: it says so and uses logo retention', () => {
    const c = calibrate({ ...BENCHMARK_NUMBERS, grr: 0.97, logoChurn: 0.1 }, DEFAULT_ASSUMPTIONS, fmt);
    expect(c.assumptions.segments[0]!.monthlyContraction).toEqual({ base: 0, withCs: 0 });
    expect(c.derived.join(' ')).toMatch(/is above your logo retention \(90%\)/);
    expect(c.reproduced.grr).toBeCloseTo(0.9, 9);
  });
});
