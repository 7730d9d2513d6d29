import { allocateTeam, SEGMENT_RANGES, segmentNetBenefit, type Assumptions } from '../model/index.ts';

/** What one more CSM in a segment is worth to the whole book (fixed staffing). */
export interface NextCsm {
  segment: number;
  name: string;
  csms: number;
  /** Net benefit over the horizon with one more CSM here, less today's. */
  netChange: number;
}

/** Today's split of the team against the best split of the same team. */
export interface TeamSplit {
  total: number;
  today: number[];
  best: number[];
  todayNetBenefit: number;
  bestNetBenefit: number;
}

/** A point of the whole book's net benefit with `csms` CSMs in all, split the best way. */
export interface BestSplitPoint {
  csms: number;
  netBenefit: number;
}

/** Each segment's next CSM, best first (of equal ones, the scenario's order). */
export function nextCsms(a: Assumptions): NextCsm[] {
  return a.segments
    .map((s, i): NextCsm => {
      const at = segmentNetBenefit(a, i);
      return {
        segment: i,
        name: s.name,
        csms: s.csms,
        netChange: at(s.csms + 1).netBenefit - at(s.csms).netBenefit,
      };
    })
    .sort((x, y) => y.netChange - x.netChange || x.segment - y.segment);
}

/** Today's split and allocateTeam's best split of the same number of CSMs. */
export function teamSplit(a: Assumptions): TeamSplit {
  const today = a.segments.map((s) => s.csms);
  const total = today.reduce((sum, n) => sum + n, 0);
  const best = allocateTeam(a, total);
  const todayNetBenefit = today.reduce((sum, n, i) => sum + segmentNetBenefit(a, i)(n).netBenefit, 0);
  return { total, today, best: best.csms, todayNetBenefit, bestNetBenefit: best.netBenefit };
}

/**
 * At most this many team sizes are split: each split is a search over every way to share the team
 * (segments × size² steps), and the view must recompute within a frame of the inputs resting.
 */
// NOTE: allocateTeam finds the best split of every smaller team on its way to the one asked for, but
// returns only that one; a model that returned them all would give the whole curve in one search.
const MAX_POINTS = 20;

/**
 * The whole book's net benefit for total teams from 0 to past the full-coverage team (or one past
 * today's, if larger), each split the best way; sampled evenly above 20 sizes, today's total always in.
 */
export function bestSplitCurve(a: Assumptions, recommended: number): BestSplitPoint[] {
  const today = a.segments.reduce((sum, s) => sum + s.csms, 0);
  // NOTE: past every segment's full-coverage team net benefit only falls, so the curve stops a little
  // beyond it (a quarter more) to show the fall.
  const upper = Math.min(SEGMENT_RANGES.csms.max, Math.max(today + 1, Math.ceil(recommended * 1.25), 1));
  const step = Math.max(1, Math.ceil(upper / MAX_POINTS));
  const sizes = new Set<number>([today, upper]);
  for (let n = 0; n <= upper; n += step) sizes.add(n);
  return [...sizes]
    .sort((x, y) => x - y)
    .map((n) => ({ csms: n, netBenefit: allocateTeam(a, n).netBenefit }));
}
