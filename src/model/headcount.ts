import { SEGMENT_RANGES, type Assumptions, type Segment } from './assumptions.ts';
import { segmentBaseline } from './program.ts';
import { runSegment, type RunTotals } from './simulate.ts';

/** The scenario with fixed staffing: what team-size questions ("what if this segment had n CSMs?") ask about. */
export const withFixedStaffing = (a: Assumptions): Assumptions =>
  a.team.staffing === 'fixed' ? a : { ...a, team: { ...a.team, staffing: 'fixed' } };

/**
 * Per scenario object, what team-size questions about each segment have already computed. A drag
 * step asks the evaluation, each segment's sweep and the allocation the same questions about the same
 * scenario object; scenarios are never changed in place, so the answers stay right for as long as
 * the object lives (and go with it: the map holds it weakly).
 */
interface SegmentTeamCache {
  recommended?: number;
  netBenefitAt?: (csms: number) => ProgramAt;
}
const teamCache = new WeakMap<Assumptions, SegmentTeamCache[]>();
function cacheFor(a: Assumptions, index: number): SegmentTeamCache {
  let list = teamCache.get(a);
  if (list === undefined) {
    list = [];
    teamCache.set(a, list);
  }
  return (list[index] ??= {});
}

/**
 * The smallest headcount of segment `index` that keeps its coverage at 1 in every month (fixed
 * staffing). Exact: with that team every month runs at full coverage, so the accounts (and the hours
 * they need) follow the full-coverage path, and one CSM fewer leaves the busiest month of that path short.
 */
export function recommendedCsms(a: Assumptions, index: number): number {
  const s = a.segments[index];
  if (s === undefined || s.digitalCoverage >= 1) return 0;
  const cache = cacheFor(a, index);
  // NOTE: zero CSMs means no human coverage (0 by definition), so even a book that needs no hours
  // needs one CSM to be covered, unless its digital program covers it all. The figure is the true one
  // even above the 10,000 CSMs a segment's input allows: it says how far the team is from covering.
  cache.recommended ??= Math.max(
    1,
    runSegment(withFixedStaffing(a), s, { fullCoverage: true }).csmsNeededAtPeak,
  );
  return cache.recommended;
}

/**
 * Net benefit of one segment's program at any headcount (fixed staffing), memoised: segments do not
 * interact, so a team-size question about one segment runs that segment alone.
 */
export function segmentNetBenefit(a: Assumptions, index: number): (csms: number) => ProgramAt {
  const cached = cacheFor(a, index);
  if (cached.netBenefitAt) return cached.netBenefitAt;
  const fixed = withFixedStaffing(a);
  const s = a.segments[index]!;
  const baseline = segmentBaseline(fixed, s);
  const recommended = recommendedCsms(a, index);
  const cache = new Map<number, ProgramAt>();
  let atFull: RunTotals | null = null;
  cached.netBenefitAt = (csms) => {
    let p = cache.get(csms);
    if (p) return p;
    let deltaGrossProfit: number;
    let csCost: number;
    if (csms >= recommended && csms > 0) {
      // At or above the recommended team every month is fully covered, so the accounts and the gross
      // profit are those of the recommended team; only the cost of the extra CSMs is added.
      atFull ??= runSegment(fixed, { ...s, csms: recommended });
      deltaGrossProfit = atFull.grossProfit - baseline.grossProfit;
      csCost = atFull.csCost + (csms - recommended) * costPerCsmMonth(a, s) * a.horizonMonths;
    } else {
      const run = runSegment(fixed, { ...s, csms });
      deltaGrossProfit = run.grossProfit - baseline.grossProfit;
      csCost = run.csCost;
    }
    p = { csms, netBenefit: deltaGrossProfit - csCost, csCost, deltaGrossProfit };
    cache.set(csms, p);
    return p;
  };
  return cached.netBenefitAt;
}

/** What one CSM of the segment costs a month: salary, tools and a share of a manager. */
export const costPerCsmMonth = (a: Assumptions, s: Segment): number =>
  (s.csmAnnualCost + a.team.toolingPerCsmYear + a.team.managerAnnualCost / a.team.csmsPerManager) / 12;

export interface ProgramAt {
  csms: number;
  netBenefit: number;
  csCost: number;
  deltaGrossProfit: number;
}

export interface HeadcountPoint {
  csms: number;
  /** The whole book's net benefit with this segment at `csms`. */
  netBenefit: number;
  /** The whole book's ROI; null without CS cost. */
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
  segment: number;
  points: HeadcountPoint[];
  optimum: HeadcountPoint;
  current: HeadcountPoint;
  recommended: number;
  /** Going from today's team to one CSM fewer; null when the team is already 0. */
  cutOne: HeadcountChange | null;
  addOne: HeadcountChange;
}

/** The whole book's net benefit and ROI with segment `index` at any headcount (fixed staffing). */
export function wholeBookAt(a: Assumptions, index: number): (csms: number) => HeadcountPoint {
  const at = segmentNetBenefit(a, index);
  const others = { net: 0, cost: 0 };
  a.segments.forEach((other, j) => {
    if (j === index) return;
    const p = segmentNetBenefit(a, j)(other.csms);
    others.net += p.netBenefit;
    others.cost += p.csCost;
  });
  return (csms) => {
    const p = at(csms);
    const netBenefit = others.net + p.netBenefit;
    const cost = others.cost + p.csCost;
    return { csms, netBenefit, roi: cost > 0 ? netBenefit / cost : null };
  };
}

/** Above this many headcounts the plotted points are sampled evenly (the optimum is still searched in full). */
const MAX_SWEEP_POINTS = 400;

/**
 * The whole book's net benefit and ROI for each headcount 0..max of segment `index`, with fixed
 * staffing; the best of them; and what one CSM less or more changes.
 */
// NOTE: team-size questions are asked with a fixed team, as the specification says: with a hiring
// plan the team is the plan's, so "today's" point is the segment's starting team held fixed.
export function sweepHeadcount(a: Assumptions, index: number, maxCsms?: number): HeadcountSweep {
  const s = a.segments[index]!;
  const at = segmentNetBenefit(a, index);
  const recommended = recommendedCsms(a, index);
  // NOTE: by default the curve runs to twice the recommended team (or one past today's, if larger), far
  // enough to show net benefit falling past full coverage; it always offers at least 0 and 1 CSM.
  const wanted =
    maxCsms !== undefined && Number.isFinite(maxCsms) ? maxCsms : Math.max(2 * recommended, s.csms + 1);
  const upper = Math.min(SEGMENT_RANGES.csms.max, Math.max(1, Math.round(wanted)));
  const pointAt = wholeBookAt(a, index);

  const step = Math.max(1, Math.ceil(upper / MAX_SWEEP_POINTS));
  const points: HeadcountPoint[] = [];
  for (let n = 0; n <= upper; n += step) points.push(pointAt(n));
  if (points.at(-1)!.csms !== upper) points.push(pointAt(upper));

  // NOTE: beyond the recommended team net benefit only falls (same revenue, more cost), so the optimum
  // lies in 0..recommended, and every headcount there is evaluated: net benefit need not be unimodal in
  // headcount, so a search around the best sample can miss the true best. Of equal teams the smallest
  // is the best. Only the plotted points are sampled, evenly, above 400 team sizes.
  let optimum = pointAt(0);
  for (let n = 1; n <= Math.min(upper, recommended); n++) {
    const p = pointAt(n);
    if (p.netBenefit > optimum.netBenefit) optimum = p;
  }

  const current = pointAt(s.csms);
  const change = (from: number, to: number): HeadcountChange => {
    const f = at(from);
    const t = at(to);
    return {
      costChange: t.csCost - f.csCost,
      grossProfitChange: t.deltaGrossProfit - f.deltaGrossProfit,
      netChange: t.netBenefit - f.netBenefit,
    };
  };
  return {
    segment: index,
    points,
    optimum,
    current,
    recommended,
    cutOne: s.csms > 0 ? change(s.csms, s.csms - 1) : null,
    addOne: change(s.csms, s.csms + 1),
  };
}

export interface TeamAllocation {
  /** CSMs per segment, summing to the total. */
  csms: number[];
  /** The whole book's net benefit with that split (fixed staffing). */
  netBenefit: number;
}

/**
 * The split of `totalCsms` CSMs over the segments with the highest whole-book net benefit, with fixed
 * staffing. Exact: segments are independent, so the best split is found by dynamic programming over
 * each segment's net benefit at 0..totalCsms CSMs, in segments × total² steps: milliseconds for the tens
 * of CSMs a person asks about.
 */
export function allocateTeam(a: Assumptions, totalCsms: number): TeamAllocation {
  // NOTE: the total is a whole team within the headcount range (not a number: none).
  const total = Number.isFinite(totalCsms)
    ? Math.max(0, Math.min(SEGMENT_RANGES.csms.max, Math.round(totalCsms)))
    : 0;
  const S = a.segments.length;
  // best[n]: the highest net benefit of the segments so far with n CSMs among them; choice[i][n]: segment i's share.
  let best: number[] = new Array<number>(total + 1).fill(-Infinity);
  best[0] = 0;
  const choice: Int32Array[] = [];
  for (let i = 0; i < S; i++) {
    const at = segmentNetBenefit(a, i);
    const own = Array.from({ length: total + 1 }, (_, n) => at(n).netBenefit);
    const next = new Array<number>(total + 1).fill(-Infinity);
    const picked = new Int32Array(total + 1);
    for (let n = 0; n <= total; n++) {
      for (let m = 0; m <= n; m++) {
        const value = best[n - m]! + own[m]!;
        // NOTE: splits whose net benefits differ only by rounding (a billionth) count as equal, and the
        // first found wins: the one that gives this segment the fewest CSMs, so ties go to the earlier
        // segments and the answer never flips on float noise.
        if (value > next[n]! + 1e-9 * Math.max(1, Math.abs(value))) {
          next[n] = value;
          picked[n] = m;
        }
      }
    }
    best = next;
    choice.push(picked);
  }
  const csms = new Array<number>(S).fill(0);
  let left = total;
  for (let i = S - 1; i >= 0; i--) {
    csms[i] = choice[i]![left]!;
    left -= csms[i]!;
  }
  return { csms, netBenefit: best[total]! };
}
