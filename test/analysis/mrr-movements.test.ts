import { describe, expect, test } from 'vitest';
import { applyEstimates, estimateMovements, MAX_MOVEMENTS_BYTES } from '../../src/analysis/mrr-movements.ts';
import {
  DEFAULT_ASSUMPTIONS,
  expansionGrowth,
  expansionGrowthAt,
  leverAt,
  simulate,
  type Assumptions,
} from '../../src/model/index.ts';
import { oneSegment } from '../../src/store/presets.ts';

const estimates = (text: string) => {
  const r = estimateMovements(text);
  if (!r.ok) throw new Error(r.message);
  return r.estimates;
};

/** A known book with no CS program: every month runs at the levers' without-CS values. */
const KNOWN: Assumptions = oneSegment(DEFAULT_ASSUMPTIONS, {
  horizonMonths: 18,
  startingAccounts: 500,
  newAccountsPerMonth: 12,
  arpa: 1500,
  referralsPerAccountYear: 0,
  onboardingSuccess: { base: 1, withCs: 1 },
  timeToValueMonths: { base: 0, withCs: 0 },
  monthlyChurn: { base: 0.013, withCs: 0.008 },
  monthlyContraction: { base: 0.004, withCs: 0.003 },
  expansionWinRate: { base: 0.3, withCs: 0.4 },
  expansionUplift: { base: 0.25, withCs: 0.3 },
  expansionsPerYear: { base: 2, withCs: 3 },
  csms: 0,
});

/** The known book's months as a revenue tool exports them, churn and contraction written negative. */
function exportOf(a: Assumptions): string {
  const rows = simulate(a).rows;
  return [
    'Month,New MRR,Expansion MRR,Contraction MRR,Churned MRR,MRR,Customers',
    ...rows.map(
      (r) =>
        `2025-${String(r.month + 1).padStart(2, '0')},${r.newMrr},${r.expansionMrr},${-r.contractionMrr},${-r.churnedMrr},${r.mrr},${r.accounts}`,
    ),
  ].join('\n');
}

describe('estimating from MRR movements', () => {
  test('a hand-made file: pooled rates in the model’s order, and ARPA from the last month', () => {
    const e = estimates(
      [
        'month,new,expansion,contraction,churned,mrr,customers',
        'Jan,0,0,0,0,10000,100',
        'Feb,500,198,99,100,10499,103',
        'Mar,0,0,0,0,10499,103',
      ].join('\n'),
    );
    // Two changes used: Feb on Jan's 10,000 and Mar on Feb's 10,499.
    expect(e.monthsUsed).toBe(2);
    expect([e.firstMonth, e.lastMonth]).toEqual(['Feb', 'Mar']);
    expect(e.monthlyChurn).toBeCloseTo(100 / 20499, 12);
    const afterChurn = 20499 - 100;
    expect(e.monthlyContraction).toBeCloseTo(99 / afterChurn, 12);
    expect(e.expansionGrowth).toBeCloseTo(198 / (afterChurn - 99), 12);
    expect(e.arpa).toBeCloseTo(10499 / 103, 12);
  });

  test('a file generated from a known scenario gives back its churn, contraction and expansion', () => {
    const e = estimates(exportOf(KNOWN));
    const s = KNOWN.segments[0]!;
    expect(e.monthsUsed).toBe(KNOWN.horizonMonths);
    expect(e.monthlyChurn).toBeCloseTo(s.monthlyChurn.base, 12);
    expect(e.monthlyContraction).toBeCloseTo(s.monthlyContraction.base, 12);
    expect(e.expansionGrowth).toBeCloseTo(
      expansionGrowth(s.expansionWinRate.base, s.expansionUplift.base, s.expansionsPerYear.base),
      12,
    );
    const last = simulate(KNOWN).rows.at(-1)!;
    expect(e.arpa).toBeCloseTo(last.mrr / last.accounts, 9);
  });

  test('applied at today’s coverage, the levers there are the estimates, and CS still changes them', () => {
    const e = estimates(exportOf(KNOWN));
    const k = 0.6;
    const { assumptions, problems } = applyEstimates(DEFAULT_ASSUMPTIONS, 0, k, e);
    expect(problems).toEqual([]);
    const s = assumptions.segments[0]!;
    const before = DEFAULT_ASSUMPTIONS.segments[0]!;
    expect(leverAt(s.monthlyChurn, k)).toBeCloseTo(e.monthlyChurn, 12);
    expect(leverAt(s.monthlyContraction, k)).toBeCloseTo(e.monthlyContraction, 12);
    expect(expansionGrowthAt(s, k)).toBeCloseTo(e.expansionGrowth, 12);
    expect(s.arpa).toBe(e.arpa);
    expect(s.monthlyChurn.withCs / s.monthlyChurn.base).toBeCloseTo(
      before.monthlyChurn.withCs / before.monthlyChurn.base,
      12,
    );
  });

  test.each([
    [
      'wrong columns',
      'date,revenue,users\n2025-01,100,3\n2025-02,110,3',
      /needs the columns .* expansion, contraction, churned, mrr are missing/,
    ],
    [
      'text in a number',
      'month,expansion,contraction,churned,mrr\nJan,0,0,0,1000\nFeb,10,0,abc,1010',
      /Row 3, column churned: “abc” is not a number/,
    ],
    [
      'one month',
      'month,expansion,contraction,churned,mrr\nJan,0,0,0,1000',
      /has one month; a rate needs at least two/,
    ],
    [
      'negative MRR',
      'month,expansion,contraction,churned,mrr\nJan,0,0,0,1000\nFeb,0,0,0,-5',
      /Row 3: MRR of -5 is below zero/,
    ],
    ['an empty file', '', /needs the columns/],
  ])('refuses %s, in words, and says nothing changed', (_, text, message) => {
    const r = estimateMovements(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).toMatch(/Nothing was changed\.$/);
    }
  });

  test('refuses a 10 MB file before parsing it', () => {
    const big = `month,expansion,contraction,churned,mrr\n${'Jan,0,0,0,1000\n'.repeat(700_000)}`;
    expect(big.length).toBeGreaterThan(10 * MAX_MOVEMENTS_BYTES);
    const r = estimateMovements(big);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^The file is 10\.\d MB; .* up to 1 MB/) });
  });

  test('reads thousands commas and currency signs, and headers in any case', () => {
    const e = estimates(
      'MONTH,Expansion,Contraction,Churned,MRR\nJan,0,0,0,"$10,000"\nFeb,$100,0,$200,"$9,900"',
    );
    expect(e.monthlyChurn).toBeCloseTo(0.02, 12);
    expect(e.arpa).toBeNull();
  });
});
