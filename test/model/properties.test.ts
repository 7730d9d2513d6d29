import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  LEVER_RANGES,
  SEGMENT_RANGES,
  evaluateCsProgram,
  expansionGrowthAt,
  leverAt,
  leversAtCoverage,
  ttvAt,
  type Assumptions,
  type Lever,
  type LeversInForce,
  type MonthRow,
} from '../../src/model/index.ts';
import { only, oneSegment, rowsOf } from './builders.ts';
import { anyAssumptionsArb, inRange } from './arbitraries.ts';
import { expectClose, isClose } from './close.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 30_000 };

const arb = anyAssumptionsArb();
const RUNS = 150;

const check = <T>(property: fc.IProperty<T>, numRuns = RUNS) => fc.assert(property, { numRuns });

describe('the MRR bridge', SLOW, () => {
  test('mrr[t] = mrr[t−1] + newMrr + expansionMrr − contractionMrr − churnedMrr, every month', () => {
    check(
      fc.property(arb, (a) => {
        const rows = rowsOf(a);
        for (let t = 1; t < rows.length; t++) {
          const r = rows[t]!;
          const before = rows[t - 1]!.mrr;
          const terms = [before, r.newMrr, r.expansionMrr, r.contractionMrr, r.churnedMrr, r.mrr];
          const bridged = before + r.newMrr + r.expansionMrr - r.contractionMrr - r.churnedMrr;
          expectClose(r.mrr, bridged, `month ${t} MRR bridge`, Math.max(...terms));
        }
      }),
    );
  });

  test('and accounts[t] = accounts[t−1] + newAccounts − churnedAccounts', () => {
    check(
      fc.property(arb, (a) => {
        const rows = rowsOf(a);
        for (let t = 1; t < rows.length; t++) {
          const r = rows[t]!;
          const before = rows[t - 1]!.accounts;
          const scale = Math.max(before, r.newAccounts, r.churnedAccounts, r.accounts);
          expectClose(r.accounts, before + r.newAccounts - r.churnedAccounts, `month ${t} accounts`, scale);
        }
      }),
    );
  });
});

describe('every output is a finite number, or null where MODEL.md allows it', SLOW, () => {
  const RETENTION = ['nrr', 'grr', 'logoRetention'] as const;

  const NON_NEGATIVE = [
    'accounts',
    'mrr',
    'newAccounts',
    'newMrr',
    'expansionMrr',
    'contractionMrr',
    'churnedMrr',
    'churnedAccounts',
    'cacSpend',
    'csCost',
    'demandHours',
  ] as const;

  // Plain checks rather than expect() in the inner loops: thousands of rows per property run.
  function checkRows(rows: readonly MonthRow[]): void {
    rows.forEach((row, t) => {
      const fail = (what: string) => {
        throw new Error(`month ${t}: ${what}`);
      };
      for (const [field, value] of Object.entries(row)) {
        if (value === null && (RETENTION as readonly string[]).includes(field)) continue;
        if (!Number.isFinite(value)) fail(`${field} = ${value}`);
      }
      for (const field of NON_NEGATIVE) if (row[field] < 0) fail(`${field} = ${row[field]} < 0`);
      if (t < 12) {
        for (const f of RETENTION) if (row[f] !== null) fail(`${f} before month 12`);
      } else {
        // Null exactly where the denominator (the book at t − 12) is 0.
        const then = rows[t - 12]!;
        if ((row.nrr === null) !== (then.mrr === 0)) fail(`nrr ${row.nrr} with MRR ${then.mrr} at t − 12`);
        if ((row.grr === null) !== (then.mrr === 0)) fail(`grr ${row.grr} with MRR ${then.mrr} at t − 12`);
        if ((row.logoRetention === null) !== (then.accounts === 0)) {
          fail(`logoRetention ${row.logoRetention} with ${then.accounts} accounts at t − 12`);
        }
      }
    });
  }

  test('simulate', () => {
    check(fc.property(arb, (a) => checkRows(rowsOf(a))));
  });

  test('evaluateCsProgram', () => {
    check(
      fc.property(arb, (a) => {
        const e = evaluateCsProgram(a);
        checkRows(e.baseline.rows);
        checkRows(e.withCs.rows);
        const numbers = [
          e.deltaGrossProfit,
          e.csCost,
          e.netBenefit,
          e.npv,
          e.endingArrLift,
          e.accountsSaved,
          e.recommendedCsms,
          ...e.cumulativeNetBenefit,
        ];
        for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
        expect(e.roi === null).toBe(e.csCost === 0);
        if (e.roi !== null) expect(Number.isFinite(e.roi)).toBe(true);
        expect(e.equivalentNewLogos === null).toBe(only(a).arpa === 0);
        expect(e.acquisitionSpendAvoided === null).toBe(only(a).arpa === 0);
        if (e.equivalentNewLogos !== null) expect(Number.isFinite(e.equivalentNewLogos)).toBe(true);
        if (e.acquisitionSpendAvoided !== null) expect(Number.isFinite(e.acquisitionSpendAvoided)).toBe(true);
        if (e.paybackMonth !== null) {
          expect(Number.isInteger(e.paybackMonth)).toBe(true);
          expect(e.paybackMonth).toBeGreaterThanOrEqual(1);
          expect(e.paybackMonth).toBeLessThanOrEqual(a.horizonMonths);
        }
        expect(Number.isInteger(e.recommendedCsms)).toBe(true);
      }),
      100,
    );
  });
});

describe('levers in force', SLOW, () => {
  test('leversAtCoverage gives exactly leverAt, ttvAt and expansionGrowthAt at any coverage', () => {
    check(
      fc.property(arb, fc.double({ min: 0, max: 1, noNaN: true }), (a, k) => {
        const out: LeversInForce = { churn: -1, contraction: -1, success: -1, ttv: -1, growth: -1 };
        leversAtCoverage(only(a))(k, out);
        expect(out).toStrictEqual({
          churn: leverAt(only(a).monthlyChurn, k),
          contraction: leverAt(only(a).monthlyContraction, k),
          success: leverAt(only(a).onboardingSuccess, k),
          ttv: ttvAt(only(a), k),
          growth: expansionGrowthAt(only(a), k),
        });
      }),
    );
  });
});

describe('coverage', SLOW, () => {
  test('is in [0, 1], 0 in month 0 and in every month without a team', () => {
    check(
      fc.property(arb, (a) => {
        const rows = rowsOf(a);
        expect(rows[0]!.coverage).toBe(0);
        const outside = rows.filter((r) => !(r.coverage >= 0 && r.coverage <= 1));
        expect(outside).toEqual([]);
        if (only(a).csms === 0) expect(rows.filter((r) => r.coverage !== 0)).toEqual([]);
      }),
    );
  });
});

describe('no CSMs, no program', SLOW, () => {
  test('csms = 0: zero CS cost, rows equal to the baseline exactly, and no CS input matters', () => {
    const teamAndWithCs = fc.record({
      csmAnnualCost: inRange(SEGMENT_RANGES.csmAnnualCost),
      csmHoursPerMonth: inRange(SEGMENT_RANGES.csmHoursPerMonth),
      churn: inRange(LEVER_RANGES.monthlyChurn),
      success: inRange(LEVER_RANGES.onboardingSuccess),
      ttv: inRange(LEVER_RANGES.timeToValueMonths),
      uplift: inRange(LEVER_RANGES.expansionUplift),
    });
    check(
      fc.property(arb, teamAndWithCs, (a, other) => {
        const none = oneSegment({ csms: 0 }, a);
        const e = evaluateCsProgram(none);
        expect(e.csCost).toBe(0);
        expect(e.netBenefit).toBe(0);
        expect(e.withCs).toStrictEqual(e.baseline);
        for (const r of e.withCs.rows) expect(r.csCost).toBe(0);
        const withCs = (lever: Lever, value: number): Lever => ({ base: lever.base, withCs: value });
        const changed: Assumptions = oneSegment(
          {
            csmAnnualCost: other.csmAnnualCost,
            csmHoursPerMonth: other.csmHoursPerMonth,
            monthlyChurn: withCs(only(a).monthlyChurn, other.churn),
            onboardingSuccess: withCs(only(a).onboardingSuccess, other.success),
            timeToValueMonths: withCs(only(a).timeToValueMonths, other.ttv),
            expansionUplift: withCs(only(a).expansionUplift, other.uplift),
          },
          none,
        );
        expect(rowsOf(changed)).toStrictEqual(e.baseline.rows);
      }),
      100,
    );
  });
});

describe('monotone in the levers', SLOW, () => {
  /** A lever with both sides raised by up to `by`, within its range. */
  const raised = (lever: Lever, max: number, up: number, upWithCs: number): Lever => ({
    base: Math.min(max, lever.base + up),
    withCs: Math.min(max, lever.withCs + upWithCs),
  });
  const bump = (max: number) =>
    fc.tuple(inRange({ min: 0, max, integer: false }), inRange({ min: 0, max, integer: false }));

  function neverAbove(lower: readonly MonthRow[], higher: readonly MonthRow[], label: string): void {
    for (let t = 0; t < lower.length; t++) {
      const l = lower[t]!.mrr;
      const h = higher[t]!.mrr;
      if (h > l && !isClose(h, l)) throw new Error(`${label}: month ${t} ${h} > ${l}`);
    }
  }

  test('more expansion (win rate, uplift or opportunities, either side) never lowers MRR', () => {
    // Expansion moves MRR only: accounts, hence coverage and every other lever, follow the same path.
    check(
      fc.property(arb, bump(1), bump(5), bump(12), (a, win, uplift, perYear) => {
        const more = oneSegment(
          {
            expansionWinRate: raised(only(a).expansionWinRate, 1, ...win),
            expansionUplift: raised(only(a).expansionUplift, 5, ...uplift),
            expansionsPerYear: raised(only(a).expansionsPerYear, 12, ...perYear),
          },
          a,
        );
        neverAbove(rowsOf(more), rowsOf(a), 'more expansion');
      }),
    );
  });

  test('more churn (both sides raised) never raises MRR, when coverage does not depend on the book', () => {
    // Without a team k = 0; with hours to spare (or no hours needed) k = 1. Either way the levers in
    // force are the same every month, and more churn leaves fewer accounts, fewer referrals and less MRR.
    const fixedCoverage = fc.oneof(
      arb.map((a) => oneSegment({ csms: 0 }, a)),
      arb.map((a) => oneSegment({ csms: 1, impactHoursPerAccountMonth: 0, onboardingHoursPerAccount: 0 }, a)),
    );
    check(
      fc.property(fixedCoverage, bump(1), (a, churn) => {
        const more = oneSegment({ monthlyChurn: raised(only(a).monthlyChurn, 1, ...churn) }, a);
        neverAbove(rowsOf(a), rowsOf(more), 'more churn');
      }),
    );
  });

  test('but with a team that covers only part of the book, more churn can raise MRR (MODEL.md feedback)', () => {
    // Churn empties the book, fewer accounts need fewer hours, coverage rises, and with it every lever
    // moves toward its with-CS value, here a far higher expansion. A property of the specification.
    const a: Assumptions = oneSegment({
      horizonMonths: 24,
      startingAccounts: 1000,
      newAccountsPerMonth: 0,
      arpa: 100,
      cac: 0,
      grossMargin: 1,
      annualDiscountRate: 0,
      referralsPerAccountYear: 0,
      onboardingSuccess: { base: 1, withCs: 1 },
      monthlyChurn: { base: 0.05, withCs: 0.05 },
      expansionWinRate: { base: 0, withCs: 1 },
      expansionUplift: { base: 1, withCs: 1 },
      expansionsPerYear: { base: 12, withCs: 12 },
      monthlyContraction: { base: 0, withCs: 0 },
      timeToValueMonths: { base: 0, withCs: 0 },
      csms: 1,
      csmAnnualCost: 0,
      csmHoursPerMonth: 100,
      onboardingHoursPerAccount: 0,
      impactHoursPerAccountMonth: 1,
    });
    const more = oneSegment({ monthlyChurn: { base: 0.2, withCs: 0.2 } }, a);
    const base = rowsOf(a);
    const churnier = rowsOf(more);
    expect(churnier[24]!.mrr).toBeGreaterThan(base[24]!.mrr);
    expect(churnier[24]!.coverage).toBeGreaterThan(base[24]!.coverage);
  });
});

describe('scaling and time', SLOW, () => {
  test('revenue (and every money flow from MRR) scales linearly with ARPA; accounts do not change', () => {
    check(
      fc.property(arb, fc.double({ min: 0.01, max: 100, noNaN: true }), (a, factor) => {
        const arpa = Math.min(SEGMENT_RANGES.arpa.max, only(a).arpa) / Math.max(1, factor);
        const one = rowsOf(oneSegment({ arpa }, a));
        const scaled = rowsOf(oneSegment({ arpa: arpa * factor }, a));
        for (let t = 0; t < one.length; t++) {
          for (const f of [
            'revenue',
            'mrr',
            'newMrr',
            'expansionMrr',
            'contractionMrr',
            'churnedMrr',
          ] as const) {
            expectClose(scaled[t]![f], factor * one[t]![f], `month ${t} ${f}`, factor * one[t]!.mrr);
          }
          if (scaled[t]!.accounts !== one[t]!.accounts || scaled[t]!.coverage !== one[t]!.coverage) {
            throw new Error(`month ${t}: ARPA changed accounts or coverage`);
          }
        }
      }),
    );
  });

  test('a longer horizon leaves the earlier months unchanged', () => {
    check(
      fc.property(arb, fc.integer({ min: 1, max: 120 }), (a, other) => {
        const [short, long] = [Math.min(a.horizonMonths, other), Math.max(a.horizonMonths, other)];
        const shortRows = rowsOf({ ...a, horizonMonths: short });
        const longRows = rowsOf({ ...a, horizonMonths: long });
        expect(longRows.slice(0, short + 1)).toStrictEqual(shortRows);
      }),
    );
  });
});
