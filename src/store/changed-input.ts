import type { Assumptions } from '../model/index.ts';

/** Where two scenarios first differ: an input's path ("segments.1.monthlyChurn.withCs", "team.rampMonths"). */
export interface ChangedInput {
  /** The input as the UI names it ("monthlyChurn.withCs", "horizonMonths", "team.rampMonths", "name"). */
  input: string;
  /** The segment it belongs to; null for a number of the whole book or the team. */
  segment: number | null;
}

/** The first path, in the inputs' own order, whose value differs; null when none does. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    );
    if (found !== null) return found;
  }
  return null;
}

// NOTE: a step that changes several inputs at once (a preset, a split applied, a segment added) is named
// by the first input that differs, in the order the scenario lists them: the host is told that the
// scenario changed and where, not a full diff.
/** The first input that differs between two scenarios, or null when they are the same. */
export function changedInput(before: Assumptions, after: Assumptions): ChangedInput | null {
  const path = firstDifference(before, after, '');
  if (path === null) return null;
  const match = /^segments\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!match) return { input: path, segment: null };
  // A whole segment added or removed differs at "segments.N" itself.
  return { input: match[2] ?? 'segments', segment: Number(match[1]) };
}
