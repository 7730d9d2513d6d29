import {
  CS_SEGMENT_FIELDS,
  inputPaths,
  parsePath,
  rangeOf,
  readInput,
  withInput,
  type Assumptions,
  type InputPath,
} from './assumptions.ts';
import { evaluateCsProgram } from './evaluate.ts';
import { segmentBaseline, summarizeProgram, withoutCsProgram } from './program.ts';
import { runSegment, runTotals, sumTotals, type RunTotals } from './simulate.ts';

export type SensitivityMetric = 'roi' | 'netBenefit' | 'npv' | 'endingArrLift' | 'paybackMonth';

export interface SensitivityBar {
  path: InputPath;
  low: { input: number; value: number | null };
  high: { input: number; value: number | null };
  /** |high − low| of the metric, 0 where either side has no value. */
  swing: number;
}

export interface Sensitivity {
  metric: SensitivityMetric;
  value: number | null;
  /** Relative move of each input (an input at 0 moves by STEP_FLOOR of its range; whole-month and headcount inputs by at least 1). */
  step: number;
  bars: SensitivityBar[];
}

export const SENSITIVITY_STEP = 0.1;
const STEP_FLOOR = 0.01;

/** Inputs the no-CS world never reads: the team policy, each segment's CS inputs and the with-CS side of each lever. */
export function affectsBaseline(path: InputPath): boolean {
  const target = parsePath(path);
  if (target === null || target.kind === 'team') return false;
  if (target.kind === 'lever') return target.side === 'base';
  return target.kind === 'global' || !(CS_SEGMENT_FIELDS as readonly string[]).includes(target.field);
}

/**
 * The metric of scenarios that differ from `a` in one input. Segments do not interact, so a change to
 * one segment's input reruns that segment only and adds the others' totals as they are.
 */
function metricEvaluator(a: Assumptions, metric: SensitivityMetric) {
  const baseline = runTotals(withoutCsProgram(a));
  const withCs = runTotals(a);
  const summaryOf = (base: readonly RunTotals[], own: readonly RunTotals[]) =>
    summarizeProgram(sumTotals(base), sumTotals(own));
  return (next: Assumptions, path: InputPath | null): number | null => {
    if (metric === 'paybackMonth') return evaluateCsProgram(next).paybackMonth;
    const target = path === null ? null : parsePath(path);
    if (target === null) return summaryOf(baseline, withCs)[metric];
    if (target.kind === 'global' || target.kind === 'team') {
      const base = affectsBaseline(path!) ? runTotals(withoutCsProgram(next)) : baseline;
      return summaryOf(base, runTotals(next))[metric];
    }
    const i = target.segment;
    const swap = (list: readonly RunTotals[], totals: RunTotals) =>
      list.map((t, j) => (j === i ? totals : t));
    const segment = next.segments[i]!;
    const base = affectsBaseline(path!) ? swap(baseline, segmentBaseline(next, segment)) : baseline;
    return summaryOf(base, swap(withCs, runSegment(next, segment)))[metric];
  };
}

// NOTE: each input moves by 10 % of its value; an input at 0, which has no 10 % to move by, moves by
// 1 % of its range; headcount and time to value, which the model rounds, move by at least one whole step.
function moved(value: number, path: InputPath, direction: -1 | 1): number {
  const r = rangeOf(path);
  const wholeSteps = r.integer || path.includes('timeToValueMonths');
  // The range floor is for 0 only: as a floor for every input it would swamp the wide ranges (ARPA 2,000
  // in a range to 1e7 would move to 0 and 102,000), and the tornado would rank ranges, not assumptions.
  const relative = Math.abs(value) * SENSITIVITY_STEP;
  const step = Math.max(relative > 0 ? relative : r.max * STEP_FLOOR, wholeSteps ? 1 : 0);
  const next = Math.min(r.max, Math.max(r.min, value + direction * step));
  return r.integer ? Math.round(next) : next;
}

/** The tornado: the metric with each input moved down and up by one step, largest swing first. */
export function sensitivity(a: Assumptions, metric: SensitivityMetric): Sensitivity {
  const metricOf = metricEvaluator(a, metric);
  // NOTE: the horizon is left out of the tornado: moving it changes the question (how long we look),
  // not an assumption about the business.
  const paths = inputPaths(a).filter((p) => p !== 'horizonMonths');
  const bars = paths.map((path): SensitivityBar => {
    const current = readInput(a, path);
    const sideAt = (direction: -1 | 1) => {
      const input = moved(current, path, direction);
      return { input, value: metricOf(withInput(a, path, input), path) };
    };
    const low = sideAt(-1);
    const high = sideAt(1);
    const swing = low.value === null || high.value === null ? 0 : Math.abs(high.value - low.value);
    return { path, low, high, swing };
  });
  bars.sort((x, y) => y.swing - x.swing);
  return { metric, value: metricOf(a, null), step: SENSITIVITY_STEP, bars };
}
