import { useDeferredValue, useMemo } from 'react';
import {
  clv,
  evaluateCsProgram,
  ltvToCac,
  type Assumptions,
  type CsProgramEvaluation,
} from '../model/index.ts';
import type { Formatting } from '../format.ts';
import { useCalculator } from './calculator-context.tsx';

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
  /** Mean CS coverage over months 1..H. */
  averageCoverage: number;
  clvWithCs: number;
  clvBaseline: number;
  ltvToCacWithCs: number | null;
  ltvToCacBaseline: number | null;
}

export const projectionOf = memoByInputs((a): Projection => {
  const evaluation = evaluateCsProgram(a);
  const months = evaluation.withCs.rows.slice(1);
  const averageCoverage = months.reduce((sum, r) => sum + r.coverage, 0) / Math.max(1, months.length);
  // NOTE: CLV "with CS" values a new account at the coverage the team delivers on average over the
  // horizon, not at full staffing: an understaffed team does not deliver the with-CS levers in full.
  return {
    inputs: a,
    evaluation,
    averageCoverage,
    clvWithCs: clv(a, ACTIVE_SEGMENT, averageCoverage),
    clvBaseline: clv(a, ACTIVE_SEGMENT, 0),
    ltvToCacWithCs: ltvToCac(a, ACTIVE_SEGMENT, averageCoverage),
    ltvToCacBaseline: ltvToCac(a, ACTIVE_SEGMENT, 0),
  };
});

/** CSMs on the team at month 0, every segment's together. */
export const startingCsms = (a: Assumptions): number => a.segments.reduce((sum, s) => sum + s.csms, 0);

export const useInputs = (): Assumptions => useCalculator((s) => s.inputs);
/**
 * The projection for what the inputs drive (KPIs, summary, charts): deferred, so a slider step paints the
 * slider and its number in the next frame and the figures follow in the render right after, which React
 * abandons if another step arrives first.
 */
export const useProjection = (): Projection => projectionOf(useDeferredValue(useInputs()));
/** Locale and currency only: changing the theme or the churn unit must not reformat every chart. */
export function useFormatting(): Formatting {
  const locale = useCalculator((s) => s.settings.locale);
  const currency = useCalculator((s) => s.settings.currency);
  return useMemo(() => ({ locale, currency }), [locale, currency]);
}
