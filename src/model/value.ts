import type { Assumptions } from './assumptions.ts';
import { ageBook, joinBook, newBook, pendingAccounts } from './book.ts';
import { leversAtCoverage, type LeversInForce } from './levers.ts';

/** Months of an account's life that CLV counts. */
export const CLV_MONTHS = 120;

/**
 * Gross-margin value of one new account of segment `index` over its first 120 months, with the levers
 * in force at coverage `k` (1: a fully covered program, 0: none). It is a book of one account run
 * through the month steps: it pays ARPA while onboarding, leaves at resolution with probability
 * 1 − success, and then churns, contracts and expands at the monthly rates.
 */
export function clv(a: Assumptions, index: number, k = 1): number {
  // NOTE: undiscounted, like the usual ARPA × margin / churn; referrals an account brings are not
  // counted, since the model gives them no CAC and counting them would value them twice. Unless told
  // otherwise it is the account's value under a fully covered program (k = 1).
  const s = a.segments[index];
  if (s === undefined) return 0;
  const levers: LeversInForce = { churn: 0, contraction: 0, success: 0, ttv: 0, growth: 0 };
  leversAtCoverage(s)(k, levers);
  const book = newBook();
  joinBook(book, 0, 1, levers, s.arpa);
  let total = 0;
  for (let m = 0; m < CLV_MONTHS; m++) {
    if (m > 0) ageBook(book, m, levers, s.arpa, null);
    total += book.mrr + pendingAccounts(book, m) * s.arpa;
  }
  return a.grossMargin * total;
}

/** CLV per unit of acquisition cost; null when acquisition is free. */
export function ltvToCac(a: Assumptions, index: number, k = 1): number | null {
  const cac = a.segments[index]?.cac ?? 0;
  return cac > 0 ? clv(a, index, k) / cac : null;
}

/** Months of gross profit that pay back one account's CAC: cac ÷ (arpa × grossMargin); null when that is 0. */
export function cacPaybackMonths(a: Assumptions, index: number): number | null {
  const s = a.segments[index];
  if (s === undefined) return null;
  const perMonth = s.arpa * a.grossMargin;
  return perMonth > 0 ? s.cac / perMonth : null;
}
