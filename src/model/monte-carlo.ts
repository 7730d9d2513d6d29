import { parsePath, rangeOf, readInput, withInput, type Assumptions, type InputPath } from './assumptions.ts';
import { summarizeProgram, withoutCsProgram } from './program.ts';
import { percentileOfSorted, seededRandom, triangular } from './random.ts';
import { affectsBaseline } from './sensitivity.ts';
import { runTotals, simulateWithTotals, sumTotals } from './simulate.ts';

/** The lowest and highest value a person thinks an input could take. */
export interface UncertainRange {
  low: number;
  high: number;
}

export type UncertainRanges = Partial<Record<InputPath, UncertainRange>>;

export interface MonteCarloOptions {
  ranges: UncertainRanges;
  seed: number;
  runs: number;
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface MonteCarloResult {
  seed: number;
  runs: number;
  /** The inputs that were drawn, in draw order. */
  uncertain: InputPath[];
  /** P10, P50 and P90 of MRR with CS at the end of months 0..H. */
  mrr: { p10: number[]; p50: number[]; p90: number[] };
  netBenefit: Percentiles;
  /** Percentiles of ROI; null when the program costs nothing in every run. */
  roi: Percentiles | null;
  /** Share of runs with a CS cost in which the program returns more than it costs (ROI > 0); null if none cost anything. */
  probabilityRoiPositive: number | null;
}

export const MIN_RUNS = 100;
export const MAX_RUNS = 20000;
export const DEFAULT_RUNS = 2000;

const percentiles = (values: Float64Array): Percentiles => {
  values.sort();
  return {
    p10: percentileOfSorted(values, 0.1),
    p50: percentileOfSorted(values, 0.5),
    p90: percentileOfSorted(values, 0.9),
  };
};

/** The ranged inputs in draw order (the order of `ranges`' keys is not trusted), without the horizon. */
function uncertainPaths(a: Assumptions, ranges: UncertainRanges): InputPath[] {
  // NOTE: a range whose path the scenario does not have, or whose ends are not numbers, is not drawn.
  return (Object.keys(ranges) as InputPath[])
    .filter((p) => {
      const range = ranges[p];
      return (
        p !== 'horizonMonths' &&
        range !== undefined &&
        Number.isFinite(range.low) &&
        Number.isFinite(range.high) &&
        parsePath(p) !== null &&
        Number.isFinite(readInput(a, p))
      );
    })
    .sort();
}

/**
 * A seeded Monte Carlo of the scenario: each run draws every ranged input, simulates months 0..H and
 * evaluates the program; the result is percentile bands of MRR and the odds that ROI is positive.
 * The same inputs, ranges, seed and run count always give the same result.
 */
export function monteCarlo(a: Assumptions, options: MonteCarloOptions): MonteCarloResult {
  const runs = Number.isFinite(options.runs)
    ? Math.round(Math.min(MAX_RUNS, Math.max(MIN_RUNS, options.runs)))
    : DEFAULT_RUNS;
  const seed = options.seed >>> 0;
  const random = seededRandom(seed);
  const paths = uncertainPaths(a, options.ranges);
  const H = a.horizonMonths;
  // NOTE: each uncertain input is drawn on its own (no correlation between them) from a triangular
  // distribution between its low and high, peaking at the value in the scenario: the "at least, most
  // likely, at most" a person can state. Draws stay inside the input's allowed range.
  const draws = paths.map((path) => {
    const r = rangeOf(path);
    const { low, high } = options.ranges[path]!;
    const lo = Math.max(r.min, Math.min(low, high));
    const hi = Math.min(r.max, Math.max(low, high));
    return { path, lo, hi, mode: readInput(a, path), integer: r.integer };
  });
  const sharedBaseline = paths.some(affectsBaseline) ? undefined : sumTotals(runTotals(withoutCsProgram(a)));

  const mrrByMonth: Float64Array[] = [];
  for (let t = 0; t <= H; t++) mrrByMonth.push(new Float64Array(runs));
  const netBenefit = new Float64Array(runs);
  const roi: number[] = [];
  let positive = 0;
  for (let run = 0; run < runs; run++) {
    let scenario = a;
    for (const d of draws) {
      const x = triangular(random, d.lo, d.mode, d.hi);
      scenario = withInput(scenario, d.path, d.integer ? Math.round(x) : x);
    }
    const { rows, totals } = simulateWithTotals(scenario);
    for (let t = 0; t <= H; t++) mrrByMonth[t]![run] = rows[t]!.mrr;
    const baseline = sharedBaseline ?? sumTotals(runTotals(withoutCsProgram(scenario)));
    const summary = summarizeProgram(baseline, sumTotals(totals));
    netBenefit[run] = summary.netBenefit;
    if (summary.roi !== null) {
      roi.push(summary.roi);
      if (summary.roi > 0) positive++;
    }
  }

  const bands = { p10: [] as number[], p50: [] as number[], p90: [] as number[] };
  for (const values of mrrByMonth) {
    const p = percentiles(values);
    bands.p10.push(p.p10);
    bands.p50.push(p.p50);
    bands.p90.push(p.p90);
  }
  return {
    seed,
    runs,
    uncertain: paths,
    mrr: bands,
    netBenefit: percentiles(netBenefit),
    roi: roi.length > 0 ? percentiles(Float64Array.from(roi)) : null,
    probabilityRoiPositive: roi.length > 0 ? positive / roi.length : null,
  };
}
