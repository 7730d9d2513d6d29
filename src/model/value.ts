import type { Assumptions } from './assumptions.ts';
import { expansionGrowthAt, leverAt, ttvAt } from './levers.ts';

/** Months of an account's life that CLV counts. */
export const CLV_MONTHS = 120;

/**
 * Gross-margin value of one new account over its first 120 months, with the levers in force at
 * coverage `k` (1: a fully staffed program, 0: none). It follows the month loop: the account pays
 * ARPA while onboarding, leaves at resolution with probability 1 − success, and then churns,
 * contracts and expands at the monthly rates.
 */
export function clv(a: Assumptions, k = 1): number {
  // NOTE: undiscounted, like the usual ARPA × margin / churn; referrals an account brings are not
  // counted, since the model gives them no CAC and counting them would value them twice.
  const ttv = ttvAt(a, k);
  const success = leverAt(a.onboardingSuccess, k);
  const churn = leverAt(a.monthlyChurn, k);
  const factor = (1 - churn) * (1 - leverAt(a.monthlyContraction, k)) * (1 + expansionGrowthAt(a, k));
  let mrr = a.arpa;
  let total = 0;
  for (let m = 0; m < CLV_MONTHS; m++) {
    if (m === ttv) mrr *= success;
    else if (m > ttv) mrr *= factor;
    total += mrr;
  }
  return a.grossMargin * total;
}

/** CLV per unit of acquisition cost; null when acquisition is free. */
export function ltvToCac(a: Assumptions, k = 1): number | null {
  return a.cac > 0 ? clv(a, k) / a.cac : null;
}
