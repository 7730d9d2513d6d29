import type { Assumptions } from './assumptions.ts';
import { leversInForce, MAX_TTV_MONTHS, type LeversInForce } from './levers.ts';
import { compoundFactor } from './units.ts';

export interface MonthRow {
  month: number;
  accounts: number;
  mrr: number;
  newAccounts: number;
  newMrr: number;
  expansionMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  /** Accounts lost this month: churn of onboarded accounts plus onboarding failures. */
  churnedAccounts: number;
  revenue: number;
  grossProfit: number;
  cacSpend: number;
  csCost: number;
  contribution: number;
  cumulativeContribution: number;
  coverage: number;
  /** CSM hours the month's accounts and new cohort need (the coverage denominator). */
  demandHours: number;
  nrr: number | null;
  grr: number | null;
  logoRetention: number | null;
}

/** Sums a run always yields, whether or not it writes rows. */
export interface RunTotals {
  grossProfit: number;
  csCost: number;
  /** Gross profit and CS cost of months 1..H, month t divided by (1 + i)^t at the monthly discount rate i. */
  discountedGrossProfit: number;
  discountedCsCost: number;
  finalMrr: number;
  finalAccounts: number;
  /** The smallest headcount that would have covered the busiest month of this run. */
  csmsNeededAtPeak: number;
}

const RETENTION_WINDOW = 12;

/** The smallest whole number of CSMs whose hours meet `demand`. */
export function csmsFor(demandHours: number, csmHoursPerMonth: number): number {
  if (demandHours <= 0) return 0;
  let n = Math.ceil(demandHours / csmHoursPerMonth);
  // Division can land a hair above a whole number; coverage itself compares n × hours with demand.
  if (n > 0 && (n - 1) * csmHoursPerMonth >= demandHours) n -= 1;
  return n;
}

/**
 * n zeros. Plain arrays rather than Float64Array: a typed array of this size is allocated off the JS
 * heap, which costs microseconds a run, and a headcount sweep or a tornado runs the model a hundred times.
 */
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** values[from] + … + values[to]; 0 when from > to. */
function sumRange(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i <= to; i++) total += values[i]!;
  return total;
}

/**
 * The month loop of MODEL.md. Cohorts are aggregated, which is exact here: every onboarded cohort
 * takes the same churn, contraction and expansion in a month (coverage is one number for the whole
 * book), so they form one pool; onboarding cohorts only differ by the month they resolve in and their
 * success rate, so they are kept in buckets by resolve month. A month then costs O(1), plus O(12) for
 * the trailing-12-month trackers when rows are asked for. test/model/reference.ts keeps the literal
 * cohort-by-cohort reading of MODEL.md and a property test holds the two equal.
 *
 * `rows` receives months 0..H when given; `fullCoverage` forces k = 1 (used to size the team).
 */
export function runMonths(a: Assumptions, rows: MonthRow[] | null, fullCoverage = false): RunTotals {
  const H = a.horizonMonths;
  const { arpa, grossMargin, cac, csms, csmHoursPerMonth } = a;
  const csCostPerMonth = (csms * a.csmAnnualCost) / 12;
  const capacity = csms * csmHoursPerMonth;

  // Onboarding buckets by resolve month: all accounts, and the share expected to succeed.
  const bucketAccounts = zeros(H + MAX_TTV_MONTHS + 2);
  const bucketSucceeding = zeros(H + MAX_TTV_MONTHS + 2);

  let poolAccounts = a.startingAccounts;
  let poolMrr = a.startingAccounts * arpa;
  let pendingAccounts = 0;
  // The latest month an onboarding cohort resolves in: buckets after it are empty.
  let lastResolve = 0;

  // NOTE: trailing retention follows "the cohorts that existed at t−12". Those are exactly every
  // account on the books at the end of month t−12, so each month starts a tracker from a snapshot of
  // the whole book and runs it forward without later cohorts for 12 months.
  const tracking = rows !== null && H >= RETENTION_WINDOW;
  const trackAccounts = zeros(tracking ? RETENTION_WINDOW : 0);
  const trackMrr = zeros(trackAccounts.length);
  const trackGross = zeros(trackAccounts.length);
  // Accounts of the snapshot still onboarding when its 12 months are up (they resolve after u + 12).
  const trackPending = zeros(trackAccounts.length);
  const snapSucceeding = zeros(trackAccounts.length * RETENTION_WINDOW);
  const startTracker = (u: number): void => {
    const slot = u % RETENTION_WINDOW;
    trackAccounts[slot] = poolAccounts;
    trackMrr[slot] = poolMrr;
    trackGross[slot] = poolMrr;
    trackPending[slot] = sumRange(bucketAccounts, u + RETENTION_WINDOW + 1, lastResolve);
    for (let d = 1; d <= RETENTION_WINDOW; d++) {
      const r = u + d;
      const inBuckets = r < bucketAccounts.length;
      snapSucceeding[slot * RETENTION_WINDOW + d - 1] = inBuckets ? bucketSucceeding[r]! : 0;
    }
  };

  const monthlyDiscount = 1 / compoundFactor(a.annualDiscountRate, 1);
  let discount = 1;
  let discountSum = 0;
  let discountedGrossProfit = 0;
  let cumulative = 0;
  let grossProfitSum = 0;
  let peakDemand = 0;
  if (rows !== null) {
    rows.length = 0;
    rows.push({
      month: 0,
      accounts: poolAccounts,
      mrr: poolMrr,
      newAccounts: 0,
      newMrr: 0,
      expansionMrr: 0,
      contractionMrr: 0,
      churnedMrr: 0,
      churnedAccounts: 0,
      revenue: poolMrr,
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
    });
  }
  if (tracking) startTracker(0);

  const leversAt = leversInForce(a);
  const levers: LeversInForce = { churn: 0, contraction: 0, success: 0, ttv: 0, growth: 0 };
  let leversK = Number.NaN;
  for (let t = 1; t <= H; t++) {
    // 1. New accounts.
    const paid = a.newAccountsPerMonth;
    const referred = (a.referralsPerAccountYear / 12) * poolAccounts;
    const arriving = paid + referred;

    // 2. Coverage.
    const demand =
      a.impactHoursPerAccountMonth * (poolAccounts + pendingAccounts) +
      a.onboardingHoursPerAccount * arriving;
    let k: number;
    if (fullCoverage) k = 1;
    else if (csms === 0) k = 0;
    // NOTE: demand at or below zero (only reachable by calling the model with out-of-range hours) counts
    // as nothing to cover, so coverage stays within [0, 1] whatever the caller passes.
    else if (demand <= 0) k = 1;
    else k = Math.min(1, capacity / demand);
    if (demand > peakDemand) peakDemand = demand;

    // 3. Levers in force: they depend on k alone, so a month at last month's coverage (always so
    // without a team, and once fully staffed) reuses them.
    if (k !== leversK) {
      leversK = k;
      leversAt(k, levers);
    }
    const { churn, contraction, success, ttv, growth } = levers;

    // 4. Onboarded cohorts: churn, then contraction on what is left, then expansion.
    // What is left is x × (1 − rate), as MODEL.md words it, not x − x × rate: with a rate near 1 the
    // subtraction cancels and keeps only the rounding of x.
    const churnedPoolAccounts = poolAccounts * churn;
    const churnedPoolMrr = poolMrr * churn;
    const afterChurn = poolMrr * (1 - churn);
    const contractionMrr = afterChurn * contraction;
    const afterContraction = afterChurn * (1 - contraction);
    const expansionMrr = afterContraction * growth;
    poolAccounts *= 1 - churn;
    poolMrr = afterContraction + expansionMrr;

    // 5. Onboarding cohorts that resolve this month.
    const resolving = bucketAccounts[t]!;
    const succeeding = bucketSucceeding[t]!;
    const failed = resolving - succeeding;
    poolAccounts += succeeding;
    poolMrr += succeeding * arpa;

    // 6. The new cohort joins.
    // NOTE: a row's newAccounts counts the accounts that start paying: with ttv 0 the failures never
    // join, so it is new × success; with ttv > 0 every new account joins (and some leave at resolution).
    let joined: number;
    if (ttv === 0) {
      joined = arriving * success;
      poolAccounts += joined;
      poolMrr += joined * arpa;
    } else {
      joined = arriving;
      bucketAccounts[t + ttv]! += arriving;
      bucketSucceeding[t + ttv]! += arriving * success;
      if (t + ttv > lastResolve) lastResolve = t + ttv;
    }
    // Accounts still onboarding are summed from their buckets (at most MAX_TTV_MONTHS of them), not kept as a
    // running total: a running total carries the rounding of the largest cohorts it ever held, so
    // once the book shrinks it drifts from what is left, and when the last cohort resolves it leaves a
    // residue instead of 0 (an empty book would then show a retention figure instead of none).
    pendingAccounts = sumRange(bucketAccounts, t + 1, lastResolve);

    const mrr = poolMrr + pendingAccounts * arpa;
    const grossProfit = grossMargin * mrr;
    const cacSpend = paid * cac;
    const contribution = grossProfit - cacSpend - csCostPerMonth;
    cumulative += contribution;
    grossProfitSum += grossProfit;
    discount *= monthlyDiscount;
    discountSum += discount;
    discountedGrossProfit += grossProfit * discount;

    if (rows === null) continue;

    let nrr: number | null = null;
    let grr: number | null = null;
    let logoRetention: number | null = null;
    if (tracking) {
      const expansionFactor = 1 + growth;
      const grossFactor = (1 - churn) * (1 - contraction);
      for (let u = Math.max(0, t - RETENTION_WINDOW); u < t && u <= H - RETENTION_WINDOW; u++) {
        const slot = u % RETENTION_WINDOW;
        const snap = slot * RETENTION_WINDOW + (t - u) - 1;
        const joining = snapSucceeding[snap]!;
        trackAccounts[slot] = trackAccounts[slot]! * (1 - churn) + joining;
        trackMrr[slot] = trackMrr[slot]! * grossFactor * expansionFactor + joining * arpa;
        trackGross[slot] = trackGross[slot]! * grossFactor + joining * arpa;
      }
      if (t >= RETENTION_WINDOW) {
        const u = t - RETENTION_WINDOW;
        const slot = u % RETENTION_WINDOW;
        const then = rows[u]!;
        const stillPending = trackPending[slot]!;
        if (then.mrr > 0) {
          nrr = (trackMrr[slot]! + stillPending * arpa) / then.mrr;
          grr = (trackGross[slot]! + stillPending * arpa) / then.mrr;
        }
        if (then.accounts > 0) logoRetention = (trackAccounts[slot]! + stillPending) / then.accounts;
      }
      if (t <= H - RETENTION_WINDOW) startTracker(t);
    }

    rows.push({
      month: t,
      accounts: poolAccounts + pendingAccounts,
      mrr,
      newAccounts: joined,
      newMrr: joined * arpa,
      expansionMrr,
      contractionMrr,
      churnedMrr: churnedPoolMrr + failed * arpa,
      churnedAccounts: churnedPoolAccounts + failed,
      revenue: mrr,
      grossProfit,
      cacSpend,
      csCost: csCostPerMonth,
      contribution,
      cumulativeContribution: cumulative,
      coverage: k,
      demandHours: demand,
      nrr,
      grr,
      logoRetention,
    });
  }

  return {
    grossProfit: grossProfitSum,
    csCost: csCostPerMonth * H,
    discountedGrossProfit,
    discountedCsCost: csCostPerMonth * discountSum,
    finalMrr: poolMrr + pendingAccounts * arpa,
    finalAccounts: poolAccounts + pendingAccounts,
    // csmsFor only grows with demand, so the busiest month needs the most CSMs.
    csmsNeededAtPeak: csmsFor(peakDemand, csmHoursPerMonth),
  };
}

/** Months 0..H of the scenario, as MODEL.md defines them. */
export function simulate(a: Assumptions): MonthRow[] {
  const rows: MonthRow[] = [];
  runMonths(a, rows);
  return rows;
}
