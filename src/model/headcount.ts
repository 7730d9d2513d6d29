import type { Assumptions } from './assumptions.ts';
import { SCALAR_RANGES } from './assumptions.ts';
import { programSummary, withoutCs } from './program.ts';
import { runMonths, type RunTotals } from './simulate.ts';

/**
 * The smallest headcount that keeps coverage at 1 in every month. Exact: with that team every month
 * runs at full coverage, so the accounts (and the hours they need) follow the full-coverage path,
 * and one CSM fewer leaves the busiest month of that path short.
 */
export function recommendedCsms(a: Assumptions): number {
  // NOTE: zero CSMs means no program (coverage 0 by definition), so even a book that needs no hours
  // needs one CSM to be "covered".
  return Math.max(1, runMonths(a, null, true).csmsNeededAtPeak);
}

export interface HeadcountPoint {
  csms: number;
  netBenefit: number;
  roi: number | null;
}

export interface HeadcountChange {
  /** CS cost over the horizon that the change adds (+) or saves (−). */
  costChange: number;
  /** Gross profit over the horizon that the change adds (+) or loses (−). */
  grossProfitChange: number;
  /** grossProfitChange − costChange. */
  netChange: number;
}

export interface HeadcountSweep {
  points: HeadcountPoint[];
  optimum: HeadcountPoint;
  current: HeadcountPoint;
  recommended: number;
  /** Going from today's team to one CSM fewer; null when the team is already 0. */
  cutOne: HeadcountChange | null;
  addOne: HeadcountChange;
}

/** Above this many headcounts the plotted points are sampled evenly (the optimum is still searched in full). */
const MAX_SWEEP_POINTS = 400;

export function sweepHeadcount(a: Assumptions, maxCsms?: number): HeadcountSweep {
  const recommended = recommendedCsms(a);
  const upper = Math.min(
    SCALAR_RANGES.csms.max,
    Math.max(1, Math.round(maxCsms ?? Math.max(2 * recommended, a.csms + 1))),
  );
  const baseline = runMonths(withoutCs(a), null);
  const monthlyCostPerCsm = a.csmAnnualCost / 12;
  const atFull = programSummary({ ...a, csms: recommended }, baseline).deltaGrossProfit;
  const cache = new Map<number, HeadcountPoint>();

  const pointAt = (csms: number): HeadcountPoint => {
    const cached = cache.get(csms);
    if (cached) return cached;
    const cost = csms * monthlyCostPerCsm * a.horizonMonths;
    // At or above the recommended team every month is fully covered, so only the cost differs.
    const delta = csms === 0 ? 0 : csms >= recommended ? atFull : deltaAt(a, csms, baseline);
    const netBenefit = delta - cost;
    const point = { csms, netBenefit, roi: cost > 0 ? netBenefit / cost : null };
    cache.set(csms, point);
    return point;
  };

  const step = Math.max(1, Math.ceil(upper / MAX_SWEEP_POINTS));
  const points: HeadcountPoint[] = [];
  for (let n = 0; n <= upper; n += step) points.push(pointAt(n));
  if (points.at(-1)!.csms !== upper) points.push(pointAt(upper));

  // NOTE: beyond the recommended team net benefit only falls (same revenue, more cost), so the optimum
  // lies in 0..recommended, and every headcount there is evaluated: net benefit need not be unimodal in
  // headcount, so a search around the best sample can miss the true best. Only the plotted points are
  // sampled (above 400 team sizes).
  let optimum = pointAt(0);
  for (let n = 1; n <= Math.min(upper, recommended); n++) {
    const p = pointAt(n);
    if (p.netBenefit > optimum.netBenefit) optimum = p;
  }

  const current = pointAt(a.csms);
  const change = (from: HeadcountPoint, to: HeadcountPoint): HeadcountChange => {
    const costChange = (to.csms - from.csms) * monthlyCostPerCsm * a.horizonMonths;
    const netChange = to.netBenefit - from.netBenefit;
    return { costChange, grossProfitChange: netChange + costChange, netChange };
  };
  return {
    points,
    optimum,
    current,
    recommended,
    cutOne: a.csms > 0 ? change(current, pointAt(a.csms - 1)) : null,
    addOne: change(current, pointAt(a.csms + 1)),
  };
}

function deltaAt(a: Assumptions, csms: number, baseline: RunTotals): number {
  return programSummary({ ...a, csms }, baseline).deltaGrossProfit;
}
