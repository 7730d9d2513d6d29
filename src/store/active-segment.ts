import type { Assumptions } from '../model/index.ts';
import { useCalculator } from './calculator-context.tsx';
import { segmentIn } from './projection-of.ts';

/**
 * The segment on screen, as an index into `a`: a view that reads a scenario a step behind the store
 * (deferred or settled) gets a segment that scenario has.
 */
export function useActiveSegment(a: Assumptions): number {
  return segmentIn(
    a,
    useCalculator((s) => s.activeSegment),
  );
}
