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
  test('finds the churn with CS that gives an NRR of 96 %', () => {
    // The defaults run at about 94 % (the team is stretched); zero churn with CS would give about 97 %.
    const goal: Goal = { metric: 'nrr', target: 0.96 };
    const r = expectBoundary(DEFAULT_ASSUMPTIONS, goal, 'segments.0.monthlyChurn.withCs');
    expect(isClose(r.achieved!, 0.96, 1, 1e-6)).toBe(true);
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
    expectBoundary(DEFAULT_ASSUMPTIONS, { metric: 'roi', target: 2 }, 'segments.0.csms');
  });

  test('finds the CS cost that still pays back by month 18', () => {
    const goal: Goal = { metric: 'paybackMonth', target: 18 };
    const r = expectBoundary(DEFAULT_ASSUMPTIONS, goal, 'segments.0.csmAnnualCost');
    // The dearest team that still pays back by then: one unit more and it pays back later.
    expect(r.value!).toBeGreaterThan(only(DEFAULT_ASSUMPTIONS).csmAnnualCost);
    expect(r.achieved!).toBeLessThanOrEqual(18);
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
