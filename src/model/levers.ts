import type { Assumptions, Lever } from './assumptions.ts';

/** The value of a lever in force at coverage `k` (0: no program, 1: fully staffed). */
export const leverAt = (lever: Lever, k: number): number => lever.base + k * (lever.withCs - lever.base);

/** Time to value in whole months at coverage `k`, rounded half up. */
export const ttvAt = (a: Assumptions, k: number): number => Math.floor(leverAt(a.timeToValueMonths, k) + 0.5);

/**
 * Monthly MRR growth g of onboarded accounts from expansion: (1 + win × uplift)^(opportunities / 12) − 1,
 * computed as expm1(opportunities / 12 × log1p(win × uplift)): the same number, without losing the digits
 * of a small win × uplift to the 1 + and − 1, and about three times faster than Math.pow.
 */
export const expansionGrowthAt = (a: Assumptions, k: number): number =>
  Math.expm1(
    (leverAt(a.expansionsPerYear, k) / 12) *
      Math.log1p(leverAt(a.expansionWinRate, k) * leverAt(a.expansionUplift, k)),
  );
