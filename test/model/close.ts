import type {
  Assumptions,
  ReferenceEvaluation,
  ReferenceProgram,
  RefRow,
  RefSimulation,
} from './reference.ts';

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
/** Version-2 fields: headcounts are whole numbers; costs are products of inputs (digital cost of accounts too). */
const HEADCOUNT_FIELDS = ['csms', 'productiveCsms'] as const;
const COST_FIELDS = ['csmCost', 'overheadCost', 'digitalCost'] as const;
type V2Field = (typeof HEADCOUNT_FIELDS)[number] | (typeof COST_FIELDS)[number];

/** A row of either model version: the version-1 fields, and the version-2 ones where the row has them. */
export type ComparableRow = Omit<RefRow, V2Field> & Partial<Pick<RefRow, V2Field>>;

/**
 * Every field of every expected row close to the actual one (which may carry more fields). Scales are
 * running maxima over months ≤ t of the expected rows, because a running sum (accounts still onboarding,
 * say) carries the rounding of the largest values it ever held. `arpa` is the largest ARPA of the book.
 */
export function expectRowsClose(
  actual: readonly ComparableRow[],
  expected: readonly ComparableRow[],
  arpa: number,
): void {
  if (actual.length !== expected.length) {
    throw new Error(`rows: got ${actual.length}, expected ${expected.length}`);
  }
  let accountScale = 0;
  let mrrScale = 0;
  let demandScale = 0;
  let cumulativeScale = 0;
  let costScale = 0;
  for (let t = 0; t < expected.length; t++) {
    const got = actual[t]!;
    const want = expected[t]!;
    if (got.month !== t) throw new Error(`row ${t} has month ${got.month}`);
    const missing = Object.keys(want).filter((f) => !(f in got));
    if (missing.length > 0) throw new Error(`month ${t} lacks ${missing.join()}`);
    accountScale = Math.max(accountScale, want.accounts, want.newAccounts, want.churnedAccounts);
    mrrScale = Math.max(mrrScale, accountScale * arpa, ...MRR_FIELDS.map((f) => Math.abs(want[f])));
    demandScale = Math.max(demandScale, want.demandHours);
    costScale = Math.max(costScale, want.csCost);
    const contributionScale = Math.max(mrrScale, Math.abs(want.cacSpend), Math.abs(want.csCost));
    cumulativeScale += contributionScale;
    for (const f of ACCOUNT_FIELDS) expectClose(got[f], want[f], `month ${t} ${f}`, accountScale);
    for (const f of MRR_FIELDS) expectClose(got[f], want[f], `month ${t} ${f}`, mrrScale);
    for (const f of HEADCOUNT_FIELDS) {
      if (want[f] !== undefined && got[f] !== want[f]) {
        throw new Error(`month ${t} ${f}: got ${got[f]}, expected ${want[f]}`);
      }
    }
    for (const f of COST_FIELDS) {
      if (want[f] !== undefined) expectClose(got[f]!, want[f], `month ${t} ${f}`, costScale);
    }
    expectClose(got.cacSpend, want.cacSpend, `month ${t} cacSpend`);
    expectClose(got.csCost, want.csCost, `month ${t} csCost`, costScale);
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

/** Runs `check`, naming `where` in the message of any failure it throws. */
function within(where: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A simulation of MODEL.md version 2: the whole book's rows and each segment's. */
export interface SimulationLike {
  rows: readonly ComparableRow[];
  segments: readonly { name: string; rows: readonly ComparableRow[] }[];
}

/** The whole book and every segment, every field of every month, close to the reference. */
export function expectSimulationClose(actual: SimulationLike, expected: RefSimulation, a: Assumptions): void {
  const names = actual.segments.map((s) => s.name).join('|');
  if (names !== expected.segments.map((s) => s.name).join('|')) throw new Error(`segments: got ${names}`);
  const largestArpa = Math.max(...a.segments.map((s) => s.arpa));
  within('whole book', () => expectRowsClose(actual.rows, expected.rows, largestArpa));
  a.segments.forEach((s, j) =>
    within(`segment ${j}`, () =>
      expectRowsClose(actual.segments[j]!.rows, expected.segments[j]!.rows, s.arpa),
    ),
  );
}

/** Both null, or both numbers and equal. */
function expectSameOrNull(actual: number | null, expected: number | null, label: string): void {
  if (actual !== expected) throw new Error(`${label}: got ${actual}, expected ${expected}`);
}

/**
 * The program figures of one run pair close to the reference's. Differences of two runs are judged
 * against the size of the runs; the payback month must be the same unless the cumulative net benefit
 * touches 0 within rounding somewhere (then either side of the edge is right).
 */
function expectProgramClose(
  actual: ReferenceProgram,
  expected: ReferenceProgram,
  withCs: readonly RefRow[],
  baseline: readonly RefRow[],
): void {
  const H = withCs.length - 1;
  const gpScale =
    withCs.reduce((s, r) => s + Math.abs(r.grossProfit), 0) +
    baseline.reduce((s, r) => s + Math.abs(r.grossProfit), 0) +
    expected.csCost;
  const mrrScale = Math.max(withCs[H]!.mrr, baseline[H]!.mrr);
  const accountScale = Math.max(withCs[H]!.accounts, baseline[H]!.accounts);
  expectClose(actual.deltaGrossProfit, expected.deltaGrossProfit, 'deltaGrossProfit', gpScale);
  expectClose(actual.csCost, expected.csCost, 'csCost');
  expectClose(actual.netBenefit, expected.netBenefit, 'netBenefit', gpScale);
  expectClose(actual.npv, expected.npv, 'npv', gpScale);
  expectClose(actual.endingArrLift, expected.endingArrLift, 'endingArrLift', 12 * mrrScale);
  expectClose(actual.accountsSaved, expected.accountsSaved, 'accountsSaved', accountScale);
  expectCloseOrNull(actual.roi, expected.roi, 'roi', gpScale / expected.csCost);
  if (actual.roiByYear.length !== expected.roiByYear.length) {
    throw new Error(`roiByYear: got ${actual.roiByYear.length} years, expected ${expected.roiByYear.length}`);
  }
  expected.roiByYear.forEach((roi, y) => {
    const blockCost = withCs.slice(1 + 12 * y, 13 + 12 * y).reduce((s, r) => s + r.csCost, 0);
    expectCloseOrNull(actual.roiByYear[y]!, roi, `roiByYear ${y}`, gpScale / blockCost);
  });
  if (withCs[H]!.mrr === 0 || withCs[H]!.mrr > DUST) {
    expectCloseOrNull(actual.csCostShareOfArr, expected.csCostShareOfArr, 'csCostShareOfArr');
  }
  let cumulative = 0;
  let touchesZero = false;
  for (let t = 1; t <= H; t++) {
    cumulative += withCs[t]!.grossProfit - baseline[t]!.grossProfit - withCs[t]!.csCost;
    touchesZero ||= isClose(cumulative, 0, gpScale);
  }
  if (expected.csCost === 0 || !touchesZero) {
    expectSameOrNull(actual.paybackMonth, expected.paybackMonth, 'paybackMonth');
  }
}

/** The evaluation MODEL.md words for the whole book and each segment. */
export interface EvaluationLike extends ReferenceProgram {
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
  segments: readonly (ReferenceProgram & {
    equivalentNewLogos: number | null;
    acquisitionSpendAvoided: number | null;
  })[];
}

/** Every figure of evaluateCsProgram close to the reference's, for the whole book and each segment. */
export function expectEvaluationClose(
  actual: EvaluationLike,
  expected: ReferenceEvaluation,
  a: Assumptions,
): void {
  const H = a.horizonMonths;
  within('whole book', () =>
    expectProgramClose(actual, expected, expected.withCs.rows, expected.baseline.rows),
  );
  if (actual.segments.length !== a.segments.length) throw new Error(`${actual.segments.length} segments`);
  let logoScale = 0;
  let spendScale = 0;
  a.segments.forEach((s, j) => {
    const withCs = expected.withCs.segments[j]!.rows;
    const baseline = expected.baseline.segments[j]!.rows;
    const logos = Math.max(withCs[H]!.mrr, baseline[H]!.mrr) / s.arpa;
    logoScale += s.arpa === 0 ? 0 : logos;
    spendScale += s.arpa === 0 ? 0 : logos * s.cac;
    within(`segment ${j}`, () => {
      const got = actual.segments[j]!;
      const want = expected.segments[j]!;
      expectProgramClose(got, want, withCs, baseline);
      expectCloseOrNull(got.equivalentNewLogos, want.equivalentNewLogos, 'equivalentNewLogos', logos);
      expectCloseOrNull(
        got.acquisitionSpendAvoided,
        want.acquisitionSpendAvoided,
        'acquisitionSpendAvoided',
        logos * s.cac,
      );
    });
  });
  within('whole book', () => {
    expectCloseOrNull(
      actual.equivalentNewLogos,
      expected.equivalentNewLogos,
      'equivalentNewLogos',
      logoScale,
    );
    expectCloseOrNull(
      actual.acquisitionSpendAvoided,
      expected.acquisitionSpendAvoided,
      'acquisitionSpendAvoided',
      spendScale,
    );
  });
}
