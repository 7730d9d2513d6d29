import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  goalMetric,
  goalSeek,
  withInput,
  type Assumptions,
  type Goal,
  type InputPath,
} from '../../src/model/index.ts';
import { only } from './builders.ts';
import { PRESETS, RACE_COMPANY_A } from '../../src/store/presets.ts';
import { isClose } from './close.ts';

const met = (goal: Goal, m: number | null) =>
  m !== null && (goal.metric === 'paybackMonth' ? m <= goal.target : m >= goal.target);

/** A found value meets the goal, and a step of the tolerance towards the other side misses it. */
function expectBoundary(a: Assumptions, goal: Goal, path: InputPath) {
  const r = goalSeek(a, goal, path);
  expect(r.status).toBe('found');
  const value = r.value!;
  expect(met(goal, goalMetric(withInput(a, path, value), goal.metric))).toBe(true);
  expect(met(goal, r.achieved)).toBe(true);
  const step = r.searched.integer ? 1 : Math.max(r.tolerance, 1e-12) * 2;
  const neighbours = [value - step, value + step].filter((x) => x >= r.searched.min && x <= r.searched.max);
  const missedNext = neighbours.some((x) => !met(goal, goalMetric(withInput(a, path, x), goal.metric)));
  expect(missedNext).toBe(true);
  return r;
}

describe('goalSeek', () => {
  test('finds the churn with CS that gives an NRR halfway to what zero churn would give', () => {
    const path = 'segments.0.monthlyChurn.withCs';
    const today = goalMetric(DEFAULT_ASSUMPTIONS, 'nrr')!;
    const atZeroChurn = goalMetric(withInput(DEFAULT_ASSUMPTIONS, path, 0), 'nrr')!;
    const goal: Goal = { metric: 'nrr', target: (today + atZeroChurn) / 2 };
    const r = expectBoundary(DEFAULT_ASSUMPTIONS, goal, path);
    expect(isClose(r.achieved!, goal.target, 1, 1e-6)).toBe(true);
    expect(r.value!).toBeGreaterThan(0);
    expect(r.value!).toBeLessThan(only(DEFAULT_ASSUMPTIONS).monthlyChurn.withCs);
  });

  test('solves the race company’s new accounts for an ending ARR, as the closed form does', () => {
    // No churn change, no CS: MRR at H = arpa × n × (1 − (1 − c)^H) / c, so n = ARR / (12 × arpa × that).
    const a = { ...RACE_COMPANY_A, horizonMonths: 24 };
    const target = 600_000;
    const r = goalSeek(a, { metric: 'endingArr', target }, 'segments.0.newAccountsPerMonth');
    const c = 0.1;
    const expected = target / (12 * only(a).arpa * ((1 - (1 - c) ** 24) / c));
    expect(r.status).toBe('found');
    expect(isClose(r.value!, expected, expected, 1e-6)).toBe(true);
  });

  test('finds whole numbers of CSMs, the team closest to today’s that reaches the ROI', () => {
    for (const preset of PRESETS) {
      const a = preset.assumptions;
      const r = goalSeek(a, { metric: 'roi', target: 0.5 }, 'segments.0.csms');
      if (r.status !== 'found') continue;
      expect(Number.isInteger(r.value)).toBe(true);
      expect(r.achieved!).toBeGreaterThanOrEqual(0.5);
    }
    // Three more CSMs change the ROI, so a target between the two ROIs is crossed by a team in between.
    const csms = only(DEFAULT_ASSUMPTIONS).csms;
    const roiWith = (n: number) => goalMetric(withInput(DEFAULT_ASSUMPTIONS, 'segments.0.csms', n), 'roi')!;
    expect(roiWith(csms + 3)).not.toBe(roiWith(csms));
    const target = (roiWith(csms) + roiWith(csms + 3)) / 2;
    expectBoundary(DEFAULT_ASSUMPTIONS, { metric: 'roi', target }, 'segments.0.csms');
  });

  test('finds the dearest CS cost that still pays back two months later than today', () => {
    const later = goalMetric(DEFAULT_ASSUMPTIONS, 'paybackMonth')! + 2;
    const goal: Goal = { metric: 'paybackMonth', target: later };
    const r = expectBoundary(DEFAULT_ASSUMPTIONS, goal, 'segments.0.csmAnnualCost');
    // The dearest team that still pays back by then: one unit more and it pays back later.
    expect(r.value!).toBeGreaterThan(only(DEFAULT_ASSUMPTIONS).csmAnnualCost);
    expect(r.achieved!).toBeLessThanOrEqual(later);
  });

  test('payback against team size is U-shaped: a dip between grid points is found', () => {
    // From 30 CSMs (no payback in 36 months) only a team of 9 or 10 pays back by month 19; the even grid
    // and the points around 30 step over them.
    const path = 'segments.0.csms';
    const paybackWith = (n: number) => goalMetric(withInput(DEFAULT_ASSUMPTIONS, path, n), 'paybackMonth');
    const teams = Array.from({ length: 41 }, (_, n) => n);
    const fastest = Math.min(...teams.map((n) => paybackWith(n) ?? Infinity));
    const a = withInput(DEFAULT_ASSUMPTIONS, path, 30);
    expect(paybackWith(30)).toBeNull();
    const r = goalSeek(a, { metric: 'paybackMonth', target: fastest }, path);
    expect(r.status).toBe('found');
    // The team nearest today's 30 that pays back that fast, and one more CSM does not.
    const meets = teams.filter((n) => paybackWith(n) !== null && paybackWith(n)! <= fastest);
    expect(r.value).toBe(Math.max(...meets));
    expect(r.achieved).toBe(fastest);
  });

  test('an unreachable payback reports the closest team, and that CSMs do move payback', () => {
    const path = 'segments.0.csms';
    const paybackWith = (n: number) => goalMetric(withInput(DEFAULT_ASSUMPTIONS, path, n), 'paybackMonth');
    const fastest = Math.min(...Array.from({ length: 41 }, (_, n) => paybackWith(n) ?? Infinity));
    const r = goalSeek(DEFAULT_ASSUMPTIONS, { metric: 'paybackMonth', target: fastest - 1 }, path);
    expect(r.status).toBe('unreachable');
    expect(r.moves).toBe(true);
    expect(r.best.metric).toBe(fastest);
    expect(paybackWith(r.best.input)).toBe(fastest);
  });

  test('reports no solution when no value in range reaches the target', () => {
    // Churn alone cannot lift NRR to 300 %: even zero churn leaves expansion as it is.
    const r = goalSeek(DEFAULT_ASSUMPTIONS, { metric: 'nrr', target: 3 }, 'segments.0.monthlyChurn.withCs');
    expect(r.status).toBe('unreachable');
    expect(r.value).toBeNull();
    // The closest it gets is at zero churn.
    expect(r.best.input).toBe(0);
    expect(r.best.metric!).toBeLessThan(3);
  });

  test('reports no solution when the metric has no value (NRR needs 12 months)', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 6 };
    const r = goalSeek(a, { metric: 'nrr', target: 1 }, 'segments.0.monthlyChurn.withCs');
    expect(r.status).toBe('unreachable');
    expect(r.best.metric).toBeNull();
  });

  test('says so when every value in range meets the goal', () => {
    // Gross margin does not move ending ARR at all.
    const r = goalSeek(DEFAULT_ASSUMPTIONS, { metric: 'endingArr', target: 1 }, 'grossMargin');
    expect(r.status).toBe('always');
    expect(r.current.met).toBe(true);
  });

  test('stays inside a given search range', () => {
    const r = goalSeek(
      DEFAULT_ASSUMPTIONS,
      { metric: 'nrr', target: 0.96 },
      'segments.0.monthlyChurn.withCs',
      {
        min: 0.02,
        max: 0.05,
        integer: false,
      },
    );
    expect(r.status).toBe('unreachable');
    expect(r.searched).toEqual({ min: 0.02, max: 0.05, integer: false });
  });
});
