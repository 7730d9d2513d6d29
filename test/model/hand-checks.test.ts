import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CLV_MONTHS,
  DEFAULT_ASSUMPTIONS,
  inputPaths,
  annualToMonthly,
  clv,
  compareCompanies,
  evaluateCsProgram,
  ltvToCac,
  monthlyToAnnual,
  runProgram,
  rangeOf,
  readInput,
  recommendedCsms,
  sensitivity,
  sweepHeadcount,
  withInput,
  type Assumptions,
  type InputPath,
  type MonthRow,
  type SensitivityMetric,
} from '../../src/model/index.ts';
import { partialCoverageArb } from './arbitraries.ts';
import { business, flat, oneSegment, only, rowsOf } from './builders.ts';
import { expectClose, expectCloseOrNull } from './close.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 30_000 };

/** Every listed field of the row close to the hand-computed value. */
function expectRow(row: MonthRow, expected: Partial<MonthRow>): void {
  for (const [field, value] of Object.entries(expected)) {
    const got = row[field as keyof MonthRow];
    if (value === null || got === null) expect(got).toBe(value);
    else expectClose(got, value, `month ${row.month} ${field}`, 1);
  }
}

describe('one cohort, three months by hand: no CS, ttv 1, success 0.5, referrals, contraction', () => {
  // 100 accounts at 10; 12 paid + referrals 1.2 per onboarded account a year (0.1 a month);
  // churn 10 %, contraction 20 %, success 50 %, ttv 1; margin 0.5, CAC 5.
  const a = business({
    horizonMonths: 3,
    startingAccounts: 100,
    arpa: 10,
    newAccountsPerMonth: 12,
    referralsPerAccountYear: 1.2,
    grossMargin: 0.5,
    cac: 5,
    monthlyChurn: flat(0.1),
    monthlyContraction: flat(0.2),
    onboardingSuccess: flat(0.5),
    timeToValueMonths: flat(1),
  });
  const rows = rowsOf(a);

  test('month 0 is the starting snapshot', () => {
    expectRow(rows[0]!, {
      accounts: 100,
      mrr: 1000,
      newAccounts: 0,
      newMrr: 0,
      churnedMrr: 0,
      grossProfit: 0,
      contribution: 0,
      cumulativeContribution: 0,
      coverage: 0,
    });
  });

  test('month 1', () => {
    // new = 12 + 0.1 × 100 = 22, all onboarding (ttv 1), resolving in month 2.
    // Onboarded: churn 100 → 90 accounts, 1000 → 900 MRR (100 churned); contraction 900 × 0.2 = 180 → 720.
    // accounts 90 + 22 = 112; MRR 720 + 220 = 940 (= 1000 + 220 − 180 − 100).
    // gross profit 0.5 × 940 = 470; CAC 12 × 5 = 60 (referrals cost nothing); contribution 410.
    expectRow(rows[1]!, {
      accounts: 112,
      mrr: 940,
      newAccounts: 22,
      newMrr: 220,
      expansionMrr: 0,
      contractionMrr: 180,
      churnedMrr: 100,
      churnedAccounts: 10,
      revenue: 940,
      grossProfit: 470,
      cacSpend: 60,
      csCost: 0,
      contribution: 410,
      cumulativeContribution: 410,
      coverage: 0,
    });
  });

  test('month 2: the first cohort resolves', () => {
    // Referrals come from onboarded accounts only: 0.1 × 90 = 9, new = 21 (onboarding until month 3).
    // Onboarded: 90 → 81 accounts, 720 → 648 MRR (72 churned); contraction 129.6 → 518.4.
    // Cohort 1 resolves: 11 of 22 fail (110 MRR churned), 11 join the onboarded at 110.
    // accounts 81 + 11 + 21 = 113; MRR 518.4 + 110 + 210 = 838.4; churned 72 + 110 = 182.
    expectRow(rows[2]!, {
      accounts: 113,
      mrr: 838.4,
      newAccounts: 21,
      newMrr: 210,
      contractionMrr: 129.6,
      churnedMrr: 182,
      churnedAccounts: 20,
      grossProfit: 419.2,
      contribution: 359.2,
      cumulativeContribution: 769.2,
    });
  });

  test('month 3: the resolved accounts churn and contract with the rest', () => {
    // Onboarded at the end of month 2: 81 + 11 = 92 accounts, 628.4 MRR; referrals 9.2, new 21.2.
    // Churn: 82.8 accounts, 565.56 MRR (62.84 churned); contraction 113.112 → 452.448.
    // Cohort 2 resolves: 10.5 of 21 fail (105 churned), 10.5 join at 105.
    // accounts 82.8 + 10.5 + 21.2 = 114.5; MRR 452.448 + 105 + 212 = 769.448.
    expectRow(rows[3]!, {
      accounts: 114.5,
      mrr: 769.448,
      newAccounts: 21.2,
      newMrr: 212,
      contractionMrr: 113.112,
      churnedMrr: 167.84,
      churnedAccounts: 19.7,
      cumulativeContribution: 769.2 + 0.5 * 769.448 - 60,
    });
  });
});

describe('partial coverage by hand: one CSM of 50 hours for 1 hour per account', () => {
  // 100 accounts at 100, 10 new a month. Levers (base → withCs): churn 0.1 → 0.02, contraction 0.02 → 0,
  // success 0.6 → 1, ttv 3 → 0, win 0 → 0.5 (uplift 0.2, 12 chances a year both ways).
  const a = business({
    horizonMonths: 3,
    startingAccounts: 100,
    arpa: 100,
    newAccountsPerMonth: 10,
    csms: 1,
    csmHoursPerMonth: 50,
    csmAnnualCost: 24000,
    impactHoursPerAccountMonth: 1,
    onboardingHoursPerAccount: 0,
    monthlyChurn: { base: 0.1, withCs: 0.02 },
    monthlyContraction: { base: 0.02, withCs: 0 },
    onboardingSuccess: { base: 0.6, withCs: 1 },
    timeToValueMonths: { base: 3, withCs: 0 },
    expansionWinRate: { base: 0, withCs: 0.5 },
    expansionUplift: flat(0.2),
    expansionsPerYear: flat(12),
  });
  const rows = rowsOf(a);
  const lever = (base: number, withCs: number, k: number) => base + k * (withCs - base);

  test('month 1: k = 50 / 100 = 0.5', () => {
    // churn 0.06, contraction 0.01, success 0.8, ttv 1.5 → 2 (half up), g = (1 + 0.25 × 0.2)^1 − 1 = 0.05.
    // Onboarded: 6 accounts and 600 MRR churn → 94, 9400; contraction 94 → 9306; expansion 465.3 → 9771.3.
    // 10 new accounts onboard until month 3 at 1000 MRR. accounts 104, MRR 10771.3. CS cost 2000.
    expectRow(rows[1]!, {
      coverage: 0.5,
      demandHours: 100,
      accounts: 104,
      mrr: 10771.3,
      newAccounts: 10,
      newMrr: 1000,
      churnedAccounts: 6,
      churnedMrr: 600,
      contractionMrr: 94,
      expansionMrr: 465.3,
      csCost: 2000,
      contribution: 10771.3 - 2000,
    });
  });

  test('month 2: k = 50 / 104, the onboarding accounts count toward demand', () => {
    const k = 50 / 104;
    const churn = lever(0.1, 0.02, k);
    const contraction = lever(0.02, 0, k);
    const g = 0.1 * k; // (1 + 0.5k × 0.2)^(12/12) − 1
    // ttv = 3 − 3k = 1.56 → 2: the month-2 cohort resolves in month 4.
    const afterChurn = 9771.3 * (1 - churn);
    const afterContraction = afterChurn * (1 - contraction);
    expectRow(rows[2]!, {
      coverage: k,
      demandHours: 104,
      accounts: 94 * (1 - churn) + 10 + 10,
      churnedAccounts: 94 * churn,
      churnedMrr: 9771.3 * churn,
      contractionMrr: afterChurn * contraction,
      expansionMrr: afterContraction * g,
      mrr: afterContraction * (1 + g) + 2000,
    });
  });

  test('month 3: the month-1 cohort resolves at the success rate it joined with (0.8)', () => {
    const k2 = 50 / 104;
    const pool2 = 94 * (1 - lever(0.1, 0.02, k2));
    const mrr2 = 9771.3 * (1 - lever(0.1, 0.02, k2)) * (1 - lever(0.02, 0, k2)) * (1 + 0.1 * k2);
    const k3 = 50 / (pool2 + 20);
    const churn = lever(0.1, 0.02, k3);
    const poolMrr3 = mrr2 * (1 - churn) * (1 - lever(0.02, 0, k3)) * (1 + 0.1 * k3);
    // ttv 3 − 3 × k3 = 1.61 → 2, so the month-3 cohort onboards too.
    expectRow(rows[3]!, {
      coverage: k3,
      accounts: pool2 * (1 - churn) + 8 + 10 + 10,
      churnedAccounts: pool2 * churn + 2,
      churnedMrr: mrr2 * churn + 200,
      mrr: poolMrr3 + 800 + 1000 + 1000,
    });
  });
});

describe('ttv 0 by hand: only new × success accounts join, and the failures never pay', () => {
  test('one month', () => {
    const rows = rowsOf(
      business({ horizonMonths: 1, arpa: 10, newAccountsPerMonth: 20, onboardingSuccess: flat(0.75) }),
    );
    expectRow(rows[1]!, {
      accounts: 15,
      newAccounts: 15,
      newMrr: 150,
      churnedAccounts: 0,
      churnedMrr: 0,
      mrr: 150,
    });
  });
});

describe('trailing-12-month retention by hand', () => {
  // Churn 10 %, contraction 5 %, g = 1.2^(6/12) − 1; 10 new accounts a month (ttv 0, success 1).
  const levers = {
    monthlyChurn: flat(0.1),
    monthlyContraction: flat(0.05),
    expansionWinRate: flat(1),
    expansionUplift: flat(0.2),
    expansionsPerYear: flat(6),
  };
  const g = Math.sqrt(1.2) - 1;
  const gross = 0.9 * 0.95;

  test('month 12 follows the starting cohort only; later cohorts are left out', () => {
    const rows = rowsOf(
      business({ horizonMonths: 13, startingAccounts: 100, arpa: 10, newAccountsPerMonth: 10, ...levers }),
    );
    for (let t = 0; t < 12; t++) {
      expectRow(rows[t]!, { nrr: null, grr: null, logoRetention: null });
    }
    expectRow(rows[12]!, {
      nrr: Math.pow(gross * (1 + g), 12),
      grr: Math.pow(gross, 12),
      logoRetention: Math.pow(0.9, 12),
    });
    // Month 13: cohorts 0 and 1, both onboarded by month 1, both take 12 months of the same factors.
    expectRow(rows[13]!, { nrr: Math.pow(gross * (1 + g), 12), logoRetention: Math.pow(0.9, 12) });
  });

  test('an onboarding cohort in the window counts its failures in GRR and logo retention', () => {
    // ttv 2, success 0.5: cohort 1 (10 accounts, 100 MRR) resolves in month 3, then takes months 4..13.
    const rows = rowsOf(
      business({
        horizonMonths: 13,
        startingAccounts: 100,
        arpa: 10,
        newAccountsPerMonth: 10,
        onboardingSuccess: flat(0.5),
        timeToValueMonths: flat(2),
        ...levers,
      }),
    );
    // At month 1 the cohorts joined by then hold: the starting 90 accounts (churned once) and cohort 1.
    const startMrr1 = 1000 * gross * (1 + g);
    expectClose(rows[1]!.mrr, startMrr1 + 100, 'month 1 MRR');
    const grrNumerator = startMrr1 * Math.pow(gross, 12) + 100 * 0.5 * Math.pow(gross, 10);
    const nrrNumerator =
      startMrr1 * Math.pow(gross * (1 + g), 12) + 100 * 0.5 * Math.pow(gross * (1 + g), 10);
    const logoNumerator = 90 * Math.pow(0.9, 12) + 10 * 0.5 * Math.pow(0.9, 10);
    expectRow(rows[13]!, {
      grr: grrNumerator / (startMrr1 + 100),
      nrr: nrrNumerator / (startMrr1 + 100),
      logoRetention: logoNumerator / 100,
    });
  });

  test('null where the cohorts of t − 12 had no MRR (arpa 0) but a logo figure where they had accounts', () => {
    const rows = rowsOf(business({ horizonMonths: 12, startingAccounts: 10, arpa: 0, ...levers }));
    expectRow(rows[12]!, { nrr: null, grr: null, logoRetention: Math.pow(0.9, 12) });
    const empty = rowsOf(business({ horizonMonths: 12, arpa: 10, newAccountsPerMonth: 5 }));
    expectRow(empty[12]!, { nrr: null, grr: null, logoRetention: null });
  });
});

describe('evaluateCsProgram by hand', () => {
  // 100 accounts at 10; churn 10 % without CS, 0 with a fully covered one; a CSM covers all 100 hours.
  // One CSM costs 1,800 a year = 150 a month. Monthly discount rate exactly 1 %.
  const a = business({
    horizonMonths: 3,
    startingAccounts: 100,
    arpa: 10,
    cac: 40,
    monthlyChurn: { base: 0.1, withCs: 0 },
    csms: 1,
    csmHoursPerMonth: 100,
    csmAnnualCost: 1800,
    impactHoursPerAccountMonth: 1,
    onboardingHoursPerAccount: 0,
    annualDiscountRate: Math.pow(1.01, 12) - 1,
  });
  const e = evaluateCsProgram(a);

  test('gross profit, cost, net benefit, ROI', () => {
    // Baseline MRR 900, 810, 729; with CS 1000 each month. ΔGP = 100 + 190 + 271 = 561. Cost 450.
    expect(e.withCs.rows.map((r) => r.coverage)).toEqual([0, 1, 1, 1]);
    expectClose(e.deltaGrossProfit, 561, 'ΔGP');
    expectClose(e.csCost, 450, 'cost');
    expectClose(e.netBenefit, 111, 'net');
    expectClose(e.roi!, 111 / 450, 'roi');
  });

  test('payback: cumulative net −50, −10, 111, so month 3', () => {
    [0, -50, -10, 111].forEach((v, t) => expectClose(e.cumulativeNetBenefit[t]!, v, `cumulative ${t}`, 1));
    expect(e.paybackMonth).toBe(3);
  });

  test('NPV discounts month t by 1.01^t', () => {
    expectClose(e.npv, -50 / 1.01 + 40 / 1.01 ** 2 + 121 / 1.01 ** 3, 'npv', 561);
  });

  test('ending ARR lift, equivalent new logos, acquisition spend avoided, accounts saved', () => {
    // MRR difference at month 3: 1000 − 729 = 271; accounts 100 − 72.9 = 27.1.
    expectClose(e.endingArrLift, 12 * 271, 'ARR lift');
    expectClose(e.equivalentNewLogos!, 27.1, 'logos');
    expectClose(e.acquisitionSpendAvoided!, 27.1 * 40, 'CAC avoided');
    expectClose(e.accountsSaved, 27.1, 'accounts saved');
    expect(e.recommendedCsms).toBe(1);
  });

  test('no payback month when the cumulative net benefit ends below 0; ≥ 0 counts', () => {
    expect(evaluateCsProgram({ ...a, horizonMonths: 2 }).paybackMonth).toBeNull();
    // 1,200 a year = 100 a month: cumulative 0, 90, 261 pays back in month 1 (0 is not a loss).
    expect(evaluateCsProgram(oneSegment({ csmAnnualCost: 1200 }, a)).paybackMonth).toBe(1);
  });

  test('ARPA 0: no equivalent logos or acquisition spend avoided', () => {
    const free = evaluateCsProgram(oneSegment({ arpa: 0 }, a));
    expect(free.equivalentNewLogos).toBeNull();
    expect(free.acquisitionSpendAvoided).toBeNull();
    expectClose(free.accountsSaved, 27.1, 'accounts saved');
  });

  test('no CSMs: no cost, no ROI, baseline and with-CS rows equal', () => {
    const none = evaluateCsProgram(oneSegment({ csms: 0 }, a));
    expect(none.csCost).toBe(0);
    expect(none.roi).toBeNull();
    expect(none.netBenefit).toBe(0);
    expect(none.withCs).toEqual(none.baseline);
    // evaluate.ts NOTE: with no CS cost there is nothing to pay back, so no month is claimed (MODEL.md's
    // wording alone would say month 1, the cumulative net benefit being 0 throughout).
    expect(none.paybackMonth).toBeNull();
  });
});

describe('recommendedCsms', SLOW, () => {
  const coverages = (a: Assumptions, csms: number) =>
    rowsOf(oneSegment({ csms }, a))
      .slice(1)
      .map((r) => r.coverage);

  test('by hand: 400 accounts growing by 20 a month at 1 hour each plus 10 hours per new account', () => {
    // Demand in month t = (400 + 20(t − 1)) + 200; the last month (12) needs 820 hours: 7 CSMs of 120.
    const a = business({
      horizonMonths: 12,
      startingAccounts: 400,
      newAccountsPerMonth: 20,
      arpa: 10,
      csmHoursPerMonth: 120,
      impactHoursPerAccountMonth: 1,
      onboardingHoursPerAccount: 10,
    });
    expect(recommendedCsms(a, 0)).toBe(7);
    expect(coverages(a, 7).every((k) => k === 1)).toBe(true);
    expect(coverages(a, 6).at(-1)).toBeLessThan(1);
  });

  test('a book that needs no hours still needs one CSM (no team is no program)', () => {
    expect(
      recommendedCsms(business({ impactHoursPerAccountMonth: 0, onboardingHoursPerAccount: 0 }), 0),
    ).toBe(1);
  });

  test('for any assumptions: coverage is 1 every month at the recommended size, below 1 somewhere at one fewer', () => {
    fc.assert(
      fc.property(partialCoverageArb({ maxHorizon: 120 }), (a) => {
        const n = recommendedCsms(a, 0);
        expect(coverages(a, n).every((k) => k === 1)).toBe(true);
        expect(Math.min(...coverages(a, n - 1))).toBeLessThan(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sweepHeadcount', SLOW, () => {
  /** Net benefit of each headcount 0..max, by evaluating each one on its own. */
  const exhaustive = (a: Assumptions, max: number) =>
    Array.from({ length: max + 1 }, (_, n) => runProgram(oneSegment({ csms: n }, a)).netBenefit);

  function checkSweep(a: Assumptions, maxCsms: number): void {
    const sweep = sweepHeadcount(a, 0, maxCsms);
    // The sweep always offers at least 0 and 1 CSM.
    const upper = Math.max(1, maxCsms);
    expect(sweep.points.at(-1)!.csms).toBe(upper);
    const values = exhaustive(a, upper);
    const best = Math.max(...values);
    const scale = Math.max(
      ...values.map(Math.abs),
      evaluateCsProgram(a).withCs.rows.reduce((s, r) => s + r.grossProfit, 0),
    );
    expectClose(sweep.optimum.netBenefit, best, `optimum of 0..${upper}`, scale);
    expectClose(values[sweep.optimum.csms]!, best, `net benefit at the optimum ${sweep.optimum.csms}`, scale);
    for (const p of sweep.points) expectClose(p.netBenefit, values[p.csms]!, `point ${p.csms}`, scale);
  }

  test('on the defaults, every point and the optimum match evaluating each headcount', () => {
    const a = { ...DEFAULT_ASSUMPTIONS };
    const max = 2 * recommendedCsms(a, 0);
    const sweep = sweepHeadcount(a, 0, max);
    expect(sweep.points.map((p) => p.csms)).toEqual(Array.from({ length: max + 1 }, (_, n) => n));
    for (const p of sweep.points) {
      const e = evaluateCsProgram(oneSegment({ csms: p.csms }, a));
      expectClose(p.netBenefit, e.netBenefit, `net ${p.csms}`, e.csCost + e.deltaGrossProfit);
      expectCloseOrNull(p.roi, e.roi, `roi ${p.csms}`);
    }
    checkSweep(a, max);
    expect(sweep.recommended).toBe(recommendedCsms(a, 0));
  });

  test('cutOne and addOne: cost, gross profit and net change of one CSM fewer or more', () => {
    const a = { ...DEFAULT_ASSUMPTIONS };
    const sweep = sweepHeadcount(a, 0);
    const at = (n: number) => evaluateCsProgram(oneSegment({ csms: n }, a));
    const now = at(only(a).csms);
    const fewer = at(only(a).csms - 1);
    const more = at(only(a).csms + 1);
    const perCsm = (only(a).csmAnnualCost / 12) * a.horizonMonths;
    const scale = now.deltaGrossProfit + now.csCost;
    expectClose(sweep.cutOne!.costChange, -perCsm, 'cut cost');
    expectClose(
      sweep.cutOne!.grossProfitChange,
      fewer.deltaGrossProfit - now.deltaGrossProfit,
      'cut GP',
      scale,
    );
    expectClose(sweep.cutOne!.netChange, fewer.netBenefit - now.netBenefit, 'cut net', scale);
    expectClose(sweep.addOne.costChange, perCsm, 'add cost');
    expectClose(
      sweep.addOne.grossProfitChange,
      more.deltaGrossProfit - now.deltaGrossProfit,
      'add GP',
      scale,
    );
    expectClose(sweep.addOne.netChange, more.netBenefit - now.netBenefit, 'add net', scale);
    expect(sweepHeadcount(oneSegment({ csms: 0 }, a), 0).cutOne).toBeNull();
  });

  test('for any assumptions: the optimum is the best of every headcount 0..max', () => {
    fc.assert(
      fc.property(partialCoverageArb({ maxHorizon: 60 }), fc.integer({ min: 0, max: 40 }), (a, max) => {
        checkSweep(a, max);
      }),
      { numRuns: 60 },
    );
  });

  test('above 400 headcounts the sweep samples, and still finds the best headcount', () => {
    // 20,000 accounts at 1 hour each with CSMs of 40 hours: about 500 needed, a sweep over 0..1000.
    fc.assert(
      fc.property(
        partialCoverageArb({ maxHorizon: 24 }),
        fc.integer({ min: 10000, max: 40000 }),
        (a, accounts) => {
          const big = oneSegment(
            { startingAccounts: accounts, csmHoursPerMonth: 40, impactHoursPerAccountMonth: 1 },
            a,
          );
          checkSweep(big, Math.min(10000, 2 * recommendedCsms(big, 0)));
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('compareCompanies', () => {
  test('by hand: b overtakes a in month 3 and stays ahead', () => {
    // a: 100 accounts at 10 losing half a month: MRR 500, 250, 125, 62.5.
    // b: 0 accounts, 5 new a month at 10, no churn: MRR 50, 100, 150, 200.
    const a = business({ horizonMonths: 4, startingAccounts: 100, arpa: 10, monthlyChurn: flat(0.5) });
    const b = business({ horizonMonths: 4, newAccountsPerMonth: 5, arpa: 10 });
    const race = compareCompanies(a, b);
    expect(race.months).toBe(4);
    expect(race.race.mrr.bAheadFrom).toBe(3);
    expectClose(race.race.mrr.leadAtHorizon, 200 - 62.5, 'lead');
    // Cumulative: a 500, 750, 875, 937.5; b 50, 150, 300, 500: never ahead.
    expect(race.race.cumulativeContribution.bAheadFrom).toBeNull();
    expectClose(race.race.cumulativeContribution.leadAtHorizon, 500 - 937.5, 'cumulative lead');
  });

  test('a lead that is lost again does not count; different horizons compare over the shorter', () => {
    // a's MRR is 10, 20, 30…; b's stays 15: b is ahead in month 1 only.
    const a = business({ horizonMonths: 6, newAccountsPerMonth: 1, arpa: 10 });
    const b = business({ horizonMonths: 3, startingAccounts: 1.5, arpa: 10 });
    const race = compareCompanies(a, b);
    expect(race.months).toBe(3);
    expect(race.a).toHaveLength(7);
    expect(race.b).toHaveLength(4);
    expect(race.b[1]!.mrr).toBeGreaterThan(race.a[1]!.mrr);
    expect(race.race.mrr.bAheadFrom).toBeNull();
    expectClose(race.race.mrr.leadAtHorizon, 15 - 30, 'lead at month 3');
  });

  test('the same company is never ahead of itself', () => {
    const race = compareCompanies(DEFAULT_ASSUMPTIONS, DEFAULT_ASSUMPTIONS);
    for (const m of Object.values(race.race)) {
      expect(m.bAheadFrom).toBeNull();
      expect(m.leadAtHorizon).toBe(0);
    }
  });
});

describe('sensitivity', SLOW, () => {
  const metrics: SensitivityMetric[] = ['roi', 'netBenefit', 'npv', 'endingArrLift', 'paybackMonth'];

  function checkTornado(a: Assumptions, metric: SensitivityMetric): void {
    const s = sensitivity(a, metric);
    const e = evaluateCsProgram(a);
    expect(s.value).toBe(e[metric]);
    expect([...s.bars.map((b) => b.path), ...s.leftOut].sort()).toEqual(
      inputPaths(a)
        .filter((p) => p !== 'horizonMonths')
        .sort(),
    );
    for (const p of s.leftOut) expect(readInput(a, p)).toBe(0);
    for (let i = 1; i < s.bars.length; i++)
      expect(s.bars[i - 1]!.swing).toBeGreaterThanOrEqual(s.bars[i]!.swing);
    for (const bar of s.bars) {
      const r = rangeOf(bar.path);
      const current = readInput(a, bar.path);
      expect(bar.low.input).toBeLessThanOrEqual(current);
      expect(bar.high.input).toBeGreaterThanOrEqual(current);
      for (const side of [bar.low, bar.high]) {
        expect(side.input).toBeGreaterThanOrEqual(r.min);
        expect(side.input).toBeLessThanOrEqual(r.max);
        if (r.integer) expect(Number.isInteger(side.input)).toBe(true);
        expect(side.value).toBe(evaluateCsProgram(withInput(a, bar.path, side.input))[metric]);
      }
      const swing =
        bar.low.value === null || bar.high.value === null ? 0 : Math.abs(bar.high.value - bar.low.value);
      expect(bar.swing).toBe(swing);
    }
  }

  test.each(metrics)(
    'on the defaults, %s: sorted bars, each side evaluated with that one input moved',
    (metric) => {
      checkTornado({ ...DEFAULT_ASSUMPTIONS }, metric);
    },
  );

  test('the base ROI equals evaluateCsProgram’s', () => {
    expect(sensitivity(DEFAULT_ASSUMPTIONS, 'roi').value).toBe(evaluateCsProgram(DEFAULT_ASSUMPTIONS).roi);
  });

  test('each input moves by 10 % of its value (at least 1 for whole months and CSMs)', () => {
    const bars = new Map(sensitivity(DEFAULT_ASSUMPTIONS, 'roi').bars.map((b) => [b.path, b]));
    const inputs = (path: InputPath) => [bars.get(path)!.low.input, bars.get(path)!.high.input];
    const tenPercent = (path: InputPath) => {
      const today = readInput(DEFAULT_ASSUMPTIONS, path);
      inputs(path).forEach((x, i) => expectClose(x, [0.9 * today, 1.1 * today][i]!, path));
    };
    tenPercent('segments.0.arpa');
    tenPercent('segments.0.startingAccounts');
    tenPercent('segments.0.monthlyChurn.withCs');
    tenPercent('segments.0.csmAnnualCost');
    // Ten CSMs or fewer, and two months: 10 % is at most one, so the step is one.
    const csms = only(DEFAULT_ASSUMPTIONS).csms;
    expect(csms).toBeLessThanOrEqual(10);
    expect(inputs('segments.0.csms')).toEqual([csms - 1, csms + 1]);
    const ttv = only(DEFAULT_ASSUMPTIONS).timeToValueMonths.withCs;
    expect(ttv).toBeLessThanOrEqual(10);
    expect(inputs('segments.0.timeToValueMonths.withCs')).toEqual([ttv - 1, ttv + 1]);
  });

  test('an input at 0 is left out unless it moves in whole steps (months, CSMs); nothing leaves its range', () => {
    const a = oneSegment(
      { referralsPerAccountYear: 0, csms: 0, timeToValueMonths: { base: 3, withCs: 0 } },
      DEFAULT_ASSUMPTIONS,
    );
    const s = sensitivity(a, 'roi');
    const bars = new Map(s.bars.map((b) => [b.path, b]));
    expect(bars.has('segments.0.referralsPerAccountYear')).toBe(false);
    expect(s.leftOut).toContain('segments.0.referralsPerAccountYear');
    expect(s.leftOut).toContain('segments.0.digitalCostPerAccountMonth');
    expect(bars.get('segments.0.timeToValueMonths.withCs')!.low.input).toBe(0);
    expect(bars.get('segments.0.timeToValueMonths.withCs')!.high.input).toBe(1);
    expect(bars.get('segments.0.csms')!.high.input).toBe(1);
  });

  test('for any assumptions, ROI: the same checks', () => {
    fc.assert(
      fc.property(partialCoverageArb({ maxHorizon: 36 }), (a) => checkTornado(a, 'roi')),
      { numRuns: 15 },
    );
  });
});

describe('clv and ltvToCac', SLOW, () => {
  test('ttv 0, no expansion: gm × arpa × s × (1 − (1 − c)^120) / c', () => {
    for (const [c, s, gm, arpa] of [
      [0.02, 0.9, 0.8, 500],
      [0.1, 1, 1, 50],
      [1, 0.5, 0.7, 10],
      [0.005, 0.25, 0.6, 2000],
    ] as const) {
      const a = business({
        arpa,
        grossMargin: gm,
        cac: 1000,
        monthlyChurn: flat(c),
        onboardingSuccess: flat(s),
      });
      const expected = (gm * arpa * s * (1 - Math.pow(1 - c, CLV_MONTHS))) / c;
      expectClose(clv(a, 0), expected, `clv c=${c}`);
      expectClose(ltvToCac(a, 0)!, expected / 1000, `ltv:cac c=${c}`);
    }
  });

  test('no churn: 120 months of margin', () => {
    expectClose(clv(business({ arpa: 100, grossMargin: 0.5 }), 0), 0.5 * 100 * 120, 'clv');
  });

  test('CAC 0: no ratio', () => {
    expect(ltvToCac(business({ arpa: 100, cac: 0 }), 0)).toBeNull();
  });

  test('k picks the side: 0 without a program, 1 fully staffed', () => {
    const a = business({ arpa: 100, monthlyChurn: { base: 0.1, withCs: 0.05 } });
    expectClose(clv(a, 0, 0), (100 * (1 - 0.9 ** 120)) / 0.1, 'without');
    expectClose(clv(a, 0, 1), (100 * (1 - 0.95 ** 120)) / 0.05, 'with');
  });

  test('with ttv, contraction and expansion: one account per month for 120 months gives gm × MRR_120 = clv', () => {
    // With constant new accounts and no referrals or team, MRR at 120 is the sum of one account's MRR over
    // its first 120 months, which is what clv adds up.
    fc.assert(
      fc.property(partialCoverageArb(), (a) => {
        const single = oneSegment(
          { csms: 0, startingAccounts: 0, newAccountsPerMonth: 1, referralsPerAccountYear: 0 },
          a,
        );
        const rows = rowsOf({ ...single, horizonMonths: CLV_MONTHS });
        expectClose(clv(single, 0, 0), single.grossMargin * rows[CLV_MONTHS]!.mrr, 'clv');
      }),
      { numRuns: 100 },
    );
  });
});

describe('annual and monthly churn', SLOW, () => {
  test('by hand', () => {
    expectClose(annualToMonthly(0), 0, 'zero');
    expectClose(annualToMonthly(1), 1, 'one');
    expectClose(monthlyToAnnual(0.1), 1 - 0.9 ** 12, 'monthly 10 %');
    expectClose(annualToMonthly(1 - 0.5 ** 12), 0.5, 'annual from halving');
  });

  test('inverse of each other over [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        expect(Math.abs(monthlyToAnnual(annualToMonthly(x)) - x)).toBeLessThan(1e-12);
        expect(Math.abs(annualToMonthly(monthlyToAnnual(x)) - x)).toBeLessThan(1e-9);
      }),
    );
  });
});
