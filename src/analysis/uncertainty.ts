import {
  LEVER_FIELDS,
  MAX_SEED,
  rangeOf,
  readInput,
  type Assumptions,
  type InputPath,
  type UncertainRanges,
} from '../model/index.ts';
import { pathOf } from '../input-catalog.ts';

/** The levers a person gives ranges for in segment `segment`: what the CS program achieves, the side most in doubt. */
export const uncertainPaths = (segment: number): readonly InputPath[] =>
  LEVER_FIELDS.map((f) => pathOf(`${f}.withCs`, segment));

export const DEFAULT_SPREAD = 0.2;
export const DEFAULT_SEED = 20240;
export const RUN_CHOICES = [1000, 2000, 5000] as const;

/** Low and high at ±`spread` of each lever's with-CS value, inside the lever's allowed range. */
export function spreadRanges(a: Assumptions, segment: number, spread = DEFAULT_SPREAD): UncertainRanges {
  const ranges: UncertainRanges = {};
  for (const path of uncertainPaths(segment)) {
    const value = readInput(a, path);
    if (value === 0) continue;
    const r = rangeOf(path);
    ranges[path] = {
      low: Math.max(r.min, value * (1 - spread)),
      high: Math.min(r.max, value * (1 + spread)),
    };
  }
  return ranges;
}

/** A fresh seed from the browser's random source (the model itself never draws unseeded numbers). */
export function freshSeed(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0]! % (MAX_SEED + 1);
}
