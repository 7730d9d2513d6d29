import { MAX_TTV_MONTHS, type Lever, type Segment } from './assumptions.ts';

/** The value of a lever in force at coverage `k` (0: no program, 1: fully staffed). */
export const leverAt = (lever: Lever, k: number): number => lever.base + k * (lever.withCs - lever.base);

/** Whole months, rounded half up (1.5 → 2). */
export const roundHalfUp = (months: number): number => Math.floor(months + 0.5);

/**
 * Whole months to value, rounded half up and held within 0..24, so that a caller passing a lever out of
 * range cannot schedule a cohort before its join month or past the month loop's buckets.
 */
const wholeMonthsToValue = (months: number): number =>
  Math.min(MAX_TTV_MONTHS, Math.max(0, roundHalfUp(months)));

/** Time to value in whole months at coverage `k`, rounded half up. */
export const ttvAt = (a: Segment, k: number): number => wholeMonthsToValue(leverAt(a.timeToValueMonths, k));

/**
 * Monthly MRR growth g of onboarded accounts from expansion: (1 + win × uplift)^(opportunities / 12) − 1,
 * computed as expm1(opportunities / 12 × log1p(win × uplift)): the same number, without losing the digits
 * of a small win × uplift to the 1 + and − 1, and about three times faster than Math.pow.
 */
export const expansionGrowth = (winRate: number, uplift: number, perYear: number): number =>
  Math.expm1((perYear / 12) * Math.log1p(winRate * uplift));

/** Monthly MRR growth g from expansion with the levers in force at coverage `k`. */
export const expansionGrowthAt = (a: Segment, k: number): number =>
  expansionGrowth(
    leverAt(a.expansionWinRate, k),
    leverAt(a.expansionUplift, k),
    leverAt(a.expansionsPerYear, k),
  );

/** The levers in force at one coverage, as the month loop reads them. */
export interface LeversInForce {
  churn: number;
  contraction: number;
  success: number;
  ttv: number;
  growth: number;
}

/**
 * For a loop that asks at a new coverage almost every month: a function that writes the levers in
 * force at k into `out`, the same numbers as leverAt, ttvAt and expansionGrowthAt, with each lever's
 * base and span read off `a` once (reading them through `a` every month cost a third of a run).
 */
export function leversAtCoverage(a: Segment): (k: number, out: LeversInForce) => void {
  const line = (lever: Lever) => ({ base: lever.base, span: lever.withCs - lever.base });
  const churn = line(a.monthlyChurn);
  const contraction = line(a.monthlyContraction);
  const success = line(a.onboardingSuccess);
  const ttv = line(a.timeToValueMonths);
  const winRate = line(a.expansionWinRate);
  const uplift = line(a.expansionUplift);
  const perYear = line(a.expansionsPerYear);
  return (k, out) => {
    out.churn = churn.base + k * churn.span;
    out.contraction = contraction.base + k * contraction.span;
    out.success = success.base + k * success.span;
    out.ttv = wholeMonthsToValue(ttv.base + k * ttv.span);
    out.growth = expansionGrowth(
      winRate.base + k * winRate.span,
      uplift.base + k * uplift.span,
      perYear.base + k * perYear.span,
    );
  };
}
