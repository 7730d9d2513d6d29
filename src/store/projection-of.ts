import {
  clv,
  coverageOf,
  evaluateCsProgram,
  ltvToCac,
  type Assumptions,
  type CoverageStats,
  type CsProgramEvaluation,
} from '../model/index.ts';

/**
 * The projection as plain data: what every KPI, chart and export reads. No React here, so the CSV export
 * and the KPI registry import it without the UI; the hooks that feed it to components are in projection.ts.
 */

/**
 * The segment whose inputs the panel shows and whose per-segment figures (CLV, LTV : CAC, the headcount
 * sweep) are shown.
 */
// NOTE: always the first segment until the segment selector (the next issue) lets a person choose; every
// view takes it from here, so that selector changes one place.
export const ACTIVE_SEGMENT = 0;

/** Computes once per inputs object: every KPI and chart that asks for the same inputs shares the result. */
function memoByInputs<T>(compute: (a: Assumptions) => T): (a: Assumptions) => T {
  const cache = new WeakMap<Assumptions, T>();
  return (a) => {
    let value = cache.get(a);
    if (value === undefined) {
      value = compute(a);
      cache.set(a, value);
    }
    return value;
  };
}

export interface Projection {
  inputs: Assumptions;
  evaluation: CsProgramEvaluation;
  /** CS coverage of the whole book with CS, over months 1..H. */
  coverage: CoverageStats;
  clvWithCs: number;
  clvBaseline: number;
  ltvToCacWithCs: number | null;
  ltvToCacBaseline: number | null;
}

export const projectionOf = memoByInputs((a): Projection => {
  const evaluation = evaluateCsProgram(a);
  const coverage = coverageOf(evaluation.withCs.rows);
  // NOTE: CLV "with CS" values a new account at the coverage the team delivers on average over the
  // horizon, not at full staffing: an understaffed team does not deliver the with-CS levers in full.
  return {
    inputs: a,
    evaluation,
    coverage,
    clvWithCs: clv(a, ACTIVE_SEGMENT, coverage.average),
    clvBaseline: clv(a, ACTIVE_SEGMENT, 0),
    ltvToCacWithCs: ltvToCac(a, ACTIVE_SEGMENT, coverage.average),
    ltvToCacBaseline: ltvToCac(a, ACTIVE_SEGMENT, 0),
  };
});

/** CSMs on the team at month 0, every segment's together. */
export const startingCsms = (a: Assumptions): number => a.segments.reduce((sum, s) => sum + s.csms, 0);
