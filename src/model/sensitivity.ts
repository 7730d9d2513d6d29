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
  /** Relative move of each input (whole-month and headcount inputs by at least 1). */
  step: number;
  bars: SensitivityBar[];
  /** Inputs at 0 that have no share of themselves to move by, so they are not in the tornado. */
  leftOut: InputPath[];
}

export const SENSITIVITY_STEP = 0.1;

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

// NOTE: each input moves by 10 % of its value; headcount and time to value, which the model rounds,
// move by at least one whole step (so one CSM or one month from 0).
function moved(value: number, path: InputPath, direction: -1 | 1): number {
  const r = rangeOf(path);
  const step = Math.max(Math.abs(value) * SENSITIVITY_STEP, movesInWholeSteps(path) ? 1 : 0);
  const next = Math.min(r.max, Math.max(r.min, value + direction * step));
  return r.integer ? Math.round(next) : next;
}

const movesInWholeSteps = (path: InputPath): boolean =>
  rangeOf(path).integer ||
  path.endsWith('timeToValueMonths.base') ||
  path.endsWith('timeToValueMonths.withCs');

/** The tornado: the metric with each input moved down and up by one step, largest swing first. */
export function sensitivity(a: Assumptions, metric: SensitivityMetric): Sensitivity {
  const metricOf = metricEvaluator(a, metric);
  // NOTE: the horizon is left out of the tornado: moving it changes the question (how long we look),
  // not an assumption about the business.
  const paths = inputPaths(a).filter((p) => p !== 'horizonMonths');
  // NOTE: an input at 0 that does not move in whole steps (a churn of 0, a digital program not in use)
  // has no 10 % to move by. Moving it by a share of its range instead would rank the widths of ranges,
  // not the person's assumptions (a digital cost of 0 would jump to 1,000 an account), so it is left
  // out of the tornado and listed as such.
  const leftOut = paths.filter((p) => readInput(a, p) === 0 && !movesInWholeSteps(p));
  const bars = paths
    .filter((p) => !leftOut.includes(p))
    .map((path): SensitivityBar => {
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
  return { metric, value: metricOf(a, null), step: SENSITIVITY_STEP, bars, leftOut };
}
