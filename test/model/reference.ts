/**
 * A deliberately literal, slow reading of the month loop in shared/MODEL.md: a list of cohort objects,
 * each updated on its own, and trailing retention recomputed from every cohort's history. It is written
 * from the specification, not from src/model/simulate.ts, so the property test that holds the two
 * equal checks the aggregation in simulate.ts against the words of the spec.
 *
 * Only the definitions of `Assumptions` and `MonthRow` are imported from the model.
 */
import type { Assumptions, Lever } from '../../src/model/assumptions.ts';
import type { MonthRow } from '../../src/model/simulate.ts';

interface Cohort {
  /** Month the cohort joined (0 for the starting accounts). */
  joinMonth: number;
  accounts: number;
  mrr: number;
  status: 'onboarding' | 'onboarded';
  /** Month its onboarding resolves (its join month when it joined already onboarded). */
  resolveMonth: number;
  /** Share that reaches first value, fixed when it joined. */
  successRate: number;
  /** Accounts and MRR at the end of each month since it joined, indexed by month. */
  accountsAt: Map<number, number>;
  mrrAt: Map<number, number>;
  /** The factor its MRR took in each month, expansion left out (churn × contraction, or success at resolve). */
  grossFactorAt: Map<number, number>;
}

/** MODEL.md: "the value in force is base + k × (withCs − base)". */
export const inForce = (lever: Lever, k: number): number => lever.base + k * (lever.withCs - lever.base);

/** Half up: 2.5 → 3, 2.49 → 2. */
const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

/**
 * How far the unrounded time to value of the month closest to a rounding edge (x.5) is from it. Below
 * ~1e-12 the last bit of the coverage decides ttv, and two correct summation orders may disagree.
 */
export function ttvEdgeDistance(a: Assumptions, rows: readonly MonthRow[]): number {
  let closest = Infinity;
  for (const row of rows.slice(1)) {
    const x = inForce(a.timeToValueMonths, row.coverage);
    closest = Math.min(closest, Math.abs(x - Math.floor(x) - 0.5));
  }
  return closest;
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

export function referenceSimulate(a: Assumptions): MonthRow[] {
  const H = a.horizonMonths;
  const cohorts: Cohort[] = [];
  const start: Cohort = {
    joinMonth: 0,
    accounts: a.startingAccounts,
    mrr: a.startingAccounts * a.arpa,
    status: 'onboarded',
    resolveMonth: 0,
    successRate: 1,
    accountsAt: new Map([[0, a.startingAccounts]]),
    mrrAt: new Map([[0, a.startingAccounts * a.arpa]]),
    grossFactorAt: new Map(),
  };
  cohorts.push(start);

  const rows: MonthRow[] = [
    {
      month: 0,
      accounts: start.accounts,
      mrr: start.mrr,
      newAccounts: 0,
      newMrr: 0,
      expansionMrr: 0,
      contractionMrr: 0,
      churnedMrr: 0,
      churnedAccounts: 0,
      // NOTE: MODEL.md says both "revenue = mrr of month t" and "row 0 has zero flows"; revenue follows
      // the first (it is the MRR snapshot), gross profit and the other money flows the second.
      revenue: start.mrr,
      grossProfit: 0,
      cacSpend: 0,
      csCost: 0,
      contribution: 0,
      cumulativeContribution: 0,
      coverage: 0,
      demandHours: 0,
      nrr: null,
      grr: null,
      logoRetention: null,
    },
  ];

  let cumulativeContribution = 0;
  for (let t = 1; t <= H; t++) {
    // State at the end of month t − 1.
    const onboardedAccounts = sum(cohorts.filter((c) => c.status === 'onboarded').map((c) => c.accounts));
    const allAccounts = sum(cohorts.map((c) => c.accounts));

    // 1. New accounts.
    const paid = a.newAccountsPerMonth;
    const referred = (a.referralsPerAccountYear / 12) * onboardedAccounts;
    const arriving = paid + referred;

    // 2. Coverage.
    const demand = a.impactHoursPerAccountMonth * allAccounts + a.onboardingHoursPerAccount * arriving;
    let k: number;
    if (a.csms === 0) k = 0;
    else if (demand === 0) k = 1;
    else k = Math.min(1, (a.csms * a.csmHoursPerMonth) / demand);

    // 3. Levers in force.
    const churn = inForce(a.monthlyChurn, k);
    const contraction = inForce(a.monthlyContraction, k);
    const success = inForce(a.onboardingSuccess, k);
    const ttv = roundHalfUp(inForce(a.timeToValueMonths, k));
    const g =
      Math.pow(
        1 + inForce(a.expansionWinRate, k) * inForce(a.expansionUplift, k),
        inForce(a.expansionsPerYear, k) / 12,
      ) - 1;

    let expansionMrr = 0;
    let contractionMrr = 0;
    let churnedMrr = 0;
    let churnedAccounts = 0;
    for (const c of cohorts) {
      if (c.status === 'onboarded') {
        // 4. Churn first (accounts and MRR × (1 − churn)), then contraction on what is left
        // (MRR × (1 − contraction)), then expansion (MRR × (1 + g)).
        const lostAccounts = c.accounts * churn;
        const lostMrr = c.mrr * churn;
        c.accounts *= 1 - churn;
        c.mrr *= 1 - churn;
        const contracted = c.mrr * contraction;
        c.mrr *= 1 - contraction;
        const expanded = c.mrr * g;
        c.mrr += expanded;
        churnedAccounts += lostAccounts;
        churnedMrr += lostMrr;
        contractionMrr += contracted;
        expansionMrr += expanded;
        c.grossFactorAt.set(t, (1 - churn) * (1 - contraction));
      } else if (c.resolveMonth === t) {
        // 5. Onboarding resolves: the share (1 − success) leaves, its MRR counted as churned; the rest
        // (× success) stay.
        const failedAccounts = c.accounts * (1 - c.successRate);
        const failedMrr = c.mrr * (1 - c.successRate);
        c.accounts *= c.successRate;
        c.mrr *= c.successRate;
        c.status = 'onboarded';
        churnedAccounts += failedAccounts;
        churnedMrr += failedMrr;
        c.grossFactorAt.set(t, c.successRate);
      } else {
        // Still onboarding: pays, no churn, no contraction, no expansion.
        c.grossFactorAt.set(t, 1);
      }
    }

    // 6. The new cohort joins.
    const joined = ttv === 0 ? arriving * success : arriving;
    const cohort: Cohort = {
      joinMonth: t,
      accounts: joined,
      mrr: joined * a.arpa,
      status: ttv === 0 ? 'onboarded' : 'onboarding',
      resolveMonth: t + ttv,
      successRate: success,
      accountsAt: new Map(),
      mrrAt: new Map(),
      grossFactorAt: new Map(),
    };
    cohorts.push(cohort);

    for (const c of cohorts) {
      c.accountsAt.set(t, c.accounts);
      c.mrrAt.set(t, c.mrr);
    }

    const accounts = sum(cohorts.map((c) => c.accounts));
    const mrr = sum(cohorts.map((c) => c.mrr));
    const grossProfit = a.grossMargin * mrr;
    const cacSpend = paid * a.cac;
    const csCost = (a.csms * a.csmAnnualCost) / 12;
    const contribution = grossProfit - cacSpend - csCost;
    cumulativeContribution += contribution;

    // Trailing 12 months over the cohorts that joined at or before t − 12.
    let nrr: number | null = null;
    let grr: number | null = null;
    let logoRetention: number | null = null;
    if (t >= 12) {
      const old = cohorts.filter((c) => c.joinMonth <= t - 12);
      const mrrThen = sum(old.map((c) => c.mrrAt.get(t - 12)!));
      const mrrNow = sum(old.map((c) => c.mrrAt.get(t)!));
      const grossNow = sum(
        old.map((c) => {
          let factor = 1;
          for (let m = t - 11; m <= t; m++) factor *= c.grossFactorAt.get(m)!;
          return c.mrrAt.get(t - 12)! * factor;
        }),
      );
      const accountsThen = sum(old.map((c) => c.accountsAt.get(t - 12)!));
      const accountsNow = sum(old.map((c) => c.accountsAt.get(t)!));
      if (old.length > 0 && mrrThen !== 0) {
        nrr = mrrNow / mrrThen;
        grr = grossNow / mrrThen;
      }
      if (old.length > 0 && accountsThen !== 0) logoRetention = accountsNow / accountsThen;
    }

    rows.push({
      month: t,
      accounts,
      mrr,
      newAccounts: joined,
      newMrr: joined * a.arpa,
      expansionMrr,
      contractionMrr,
      churnedMrr,
      churnedAccounts,
      revenue: mrr,
      grossProfit,
      cacSpend,
      csCost,
      contribution,
      cumulativeContribution,
      coverage: k,
      demandHours: demand,
      nrr,
      grr,
      logoRetention,
    });
  }
  return rows;
}

/** The CS program's figures from two literal runs, each written as MODEL.md words it. */
export interface ReferenceEvaluation {
  deltaGrossProfit: number;
  csCost: number;
  netBenefit: number;
  roi: number | null;
  paybackMonth: number | null;
  npv: number;
  endingArrLift: number;
  equivalentNewLogos: number | null;
  accountsSaved: number;
}

export function referenceEvaluate(a: Assumptions): ReferenceEvaluation {
  const H = a.horizonMonths;
  const baseline = referenceSimulate({ ...a, csms: 0 });
  const withCs = referenceSimulate(a);
  const i = Math.pow(1 + a.annualDiscountRate, 1 / 12) - 1;
  let deltaGrossProfit = 0;
  let csCost = 0;
  let npv = 0;
  const cumulative = [0];
  for (let t = 1; t <= H; t++) {
    const delta = withCs[t]!.grossProfit - baseline[t]!.grossProfit;
    const net = delta - withCs[t]!.csCost;
    deltaGrossProfit += delta;
    csCost += withCs[t]!.csCost;
    npv += net / Math.pow(1 + i, t);
    cumulative.push(cumulative[t - 1]! + net);
  }
  let paybackMonth: number | null = null;
  for (let t = 1; t <= H && paybackMonth === null; t++) {
    if (cumulative.slice(t).every((v) => v >= 0)) paybackMonth = t;
  }
  const netBenefit = deltaGrossProfit - csCost;
  const mrrLift = withCs[H]!.mrr - baseline[H]!.mrr;
  return {
    deltaGrossProfit,
    csCost,
    netBenefit,
    roi: csCost === 0 ? null : netBenefit / csCost,
    paybackMonth,
    npv,
    endingArrLift: 12 * mrrLift,
    equivalentNewLogos: a.arpa === 0 ? null : mrrLift / a.arpa,
    accountsSaved: withCs[H]!.accounts - baseline[H]!.accounts,
  };
}
