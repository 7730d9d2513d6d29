import type { Assumptions } from '../model/index.ts';
import { changedPaths } from './changed-paths.ts';

/** Where two scenarios first differ: an input's path ("segments.1.monthlyChurn.withCs", "team.rampMonths"). */
export interface ChangedInput {
  /** The input as the UI names it ("monthlyChurn.withCs", "horizonMonths", "team.rampMonths", "name"). */
  input: string;
  /** The segment it belongs to; null for a number of the whole book or the team. */
  segment: number | null;
}

// NOTE: a step that changes several inputs at once (a preset, a split applied) is named by the first
// input that differs, in the order the scenario lists them: the host is told that the scenario changed
// and where, not a full diff. A segment added or removed is named "segments", at the first index only
// one of the two scenarios has.
/** The first input that differs between two scenarios, or null when they are the same. */
export function changedInput(before: Assumptions, after: Assumptions): ChangedInput | null {
  const paths: string[] = [];
  changedPaths(before, after, '', paths, 1);
  const path = paths[0]?.slice(1);
  if (path === undefined) return null;
  if (path === 'segments')
    return { input: path, segment: Math.min(before.segments.length, after.segments.length) };
  const match = /^segments\.(\d+)\.(.+)$/.exec(path);
  return match ? { input: match[2]!, segment: Number(match[1]) } : { input: path, segment: null };
}
