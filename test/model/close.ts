import type { MonthRow } from '../../src/model/simulate.ts';

export const RELATIVE_TOLERANCE = 1e-9;

/** Below this a double has lost most of its digits (subnormals start at 2.2e-308). */
export const DUST = 1e-290;

/**
 * Equal within a relative tolerance, or within the same tolerance times `scale`: the size of the
 * quantities the value was computed from, so a small difference of large numbers (a sum that cancels)
 * is judged against the numbers that cancelled, not against the near-zero result.
 */
export function isClose(
  actual: number,
  expected: number,
  scale = 0,
  tolerance = RELATIVE_TOLERANCE,
): boolean {
  if (actual === expected) return true;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const diff = Math.abs(actual - expected);
  // Below DUST (a book decayed over a hundred months, say) doubles keep no digits to compare.
  if (diff <= DUST) return true;
  return diff <= tolerance * Math.max(Math.abs(actual), Math.abs(expected), Math.abs(scale));
}

/** Throws with the figures when the two differ, so a failing property names the field and values. */
export function expectClose(actual: number, expected: number, label: string, scale = 0): void {
  if (!isClose(actual, expected, scale)) {
    throw new Error(`${label}: got ${actual}, expected ${expected} (scale ${scale})`);
  }
}

/** Both null, or both numbers and close. */
export function expectCloseOrNull(
  actual: number | null,
  expected: number | null,
  label: string,
  scale = 0,
): void {
  if (actual === null || expected === null) {
    if (actual !== expected) throw new Error(`${label}: got ${actual}, expected ${expected}`);
    return;
  }
  expectClose(actual, expected, label, scale);
}

const ACCOUNT_FIELDS = ['accounts', 'newAccounts', 'churnedAccounts'] as const;
const MRR_FIELDS = [
  'mrr',
  'newMrr',
  'expansionMrr',
  'contractionMrr',
  'churnedMrr',
  'revenue',
  'grossProfit',
] as const;
const RETENTION_FIELDS = ['nrr', 'grr', 'logoRetention'] as const;

/**
 * Every field of every row close to the expected one. Scales are running maxima over months ≤ t of
 * the expected rows, because a running sum (accounts still onboarding, say) carries the rounding of
 * the largest values it ever held.
 */
export function expectRowsClose(
  actual: readonly MonthRow[],
  expected: readonly MonthRow[],
  arpa: number,
): void {
  if (actual.length !== expected.length) {
    throw new Error(`rows: got ${actual.length}, expected ${expected.length}`);
  }
  let accountScale = 0;
  let mrrScale = 0;
  let demandScale = 0;
  let cumulativeScale = 0;
  for (let t = 0; t < expected.length; t++) {
    const got = actual[t]!;
    const want = expected[t]!;
    if (got.month !== t) throw new Error(`row ${t} has month ${got.month}`);
    const keys = Object.keys(got).sort().join();
    if (keys !== Object.keys(want).sort().join()) throw new Error(`month ${t} fields: ${keys}`);
    accountScale = Math.max(accountScale, want.accounts, want.newAccounts, want.churnedAccounts);
    mrrScale = Math.max(mrrScale, accountScale * arpa, ...MRR_FIELDS.map((f) => Math.abs(want[f])));
    demandScale = Math.max(demandScale, want.demandHours);
    const contributionScale = Math.max(mrrScale, Math.abs(want.cacSpend), Math.abs(want.csCost));
    cumulativeScale += contributionScale;
    for (const f of ACCOUNT_FIELDS) expectClose(got[f], want[f], `month ${t} ${f}`, accountScale);
    for (const f of MRR_FIELDS) expectClose(got[f], want[f], `month ${t} ${f}`, mrrScale);
    expectClose(got.cacSpend, want.cacSpend, `month ${t} cacSpend`);
    expectClose(got.csCost, want.csCost, `month ${t} csCost`);
    expectClose(got.contribution, want.contribution, `month ${t} contribution`, contributionScale);
    expectClose(
      got.cumulativeContribution,
      want.cumulativeContribution,
      `month ${t} cumulativeContribution`,
      cumulativeScale,
    );
    expectClose(got.demandHours, want.demandHours, `month ${t} demandHours`, demandScale);
    expectClose(got.coverage, want.coverage, `month ${t} coverage`, 1);
    if (t >= 12) {
      const then = expected[t - 12]!;
      for (const f of RETENTION_FIELDS) {
        const denominator = f === 'logoRetention' ? then.accounts : then.mrr;
        // A ratio over a subnormal denominator has no digits to compare; a zero one must give null.
        if (denominator === 0 || denominator > DUST) {
          expectCloseOrNull(got[f], want[f], `month ${t} ${f}`, 1);
        }
      }
    } else {
      for (const f of RETENTION_FIELDS) expectCloseOrNull(got[f], want[f], `month ${t} ${f}`);
    }
  }
}
