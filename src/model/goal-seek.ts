import {
  rangeOf,
  readInput,
  withInput,
  type Assumptions,
  type InputPath,
  type Range,
} from './assumptions.ts';
import { evaluateCsProgram } from './evaluate.ts';
import { runProgram, withoutCsProgram } from './program.ts';
import { affectsBaseline } from './sensitivity.ts';
import { runTotals, simulate, sumTotals, type RunTotals } from './simulate.ts';

export type GoalMetric = 'nrr' | 'roi' | 'paybackMonth' | 'endingArr';

/** Whether a goal asks the metric to reach the target from below (NRR of at least 110 %) or above (payback by month 12). */
export const GOAL_DIRECTION: Readonly<Record<GoalMetric, 'atLeast' | 'atMost'>> = {
  nrr: 'atLeast',
  roi: 'atLeast',
  endingArr: 'atLeast',
  paybackMonth: 'atMost',
};

export interface Goal {
  metric: GoalMetric;
  target: number;
}

export type GoalSeekStatus = 'found' | 'unreachable' | 'always';

export interface GoalSeekResult {
  goal: Goal;
  path: InputPath;
  /**
   * found: `value` is the input closest to today's at which the metric reaches the target (for a smooth
   * metric, equals it within `tolerance`); unreachable: no value in the searched range reaches it;
   * always: every value in the range reaches it, so this input cannot decide the goal.
   */
  status: GoalSeekStatus;
  value: number | null;
  /** The metric at `value`. */
  achieved: number | null;
  current: { input: number; metric: number | null; met: boolean };
  /** Where the metric comes closest to the target (the best value when unreachable). */
  best: { input: number; metric: number | null };
  /** Whether any value tried gives another metric than today's: false when the input cannot move it here. */
  moves: boolean;
  searched: Range;
  /** Largest distance between `value` and the exact crossing. */
  tolerance: number;
  evaluations: number;
}

/** The metric for the scenario `a`; null where it has no value (no CS cost, no payback, a horizon under 12 months). */
export function goalMetric(a: Assumptions, metric: GoalMetric, baseline?: RunTotals): number | null {
  switch (metric) {
    case 'nrr':
      return simulate(a).rows[a.horizonMonths]!.nrr;
    case 'roi':
      return runProgram(a, baseline).roi;
    case 'paybackMonth':
      return evaluateCsProgram(a).paybackMonth;
    case 'endingArr':
      return 12 * sumTotals(runTotals(a)).finalMrr;
  }
}

const LINEAR_POINTS = 40;
const GEOMETRIC_STEPS = 12;
const RELATIVE_TOLERANCE = 1e-9;
const MAX_BISECTIONS = 80;
/** Grid points whose neighbourhood is searched closer when the grid finds no crossing. */
const REFINED_POINTS = 3;
/** A whole-number gap this narrow is tried value by value; a wider one by golden-section search. */
const SCAN_WIDTH = 64;
const GOLDEN_STEPS = 40;

/** Values to try: an even grid over the range, plus points at doubling distances from today's value. */
function searchGrid(current: number, r: Range): number[] {
  const points = new Set<number>([r.min, r.max, current]);
  for (let i = 1; i < LINEAR_POINTS; i++) points.add(r.min + ((r.max - r.min) * i) / LINEAR_POINTS);
  const unit = Math.max(Math.abs(current), (r.max - r.min) / 1e4);
  for (let s = -GEOMETRIC_STEPS; s <= GEOMETRIC_STEPS; s++) {
    const offset = unit * Math.pow(2, s);
    points.add(current - offset);
    points.add(current + offset);
  }
  const snapped = [...points]
    .map((x) => Math.min(r.max, Math.max(r.min, r.integer ? Math.round(x) : x)))
    .sort((x, y) => x - y);
  return snapped.filter((x, i) => i === 0 || x !== snapped[i - 1]);
}

/**
 * Goal seek: the value of one input at which a metric reaches a target, like a spreadsheet's Goal Seek.
 * Tries a grid over `searchRange` (default: the input's whole allowed range), takes the change from
 * "missed" to "met" nearest today's value, and halves that interval until it is narrower than the
 * tolerance, returning the side where the goal is met.
 */
export function goalSeek(
  a: Assumptions,
  goal: Goal,
  path: InputPath,
  searchRange: Range = rangeOf(path),
): GoalSeekResult {
  const allowed = rangeOf(path);
  const searched: Range = {
    min: Math.max(allowed.min, searchRange.min),
    max: Math.min(allowed.max, searchRange.max),
    integer: allowed.integer,
  };
  const current = readInput(a, path);
  const sharedBaseline =
    goal.metric === 'roi' && !affectsBaseline(path) ? sumTotals(runTotals(withoutCsProgram(a))) : undefined;
  const sign = GOAL_DIRECTION[goal.metric] === 'atLeast' ? 1 : -1;
  let evaluations = 0;
  const cache = new Map<number, number | null>();
  const metricAt = (x: number): number | null => {
    let m = cache.get(x);
    if (m === undefined) {
      evaluations++;
      m = goalMetric(withInput(a, path, x), goal.metric, sharedBaseline);
      cache.set(x, m);
    }
    return m;
  };
  // How far past the target the metric is (≥ 0: met); a missing metric misses every target.
  const slack = (m: number | null): number => (m === null ? -Infinity : sign * (m - goal.target));

  const currentMetric = metricAt(current);
  const grid = searchGrid(Math.min(searched.max, Math.max(searched.min, current)), searched);
  let best = { input: current, metric: currentMetric };
  let bracket: { missed: number; met: number; distance: number } | null = null;
  let everyMet = true;
  for (let i = 0; i < grid.length; i++) {
    const x = grid[i]!;
    const m = metricAt(x);
    if (slack(m) < 0) everyMet = false;
    if (slack(m) > slack(best.metric)) best = { input: x, metric: m };
    if (i === 0) continue;
    const prev = grid[i - 1]!;
    const metPrev = slack(metricAt(prev)) >= 0;
    if (metPrev === slack(m) >= 0) continue;
    // A change between "no value" and "met" (no CS cost, so no ROI; no payback) is not a crossing of
    // the target: it counts only when the metric crosses the target nowhere.
    const real = metricAt(prev) !== null && m !== null;
    const distance =
      (current < prev ? prev - current : current > x ? current - x : 0) + (real ? 0 : Infinity);
    if (bracket === null || distance < bracket.distance || (real && bracket.distance === Infinity)) {
      bracket = metPrev ? { missed: x, met: prev, distance } : { missed: prev, met: x, distance };
    }
  }

  // NOTE: a grid can step over a narrow dip or peak (payback against team size is U-shaped). With no
  // crossing on the grid, the neighbourhoods of the grid points nearest to flipping (the highest slack when
  // every point misses, the lowest when every point meets) are searched closer; a point found there that
  // flips the goal brackets a crossing with its grid neighbour.
  if (bracket === null) {
    const nearest = grid
      .map((x, i) => ({ i, slack: slack(metricAt(x)) * (everyMet ? -1 : 1) }))
      .filter(({ i, slack: own }) => {
        const side = (j: number) =>
          grid[j] === undefined ? -Infinity : slack(metricAt(grid[j]!)) * (everyMet ? -1 : 1);
        return own >= side(i - 1) && own >= side(i + 1);
      })
      .sort((p, q) => q.slack - p.slack)
      .slice(0, REFINED_POINTS);
    for (const { i } of nearest) {
      const low = grid[Math.max(0, i - 1)]!;
      const high = grid[Math.min(grid.length - 1, i + 1)]!;
      const flip = refine(low, high, searched.integer, (x) => slack(metricAt(x)) * (everyMet ? -1 : 1));
      for (const x of flip.tried) {
        const m = metricAt(x);
        if (slack(m) > slack(best.metric)) best = { input: x, metric: m };
      }
      const x = flip.best.input;
      if (slack(metricAt(x)) >= 0 === everyMet) continue;
      // The grid neighbour on today's side, so the crossing found is the one nearest today's value.
      const neighbour = current < x ? low : high;
      bracket = everyMet
        ? { missed: x, met: neighbour, distance: 0 }
        : { missed: neighbour, met: x, distance: 0 };
      break;
    }
  }

  const moves = [...cache.values()].some((m) => m !== currentMetric);
  const base = {
    goal,
    path,
    current: { input: current, metric: currentMetric, met: slack(currentMetric) >= 0 },
    searched,
    moves,
  };
  if (bracket === null) {
    // NOTE: when no value in range changes whether the goal is met, goal seek says so instead of
    // picking an end of the range: either nothing this input can do reaches it, or nothing can break it.
    const status = everyMet ? 'always' : 'unreachable';
    return { ...base, status, value: null, achieved: null, best, tolerance: 0, evaluations };
  }
  let { missed, met } = bracket;
  // Whole inputs stop at neighbours; others when the interval is a billionth of the value (or of the range, near 0).
  const floor = 1e-12 * Math.max(1, searched.max - searched.min);
  const done = () =>
    searched.integer
      ? Math.abs(met - missed) <= 1
      : Math.abs(met - missed) <= Math.max(floor, RELATIVE_TOLERANCE * Math.abs(met));
  for (let i = 0; i < MAX_BISECTIONS && !done(); i++) {
    let mid = (missed + met) / 2;
    if (searched.integer) mid = Math.round(mid);
    if (mid === missed || mid === met) break;
    if (slack(metricAt(mid)) >= 0) met = mid;
    else missed = mid;
  }
  const achieved = metricAt(met);
  return {
    ...base,
    status: 'found',
    value: met,
    achieved,
    best: { input: met, metric: achieved },
    tolerance: searched.integer ? 0 : Math.abs(met - missed),
    evaluations,
  };
}

/**
 * The point of [low, high] with the largest `score`, searched value by value for a narrow whole-number
 * gap and by golden-section search otherwise (exact for one peak, a good look for several); every value
 * tried is returned too.
 */
function refine(
  low: number,
  high: number,
  integer: boolean,
  score: (x: number) => number,
): { best: { input: number; slack: number }; tried: number[] } {
  const tried: number[] = [];
  let best = { input: low, slack: -Infinity };
  const at = (x: number) => {
    tried.push(x);
    const s = score(x);
    if (s > best.slack) best = { input: x, slack: s };
    return s;
  };
  if (integer && high - low <= SCAN_WIDTH) {
    for (let x = low; x <= high; x++) at(x);
    return { best, tried };
  }
  const ratio = (Math.sqrt(5) - 1) / 2;
  const snap = (x: number) => (integer ? Math.round(x) : x);
  let a = low;
  let b = high;
  for (let i = 0; i < GOLDEN_STEPS && b - a > (integer ? 2 : 0); i++) {
    const x1 = snap(b - ratio * (b - a));
    const x2 = snap(a + ratio * (b - a));
    if (at(x1) >= at(x2)) b = x2;
    else a = x1;
  }
  if (integer) for (let x = a; x <= b; x++) at(x);
  return { best, tried };
}
