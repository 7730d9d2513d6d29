import {
  CS_TEAM_FIELDS,
  INPUT_PATHS,
  rangeOf,
  readInput,
  withInput,
  type Assumptions,
  type InputPath,
} from './assumptions.ts';
import { evaluateCsProgram } from './evaluate.ts';
import { programSummary, withoutCs } from './program.ts';
import { runMonths, type RunTotals } from './simulate.ts';

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

// NOTE: the horizon is left out of the tornado: moving it changes the question (how long we look),
// not an assumption about the business.
const TORNADO_PATHS = INPUT_PATHS.filter((p) => p !== 'horizonMonths');

/** Inputs the no-CS world never reads: the team and the with-CS side of each lever. */
export const affectsBaseline = (path: InputPath): boolean =>
  !path.endsWith('.withCs') && !(CS_TEAM_FIELDS as readonly string[]).includes(path);

function metricOf(a: Assumptions, metric: SensitivityMetric, baseline: RunTotals | undefined): number | null {
  if (metric === 'paybackMonth') return evaluateCsProgram(a).paybackMonth;
  return programSummary(a, baseline)[metric];
}

// NOTE: each input moves by 10 % of its value; an input at 0, which has no 10 % to move by, moves by
// 1 % of its range; headcount and time to value, which the model rounds, move by at least one whole step.
function moved(value: number, path: InputPath, direction: -1 | 1): number {
  const r = rangeOf(path);
  const wholeSteps = r.integer || path.startsWith('timeToValueMonths');
  // The range floor is for 0 only: as a floor for every input it would swamp the wide ranges (ARPA 2,000
  // in a range to 1e7 would move to 0 and 102,000), and the tornado would rank ranges, not assumptions.
  const relative = Math.abs(value) * SENSITIVITY_STEP;
  const step = Math.max(relative > 0 ? relative : r.max * STEP_FLOOR, wholeSteps ? 1 : 0);
  const next = Math.min(r.max, Math.max(r.min, value + direction * step));
  return r.integer ? Math.round(next) : next;
}

/** The tornado: the metric with each input moved down and up by one step, largest swing first. */
export function sensitivity(a: Assumptions, metric: SensitivityMetric): Sensitivity {
  const baseline = runMonths(withoutCs(a), null);
  const bars = TORNADO_PATHS.map((path): SensitivityBar => {
    const current = readInput(a, path);
    const sideAt = (direction: -1 | 1) => {
      const input = moved(current, path, direction);
      const next = withInput(a, path, input);
      return { input, value: metricOf(next, metric, affectsBaseline(path) ? undefined : baseline) };
    };
    const low = sideAt(-1);
    const high = sideAt(1);
    const swing = low.value === null || high.value === null ? 0 : Math.abs(high.value - low.value);
    return { path, low, high, swing };
  });
  bars.sort((x, y) => y.swing - x.swing);
  return { metric, value: metricOf(a, metric, baseline), step: SENSITIVITY_STEP, bars };
}
