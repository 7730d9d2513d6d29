/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on every machine,
 * so a Monte Carlo run can be repeated and shared by its seed. Not for cryptography.
 */
export type Random = () => number;

/** The largest seed; seeds are whole numbers 0..MAX_SEED (32 bits). */
export const MAX_SEED = 0xffffffff;

/** Uniform numbers in [0, 1) from `seed` (any number: it is reduced to 32 bits). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A draw from the triangular distribution on [low, high] with its peak at `mode` (clamped into the
 * range): the usual shape for "at least / most likely / at most" estimates.
 */
export function triangular(random: Random, low: number, mode: number, high: number): number {
  if (!(high > low)) return low;
  const peak = Math.min(high, Math.max(low, mode));
  const u = random();
  const split = (peak - low) / (high - low);
  const draw =
    u < split
      ? low + Math.sqrt(u * (high - low) * (peak - low))
      : high - Math.sqrt((1 - u) * (high - low) * (high - peak));
  // With a range near the smallest doubles the products above underflow and the square root lands
  // outside [low, high]; the draw is clamped so a caller never gets a value it did not allow.
  return Math.min(high, Math.max(low, draw));
}

/**
 * The p-th percentile (0..1) of `sorted` (ascending), interpolated between the two nearest ranks:
 * the same rule as a spreadsheet's PERCENTILE.INC.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.min(1, Math.max(0, p)) * (n - 1);
  const below = Math.floor(rank);
  const above = Math.min(n - 1, below + 1);
  return sorted[below]! + (rank - below) * (sorted[above]! - sorted[below]!);
}
