import {
  clv,
  coverageOf,
  evaluateCsProgram,
  ltvToCac,
  type Assumptions,
  type CoverageStats,
  type CsProgramEvaluation,
} from '../model/index.ts';
import { memoByInputs } from './memo.ts';

/**
 * The projection as plain data: what every KPI, chart and export reads. No React here, so the CSV export
 * and the KPI registry import it without the UI; the hooks that feed it to components are in projection.ts.
 */

/** Figures of one segment's new account: what it is worth over its life, with CS and without. */
export interface SegmentFigures {
  /** CS coverage of the segment with CS, over months 1..H. */
  coverage: CoverageStats;
  clvWithCs: number;
  clvBaseline: number;
  ltvToCacWithCs: number | null;
  ltvToCacBaseline: number | null;
}

export interface Projection {
  inputs: Assumptions;
  evaluation: CsProgramEvaluation;
  /** CS coverage of the whole book with CS, over months 1..H. */
  coverage: CoverageStats;
  /** One per segment, in the scenario's order. */
  segments: SegmentFigures[];
}

/** Computed once per inputs object: every KPI and chart that asks for the same inputs shares it. */
export const projectionOf = memoByInputs((a): Projection => {
  const evaluation = evaluateCsProgram(a);
  const coverage = coverageOf(evaluation.withCs.rows);
  return {
    inputs: a,
    evaluation,
    coverage,
    segments: a.segments.map((_, i): SegmentFigures => {
      // NOTE: CLV "with CS" values a new account of the segment at the coverage its CSMs deliver on
      // average over the horizon, not at full staffing: an understaffed team does not deliver the with-CS
      // levers in full. With one segment that is the whole book's coverage.
      const own = a.segments.length === 1 ? coverage : coverageOf(evaluation.withCs.segments[i]!.rows);
      return {
        coverage: own,
        clvWithCs: clv(a, i, own.average),
        clvBaseline: clv(a, i, 0),
        ltvToCacWithCs: ltvToCac(a, i, own.average),
        ltvToCacBaseline: ltvToCac(a, i, 0),
      };
    }),
  };
});

/** The segment `index` of `a`, kept in range: a view that is a step behind the store may ask for one just removed. */
export const segmentIn = (a: Assumptions, index: number): number =>
  Math.max(0, Math.min(a.segments.length - 1, index));

/** CSMs on the team at month 0, every segment's together. */
export const startingCsms = (a: Assumptions): number => a.segments.reduce((sum, s) => sum + s.csms, 0);
